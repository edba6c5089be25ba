"""Period calendars: the array form agrees with period_bounds and last_year for every kind."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.analysis.period_calendar import last_year, period_bounds, period_calendar

KINDS = (("day", "mon"), ("week", "mon"), ("week", "sun"), ("month", "mon"),
         ("quarter", "mon"), ("year", "mon"))


@pytest.mark.parametrize(("by", "week_start"), [pytest.param(*k, id="-".join(k)) for k in KINDS])
def test_calendar_matches_period_bounds_and_last_year(by: str, week_start: str) -> None:
    first, last = date(2022, 2, 20), date(2026, 8, 10)  # spans 2024-02-29 and 2020-W53's year
    cal = period_calendar(by, first, last, week_start)
    bounds = period_bounds(by, first, last, week_start)
    assert list(cal.label) == [b[0] for b in bounds]
    assert cal.start_date.tolist() == [b[1] for b in bounds]
    assert cal.end_date.tolist() == [b[2] for b in bounds]
    assert cal.days_expected.tolist() == [(b[2] - b[1]).days + 1 for b in bounds]
    position = {b[1]: k for k, b in enumerate(bounds)}
    for k, (label, s, _) in enumerate(bounds):
        ly_start, ly_label = last_year(by, label, s, week_start)
        assert cal.last_year_label[k] == ly_label, label
        expected = position.get(ly_start, -1) if ly_start else -1
        assert cal.compare_index[:, k].tolist() == [k - 1, expected], label


def test_a_leap_day_has_no_day_a_year_earlier() -> None:
    cal = period_calendar("day", date(2024, 2, 28), date(2024, 3, 1))
    assert cal.last_year_label == ("2023-02-28", None, "2023-03-01")


def test_iso_week_53_has_no_week_a_year_earlier() -> None:
    cal = period_calendar("week", date(2020, 12, 28), date(2021, 1, 4))
    assert cal.label == ("2020-W53", "2021-W01")
    assert cal.last_year_label == (None, "2020-W01")


def test_calendars_are_shared_and_read_only() -> None:
    cal = period_calendar("month", date(2024, 1, 5), date(2024, 6, 1))
    assert period_calendar("month", date(2024, 1, 5), date(2024, 6, 1)) is cal
    with pytest.raises(ValueError, match="read-only"):
        cal.start[0] = 0


def test_a_range_a_year_earlier_holds_the_same_days_and_29_february_alone_has_none() -> None:
    from attrition.analysis.period_calendar import range_last_year, same_day_last_year

    assert same_day_last_year(date(2024, 2, 29)) is None
    assert range_last_year(date(2024, 2, 1), date(2024, 2, 29)) == (
        date(2023, 2, 1), date(2023, 2, 28))
    assert range_last_year(date(2024, 2, 29), date(2024, 3, 31)) == (
        date(2023, 3, 1), date(2023, 3, 31))
    assert range_last_year(date(2024, 2, 29), date(2024, 2, 29)) is None


def test_a_custom_range_of_29_february_has_no_last_year_figure_as_its_day_has_none(
    make_series,
) -> None:
    from attrition.analysis.periods import custom_period
    from attrition.model.dates import DateConvention

    s = make_series([10] * 800, first_report=date(2022, 6, 1))
    leap = custom_period(s, date(2024, 2, 29), date(2024, 2, 29), DateConvention.REPORT)
    day = period_calendar("day", date(2024, 2, 29), date(2024, 2, 29))
    assert leap.value == 10 and day.last_year_label == (None,)
    assert (leap.last_year_period, leap.last_year_value) == (None, None)
    month = custom_period(s, date(2024, 2, 1), date(2024, 2, 29), DateConvention.REPORT)
    assert (month.last_year_period, month.last_year_value) == ("2023-02-01..2023-02-28", 280)
