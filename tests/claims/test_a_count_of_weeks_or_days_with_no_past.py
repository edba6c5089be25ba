"""A count of weeks or days with no "past" ("Putin Loses 6,000 Troops in 2 Weeks", "43 Tanks in 1 Week") is that span up to the latest report.

Newsweek's headlines write the span as a digit and drop "the past": "Russia Loses 43 Tanks in 1 Week
as Troops Struggle to Advance: Ukraine" (17 Dec 2022, head10 page 07), "Putin Loses 6,000 Troops in
2 Weeks as Russia's Weaknesses Exposed: Ukraine" (30 Nov 2022, page 14), "Russian Military Suffers
2,240 Losses in 5 Days" (page 15). "in a week" and "the past two weeks" were periods, but "in 1 Week"
and "in 2 Weeks" named none: 43 tanks was judged a day's figure (unverifiable) and 6,000 troops the
war's total (incorrect against 88,880). relative: "in|within N days|weeks" is the past N days (or
weeks) up to the latest report; "in 10 days since ...", "within two weeks after ...", "in 9 days of
the war" are not. True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_WEDNESDAY = date(2022, 11, 30)


def _span(series: LossSeries, days: int) -> int:
    return total(series, _WEDNESDAY) - total(series, _WEDNESDAY - timedelta(days=days))  # the past reports


def _judged(text: str, series: dict[str, LossSeries], as_of: date = _WEDNESDAY) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


def test_a_count_of_one_week_is_the_past_week(petro_series: dict[str, LossSeries]) -> None:
    tanks = _span(petro_series["tanks"], 7)
    text = f"Russia Loses {tanks} Tanks in 1 Week as Troops Struggle to Advance: Ukraine\n\nKyiv's figures, updated daily."
    assert _judged(text, petro_series)[tanks] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_count_of_two_weeks_is_the_past_fourteen_days(petro_series: dict[str, LossSeries]) -> None:
    troops = _span(petro_series["personnel"], 14)
    text = f"Putin Loses {troops:,} Troops in 2 Weeks as Russia's Weaknesses Exposed: Ukraine\n\nKyiv keeps count."
    assert _judged(text, petro_series)[troops] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_days_of_the_war_are_no_span_up_to_the_latest_report(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 3, 5)  # the war's ninth day
    war = total(petro_series["personnel"], as_of)
    text = f"Russia has lost {war:,} troops in 9 days of the war, the General Staff says."
    assert _judged(text, petro_series, as_of)[war] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
