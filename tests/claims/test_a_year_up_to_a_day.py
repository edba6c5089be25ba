"""A year followed by the day it runs to, "2025 (as of June 4): ...", is that year up to the day.

United24 (12 Jun 2025, en9's n32 page 23, also in the development set) broke the losses down by year:
"2024: 430,790 troops — averaging 1,177 per day" and "2025 (as of June 4): Over 200,000 troops — averaging
1,286 per day". The year heading was read only with a colon after it, so "2025 (as of" named no period and
"as of June 4" was the time of both figures: "over 200,000" became a mark passed by June 4's total and 1,286
that day's losses (1,020). A year followed by "(as of", "(up to" or "(станом на" a day of that year is now
the period from the year's first day to that day (dates._merge_ranges): the sum over it and its daily mean.
A year heading with a colon is still the whole year, and "as of June 4" with no year before it is still a
total's date. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

_AS_OF = date(2025, 6, 12)
_JAN1, _JUNE4 = date(2025, 1, 1), date(2025, 6, 4)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def test_the_year_up_to_a_day_is_one_period(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    year = losses(series, date(2024, 1, 1), date(2024, 12, 31))
    part = losses(series, _JAN1, _JUNE4)
    mean = round(part / ((_JUNE4 - _JAN1).days + 1))
    text = (f"Breakdown of Russian casualties by year:\n2024: {year:,} troops lost\n"
            f"2025 (as of June 4): {part:,} troops — averaging {mean:,} per day")
    judged = _judged(text, petro_series)
    assert judged[part] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[mean] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[year] == (ClaimKind.PERIOD, VerdictKind.CORRECT)  # guard: the year heading with a colon


def test_as_of_a_day_without_a_year_before_it_dates_a_total(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], _JUNE4)  # the report of that day
    text = f"As of June 4, 2025, Russia had lost {value:,} troops since the full-scale invasion began."
    assert _judged(text, petro_series)[value][1] is VerdictKind.CORRECT
