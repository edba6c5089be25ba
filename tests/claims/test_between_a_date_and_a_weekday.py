"""Figures "between February 25 and Saturday" are the sum over those days, not February 25's total.

Newsweek retold on newsfortoday.co (2 Mar 2024, a Saturday; en9's n32 page 13): "Between February 25 and
Saturday, Russia lost 6,630 troops, according to Kyiv, or an average of 947 a day." The range was joined
only between two written days (or the invasion's day and a weekday, b480448), so "February 25" stood alone:
6,630 was judged as that day's total (incorrect against 409,820) and 947 as Saturday's losses (960).
dates._merge_ranges now also joins a written day and a later weekday after "between|from" into one period:
6,630 is its sum and 947 its daily mean (both hold by the reports of those days). Two written days still
make a range; a weekday alone is still a day. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_SATURDAY = date(2024, 3, 2)
_HOLDS = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_SATURDAY).verdicts}


def test_between_a_date_and_a_weekday_is_one_period(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    week = total(series, _SATURDAY) - total(series, date(2024, 2, 24))  # the reports of 25 Feb-2 Mar
    mean = round(week / 7)
    text = (f"Between February 25 and Saturday, Russia lost {week:,} troops, according to Kyiv, or an average of "
            f"{mean:,} a day.")
    judged = _judged(text, petro_series)
    assert judged[week][0] is ClaimKind.PERIOD and judged[week][1] in _HOLDS
    assert judged[mean][0] is ClaimKind.PERIOD and judged[mean][1] in _HOLDS


def test_a_weekday_alone_is_still_a_day(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = total(series, _SATURDAY) - total(series, date(2024, 3, 1))
    text = f"On Saturday, Ukraine's General Staff said Russia lost {day:,} troops."
    assert _judged(text, petro_series)[day] == (ClaimKind.DAY, VerdictKind.CORRECT)
