"""A range written "X to Y" without "from" or "between": "at the current rate of 300 to 400 deaths each day".

Found on real English pages (Newsweek, 12 Dec 2022: "At the current rate of 300 to 400 deaths
reported each day"): the low end was judged alone as the latest day's figure and the high end as
the mean of the past week, two wrong readings of one figure. English "to" between two figures of
the same thing is a range as "from ... to" is, and is read as the "from" form is (tests/claims/
test_ranges.py): one claim, [low, high]. "Up 300 to 400" or "by 300 to 400" is a change, not a range.
Each true figure is computed from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import total as _total

DEC3 = date(2024, 12, 3)
Truth = Callable[[dict[str, LossSeries]], float]
# "a day" with no period of its own: the mean of the past 7 loss days (26 Nov - 2 Dec 2024)
_WEEK_MEAN: Truth = lambda s: _losses(s["personnel"], DEC3 - timedelta(days=7), DEC3 - timedelta(days=1)) / 7  # noqa: E731
_DAY: Truth = lambda s: _total(s["personnel"], DEC3) - _total(s["personnel"], DEC3 - timedelta(days=1))  # noqa: E731
_NOV: Truth = lambda s: _losses(s["personnel"], date(2024, 11, 1), date(2024, 11, 30))  # noqa: E731

CASES = [
    pytest.param(lambda lo, hi: f"At the current rate of {lo:,} to {hi:,} deaths reported each day, the General "
                                "Staff's count keeps rising.", _WEEK_MEAN, 100, id="rate-each-day"),
    pytest.param(lambda lo, hi: f"Russia is losing {lo:,} to {hi:,} soldiers a day, according to the General Staff.",
                 _WEEK_MEAN, 100, id="rate-a-day"),
    pytest.param(lambda lo, hi: f"Russia lost {lo:,} to {hi:,} soldiers over the past day, the General Staff said.",
                 _DAY, 100, id="past-day"),
    pytest.param(lambda lo, hi: f"In November Russia lost {lo:,} to {hi:,} soldiers, according to the General Staff.",
                 _NOV, 1000, id="month"),
]


def _judged(text: str, series: dict[str, LossSeries]) -> list[tuple[int, int | None, VerdictKind]]:
    return [(v.claim.value, v.claim.high, v.verdict) for v in check_text(text, series, as_of=DEC3).verdicts]


def _around(true: float, unit: int) -> tuple[int, int]:
    low = int(true) // unit * unit
    return low - unit, low + 2 * unit


@pytest.mark.parametrize(("make", "truth", "unit"), CASES)
def test_a_bare_to_range_that_holds_the_true_figure_is_one_correct_claim(
    make: Callable[[int, int], str], truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    lo, hi = _around(truth(petro_series), unit)
    assert _judged(make(lo, hi), petro_series) == [(lo, hi, VerdictKind.CORRECT)]


@pytest.mark.parametrize(("make", "truth", "unit"), CASES)
def test_a_bare_to_range_beside_the_true_figure_is_one_incorrect_claim(
    make: Callable[[int, int], str], truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    lo, hi = _around(truth(petro_series), unit)
    lo, hi = hi + 2 * unit, hi + 4 * unit  # wholly above it
    assert _judged(make(lo, hi), petro_series) == [(lo, hi, VerdictKind.INCORRECT)]


def test_up_or_by_before_to_is_a_change_not_a_range(petro_series: dict[str, LossSeries]) -> None:
    day = int(_DAY(petro_series))
    for text in (f"Daily losses were up {day - 300:,} to {day:,} over the past day, the General Staff said.",
                 f"The daily toll grew by {day - 300:,} to {day:,} over the past day, the General Staff said."):
        judged = _judged(text, petro_series)
        assert all(high is None for _, high, _ in judged), text
