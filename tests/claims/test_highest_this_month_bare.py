""""The highest this month", with no day's word between the record word and "this month", bounds a
day's record by the month, as "the highest daily loss this month" does. kinds.Cues already read it as
a day's record (kinds._MONTH_WINDOW: "this" before "month"), but kinds.record_window_span took the
month as the record's window only after a day's word, so "Russia lost 1,560 troops over the past day,
the highest this month" was held to the war's highest day (2,200 on 19 December 2024) and called
incorrect; dated by "On March 17" it was right, by another path. The two now agree: the record word
right before "this month" / "цього місяця" (nothing between) is a record within the month. "Record
losses of 45,720 this month" (a figure between) stays the month's own figure
(tests/claims/test_record_within_this_month.py). True values from the series: 17 March 2025 was
March's highest day up to 18 March.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 3, 18)


def _day(series: dict[str, LossSeries], day: date) -> int:
    return losses(series["personnel"], day, day)


@pytest.mark.parametrize("template", [
    "Russia lost {v:,} troops over the past day, the highest this month, according to the General Staff.",
    "Over the past day Russia lost {v:,} soldiers, the heaviest this month, the General Staff said.",
    "Росія втратила за минулу добу {v} військових, це найбільше цього місяця, повідомив Генштаб.",
])
def test_the_past_day_highest_this_month_is_correct(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2025, 3, 17))
    assert value == max(_day(petro_series, date(2025, 3, d)) for d in range(1, 18)) and value < 2_000
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, VerdictKind.CORRECT)]


def test_a_lower_day_the_highest_this_month_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2025, 3, 13))
    assert value < _day(petro_series, date(2025, 3, 11))
    text = f"Russia lost {value:,} troops over the past day, the highest this month, according to the General Staff."
    report = check_text(text, petro_series, as_of=date(2025, 3, 14))
    assert [v.verdict for v in report.verdicts if v.claim.value == value] == [VerdictKind.INCORRECT]
