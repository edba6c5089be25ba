"""Compiled code kept between runs of a command: regular expressions and dataclass methods.

Start-up without the regex compiler (:func:`kept_patterns`) and without compiling the methods
``dataclasses`` writes for each class (:func:`kept_methods`).

A fresh ``attrition check`` compiles some 650 patterns (the claim readers' and pysbd's), about
60 ms of its start-up. ``re`` turns a pattern into a list of integers (the engine's code) and
hands it to ``_sre.compile``; :func:`kept_patterns` keeps that code in a file, keyed by the
pattern's text and flags, and while it is active a pattern found there is built from its kept
code, skipping the parser and compiler. The code is the one ``re`` itself produced, so the
pattern is the same object ``re.compile`` makes (``==`` compares flags, text and code; a
test checks it), with one addition: a pattern behind a lead guard (``(?=[...])``, see
:func:`lead_scan`) gets the engine's fast scan for the guard's characters, so its code
differs while its matches are the same (a test compares them). ``_sre.compile`` validates
the code it is given: a damaged entry raises, and the pattern is compiled as usual.

The file's name holds everything the code depends on (the interpreter's version and build,
the engine's MAGIC and code size, the entries' format); another interpreter uses another file. Entries are keyed
by the whole pattern text, so an edited pattern is a new entry, never a stale one. New
entries are added when the block ends (written to a temporary file, then renamed); a table
grown past :data:`MAX_ENTRIES` keeps only this run's patterns. Any error reading or writing
the file only means patterns are compiled as usual.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import os
import sys
from array import array
from contextlib import contextmanager, suppress
from re import _compiler, _parser  # type: ignore[attr-defined]

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

    # (pattern, flags) -> (flags, code as array('I') bytes, groups, groupindex, indexgroup)
    Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

MAX_ENTRIES = 5000  # past this, the file keeps only the patterns of the run that writes it
_FLAG_DEBUG = 128  # re.DEBUG: compiled (and printed) as usual, never kept
_FORMAT = 3  # what an entry holds: 2 = re's code plus the lead scan (lead_scan), 3 = also for a guard of one character; a new value, a new file



def cache_file(folder: Path, kind: str = "regex") -> Path:
    """Return the file, in ``folder``, for this interpreter's regex engine ("regex") or bytecode ("methods")."""
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}"
    import zlib

    return folder / f"{kind}-{sys.implementation.cache_tag}-{zlib.crc32(build.encode()):08x}.marshal"


def _read(path: Path) -> dict[Any, Any]:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _entry(pattern: str, flags: int) -> Entry:
    """Return what ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (same steps),
    with the scan of a lead guard (:func:`lead_scan`)."""
    tree = _parser.parse(pattern, flags)
    code = lead_scan(tree, flags, _compiler._code(tree, flags))
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | tree.state.flags), array("I", code).tobytes(), tree.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def lead_scan(tree: Any, flags: int, code: list[int]) -> list[int]:
    """Return ``code`` with a search that skips to the characters a lead guard allows.

    A pattern that opens with a lookahead on one character class, ``(?=[a-z\\d])...``
    (claims.patterns.guarded writes them), can only match where the text holds one of those
    characters, but ``re`` tries the whole pattern at every position: it gives a search a
    fast scan only for a class the pattern *reads* first. The optimisation block at the head
    of the code (INFO) is what ``re`` writes for such a class: the same characters, flagged
    SRE_INFO_CHARSET; the engine then tries the pattern only where one of them stands, and
    tries it whole (the lookahead included). A class of one character (``(?=[s])``, which
    ``re`` reads as that character) gets the scan ``re`` writes for a pattern that opens with
    one literal character (SRE_INFO_PREFIX of length 1), with nothing skipped: the pattern is
    tried whole where that character stands. Matches are the same; a pattern that may match
    the empty string, reads case-insensitively or already has a scan is left as it is.
    """
    C = _compiler
    if not tree.data or flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE) or code[:1] != [C.INFO]:
        return code
    op, av = tree.data[0]
    if op is not C.ASSERT or av[0] != 1 or len(av[1].data) != 1 or av[1].data[0][0] not in (C.IN, C.LITERAL):
        return code
    lo, hi = tree.getwidth()
    skip, mask = code[1], code[2]
    if lo < 1 or mask & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET):
        return code
    kind, items = av[1].data[0]
    if kind is C.LITERAL:  # a class of one character ("(?=[s])"): re's one-character prefix, tried whole (skip 0)
        info = [C.INFO, 0, mask | C.SRE_INFO_PREFIX, code[3], code[4], 1, 0, items, 0]
        info[1] = len(info) - 1
        return info + code[skip + 1 :]
    charset, hascased = C._optimize_charset(items)
    if hascased:
        return code
    info = [C.INFO, 0, mask | C.SRE_INFO_CHARSET, code[3], code[4]]
    C._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[skip + 1 :]


def _build(pattern: str, entry: Entry) -> Any:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


@contextmanager
def kept_patterns(path: Path) -> Iterator[dict[str, int]]:
    """Within the block, compile regular expressions from (and into) the table at ``path``.

    Yields counts: ``kept`` (patterns built from the file) and ``compiled`` (compiled and
    added). The usual compiler is back when the block ends, whatever happens in it.
    """
    table = _read(path)
    used: dict[tuple[str, int], Entry] = {}
    new: dict[tuple[str, int], Entry] = {}
    counts = {"kept": 0, "compiled": 0}
    usual = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001  (stands in for re._compiler.compile)
        if type(p) is not str or flags & _FLAG_DEBUG:
            return usual(p, flags)
        key = (p, int(flags))
        entry = table.get(key)
        if entry is not None:
            try:
                found = _build(p, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # a damaged entry: compiled below and replaced
            else:
                used[key] = entry
                counts["kept"] += 1
                return found
        entry = _entry(p, int(flags))
        new[key] = used[key] = entry
        counts["compiled"] += 1
        return _build(p, entry)

    _compiler.compile = compile
    try:
        yield counts
    finally:
        _compiler.compile = usual
        if new:
            _write(path, {**table, **new} if len(table) + len(new) <= MAX_ENTRIES else used)


@contextmanager
def kept_methods(path: Path) -> Iterator[dict[str, int]]:
    """Within the block, the methods ``dataclasses`` generates are compiled from (and into) the table at ``path``.

    ``dataclasses`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``…
    and runs it with ``exec``; a fresh ``attrition check`` makes some 50 dataclasses (~270
    sources, ~15 ms of compiling). While the block is active, the module's ``exec`` compiles
    a source once and keeps the code object (marshal), keyed by the whole source text: the
    same code ``exec`` would compile from it (file name ``<string>``). Yields counts: ``kept``
    and ``compiled``. The module's own ``exec`` (the builtin) is back when the block ends.
    """
    import dataclasses

    table = _read(path)
    used: dict[str, Any] = {}
    new: dict[str, Any] = {}
    counts = {"kept": 0, "compiled": 0}
    run = exec

    def kept_exec(source: Any, globals_: Any = None, locals_: Any = None) -> None:
        if type(source) is not str:
            return run(source, globals_, locals_)
        code = table.get(source)
        if code is not None and type(code) is type(kept_exec.__code__):
            counts["kept"] += 1
        else:
            code = new[source] = compile(source, "<string>", "exec")
            counts["compiled"] += 1
        used[source] = code
        return run(code, globals_, locals_)

    had = "exec" in vars(dataclasses)
    usual = vars(dataclasses).get("exec")
    dataclasses.exec = kept_exec  # type: ignore[attr-defined]
    try:
        yield counts
    finally:
        if had:
            dataclasses.exec = usual  # type: ignore[attr-defined]
        else:
            del dataclasses.exec  # type: ignore[attr-defined]
        if new:
            _write(path, {**table, **new} if len(table) + len(new) <= MAX_ENTRIES else used)


def _write(path: Path, table: dict[Any, Any]) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
