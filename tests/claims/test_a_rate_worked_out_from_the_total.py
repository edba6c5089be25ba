"""A daily rate worked out from the running total said just before it ("the milestone equates to roughly 609
deaths per day") is the war's daily mean, not the past week's.

Express retold by cuu.coron.tech (25 May 2024; page fresh10/13): "According to the Ukrainian Army's General
Staff, Russia's personnel losses today passed 500,000 men ... If the figures are to be believed, the milestone
equates to roughly 609 deaths per day". With no period of its own, the 609 was judged against the past seven
days' mean (1,286: incorrect); it is the total over the war's days (500,080 over 821: 609). A daily average
after a total with no such verb stays the rate of late.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.dates import WAR_START
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 5, 25)


def _war_mean(series: LossSeries) -> int:
    """The total of the day's report over the loss days from 24 February 2022 to the day before."""
    return round(total(series, DAY) / (DAY - WAR_START).days)


def test_a_rate_the_milestone_equates_to_is_the_wars_mean(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    mean = _war_mean(series)
    text = ("According to the General Staff, Russia's personnel losses today passed 500,000 men. If the figures are "
            f"to be believed, the milestone equates to roughly {mean} deaths per day.")
    report = check_text(text, petro_series, as_of=DAY)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found[mean] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_an_average_said_after_a_total_without_working_it_out_is_of_late(
        petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    mean = _war_mean(series)
    text = (f"Russia has lost {total(series, DAY):,} troops, the General Staff said. Russia is losing an average "
            f"of {mean} troops per day.")
    report = check_text(text, petro_series, as_of=DAY)
    found = {v.claim.value: v for v in report.verdicts}
    assert found[mean].claim.time is None or found[mean].claim.time.kind != "war"
