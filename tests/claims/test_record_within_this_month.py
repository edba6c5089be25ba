""""The highest daily loss this month", "найбільші добові втрати цього місяця": a day's record within
the month, not the month's sum and not the war's record. Before, "month" after the record word made
the record a month's ("the highest daily loss this month" was checked as the month's sum being the
highest month), and with the day named ("over the past day") the window was dropped and the day was
held to the war's record (2,200 on 19 December 2024) and called incorrect. A day's measure must be
said between the record word and "this month": "record losses of 45,720 this month" stays the
month's own figure. True values from the series: 17 March 2025 was March's highest day so far.
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
    "On March 17, Russia lost {v:,} troops, the highest daily loss this month, the General Staff said.",
    "Russia lost {v:,} troops over the past day, the highest daily figure this month, according to the General Staff.",
    "Росія за добу втратила {v} військових — це найбільші добові втрати цього місяця, повідомив Генштаб.",
])
def test_the_months_highest_day_is_correct(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2025, 3, 17))
    march = [_day(petro_series, date(2025, 3, d)) for d in range(1, 18)]
    assert value == max(march) and value < 2_000  # March's highest, far below the war's record
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.claim.record_scope, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, "day", VerdictKind.CORRECT)]


def test_a_day_below_the_months_highest_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    value = _day(petro_series, date(2025, 3, 13))
    assert value < _day(petro_series, date(2025, 3, 11))  # not the highest of March up to its day
    text = f"On March 13, Russia lost {value:,} troops, the highest daily loss this month, the General Staff said."
    report = check_text(text, petro_series, as_of=date(2025, 3, 18))
    assert [v.verdict for v in report.verdicts if v.claim.value == value] == [VerdictKind.INCORRECT]


def test_a_months_record_this_month_stays_the_months(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = f"Russia suffered record losses of {value:,} troops this month, according to the General Staff."
    report = check_text(text, petro_series, as_of=date(2024, 12, 1))
    found = [(v.claim.kind, v.claim.record_scope) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, "month")]
