"""Issue 14 item 2: the work of ``check`` grows linearly with the figures of a sentence.

Counted, not timed: every compiled pattern of ``attrition.claims`` is wrapped in a counter of
the characters it is handed, and a sentence with four times the figures must hand the
patterns at most about four times the characters. A search of the whole sentence repeated
for each of its figures (the "no loss wording" reason, the report verbs of a date, the rest
of a list) made it 10-16 times.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import attrition.claims
from attrition.claims import check_text, scope
from attrition.model.series import LossSeries


class _Counting:
    """A compiled pattern that adds the length of every string it searches to ``chars``."""

    def __init__(self, pattern: re.Pattern[str], chars: list[int]) -> None:
        self._pattern = pattern
        self._chars = chars

    def _count(self, string: str, pos: int, endpos: int) -> None:
        self._chars[0] += max(0, min(endpos, len(string)) - pos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, endpos)
        return self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, min(endpos, pos + 1))  # anchored: the first character is counted
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, min(endpos, pos + 1))
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._count(string, pos, endpos)
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._count(string, pos, endpos)
        return self._pattern.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _claims_modules() -> list[Any]:
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(attrition.claims.__path__, "attrition.claims.")]


def _wrapped(value: Any, chars: list[int]) -> Any:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return _Counting(value, chars)
    if isinstance(value, list | tuple) and any(isinstance(v, re.Pattern | tuple) for v in value):
        items = [_wrapped(v, chars) if isinstance(v, re.Pattern | tuple) else v for v in value]
        return type(value)(items)
    return value


def _clear_caches(modules: list[Any]) -> None:
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


@pytest.fixture()
def pattern_chars(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable[[], object]], int]]:
    """Return ``count(run)``: the characters the claims patterns search while ``run()`` runs (cold caches)."""
    modules = _claims_modules()
    chars = [0]
    for module in modules:
        for name, value in list(vars(module).items()):
            new = _wrapped(value, chars)
            if new is not value:
                monkeypatch.setattr(module, name, new)

    def count(run: Callable[[], object]) -> int:
        _clear_caches(modules)
        chars[0] = 0
        run()
        return chars[0]

    yield count
    _clear_caches(modules)


def _figures(k: int) -> list[str]:
    return [f"{1_000 + 37 * i:,}" for i in range(k)]


SENTENCES: dict[str, Callable[[int], str]] = {
    # no loss wording: the reason was searched in the whole sentence once per figure
    "no loss wording": lambda k: "The depots hold " + "; ".join(f"{f} tanks" for f in _figures(k)) + ".",
    # a day's figures after a report verb: the verbs were searched once per figure
    "report verbs": lambda k: ("On January 5 the General Staff reported "
                               + ", ".join(f"{f} tanks" for f in _figures(k)) + "."),
    # a list: the rest of the list after each figure was searched for a place
    "list": lambda k: "Russia lost " + ", ".join(_figures(k)) + " soldiers and 12 tanks in the war.",
    "clauses": lambda k: "Russia lost " + " while ".join(f"{f} troops" for f in _figures(k)) + ".",
}


@pytest.mark.parametrize("shape", SENTENCES)
def test_a_sentence_with_four_times_the_figures_costs_about_four_times_the_search(
    shape: str, pattern_chars: Callable[[Callable[[], object]], int],
    petro_series: dict[str, LossSeries],
) -> None:
    work = {}
    for k in (12, 48):
        text = "KYIV, Jan 8, 2025. " + SENTENCES[shape](k)
        assert len(text) < 1_200  # one sentence (the segmenter cuts longer ones)
        work[k] = pattern_chars(lambda text=text: check_text(text, petro_series, as_of=date(2025, 1, 8)))
    assert work[48] <= 4.8 * work[12], work


_SPACES = st.sampled_from(["", " ", "  ", "\n", " \n "])
_LABEL_TAILS = st.tuples(
    st.sampled_from(["", "x, ", "Втрати:\n", "• ", "9780. "]), st.sampled_from(["tanks", "танків", "Personnel", "a-b"]),
    _SPACES, st.sampled_from(["-", "‒", "—", "–", ":", ".", "x"]), _SPACES,
    st.sampled_from(["", "about", "About", "approx.", "approx", "approximately", "близько", "орієнтовно",
                     "приблизно", "roundabout"]),
    _SPACES,
).map("".join)


@given(_LABEL_TAILS)
def test_the_label_pre_check_never_skips_a_list_label(before: str) -> None:
    if scope._LIST_LABEL.search(before):
        assert scope.label_mark(before)
    if scope._LABEL_LINE.search(before):
        assert scope.label_mark(before) == ":"


def test_a_self_dated_check_searches_its_dates_once(
    monkeypatch: pytest.MonkeyPatch, petro_series: dict[str, LossSeries],
) -> None:
    # the article's date comes from its totals: one pass at a provisional date, then the real
    # one; the date patterns' matches do not depend on the date, so the second pass reuses them
    from attrition.claims import dates

    chars = [0]
    monkeypatch.setattr(dates, "_LOWER_PATTERNS", [(_Counting(p, chars), h) for p, h in dates._LOWER_PATTERNS])
    text = ("Russia has lost 770,640 troops since the start of the war. On November 10 it lost 1,640, "
            "over the past week 11,230.")
    work = {}
    for as_of in (date(2024, 11, 15), None):
        _clear_caches(_claims_modules())
        chars[0] = 0
        report = check_text(text, petro_series, as_of=as_of, today=date(2025, 1, 8))
        work[as_of] = chars[0]
    assert report.as_of_source not in {"argument", "dateline"}  # read twice: provisional, then final
    assert work[None] == work[date(2024, 11, 15)] > 0


def test_a_check_finds_its_texts_numbers_once(
    monkeypatch: pytest.MonkeyPatch, petro_series: dict[str, LossSeries],
) -> None:
    # the cap on figures, the dating pass and the real pass all read the whole text's numbers
    from attrition.claims import numbers
    from attrition.claims.text import clean_text

    searched: list[str] = []

    class _Recording(_Counting):
        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
            searched.append(string)
            return super().finditer(string, pos, endpos)

    monkeypatch.setattr(numbers, "_DIGITS", _Recording(numbers._DIGITS, [0]))
    _clear_caches(_claims_modules())
    text = "Russia has lost 770,640 troops since the start of the war. On November 10 it lost 1,640."
    report = check_text(text, petro_series, today=date(2025, 1, 8))
    assert report.as_of_source not in {"argument", "dateline"}  # read twice: provisional, then final
    assert searched.count(clean_text(text).text) == 1


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


_NUMBER_WORDS = st.sampled_from([
    "one", "twenty", "twenty-one", "hundred", "thousand", "million", "мільйон", "мільйона", "тисяч",
    "пів", "півмільйона", "half", "a", "an", "the", "and", "soldiers", "сто", "двісті", "x", "The", "Half",
    "one-x", "a-b", "пів-",
])


@given(st.lists(_NUMBER_WORDS, max_size=10).map(" ".join))
def test_the_starter_pre_check_never_skips_a_spelled_number(text: str) -> None:
    # only words a spelled number can start with are parsed; the others are skipped unread
    from attrition.claims import numbers

    found = numbers._word_numbers(text)
    every = numbers._STARTERS
    try:
        numbers._STARTERS = _Everything()  # type: ignore[assignment]
        assert numbers._word_numbers(text) == found
    finally:
        numbers._STARTERS = every


def test_an_undated_text_whose_figures_date_nothing_is_read_once(
    pattern_chars: Callable[[Callable[[], object]], int], petro_series: dict[str, LossSeries],
) -> None:
    # the dating pass reads at the fallback date; when the text stays dated there, its reads stand
    today = date(2025, 1, 8)
    text = "Russia lost 9,876 soldiers, the General Staff said. " * 20
    assert check_text(text, petro_series, today=today).as_of_source == "today"
    once = pattern_chars(lambda: check_text(text, petro_series, as_of=today))
    self_dated = pattern_chars(lambda: check_text(text, petro_series, today=today))
    assert self_dated <= 1.1 * once, (self_dated, once)  # read twice: 1.27


# The words of a sentence do not depend on the article's date: a self-dated check reads its
# document twice (at a provisional date to find the date, then at that date), and these
# patterns, which read only words, must scan the same characters as in one check with the date
# given. Before the reads were shared, each scanned twice as much.
_WORD_PATTERNS = [
    ("clauses", "OTHER_SOURCE_LOWER"), ("clauses", "CLAUSE_LOWER"),  # the counting bodies of a sentence (plain text: the twins)
    ("extract", "ATTRIBUTION_AFTER"), ("extract", "CONTINUES_SOURCE"),  # the discourse's source
    ("scope", "_TOPIC"), ("scope", "_PERSONNEL_WORDS"),  # the paragraph's topic
    ("extract", "RECORD_CLAUSE"), ("extract", "CLAUSE_BREAK"), ("extract", "LOCATION_LOWER"),  # sentence facts (plain text: the twin)
    ("kinds", "STREAK_CUE"), ("kinds", "RECORD_CUE"), ("kinds", "TOTAL_CUE"), ("kinds", "AVERAGE_CUE"),
    ("kinds", "MILESTONE_CUE"), ("kinds", "_BY_REPORT"), ("kinds", "RECORD_WINDOW_RE"),  # kind cues
    ("scope", "_LIST_LABEL"), ("scope", "_LINK"),  # labels and nouns before a figure
]


@pytest.mark.parametrize("article", ["2024-12-03_en_newsweek.txt", "2024-02-15_uk_liga.txt"])
def test_a_self_dated_check_reads_the_words_of_each_sentence_once(
    article: str, monkeypatch: pytest.MonkeyPatch, shared_data: Path, petro_series: dict[str, LossSeries],
) -> None:
    lines = (shared_data.parent / "articles" / article).read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(line for line in lines if not line.startswith("# "))  # no header: dated by its figures
    counters: dict[str, list[int]] = {}
    for module_name, name in _WORD_PATTERNS:
        module = importlib.import_module(f"attrition.claims.{module_name}")
        counters[f"{module_name}.{name}"] = chars = [0]
        monkeypatch.setattr(module, name, _Counting(getattr(module, name), chars))
    work = {}
    for as_of in (None, "given"):
        _clear_caches(_claims_modules())
        for chars in counters.values():
            chars[0] = 0
        report = check_text(text, petro_series, as_of=work["date"] if as_of else None, today=date(2026, 12, 4))
        work["date"] = report.as_of
        work[as_of] = {key: chars[0] for key, chars in counters.items()}
    assert report.as_of_source == "argument"
    assert sum(1 for v in work["given"].values() if v) >= len(_WORD_PATTERNS) - 2, work["given"]  # exercised
    assert work[None] == work["given"]


def _every_order(cost: list[list[int]], dates: int, figures: int) -> dict[int, int]:
    """The pairing of dates and figures as first written: every order tried (exponential)."""
    from itertools import permutations

    best_cost, best_map = None, {}
    k = min(dates, figures)
    for chosen in permutations(range(dates), k):
        for targets in permutations(range(figures), k):
            total = sum(cost[t][r] for r, t in zip(chosen, targets, strict=True))
            if best_cost is None or total < best_cost:
                best_cost, best_map = total, {t: r for r, t in zip(chosen, targets, strict=True)}
    return best_map


@given(st.integers(1, 4).flatmap(lambda dates: st.integers(1, 5).flatmap(lambda figures: st.lists(
    st.lists(st.integers(-3, 3), min_size=dates, max_size=dates), min_size=figures, max_size=figures))))
def test_dates_go_to_the_same_figures_as_when_every_order_was_tried(cost: list[list[int]]) -> None:
    from itertools import combinations

    from attrition.claims.extract import _least_pairing

    dates, figures = len(cost[0]), len(cost)
    best_cost, best_map = None, {}
    for chosen in combinations(range(dates), min(dates, figures)):  # as _assign_times does
        total, targets = _least_pairing([[row[r] for r in chosen] for row in cost])
        if best_cost is None or total < best_cost:
            best_cost, best_map = total, {t: r for r, t in zip(chosen, targets, strict=True)}
    assert best_map == _every_order(cost, dates, figures)


def test_six_dates_and_seven_figures_are_paired_without_trying_every_order(
    monkeypatch: pytest.MonkeyPatch, petro_series: dict[str, LossSeries],
) -> None:
    # found by the check fuzz target: 720 x 5,040 orders of 6 dates and 7 figures took 6 s
    from attrition.claims import extract

    calls = [0]
    distance = extract._distance

    def counted(n: Any, ref: Any) -> int:
        calls[0] += 1
        return distance(n, ref)

    monkeypatch.setattr(extract, "_distance", counted)
    text = " ".join(f"{1_000 + k} troops on January {k + 1}" for k in range(6)) + " and 1,200 troops."
    report = check_text("Russia lost " + text, petro_series, as_of=date(2025, 1, 8))
    assert len(report.verdicts) >= 6
    assert 0 < calls[0] <= 200


def test_many_record_claims_rank_the_record_once(
    monkeypatch: pytest.MonkeyPatch, petro_series: dict[str, LossSeries],
) -> None:
    # each "a record N in a single day" ranked the whole record again: 1,000 of them took 2.4 s
    from attrition.analysis import extremes

    calls = [0]
    rank = extremes._day_candidates  # what extremes() and top_days() rank: the record's days

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return rank(*args, **kwargs)

    monkeypatch.setattr(extremes, "_day_candidates", counted)
    # new series objects: the ranking kept with the session's series (derived) is not reused
    fresh = {k: replace(v) for k, v in petro_series.items()}
    text = "".join(f"Russia lost a record {1_500 + 7 * k:,} soldiers in a single day. " for k in range(40))
    report = check_text(text, fresh, as_of=date(2025, 1, 8))
    assert sum(v.claim.kind.value == "record" for v in report.verdicts) == 40
    assert 0 < calls[0] <= 4
