"""A total said "at the beginning of the month" (of the year, of February, of 2024) is the total on the day it starts.

Newsweek (retold by lockednloaded.site, 22 Feb 2024; page fresh10/09): "Russia has lost a total of 407,240
troops ... At the beginning of the month, the tally was at 387,060". "At the beginning of the month" named
no time, so the figure was judged against the latest report (incorrect), and in self-dated mode the
article was dated by it to 2 February; "at the start of 2024" was read as the year 2024 (its sum). The
start of a period is now a day, the first one, and a total then is that day's report's (the next report,
the end of that day, under the other convention). A sum said "since the start of the month" stays a sum.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

DAY = date(2024, 2, 22)


@pytest.mark.parametrize(("words", "first"), [
    ("At the beginning of the month", date(2024, 2, 1)),
    ("At the start of February", date(2024, 2, 1)),
    ("At the start of the year", date(2024, 1, 1)),
    ("At the start of 2024", date(2024, 1, 1)),
])
def test_the_total_at_the_start_is_that_days(
    words: str, first: date, petro_series: dict[str, LossSeries],
) -> None:
    series = petro_series["personnel"]
    now, then = total(series, DAY), total(series, first)
    text = f"Russia has lost a total of {now:,} troops, Kyiv said on Thursday. {words}, the tally of Russian losses was at {then:,}."
    report = check_text(text, petro_series, as_of=DAY)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found == {now: (ClaimKind.TOTAL, VerdictKind.CORRECT), then: (ClaimKind.TOTAL, VerdictKind.CORRECT)}


def test_a_sum_since_the_start_of_the_month_stays_a_sum(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 2, 1), DAY - date.resolution)
    report = check_text(f"Russia has lost {value:,} troops since the start of the month, Kyiv said.",
                        petro_series, as_of=DAY)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
