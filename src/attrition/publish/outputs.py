"""Where publish may write: the one check of an output path, and OS errors as UsageErrors.

An output file's folder must already exist (``chart -o /nonexistent/dir/c.png`` used to
create the folders silently; a typo in a path should not build a tree); an output folder
may be created, but only inside an existing one. Any OSError while writing (a read-only
place, ``/proc``, a full disk) becomes a UsageError naming the path, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from attrition.errors import UsageError


def output_file(path: Path) -> Path:
    """Return ``path`` if a file can be written there: its folder exists, it is no folder."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name a file to write", input=str(path))
    if not path.parent.is_dir():
        raise UsageError(f"{path}: folder {path.parent} does not exist (create it first)",
                         input=str(path))
    return path


def output_dir(path: Path) -> Path:
    """Return the folder ``path``, created if missing (its parent must exist)."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path} is a file; name a folder to write into", input=str(path))
    if not path.parent.is_dir():
        raise UsageError(f"{path}: folder {path.parent} does not exist (create it first)",
                         input=str(path))
    with writing(path):
        path.mkdir(exist_ok=True)
    return path


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn an OSError raised while writing ``path`` into a UsageError naming it."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}", input=str(path)) from exc
