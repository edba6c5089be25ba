""""In May-August 2025" / "During January–April 2025" is the span of those months, as "від травня до серпня" and
"у травні–серпні 2025 року" already were. Found on fakti.bg (10 Sep 2025, retelling ISW; sum7's n30 page p09):
"Russian forces captured a total of 1,910.39 sq. km of territory in Ukraine in May-August 2025, while data from the
Ukrainian General Staff show 130,160 Russian casualties for the same period". The English dash between two month
names was no time: only "May" was read, so the four months' sum was judged as a running total at May 2025 (incorrect
against 987,330) instead of against the sum of May to August (129,800 by loss date, 130,180 by report date; ISW
added its own month figures). True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 9, 10)


@pytest.mark.parametrize("template", [
    "Data from the Ukrainian General Staff show {v:,} Russian casualties in May-August 2025.",
    "During May–August 2025, Russia lost {v:,} troops, according to the General Staff.",
    "Russia lost {v:,} soldiers in May — August, Ukraine's General Staff reported.",
])
def test_the_months_between_the_dash(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 5, 1), date(2025, 8, 31))
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_one_month_after_a_dash_stays_one_month(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 8, 1), date(2025, 8, 31))
    report = check_text(f"Losses rose again - August 2025 cost Russia {value:,} troops, the General Staff said.",
                        petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
