"""Kept compiled code (library.compiled): the same patterns as re.compile and the same dataclass methods, from the file on a second run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from attrition.library.compiled import MAX_ENTRIES, cache_file, kept_methods, kept_patterns

PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\b", re.I),
    (r"(?=[\s(«])(?:(?:more\s+than|over)\s*(?:of\s+)?$)", re.I | re.U),
    (r"[а-яіїєґ']+(?:\s+\d+)?", 0),
    (r"(?i)tanks?|танк\w*", 0),
    (r"(a)(b)?(?P<c>c)\1", re.M | re.S),
]


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    re.purge()
    return re.compile(pattern, flags)


def test_patterns_built_from_the_file_equal_re_compile(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    for run in ("first", "second"):
        with kept_patterns(path) as counts:
            re.purge()
            built = [re.compile(p, f) for p, f in PATTERNS]
        expected = {"kept": 0, "compiled": len(PATTERNS)} if run == "first" else {"kept": len(PATTERNS), "compiled": 0}
        assert counts == expected, run
        for (p, f), pattern in zip(PATTERNS, built, strict=True):
            fresh = _fresh(p, f)
            assert pattern == fresh  # flags, text and the engine's code
            assert (pattern.groups, pattern.groupindex) == (fresh.groups, fresh.groupindex)
            assert pattern.findall("12 March 2024, more than aac, танків") == fresh.findall(
                "12 March 2024, more than aac, танків")


def test_the_usual_compiler_is_back_after_the_block_even_on_error(tmp_path: Path) -> None:
    usual = re._compiler.compile  # type: ignore[attr-defined]
    try:
        with kept_patterns(cache_file(tmp_path)):
            assert re._compiler.compile is not usual  # type: ignore[attr-defined]
            raise KeyError("x")
    except KeyError:
        pass
    assert re._compiler.compile is usual  # type: ignore[attr-defined]


def test_a_damaged_or_foreign_file_means_compiling_as_usual(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    with kept_patterns(path):
        re.purge()
        re.compile(*PATTERNS[0])
    good = path.read_bytes()
    for damaged in (good[: len(good) // 2], b"not marshal", b"\x00" * 10):
        path.write_bytes(damaged)
        with kept_patterns(path) as counts:
            re.purge()
            built = re.compile(*PATTERNS[0])
        assert built == _fresh(*PATTERNS[0])
        assert counts == {"kept": 0, "compiled": 1}
    # an entry whose code the engine rejects is compiled again, and replaced
    import marshal

    table = marshal.loads(good)
    key = next(iter(table))
    flags, _code, *rest = table[key]
    table[key] = (flags, b"\xff\xff\xff\xff" * 3, *rest)
    path.write_bytes(marshal.dumps(table))
    with kept_patterns(path) as counts:
        re.purge()
        built = re.compile(*PATTERNS[0])
    assert built == _fresh(*PATTERNS[0])
    assert counts == {"kept": 0, "compiled": 1}
    with kept_patterns(path) as counts:
        re.purge()
        re.compile(*PATTERNS[0])
    assert counts == {"kept": 1, "compiled": 0}


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with kept_patterns(cache_file(blocker / "sub")) as counts:  # a folder under a file: cannot exist
        re.purge()
        built = re.compile(*PATTERNS[1])
    assert built == _fresh(*PATTERNS[1])
    assert counts["compiled"] == 1


def test_a_table_past_the_limit_keeps_only_this_runs_patterns(tmp_path: Path) -> None:
    import marshal

    path = cache_file(tmp_path)
    with kept_patterns(path):
        re.purge()
        re.compile(*PATTERNS[0])
    table = marshal.loads(path.read_bytes())
    entry = next(iter(table.values()))
    table.update({(f"x{i}", 0): entry for i in range(MAX_ENTRIES)})
    path.write_bytes(marshal.dumps(table))
    with kept_patterns(path):
        re.purge()
        re.compile(*PATTERNS[0])
        re.compile(*PATTERNS[2])
    assert set(marshal.loads(path.read_bytes())) == {PATTERNS[0], PATTERNS[2]}


def test_the_file_name_is_per_interpreter_build(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    assert path.parent == tmp_path
    assert sys.implementation.cache_tag in path.name
    code = "import sys; from pathlib import Path; from attrition.library.compiled import cache_file; " \
           "print(cache_file(Path(sys.argv[1])).name)"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == path.name  # stable across processes of the same interpreter


def test_the_cache_folder_is_attrition_cache_dir_else_the_xdg_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from attrition.config import user_cache_dir

    monkeypatch.setenv("ATTRITION_CACHE_DIR", "/somewhere/cache")
    assert user_cache_dir() == Path("/somewhere/cache")
    if sys.platform.startswith("linux"):
        monkeypatch.delenv("ATTRITION_CACHE_DIR")
        monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
        assert user_cache_dir() == Path("/xdg/attrition")
        monkeypatch.delenv("XDG_CACHE_HOME")
        monkeypatch.setenv("HOME", "/home/someone")
        assert user_cache_dir() == Path("/home/someone/.cache/attrition")


def _make_classes() -> list[type]:
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = field(default_factory=tuple)

    @dataclass(order=True, slots=True)
    class Row:
        day: str
        total: int

    return [Point, Row]


def test_dataclass_methods_compiled_from_the_file_behave_as_usual(tmp_path: Path) -> None:
    import dataclasses
    from dataclasses import FrozenInstanceError

    path = cache_file(tmp_path, "methods")
    for run in ("first", "second"):
        with kept_methods(path) as counts:
            point, row = _make_classes()
        if run == "first":
            assert counts["kept"] == 0 and counts["compiled"] > 4
        else:
            assert counts["compiled"] == 0 and counts["kept"] > 4
        p = point(1, tags=("a",))
        assert (p, repr(p), hash(p) == hash(point(1, 0, ("a",)))) == (point(1, 0, ("a",)),
                                                                   "_make_classes.<locals>.Point(x=1, y=0, tags=('a',))", True)
        with pytest.raises(FrozenInstanceError):
            p.x = 2  # type: ignore[misc]
        assert row("2024-12-03", 1) < row("2024-12-03", 2) and row("a", 1) == row("a", 1)
    assert "exec" not in vars(dataclasses)  # the builtin again


def test_kept_methods_are_the_code_exec_compiles_from_each_source(tmp_path: Path) -> None:
    import marshal

    path = cache_file(tmp_path, "methods")
    with kept_methods(path):
        _make_classes()
    table = marshal.loads(path.read_bytes())
    assert table
    for source, code in table.items():
        assert code == compile(source, "<string>", "exec")


def test_a_damaged_methods_file_means_compiling_as_usual(tmp_path: Path) -> None:
    import marshal

    path = cache_file(tmp_path, "methods")
    for damaged in (b"not marshal", marshal.dumps({"def f(): pass": "not code"})):
        path.write_bytes(damaged)
        with kept_methods(path) as counts:
            point, _row = _make_classes()
        assert counts["kept"] == 0 and counts["compiled"] > 4
        assert point(3).x == 3


_WORDS = ["since", "the", "past", "last", "previous", "24", "hours", "of", "in", "on", "and", "between", "from",
          "to", "first", "second", "half", "week", "weekend", "days", "year", "2022", "2024", "2025", "12",
          "3", "28", "11.", "03.2024", "24.02.2022", "february", "november", "december", "may", "monday",
          "tuesday", "start", "war", "invasion", "full-scale", "q1", "h2", "spring", "winter", "з", "по",
          "24", "лютого", "листопада", "року", "у", "вчора", "сьогодні", "минулого", "тижня", "за", "добу",
          "early", "mid", "late", "-", "–", ",", ".", ":", "(", ")", "\n", "  ", "yesterday", "today",
          "а", "x", "1,950", "soldiers", "lost"]


def _lead_guarded() -> list[tuple[str, int]]:
    """Every lead-guarded claim pattern as claims.patterns.guarded() compiles it."""
    import attrition.claims  # noqa: F401  (every module that calls guarded())
    from attrition.claims.patterns import GUARDED, lead_chars

    out = []
    for source, flags in dict.fromkeys(GUARDED):
        chars = lead_chars(source, flags | re.U)
        out.append((f"(?=[{chars}])(?:{source})" if chars else source, flags))
    return out


def test_lead_guarded_patterns_are_kept_with_a_scan_and_find_the_same_matches(tmp_path: Path) -> None:
    # lead_scan gives a pattern opening with a lookahead on one class the engine's scan for that
    # class: the kept pattern's code differs from re.compile's, its matches must not
    from hypothesis import given, settings
    from hypothesis import strategies as st

    sources = _lead_guarded()
    with kept_patterns(cache_file(tmp_path)):
        re.purge()
        kept = [re.compile(p, f) for p, f in sources]
    fresh = [_fresh(p, f) for p, f in sources]
    scanned = sum(k != f for k, f in zip(kept, fresh, strict=True))
    assert scanned >= 50, scanned  # the case-sensitive ones (the date patterns read lowered text)
    assert all(k.pattern == f.pattern and k.flags == f.flags for k, f in zip(kept, fresh, strict=True))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), max_size=40), st.integers(0, 30), st.integers(0, 400))
    def same(words: list[str], pos: int, end: int) -> None:
        text = " ".join(words)
        for k, f in zip(kept, fresh, strict=True):
            for a, b in ((0, len(text)), (pos, end)):
                assert [(m.span(), m.groups()) for m in k.finditer(text, a, b)] == [
                    (m.span(), m.groups()) for m in f.finditer(text, a, b)], f.pattern
            found, want = k.search(text, pos), f.search(text, pos)
            assert (found and (found.span(), found.groups())) == (want and (want.span(), want.groups()))

    same()


def test_a_guard_on_a_pattern_that_may_match_nothing_or_reads_any_case_is_kept_as_re_compiles_it(
    tmp_path: Path,
) -> None:
    for pattern, flags in ((r"(?=[ab])a*", 0), (r"(?=[ab])(?:ab)", re.I), (r"(?=[ab])(?:a|b)", re.L | re.A)):
        if flags & re.L:
            continue  # str patterns refuse re.L
        with kept_patterns(cache_file(tmp_path)):
            re.purge()
            built = re.compile(pattern, flags)
        assert built == _fresh(pattern, flags)
    with kept_patterns(cache_file(tmp_path)):
        re.purge()
        built = re.compile(r"(?=[ab])(?:ab|ba)", 0)
    assert built != _fresh(r"(?=[ab])(?:ab|ba)", 0)  # the scan
    assert [m.span() for m in built.finditer("xxab ba aab")] == [(2, 4), (5, 7), (9, 11)]


def test_a_guard_of_one_character_is_kept_with_a_scan_and_finds_the_same_matches(tmp_path: Path) -> None:
    # "(?=[s])" is read by re as the literal "s", not a class: it gets re's one-character prefix
    # scan (nothing skipped, the pattern tried whole where the character stands), and the same matches
    sources = [(r"(?=[s])(?:\bsince\s+(?P<y>20[12]\d)\b)", 0),
               (r"(?=[з])(?:\bза\s+(?P<season>весну|літо|осінь)(?!\w))", 0),
               (r"(?=[2])(?:(?<![\d.,/])\b(?P<y>20[2-4]\d):(?=\s))", 0),
               (r"(?=[a])(?:\band\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)—–-]|$))(?![,.]\d))", 0)]
    with kept_patterns(cache_file(tmp_path)):
        re.purge()
        kept = [re.compile(p, f) for p, f in sources]
    texts = ["since 2022, since 20222 and since 2023; misses since 2019", "за весну 2024 і за літо, заліто за осінню",
             "2024: 12024: 2025:\n2023:x", "between 3 and 5, and 12th. and 7.5 and 8", "", "ssss", "ззз", "a",
             "plain latin text: no wide character since 2021"]
    for (p, f), k in zip(sources, kept, strict=True):
        fresh = _fresh(p, f)
        assert k != fresh, p  # the scan
        for text in texts:
            for a, b in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 3)), (5, 12)):
                assert [(m.span(), m.groups()) for m in k.finditer(text, a, b)] == [
                    (m.span(), m.groups()) for m in fresh.finditer(text, a, b)], (p, text, a, b)
            found, want = k.search(text), fresh.search(text)
            assert (found and found.span()) == (want and want.span())
            assert [k.match(text, i) and k.match(text, i).span() for i in range(len(text))] == [  # type: ignore[union-attr]
                fresh.match(text, i) and fresh.match(text, i).span() for i in range(len(text))]  # type: ignore[union-attr]
