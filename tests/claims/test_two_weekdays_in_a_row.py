""""1,750 Russian losses on Saturday and Sunday" / "у суботу та неділю" is the sum of the two days, not Saturday's
figure. Found on IBTimes' weekend pieces, three of them in sum7's n30 pages: "The Ukrainian military recorded 1,750
Russian losses on Saturday and Sunday" (6 Mar 2023, p14), "About 2,100 Russian casualties were reported on Saturday
and Sunday" (13 Mar 2023, p12), "Russia also lost three more tanks and nine more armored personnel vehicles within
Saturday and Sunday" (3 Apr 2023, p13). Only "Saturday" (or, for the last figure, "Sunday") was read, so the
weekend's sums were judged as a running total at Saturday (incorrect against 152,190 and 158,000) or as one day's
figure (incorrect against 2 tanks and 7 APVs). Two weekdays in a row joined by "and" / "та" are now one span, as
"from Saturday to Sunday" was; two days apart stay two days, and "on Saturday and Sunday respectively" stays a
figure for each (extract's respectively pairing). True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2023, 3, 6)  # a Monday: Saturday 4 and Sunday 5 March 2023


@pytest.mark.parametrize("template", [
    "The Ukrainian military recorded {v:,} Russian losses on Saturday and Sunday.",
    "Russia lost {v:,} soldiers over Saturday and Sunday, the General Staff said.",
    "У суботу та неділю росіяни втратили {u} військових, за даними Генштабу.",
])
def test_the_two_days_sum(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2023, 3, 4), date(2023, 3, 5))
    report = check_text(template.format(v=value, u=uk(value)), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_respectively_keeps_a_figure_for_each_day(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    sat, sun = losses(s, date(2023, 3, 4), date(2023, 3, 4)), losses(s, date(2023, 3, 5), date(2023, 3, 5))
    report = check_text(f"Russia lost {sat:,} and {sun:,} soldiers on Saturday and Sunday respectively, the "
                        "General Staff said.", petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.claim.value) for v in report.verdicts] == [(ClaimKind.DAY, sat), (ClaimKind.DAY, sun)]
    assert {v.verdict for v in report.verdicts} <= {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}
