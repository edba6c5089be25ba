"""A headline's "Over Weekend" (no article) is the weekend, as "over the weekend" is.
Found on four IBTimes pages of 2023 (12 Feb, 23 Apr, 14 May, 4 Jun), whose headlines all read
"Ukraine ... Eliminated 1,370 Russian Soldiers Over Weekend, ...": the weekend pattern wanted "the",
so the headline's sum of Saturday and Sunday was judged as the latest report's day (incorrect: 1,370
against 690), while the body's "over the weekend" was read right. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2023, 4, 24)  # a Monday: the weekend is 22-23 Apr 2023 (loss dates)
WEEKEND = (date(2023, 4, 22), date(2023, 4, 23))


def _found(text: str, series: dict[str, LossSeries], value: int) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=AS_OF)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]


def test_headline_over_weekend(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], *WEEKEND)
    text = f"Ukraine Eliminated {p:,} Russian Soldiers Over Weekend, Death Toll Now 186,000"
    assert _found(text, petro_series, p) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_over_the_weekend_still_read(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], *WEEKEND)
    text = f"Russia lost {p:,} of its troops in Ukraine over the weekend, according to the General Staff."
    assert _found(text, petro_series, p) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
