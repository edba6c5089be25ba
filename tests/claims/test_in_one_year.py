"""A figure "in just one year", "in a year", is the year so far (in January, the year just ended), or the past twelve months.

uawire.org (30 Dec 2024, time11's page 22): "in just one year, Russian armed forces have suffered 427,000
casualties, both killed and wounded" was read as the war's total (787,940: incorrect); 2024 up to the report of
30 December was 427,930. "in one month" and "in a week" were periods already; "in one year" named none. Not "in a
year's time", "in one year of the war", "in a year and a half". True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _found(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, ClaimKind, str]]:
    return [(v.claim.value, v.claim.kind, v.verdict.value) for v in check_text(text, series, as_of=as_of).verdicts]


def test_in_just_one_year_is_the_year_so_far(petro_series: dict[str, LossSeries]) -> None:
    so_far = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 29))
    text = f"In just one year, Russian armed forces have suffered {so_far:,} casualties, both killed and wounded."
    assert _found(text, petro_series, date(2024, 12, 30)) == [(so_far, ClaimKind.PERIOD, "correct")]


def test_in_a_year_said_in_january_is_the_year_just_ended(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    text = f"Russia lost {year:,} troops in a year, Ukraine's General Staff said."
    assert _found(text, petro_series, date(2025, 1, 7)) == [(year, ClaimKind.PERIOD, "correct")]


def test_one_year_of_the_war_stays_the_war(petro_series: dict[str, LossSeries]) -> None:
    text = "In one year of the war, Russia lost 145,850 troops."
    assert [kind for _, kind, _ in _found(text, petro_series, date(2023, 2, 24))] != [ClaimKind.PERIOD]
