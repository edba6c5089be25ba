""""Since the start of its invasion on February 24" with no year is the war's start, whatever the article's year (real articles).

Newsweek (1 Dec 2022, date9's n32 page 29): "The Staff of the Armed Forces of Ukraine said in its update
that Russia has lost 89,440 troops since the start of its invasion on February 24." With the article's
date given, "February 24" took 2022 and was the war's start. Self-dated, the dating pass reads the text at
today's date, so "February 24" took today's year: the total became a total on 24 Feb 2026, named no
report, and the article was dated by today (89,440 incorrect against 1,261,420). "On February 24" with
no year after the war's words ("since the start of its invasion", "since it invaded Ukraine", "since
the full-scale invasion began") is now the invasion's day, as "in February 2022" there already was.
"February 24, 2023" after them stays that day, and a lone "on February 24" stays a day. True values
come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)
_REPORT = date(2022, 12, 1)


@pytest.mark.parametrize("words", [
    "since the start of its invasion on February 24",
    "since it invaded Ukraine on February 24",
    "since the full-scale invasion began on Feb. 24",
])
def test_the_invasions_day_without_a_year_is_the_war(words: str, petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], _REPORT)
    text = f"The General Staff said in its update that Russia has lost {value:,} troops {words}."
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == _REPORT
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_a_written_year_or_a_lone_day_stays_a_day(petro_series: dict[str, LossSeries]) -> None:
    for text in ("Russia lost 1,000 troops since the start of the war on February 24, 2023.",
                 "Russia lost 1,000 troops on February 24."):
        claims = [v.claim for v in check_text(text, petro_series, as_of=date(2023, 3, 1)).verdicts]
        assert [c.time.granularity for c in claims if c.time is not None] == ["day"]
