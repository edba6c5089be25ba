"""Figures "in the 24-hour period" (over a 24-hour period) are the day of the latest report.

Newsweek retold by lockednloaded.site (22 Feb 2024; page fresh10/09): "According to Ukraine, 1,160 of those
human casualties came in the past day. Russia also lost seven tanks, 35 armored fighting vehicles, 41
artillery systems and 36 drones in the 24-hour period." Only "in the same 24-hour period" read as the day
before; "in the 24-hour period" left its "period" unread and the four figures unverifiable. It is now the
past day, as "in the past 24 hours" is. A day's figure with no time of its own and another period word
("in the period") stays unverifiable.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 2, 22)


def _daily(series: LossSeries) -> int:
    return total(series, DAY) - total(series, DAY - timedelta(days=1))


@pytest.mark.parametrize("words", ["in the 24-hour period", "over a 24-hour period", "within that 24-hour window"])
def test_figures_in_the_24_hour_period_are_the_latest_days(words: str, petro_series: dict[str, LossSeries]) -> None:
    tanks, artillery = _daily(petro_series["tanks"]), _daily(petro_series["artillery"])
    text = f"Russia also lost {tanks} tanks and {artillery} artillery systems {words}, Kyiv said."
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts] == [
        ("tanks", ClaimKind.DAY, VerdictKind.CORRECT), ("artillery", ClaimKind.DAY, VerdictKind.CORRECT)]


def test_a_day_figure_in_an_unnamed_period_stays_unverifiable(petro_series: dict[str, LossSeries]) -> None:
    tanks = _daily(petro_series["tanks"])
    report = check_text(f"Russia lost {tanks} tanks in a single day during the period, Kyiv said.",
                        petro_series, as_of=DAY)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.UNVERIFIABLE]
