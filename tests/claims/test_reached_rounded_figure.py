"""A rounded total with milestone wording (issue 11): "losses reached 1.27 million" for 1,266,770.

A figure of three or more significant digits ("1.27 million", "746,000") after "reached", "hit",
"сягнули", "досягли" is the total rounded, as a reader reads it: ``rounded`` when it is the
total rounded (or cut down) to its unit, as any unhedged round figure (claims/rounding). A mark
of one or two significant digits ("800,000", "1.1 million") stays a strict milestone: reached
or not. The sentences are of the kind outlets publish; each total is computed from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402


def _millions(n: int, sep: str) -> str:
    return f"{n / 1_000_000:.2f}".replace(".", sep)


OCT15, DEC3, DEC31 = date(2025, 10, 15), date(2024, 12, 3), date(2025, 12, 31)

CASES = [
    pytest.param(lambda n: f"Russia's losses in the war have reached {_millions(n, '.')} million troops, "
                           "according to Ukraine's General Staff.", OCT15, 10_000, id="reached-millions"),
    pytest.param(lambda n: f"Russian personnel losses have now hit {_millions(n, '.')} million, the General "
                           "Staff said.", OCT15, 10_000, id="hit-millions"),
    pytest.param(lambda n: f"Втрати росії у війні сягнули {_millions(n, ',')} млн військових, повідомив "
                           "Генштаб.", OCT15, 10_000, id="uk-reached-mln"),
    pytest.param(lambda n: f"Загальні втрати ворога досягли {_millions(n, ',')} мільйона осіб.", OCT15, 10_000,
                 id="uk-reached-million-word"),
    pytest.param(lambda n: f"Russian personnel losses have now hit {n:,}, the General Staff said.", DEC3, 1_000,
                 id="hit-thousands"),
    pytest.param(lambda n: f"Russia's losses have reached {n:,} soldiers since February 2022, Ukraine said.",
                 DEC3, 1_000, id="reached-thousands"),
    pytest.param(lambda n: f"Загальні втрати ворога досягли {n // 1000} тисяч осіб.", DEC3, 1_000,
                 id="uk-reached-thousands-word"),
    pytest.param(lambda n: f"Втрати окупантів сягнули {n:,} осіб, йдеться у зведенні.".replace(",", " "), DEC3,
                 1_000, id="uk-reached-thousands"),
    pytest.param(lambda n: f"By the end of the year Russia's losses had reached {_millions(n, '.')} million, "
                           "the General Staff said.", DEC31, 10_000, id="reached-end-of-year"),
    pytest.param(lambda n: f"Втрати росії сягнули {_millions(n, ',')} млн осіб.", DEC31, 10_000,
                 id="uk-reached-end-of-year"),
]


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, VerdictKind]]:
    return [(v.claim.value, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts]


@pytest.mark.parametrize(("make", "as_of", "unit"), CASES)
def test_a_total_rounded_up_after_reached_is_rounded(
    make: Callable[[int], str], as_of: date, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    true = _total(petro_series["personnel"], as_of)
    up = (true + unit // 2) // unit * unit
    assert up > true  # not reached yet: as a strict milestone it would be wrong
    assert _judged(make(up), petro_series, as_of) == [(up, VerdictKind.ROUNDED)]


@pytest.mark.parametrize(("make", "as_of", "unit"), CASES)
def test_a_figure_a_unit_above_the_rounded_total_after_reached_is_incorrect(
    make: Callable[[int], str], as_of: date, unit: int, petro_series: dict[str, LossSeries],
) -> None:
    true = _total(petro_series["personnel"], as_of)
    above = (true + unit // 2) // unit * unit + unit
    assert _judged(make(above), petro_series, as_of)[0][1] is VerdictKind.INCORRECT


@pytest.mark.parametrize("text", [
    "Russia's losses have reached 1.1 million, the General Staff said.",
    "Втрати росії сягнули 1,1 млн осіб.",
])
def test_a_mark_of_two_significant_digits_not_yet_reached_stays_incorrect(
    text: str, petro_series: dict[str, LossSeries],
) -> None:
    day = max(r.report_date for r in petro_series["personnel"].rows if r.total < 1_100_000)
    assert 1_100_000 - _total(petro_series["personnel"], day) < 20_000  # within the rounding of "1.1 million"
    assert _judged(text, petro_series, day) == [(1_100_000, VerdictKind.INCORRECT)]
