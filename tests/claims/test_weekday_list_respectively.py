"""Weekdays named in a row are a list of days, each its own figure's, not one day named twice.
Found on misleading.com (24 Sep 2024, retelling Newsweek): "Moscow lost 1,500, 1,330, and 1,400 troops
on Saturday, Sunday, and Monday respectively"; clauses.one_per_time dropped "Sunday" as a restatement
of "on Saturday" (only a comma between them, as in "за минулу добу, 22 листопада"), so 1,330 took
Saturday (incorrect against 1,500). The same befell headlinenavi's Newsweek piece of 16 Dec 2023
(sum3's n25 page date3/p14): "on Sunday, Tuesday, Wednesday, there were 700, 800 and 850 Russian
losses respectively" judged 800 against Wednesday. Two different weekdays are now kept apart.
True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 9, 24)  # a Tuesday: Saturday to Monday are 21-23 Sep 2024 (loss dates)
DAYS = [date(2024, 9, 21) + timedelta(days=i) for i in range(3)]


def _verdicts(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=AS_OF)
    return [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts]


def test_three_weekdays_respectively(petro_series: dict[str, LossSeries]) -> None:
    a, b, c = (losses(petro_series["personnel"], d, d) for d in DAYS)
    text = f"Moscow lost {a:,}, {b:,}, and {c:,} troops on Saturday, Sunday, and Monday respectively."
    assert _verdicts(text, petro_series) == [(v, ClaimKind.DAY, VerdictKind.CORRECT) for v in (a, b, c)]


def test_weekdays_before_their_figures(petro_series: dict[str, LossSeries]) -> None:
    a, b = (losses(petro_series["personnel"], d, d) for d in DAYS[1:])
    text = f"On Sunday, Monday, there were {a:,} and {b:,} Russian losses respectively, the General Staff said."
    # a weekday opening the sentence may be the day of the report or of the losses: either convention
    found = _verdicts(text, petro_series)
    assert [(v, k) for v, k, _ in found] == [(a, ClaimKind.DAY), (b, ClaimKind.DAY)]
    assert all(verdict in {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION} for _, _, verdict in found)


def test_a_day_named_twice_is_still_one_day(petro_series: dict[str, LossSeries]) -> None:
    a = losses(petro_series["personnel"], DAYS[2], DAYS[2])
    text = f"Over the past day, Monday, Russia lost {a:,} troops, the General Staff said."
    assert _verdicts(text, petro_series) == [(a, ClaimKind.DAY, VerdictKind.CORRECT)]
