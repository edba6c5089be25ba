"""A day's record said under a year the sentence names before it is that year's record. Found on
uawire.org (2 Jan 2025, Ukraine's Defence Ministry on 2024): "Throughout 2024, Ukraine's forces have
reportedly destroyed or disabled 3,689 Russian tanks ... marking a notable peak in tank engagements
during May, particularly on May 12 when 31 tanks were hit in just one day." 31 was held to the war's
record (55 tanks on 19 October 2023) and called incorrect; it is 2024's highest day. A record the
sentence bounds by the war ("since the start of the war") stays the war's.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 1, 2)


def _day(series: dict[str, LossSeries], day: date) -> int:
    return losses(series["tanks"], day, day)


def test_a_days_peak_under_a_named_year_is_that_years(petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2024, 5, 12))
    year = [_day(petro_series, date.fromordinal(o)) for o in range(date(2024, 1, 1).toordinal(),
                                                                      date(2024, 5, 13).toordinal())]
    assert value == max(year) and value < _day(petro_series, date(2023, 10, 19))  # 2024's, not the war's
    sum_2024 = losses(petro_series["tanks"], date(2024, 1, 1), date(2024, 12, 31))
    text = (f"Throughout 2024, Ukraine's forces have reportedly destroyed or disabled {sum_2024:,} Russian tanks—"
            f"the equivalent of about 119 tank battalions—marking a notable peak in tank engagements during May, particularly on May 12 when {value} tanks "
            "were hit in just one day.")
    report = check_text(text, petro_series, as_of=AS_OF)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found == {sum_2024: (ClaimKind.PERIOD, VerdictKind.CORRECT), value: (ClaimKind.RECORD, VerdictKind.CORRECT)}


def test_a_record_bounded_by_the_war_stays_the_wars(petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2024, 5, 12))
    text = (f"In 2024, on May 12, Russia lost {value} tanks, the highest daily figure since the start of the "
            "full-scale war, according to the General Staff.")
    report = check_text(text, petro_series, as_of=AS_OF)
    records = [v.verdict for v in report.verdicts if v.claim.value == value and v.claim.kind is ClaimKind.RECORD]
    assert records == [VerdictKind.INCORRECT]
