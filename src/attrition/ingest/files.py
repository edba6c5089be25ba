"""Which files to ingest: walk folders (sorted), offer each file to the sources' ``recognises``.

Reading a file is :func:`attrition.sources.base.read_document`; this module only decides
which source, if any, a file belongs to, and why a file is skipped or refused.

A file named explicitly that no source can ingest (empty, binary, UTF-16, unknown) is
an error, while such a file found in a folder is skipped with its reason. A file
larger than ``max_file_bytes`` (20 MB unless raised with ``ingest --max-size``) is
refused before it is read, so one huge file cannot exhaust memory or bloat the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from attrition import sources
from attrition.errors import ParseError, UsageError
from attrition.ingest.results import SkippedFile
from attrition.model.records import RawDocument
from attrition.sources.base import read_document

HEAD_BYTES = 8192  # how much of a file ``recognises`` sees
MAX_FILE_BYTES = 20 * 1024 * 1024  # default size limit of one ingested file


def _walk(root: Path) -> list[Path]:
    """Return the files under ``root`` (sorted), leaving out hidden files and folders."""
    files = []
    for path in root.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_file():
            files.append(path)
    return sorted(files)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}", path=str(path)) from exc


def _recognise(path: Path, head: bytes, names: Sequence[str]) -> str | None:
    """Return the first source in ``names`` that recognises ``path``, or None."""
    for name in names:
        if sources.get_source(name).recognises(path, head):
            return name
    return None


def unreadable_reason(head: bytes) -> str | None:
    """Return why a file that starts with ``head`` cannot be text at all, else None."""
    if not head:
        return "empty file"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) > 1 and head.count(b"\x00") * 3 >= len(head)
    ):
        return "UTF-16 text (save it as UTF-8)"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the head
            return f"not UTF-8 text (byte {exc.start})"
    return None


def _size_mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def collect_documents(
    paths: Sequence[Path], *, source: str | None = None, max_file_bytes: int = MAX_FILE_BYTES
) -> tuple[list[RawDocument], list[SkippedFile]]:
    """Read the files ``paths`` name (folders walked recursively) as RawDocuments.

    Each file goes to the first source that recognises it; ``source`` forces one: a
    file named explicitly is then read as that source, a file found in a folder only
    if that source recognises it. Unrecognised files are returned as skipped.

    Raises:
        UsageError: a path does not exist or ``source`` is unknown.
        ParseError: a file named explicitly cannot be ingested (and why), or a file is
            larger than ``max_file_bytes``.
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
            head = _head(file)
            chosen = source if (source and explicit) else _recognise(file, head, names)
            if chosen is None:
                why = f"not recognised by {source}" if source else "no source recognises it"
                if explicit:
                    raise ParseError(f"{unreadable_reason(head) or why}: nothing to ingest",
                                     path=str(file))
                skipped.append(SkippedFile(str(file), why))
                continue
            size = file.stat().st_size
            if size > max_file_bytes:
                raise ParseError(
                    f"file is {_size_mb(size)}, over the limit of {_size_mb(max_file_bytes)} "
                    "per file (raise it with --max-size)", path=str(file), source=chosen)
            docs.append(read_document(file, chosen))
    return docs, skipped
