"""A record's window ("this year", "earlier in the year", "of the year") bounds the record when the figure
has no time of its own. Found on thestockdork.com (13 Apr 2024; sum6's n29 page p07): "The figures for
troop losses fluctuate, with the highest daily loss earlier in the year reaching 1,290." kinds.
record_window_span read "this year" / "of the year" as the record's window and extract set the
claim's record_since, but readings.record_candidates used it only beside a day's time ("On Tuesday
... the highest this year"), so a record with no time was held to the war's highest day (1,380 on 19
Oct 2023: incorrect), and "earlier in the year" was no window at all. True values from the series:
the highest day of 2024 up to 12 Apr 2024 was 18 Feb 2024.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 4, 13)  # the latest report's losses: 12 Apr 2024


def _day(series: dict[str, LossSeries], day: date) -> int:
    return losses(series["personnel"], day, day)


def _year_high(series: dict[str, LossSeries]) -> int:
    days = [date(2024, 1, 1) + timedelta(days=k) for k in range((date(2024, 4, 12) - date(2024, 1, 1)).days + 1)]
    return max(_day(series, d) for d in days)


@pytest.mark.parametrize("template", [
    "The figures for troop losses fluctuate, with the highest daily loss earlier in the year reaching {v:,}.",
    "The figures fluctuate, with the highest daily loss this year reaching {v:,}.",
    "The highest daily loss of the year was {v:,}, the General Staff's figures show.",
])
def test_the_years_highest_day_is_correct(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = _year_high(petro_series)
    assert value == _day(petro_series, date(2024, 2, 18))
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.RECORD, VerdictKind.CORRECT)]


def test_a_war_record_without_a_window_is_still_the_wars(petro_series: dict[str, LossSeries]) -> None:
    value = _year_high(petro_series)
    text = f"The highest daily loss of the war was {value:,}, the General Staff's figures show."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.RECORD, VerdictKind.INCORRECT)]
