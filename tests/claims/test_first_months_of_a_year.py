""""За вісім місяців 2025 року", "in the first five months of 2024": January to that month of the year named.
Found on fakty.com.ua (31 Aug 2025), Zelensky after Syrskyi's report: "За вісім місяців 2025 року росіяни
втратили вбитими та важкопораненими понад 290 тис. своїх військових." Nothing read the months as a time:
"2025 року" after "місяців" is not "у 2025 році", so the 290 000 fell to a milestone of the running total
(passed in 2023, "correct" for the wrong reason), though it is January–August 2025 (291 340). True values
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def _found(text: str, series: dict[str, LossSeries], as_of: date, *values: int) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value in values]


def test_eight_months_of_a_year_in_ukrainian(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 8, 31))
    text = f"За даними Генштабу, за вісім місяців 2025 року росіяни втратили {uk(p)} своїх військових."
    assert _found(text, petro_series, date(2025, 9, 3), p) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_first_months_of_a_year_in_english(petro_series: dict[str, LossSeries]) -> None:
    t = losses(petro_series["tanks"], date(2024, 1, 1), date(2024, 5, 31))
    text = f"According to Ukraine's General Staff, Russia lost {t:,} tanks in the first five months of 2024."
    assert _found(text, petro_series, date(2024, 6, 5), t) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
