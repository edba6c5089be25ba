"""An incorrect day figure names the nearest report whose day figure it is, reading only those reports' dates.

readings.day_holds looks for the claimed value among the day figures of the reports within 60
days of the claimed day. It worked out each report's loss date before comparing the figure, so
every report of the four months cost a date conversion (about 10,700 in a check of the 5,027-word
bench article); now the figure is compared first and only a report with the claimed figure has its
date read. The report named stays the same.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from attrition.claims import VerdictKind, check_text, readings
from attrition.claims.figures import own_increment
from attrition.model.series import LossSeries

AS_OF = date(2024, 6, 15)
EARLIER = date(2024, 6, 5)  # a report ten days before, whose day figure the text gives as the latest day's


def _nearest_report_with(series: LossSeries, value: int, target: date) -> date:
    """The report within 60 days of loss day ``target`` whose day figure is ``value``, nearest first."""
    rows = [r for r in series.rows if r.report_date <= AS_OF and own_increment(r) == value
            and abs((r.report_date - timedelta(days=1) - target).days) <= 60]
    return min(rows, key=lambda r: abs((r.report_date - timedelta(days=1) - target).days)).report_date


def _claim(series: LossSeries) -> tuple[int, str]:
    value = next(own_increment(r) for r in series.rows if r.report_date == EARLIER)
    assert value is not None and value != next(own_increment(r) for r in series.rows if r.report_date == AS_OF)
    return value, f"Over the past day, Russia lost {value:,} soldiers, the General Staff said."


def test_an_incorrect_day_figure_names_the_nearest_report_that_gives_it(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    value, text = _claim(series)
    report = check_text(text, petro_series, as_of=AS_OF, today=date(2026, 12, 4))
    (verdict,) = report.verdicts
    assert verdict.verdict is VerdictKind.INCORRECT
    nearest = _nearest_report_with(series, value, AS_OF - timedelta(days=1))
    assert verdict.holds_on is not None and f"report of {nearest.day} {nearest:%b %Y}" in verdict.holds_on


def test_only_the_reports_with_the_claimed_figure_have_their_date_read(
    petro_series: dict[str, LossSeries], monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[date] = []
    real = readings.to_convention

    def counting(report_date: date, convention: Any) -> date:
        import sys
        if sys._getframe(1).f_code.co_name == "day_holds":
            calls.append(report_date)
        return real(report_date, convention)

    monkeypatch.setattr(readings, "to_convention", counting)
    value, text = _claim(petro_series["personnel"])
    report = check_text(text, petro_series, as_of=AS_OF, today=date(2026, 12, 4))
    assert report.verdicts[0].holds_on is not None
    with_value = [r for r in petro_series["personnel"].rows if own_increment(r) == value]
    assert len(calls) <= len(with_value) + 1  # each report with the figure, and the one named
