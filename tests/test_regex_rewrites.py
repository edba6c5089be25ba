"""Patterns rewritten to grow linearly (issue 14, the regex audit's growth check) match as before.

Each rewrite keeps its old pattern here. On text drawn from the pattern's own pieces (its
literals, the units the audit pumps, spaces, digits, punctuation) and from real lines of
../shared (report texts, articles), old and new give the same matches: spans and groups of
every ``finditer`` match, and ``match`` / ``fullmatch`` at every position where the package
applies them (the start, and for a pattern matched just after a number, date or JSON value,
every position not preceded by a space: their spaces are now read from the start of a run).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
import regex_audit_lib as audit  # noqa: E402
from attrition.claims import dateline, dates, explain, kinds, numbers, text  # noqa: E402
from attrition.model import crosswalk  # noqa: E402
from attrition.sources import bulk  # noqa: E402
from attrition.sources.gs_text import items  # noqa: E402


def _anywhere(t: str, pos: int) -> bool:
    return True


def _after_no_space(t: str, pos: int) -> bool:
    return pos == 0 or not t[pos - 1].isspace()


def _after_no_json_space(t: str, pos: int) -> bool:
    return pos == 0 or t[pos - 1] not in " \t\n\r"


def _start_only(t: str, pos: int) -> bool:
    return pos == 0


class Rewrite(NamedTuple):
    name: str
    old: re.Pattern[str]
    new: re.Pattern[str]
    at: Callable[[str, int], bool]  # where match/fullmatch are compared (the package's own uses)
    search: bool = True  # the package searches it (finditer/sub): every match compared


_I = re.I
REWRITES = [
    Rewrite("numbers._TAIL", re.compile(r"\s+(\d{1,3})(?![\d.,]?\d)(?!\s*(?:тис|млн))"),
            numbers._TAIL, _after_no_space),
    Rewrite("numbers._TAIL_MILLION",
            re.compile(r"\s+(\d{1,3}(?:[ \u00a0\u202f]\d{3})?)(?![\d.,]?\d)(?!\s*(?:тис|млн))"),
            numbers._TAIL_MILLION, _after_no_space),
    Rewrite("text._BLOCK_TAG", re.compile(
        r"<\s*/?\s*(?:p|div|br|li|ul|ol|h\d|tr|td|table|section|article|blockquote)\b", _I),
        text._BLOCK_TAG, _anywhere),
    Rewrite("dates._RANGE_NEXT", re.compile(r"\s*(?:по|до|to|through|until|till|-|–|—)\s*\d", _I),
            dates._RANGE_NEXT, _after_no_space),
    Rewrite("dates._PAIR_JOIN", re.compile(r"\s*(?:and|та|і|й)\s*", _I), dates._PAIR_JOIN, _after_no_space),
    Rewrite("kinds._NEXT_AVERAGE", re.compile(
        r"(?:\bon\s+average|\ban\s+average\s+of|\baverag(?:ing|ed)|\bв\s+середньому|\bу\s+середньому)"
        r"\s*(?:of\s+)?(?:about|around|some|nearly|almost|over|more\s+than|близько|майже|понад)?\s*$", _I),
        kinds._NEXT_AVERAGE, _start_only),
    Rewrite("dateline._DATELINE[2]", re.compile(
        r"^\s*(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*)?(?P<date>(?P<y>20[0-4]\d)"
        r"-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$", _I | re.M),
        dateline._DATELINE[2], _start_only),
    Rewrite("dateline._DATELINE[3]", re.compile(
        r"^\s*(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*)?(?P<date>(?P<d>[0-3]?\d)"
        r"\.(?P<m>[01]?\d)\.(?P<y>20[0-4]\d))(?:,?\s+\d{1,2}:\d{2})?\s*$", _I | re.M),
        dateline._DATELINE[3], _start_only),
    Rewrite("explain._REASONS_UK[2]", re.compile(
        r"it also counts \"(.*)\", which the General Staff does not report as a category"),
        explain._REASONS_UK[2][0], _start_only, search=False),
    Rewrite("explain._REASONS_UK[4]", re.compile(
        r"the period it names \(\"(.*)\"\) could not be read as dates"),
        explain._REASONS_UK[4][0], _start_only, search=False),
    Rewrite("bulk._SEPARATOR", re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*"), bulk._SEPARATOR,
            _after_no_json_space),
    Rewrite("bulk._DECIMAL", re.compile(r"\d*\.\d+"), bulk._DECIMAL, _start_only),
    Rewrite("crosswalk._OF_WHICH", re.compile(r"\s+-\s+\d+,\s*of which.*$"), crosswalk._OF_WHICH, _start_only),
    Rewrite("items._NUMBER_FIRST", re.compile(
        r"^(?P<total>(?>(?:\d{1,3}(?:[ ,.'’]\d{3})+(?!\d)|\d+)))\s+(?:(?i:одиниц[іья]|units?\s+of)\s+)?"
        r"(?P<label>[^\W\d_][^\d()]*?)\s*(?P<paren>\([^()]*\))?[\s.,;]*$"), items._NUMBER_FIRST, _start_only),
    Rewrite("items._BULLET", re.compile(r"^(?:\d{1,2}[.)]\s+)?[^\w(~≈]*"), items._BULLET, _start_only),
]


def _pieces(old: re.Pattern[str]) -> list[str]:
    own = audit.literals(old.pattern, old.flags)[:40] + [unit for _, unit in audit.pumps(old.pattern, old.flags)]
    return [*dict.fromkeys(own), " ", "  ", "\n", "\t", "\u00a0", "7", "12", "2024", ".", ",", ":", "-", "(", ")",
            "\"", "a", "А", "<", ">", "/", " - ", "of which", "217 ", "(+1)", ";"]


@pytest.fixture(scope="module")
def real_lines(shared_data: Path) -> list[str]:
    """Lines of the real report texts and articles in ../shared (fails, never skips, when CI=true)."""
    out: list[str] = []
    for folder in (shared_data / "report-texts", shared_data.parent / "articles"):
        for path in sorted(folder.glob("*.txt")):
            out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(out) > 400
    return out


def _same(old: re.Pattern[str], new: re.Pattern[str], t: str, rewrite: Rewrite) -> None:
    def seen(m: re.Match[str] | None) -> Any:
        return m and (m.span(), m.groups())

    if rewrite.search:
        assert [seen(m) for m in new.finditer(t)] == [seen(m) for m in old.finditer(t)], t
    for pos in range(len(t) + 1):
        if rewrite.at(t, pos):
            assert seen(new.match(t, pos)) == seen(old.match(t, pos)), (t, pos)
            assert seen(new.fullmatch(t, pos)) == seen(old.fullmatch(t, pos)), (t, pos)


@pytest.mark.parametrize("rewrite", REWRITES, ids=[r.name for r in REWRITES])
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_linear_rewrite_matches_what_the_old_pattern_matched(
    rewrite: Rewrite, real_lines: list[str], data: st.DataObject
) -> None:
    pieces = _pieces(rewrite.old)
    part = st.one_of(st.sampled_from(pieces), st.sampled_from(real_lines), st.text(max_size=3))
    t = "".join(data.draw(st.lists(part, max_size=12)))
    _same(rewrite.old, rewrite.new, t, rewrite)


@pytest.mark.parametrize("rewrite", REWRITES, ids=[r.name for r in REWRITES])
def test_each_real_line_is_matched_as_before(rewrite: Rewrite, real_lines: list[str]) -> None:
    for line in real_lines:
        _same(rewrite.old, rewrite.new, line if rewrite.search else line[:300], rewrite)
