"""Unhedged round figures (issue 11): what journalists mean by "427,000" for 427,930.

The graded articles (../shared/articles) read an unhedged round figure as rounding either way
or as truncation: Syrskyi's "427,000" for 427,930 is "a round-down" (rounded), "340 per day" for
343.2 is rounded; "412,400" for 411,550 is no rounding of it (incorrect). So a figure with
trailing zeros fits a truth from half its last unit below it to one whole unit above it (the
truth cut to that unit), never more than 2% off. The sentences are of the kind outlets publish;
each true figure is computed from the series, and each figure is written cut down by more than
half a unit, so that plain rounding alone would not fit it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries, SeriesRow

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import total as _total
from series_truth import uk as _uk

DEC3 = date(2024, 12, 3)


Truth = Callable[[dict[str, LossSeries]], int]
_TOTAL: Truth = lambda s: _total(s["personnel"], DEC3)  # noqa: E731
_TANKS: Truth = lambda s: _total(s["tanks"], DEC3)  # noqa: E731
_NOVEMBER: Truth = lambda s: _losses(s["personnel"], date(2024, 11, 1), date(2024, 11, 30))  # noqa: E731
_YEAR_TO_DEC30: Truth = lambda s: _total(s["personnel"], date(2024, 12, 30)) - _total(  # noqa: E731
    s["personnel"], date(2024, 1, 1))

CASES = [
    pytest.param(lambda n: f"Russia has lost {n:,} troops since the start of the full-scale invasion, "
                           "Ukraine's General Staff said.", DEC3, _TOTAL, 1000, id="total"),
    pytest.param(lambda n: f"Загалом від початку повномасштабного вторгнення росія втратила {_uk(n)} "
                           "військових, повідомив Генштаб.", DEC3, _TOTAL, 1000, id="uk-total"),
    pytest.param(lambda n: f"Since February 2022, Russia has lost {n:,} tanks, according to the General Staff.",
                 DEC3, _TANKS, 100, id="tanks-total"),
    pytest.param(lambda n: f"З лютого 2022 року росія втратила {_uk(n)} танків, за даними Генштабу.",
                 DEC3, _TANKS, 100, id="uk-tanks-total"),
    pytest.param(lambda n: f"Russia lost {n:,} soldiers in November, the General Staff said.",
                 DEC3, _NOVEMBER, 1000, id="month"),
    pytest.param(lambda n: f"У листопаді росія втратила {n // 1000} тисяч військових, повідомив Генштаб.",
                 DEC3, _NOVEMBER, 1000, id="uk-month-in-words"),
    pytest.param(lambda n: f"As of December 30, 2024, {n:,} Russian soldiers died or were injured in the war "
                           "in 2024.", date(2025, 1, 8), _YEAR_TO_DEC30, 1000, id="year-as-of"),
    pytest.param(lambda n: f"Станом на 30 грудня 2024 року у 2024 році росія втратила {_uk(n)} військових.",
                 date(2025, 1, 8), _YEAR_TO_DEC30, 1000, id="uk-year-as-of"),
    pytest.param(lambda n: f"The invading army has lost {n:,} personnel so far, the Ukrainian military said.",
                 DEC3, _TOTAL, 1000, id="total-so-far"),
    pytest.param(lambda n: f"Загальні бойові втрати противника з 24.02.22 становлять {_uk(n)} осіб, "
                           "йдеться у зведенні.", DEC3, _TOTAL, 1000, id="uk-total-stand-at"),
]


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, VerdictKind]]:
    return [(v.claim.value, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts]


@pytest.mark.parametrize(("make", "as_of", "truth", "unit"), CASES)
def test_an_unhedged_round_figure_cut_down_from_the_truth_is_rounded(
    make: Callable[[int], str], as_of: date, truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    true = truth(petro_series)
    cut = true // unit * unit
    assert true - cut > unit // 2  # plain rounding would give the next unit: only truncation fits
    assert _judged(make(cut), petro_series, as_of) == [(cut, VerdictKind.ROUNDED)]


@pytest.mark.parametrize(("make", "as_of", "truth", "unit"), CASES)
def test_a_round_figure_units_under_the_truth_is_incorrect(
    make: Callable[[int], str], as_of: date, truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    # ten units under: under the reports before the latest too (a total may be read as one of those)
    low = truth(petro_series) // unit * unit - 10 * unit
    assert _judged(make(low), petro_series, as_of)[0][1] is VerdictKind.INCORRECT


@pytest.mark.parametrize(("make", "as_of", "truth", "unit"), CASES[:2])
def test_a_figure_of_a_finer_unit_a_little_under_the_truth_is_incorrect(
    make: Callable[[int], str], as_of: date, truth: Truth, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    # "412,400" for 411,550 in the graded set: no rounding of it; so 745,100 for 745,700 is no cut either
    close = truth(petro_series) // unit * unit + 100
    assert truth(petro_series) - close > 100
    assert _judged(make(close), petro_series, as_of)[0][1] is VerdictKind.INCORRECT


@pytest.mark.parametrize(("text", "verdict"), [
    ("Mediazona and the BBC have confirmed the names of 95,000 Russian soldiers.", VerdictKind.ROUNDED),  # cut down
    ("Mediazona and the BBC have confirmed the names of 96,000 Russian soldiers.", VerdictKind.ROUNDED),  # rounded up
    ("Mediazona and the BBC have confirmed the names of 94,000 Russian soldiers.", VerdictKind.INCORRECT),
    # a bound holds within its own reach, as for the official figures: not 20% under
    ("Mediazona and the BBC have confirmed the names of more than 76,000 Russian soldiers.",
     VerdictKind.INCORRECT),
])
def test_an_independent_count_is_judged_by_the_same_rounding_rule(text: str, verdict: VerdictKind) -> None:
    named = LossSeries("named_deaths", (SeriesRow(date(2025, 2, 22), 95_870),))
    (v,) = check_text(text, {"named_deaths": named}, as_of=date(2025, 2, 23)).independent
    assert (v.verdict, v.expected) == (verdict, 95_870)
