"""Ranges (issue 11): "between 1,000 and 1,200 soldiers a day", "від 1000 до 1200", "1,000–1,200".

A range of two figures of the same thing is one claim, given as [low, high] as the graded
articles give it: ``correct`` when the true figure lies in the range, ``rounded`` when it lies
just outside one end by that end's own rounding (as any unhedged figure: claims/rounding),
``incorrect`` otherwise. A change ("rose from 1,000 to 1,200") stays out of scope, and so does
another body's range. Each true figure is computed from the series; each range is built around
it, and a range beside it is wrong.
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
from series_truth import uk as _uk

DEC3 = date(2024, 12, 3)


Truth = Callable[[dict[str, LossSeries]], float]
_NOV: Truth = lambda s: _losses(s["personnel"], date(2024, 11, 1), date(2024, 11, 30))  # noqa: E731
_NOV_TANKS: Truth = lambda s: _losses(s["tanks"], date(2024, 11, 1), date(2024, 11, 30))  # noqa: E731
_DAY: Truth = lambda s: _total(s["personnel"], DEC3) - _total(s["personnel"], DEC3 - timedelta(days=1))  # noqa: E731
_TOTAL: Truth = lambda s: _total(s["personnel"], DEC3)  # noqa: E731
_NOV_MEAN: Truth = lambda s: _NOV(s) / 30  # noqa: E731

CASES = [
    pytest.param(lambda lo, hi: f"Russia lost between {lo:,} and {hi:,} troops in November, the General Staff said.",
                 _NOV, 1000, id="between-and"),
    pytest.param(lambda lo, hi: f"У листопаді росія втратила від {_uk(lo)} до {_uk(hi)} військових, повідомив Генштаб.",
                 _NOV, 1000, id="uk-vid-do"),
    pytest.param(lambda lo, hi: f"У листопаді росія втратила {lo // 1000}–{hi // 1000} тисяч військових, "
                                "повідомив Генштаб.", _NOV, 1000, id="uk-shorthand-thousands"),
    pytest.param(lambda lo, hi: f"Russia lost {lo:,}–{hi:,} troops over the past day, the General Staff said.",
                 _DAY, 100, id="dash-day"),
    pytest.param(lambda lo, hi: f"За минулу добу ворог втратив {_uk(lo)}–{_uk(hi)} осіб, повідомив Генштаб.",
                 _DAY, 100, id="uk-dash-day"),
    pytest.param(lambda lo, hi: f"Over the past day, Russia lost from {lo:,} to {hi:,} soldiers, according to "
                                "the General Staff.", _DAY, 100, id="from-to-day"),
    pytest.param(lambda lo, hi: f"Russia has lost between {lo:,} and {hi:,} troops since February 2022, "
                                "Ukraine's General Staff said.", _TOTAL, 10_000, id="total"),
    pytest.param(lambda lo, hi: f"Від початку вторгнення росія втратила від {_uk(lo)} до {_uk(hi)} військових.",
                 _TOTAL, 10_000, id="uk-total"),
    pytest.param(lambda lo, hi: f"Russia lost between {lo} and {hi} tanks in November, the General Staff said.",
                 _NOV_TANKS, 10, id="tanks"),
    pytest.param(lambda lo, hi: f"In November, Russia lost between {lo:,} and {hi:,} soldiers a day on average, "
                                "the General Staff said.", _NOV_MEAN, 100, id="average"),
]


def _range_around(true: float, unit: int) -> tuple[int, int]:
    low = int(true) // unit * unit
    return low - unit, low + 2 * unit


def _judged(text: str, series: dict[str, LossSeries]) -> list[tuple[int, int | None, VerdictKind]]:
    return [(v.claim.value, v.claim.high, v.verdict) for v in check_text(text, series, as_of=DEC3).verdicts]


@pytest.mark.parametrize(("make", "truth", "unit"), CASES)
def test_a_range_that_holds_the_true_figure_is_correct(
    make: Callable[[int, int], str], truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    lo, hi = _range_around(truth(petro_series), unit)
    assert _judged(make(lo, hi), petro_series) == [(lo, hi, VerdictKind.CORRECT)]


@pytest.mark.parametrize(("make", "truth", "unit"), CASES)
def test_a_range_beside_the_true_figure_is_incorrect(
    make: Callable[[int, int], str], truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    lo, hi = _range_around(truth(petro_series), unit)
    lo, hi = hi + 2 * unit, hi + 4 * unit  # wholly above it
    assert _judged(make(lo, hi), petro_series) == [(lo, hi, VerdictKind.INCORRECT)]


def test_a_range_is_given_as_its_two_ends_in_the_report(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Russia lost between 47,000 and 49,000 troops in November.", petro_series, as_of=DEC3)
    (claim,) = report.to_dict()["claims"]
    assert (claim["value"], claim["verdict"]) == ([47_000, 49_000], "incorrect")
    assert "not 47,000–49,000" in claim["explanation"]
    right = check_text("Russia lost between 44,000 and 47,000 troops in November.", petro_series, as_of=DEC3)
    assert "within the claimed 44,000–47,000" in right.verdicts[0].explanation


@pytest.mark.parametrize("text", [
    "Russia's daily losses rose from 1,100 to 1,500 troops over the year, the General Staff said.",  # a change
    "Russian losses in November increased from 41,000 to 45,000 compared with October.",
    "Zelensky said Russia loses between 1,000 and 1,200 soldiers a day.",  # a person's estimate
    "Щоденні втрати росії зросли з 1100 до 1500 військових.",
])
def test_a_change_or_another_bodys_range_stays_out_of_scope(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=DEC3)
    assert report.verdicts == ()


@pytest.mark.parametrize("text", [
    "Щодня окупанти втрачають від 1000 до 1100 солдатів.",
    "Щоденно ворог втрачає 1000–1200 осіб.",
])
def test_a_daily_range_with_no_day_of_its_own_is_the_spread_of_many_days_and_stays_out_of_scope(
    text: str, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=DEC3)
    assert report.verdicts == () and {o.value for o in report.out_of_scope} >= {1000}


@pytest.mark.parametrize("text", [
    "Russia has lost 745,700 troops. Losses rose by 10 to 20 percent in November.",
    "Russia lost between 10 and 20 percent of its troops in November.",
    "У листопаді росія втратила від 10 до 20 відсотків особового складу.",
])
def test_the_low_end_of_a_range_of_percentages_is_a_percentage_too(
    text: str, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=DEC3)
    assert {10, 20} <= {o.value for o in report.out_of_scope}
    assert 10 not in {v.claim.value for v in report.verdicts}
