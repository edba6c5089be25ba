"""Which files to ingest: walk folders (sorted), offer each file to the sources' ``recognises``.

Reading a file is :func:`attrition.sources.base.read_document`; this module only decides
which source, if any, a file belongs to, and why a file is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from attrition import sources
from attrition.errors import UsageError
from attrition.ingest.results import SkippedFile
from attrition.model.records import RawDocument
from attrition.sources.base import read_document

HEAD_BYTES = 8192  # how much of a file ``recognises`` sees


def _walk(root: Path) -> list[Path]:
    """Return the files under ``root`` (sorted), leaving out hidden files and folders."""
    files = []
    for path in root.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_file():
            files.append(path)
    return sorted(files)


def _recognise(path: Path, names: Sequence[str]) -> str | None:
    """Return the first source in ``names`` that recognises ``path``, or None."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    for name in names:
        if sources.get_source(name).recognises(path, head):
            return name
    return None


def collect_documents(
    paths: Sequence[Path], *, source: str | None = None
) -> tuple[list[RawDocument], list[SkippedFile]]:
    """Read the files ``paths`` name (folders walked recursively) as RawDocuments.

    Each file goes to the first source that recognises it; ``source`` forces one: a
    file named explicitly is then read as that source, a file found in a folder only
    if that source recognises it. Unrecognised files are returned as skipped.

    Raises:
        UsageError: a path does not exist or ``source`` is unknown.
    """
    names = (sources.get_source(source).name,) if source else sources.source_names()
    docs: list[RawDocument] = []
    skipped: list[SkippedFile] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}", input=str(path))
        explicit = path.is_file()
        for file in [path] if explicit else _walk(path):
            chosen = source if (source and explicit) else _recognise(file, names)
            if chosen is None:
                why = f"not recognised by {source}" if source else "no source recognises it"
                skipped.append(SkippedFile(str(file), why))
                continue
            docs.append(read_document(file, chosen))
    return docs, skipped
