"""Streaks above/below a threshold and recent windows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from attrition.analysis.streaks import recent_window, streaks
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
REPORT = DateConvention.REPORT


def test_longest_and_current_runs_above_a_threshold(make_series: MakeSeries) -> None:
    s = make_series([20, 20, 20, 5, 20, 20])  # reports 01-02 … 01-07
    result = streaks(s, 10, REPORT)
    assert result.longest is not None and result.current is not None
    assert (result.longest.start, result.longest.days) == (date(2024, 1, 2), 3)
    assert (result.current.start, result.current.end, result.current.days) == (
        date(2024, 1, 6), date(2024, 1, 7), 2
    )
    assert result.runs == 2


def test_threshold_is_strict_and_below_works(make_series: MakeSeries) -> None:
    s = make_series([10, 9, 9, 11])
    assert streaks(s, 10, REPORT).longest.days == 1  # type: ignore[union-attr]
    below = streaks(s, 10, REPORT, direction="below")
    assert below.longest is not None and below.longest.days == 2 and below.current is None


def test_a_span_after_missing_reports_breaks_a_run(make_series: MakeSeries) -> None:
    s = make_series([20, 20, 20, 20, 20], missing=(date(2024, 1, 4),))
    result = streaks(s, 10, REPORT)
    assert result.longest is not None and result.longest.days == 2
    assert result.runs == 2


def test_a_correction_day_counts_its_own_increment(make_series: MakeSeries) -> None:
    s = make_series([20, 500, 20], corrections={date(2024, 1, 3): 480})  # own: +20
    result = streaks(s, 10, REPORT)
    assert result.longest is not None
    assert result.longest.days == 3 and result.longest.max_value == 20


def test_recent_window_gives_min_max_mean(make_series: MakeSeries) -> None:
    s = make_series([1, 5, 3, 8, 2])
    w = recent_window(s, 3, REPORT)
    assert (w.start, w.end, w.days_present) == (date(2024, 1, 4), date(2024, 1, 6), 3)
    assert (w.min_value, w.min_day, w.max_value, w.max_day) == (2, date(2024, 1, 6), 8,
                                                                date(2024, 1, 5))
    assert w.total == 13 and w.daily_mean == pytest.approx(4.3)


@pytest.mark.integration
def test_personnel_streak_above_1500_in_december_2024(petro: Callable[[str], LossSeries]) -> None:
    result = streaks(petro("personnel"), 1500, DateConvention.LOSS)
    assert result.longest is not None
    assert (result.longest.start, result.longest.end, result.longest.days) == (
        date(2024, 12, 16), date(2024, 12, 30), 15
    )


def test_bad_arguments_are_usage_errors(make_series: MakeSeries) -> None:
    s = make_series([1, 2])
    with pytest.raises(UsageError):
        streaks(s, 1, REPORT, direction="sideways")
    with pytest.raises(UsageError):
        recent_window(s, 0, REPORT)
