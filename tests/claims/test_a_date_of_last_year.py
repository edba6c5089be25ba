"""A day and month with "минулого року" / "торік" / "last year" for its year, "з 24 лютого минулого року",
"since February 24 last year", is that day of the year before the article, not last year as a whole.

newsme.com.ua (14 Mar 2023, uk8's n31 page 12): "Крім того, з 24 лютого минулого року наші захисники
збили 304 російські літаки." Only "минулого року" was read, so the running total since the invasion was
judged as the sum of 2022 (incorrect against 283, both modes). The day-and-month patterns (dates.py) now
take "минулого року" / "торік" / "last year" in the year's place (the as-of year less one); the longest
match wins over "минулого року" inside it. "Минулого року" alone stays the year before. True values
come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2023, 3, 14)


def _found(text: str, series: dict[str, LossSeries], value: int, as_of: date = AS_OF) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]


def test_since_the_invasions_day_last_year_is_the_total(petro_series: dict[str, LossSeries]) -> None:
    jets = total(petro_series["aircraft"], AS_OF)
    text = f"Крім того, з 24 лютого минулого року наші захисники збили {jets} російські літаки."
    assert _found(text, petro_series, jets) == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_since_february_24_last_year_in_english_is_the_total(petro_series: dict[str, LossSeries]) -> None:
    troops = total(petro_series["personnel"], AS_OF)
    text = f"Since February 24 last year, Russia has lost {troops:,} soldiers, the General Staff said."
    assert _found(text, petro_series, troops) == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_a_day_of_last_year_is_that_day(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2022, 5, 5), date(2022, 5, 5))
    text = f"5 травня минулого року окупанти втратили {day} солдатів."
    assert _found(text, petro_series, day) == [(ClaimKind.DAY, VerdictKind.CORRECT)]


def test_last_year_alone_is_still_the_year(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    text = f"Минулого року окупанти втратили {uk(year)} військових."
    assert _found(text, petro_series, year, date(2025, 3, 14)) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
