"""A date past "однак" / "але" / "but" opens a clause of its own: it is not the figure's before it.

A class seen in Ukrainian articles at the last stop: a daily item's figure, then a clause of contrast with a
date of its own ("Минулої доби росіяни втратили 1 140 військових, однак 2 жовтня втрати були значно
більшими"). The pairing of dates with figures (extract._assign_times) gave the date to the nearest figure,
across the conjunction, so the past day's figure was judged as 2 October's; with no time of its own the
figure also shared the date past "однак" (clauses.CLAUSE_BREAK knew "але" only). The sentences paraphrase
babel.ua's daily item (uk9's n32 page 02). True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total, uk  # noqa: E402

OCT10 = date(2024, 10, 10)  # the report of 10 October: the losses of 9 October


def _day(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=OCT10).verdicts}


@pytest.mark.parametrize("make", [
    lambda n: f"Минулої доби росіяни втратили {uk(n)} військових, однак 2 жовтня втрати були значно більшими.",
    lambda n: f"Росія за добу втратила {uk(n)} військових, але 2 жовтня втрати окупантів були вищими.",
    lambda n: f"Росія втратила {uk(n)} військових, однак 2 жовтня втрати були значно більшими, повідомив Генштаб.",
])
def test_the_figure_before_the_contrast_is_the_past_days(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    day = _day(petro_series["personnel"], OCT10)
    assert _judged(make(day), petro_series)[day] == (ClaimKind.DAY, VerdictKind.CORRECT)


def test_a_day_past_the_contrast_is_not_the_figures_either(petro_series: dict[str, LossSeries]) -> None:
    oct2 = _day(petro_series["personnel"], date(2024, 10, 3))  # the losses of 2 October
    text = f"2 жовтня Росія втратила {uk(oct2)} військових, однак наступного дня втрати були меншими."
    assert _judged(text, petro_series)[oct2] == (ClaimKind.DAY, VerdictKind.CORRECT)


@pytest.mark.parametrize("make", [
    lambda n: f"Russia lost {n:,} troops over the past day, but on October 2 the losses were higher.",
    lambda n: f"Росія втратила {uk(n)} військових, але ці втрати менші, ніж 2 жовтня.",
])
def test_guards_the_past_day_before_but_and_a_compared_date(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    day = _day(petro_series["personnel"], OCT10)
    assert _judged(make(day), petro_series)[day] == (ClaimKind.DAY, VerdictKind.CORRECT)


def test_guard_a_date_with_its_figure_and_no_contrast(petro_series: dict[str, LossSeries]) -> None:
    oct2 = _day(petro_series["personnel"], date(2024, 10, 3))
    text = f"2 жовтня Росія втратила {uk(oct2)} військових, повідомив Генштаб."
    assert _judged(text, petro_series)[oct2] == (ClaimKind.DAY, VerdictKind.CORRECT)
