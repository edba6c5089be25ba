"""Figures "between February 24 and Friday" are the war's totals up to Friday's report, not Friday's day.

IANS on newstracklive.com (4 Mar 2022, sum8's n31 page 29; the same page is en8's 31): "Russia also lost 939
armoured combat vehicles, ..., three unmanned aerial vehicles, and two speed boats between February 24 and
Friday". "February 24" became the war and "Friday" a day of its own, which the last two figures, nearest to it,
took: three UAVs and two boats were judged as Friday's losses (none: incorrect, in both modes). The war's day
and a weekday joined as a range ("between|from ... and|to ...") are now the war up to that weekday. A written
last day stays a day ("listing Russian losses from February 24, 2022 to October 17, 2024, reveals that Russia
lost 1,420 soldiers ... in one day": en8's page 25). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2022, 3, 4)  # a Friday


def test_the_figures_up_to_the_weekday_are_totals(petro_series: dict[str, LossSeries]) -> None:
    tanks, uavs, ships = (total(petro_series[k], AS_OF) for k in ("tanks", "uavs", "ships"))
    text = (f"Russia also lost {tanks} tanks, {uavs} unmanned aerial vehicles, and {ships} speed boats between "
            "February 24 and Friday, according to a tweet from the Ministry.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts] == [
        (tanks, ClaimKind.TOTAL, VerdictKind.CORRECT), (uavs, ClaimKind.TOTAL, VerdictKind.CORRECT),
        (ships, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_a_written_last_day_keeps_its_day(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 10, 17)
    day = total(petro_series["personnel"], as_of) - total(petro_series["personnel"], date(2024, 10, 16))
    text = (f"The new message, listing Russian losses from February 24, 2022 to October 17, 2024, reveals that Russia "
            f"lost {day:,} soldiers in one day.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [
        (ClaimKind.DAY, VerdictKind.CORRECT_OTHER_CONVENTION)]
