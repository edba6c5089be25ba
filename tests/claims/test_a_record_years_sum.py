"""A year's sum said to be a record is the year's record among the war's years, not a record day.

pravda.com.ua (7 Jan 2025, time11's page 19): "Russian losses (both killed and wounded) in 2024 amounted to a record
429,660 people, compared to almost 253,000 in 2023"; community-5.com (Dec 2024, time11's page 10): "421,000 troops
killed or wounded—the highest yearly toll since the invasion began". The figure was checked as the highest one-day
figure (2,200 on 19 December 2024); it is the year's sum, and the record says no earlier year of the war lost as
many (2022 counted from 24 February). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _found(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, ClaimKind, str]]:
    return [(v.claim.value, v.claim.kind, v.verdict.value) for v in check_text(text, series, as_of=as_of).verdicts]


def _year(series: LossSeries, year: int) -> int:
    return losses(series, date(year, 1, 1), date(year, 12, 31))


def test_a_record_year_in_english(petro_series: dict[str, LossSeries]) -> None:
    year = _year(petro_series["personnel"], 2024)
    text = f"Russian losses (both killed and wounded) in 2024 amounted to a record {year:,} people."
    assert _found(text, petro_series, date(2025, 1, 7)) == [(year, ClaimKind.RECORD, "correct")]


def test_a_record_year_in_ukrainian(petro_series: dict[str, LossSeries]) -> None:
    year = _year(petro_series["personnel"], 2024)
    text = f"У 2024 році втрати росіян склали рекордні {year:,} осіб.".replace(",", " ")
    assert _found(text, petro_series, date(2025, 1, 7)) == [(year, ClaimKind.RECORD, "correct")]


def test_a_year_below_an_earlier_one_is_no_record(petro_series: dict[str, LossSeries]) -> None:
    year = _year(petro_series["personnel"], 2025)  # below 2024's
    text = f"У 2025 році втрати росіян склали рекордні {year:,} осіб.".replace(",", " ")
    assert _found(text, petro_series, date(2026, 1, 7)) == [(year, ClaimKind.RECORD, "incorrect")]


def test_a_record_month_stays_the_months(petro_series: dict[str, LossSeries]) -> None:
    december = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = f"Russia lost a record {december:,} troops in December 2024."
    assert _found(text, petro_series, date(2025, 1, 7)) == [(december, ClaimKind.RECORD, "correct")]
