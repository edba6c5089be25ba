"""Change points (ruptures) and the online CUSUM on personnel, July–December 2024."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
import pytest

from attrition.analysis.changepoints import change_points, cusum
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT
WINDOW = {"start": date(2024, 7, 1), "end": date(2024, 12, 3)}


@pytest.mark.integration
def test_pelt_steps_up_in_mid_october_and_early_november(
    petro: Callable[[str], LossSeries],
) -> None:
    result = change_points(petro("personnel"), LOSS, **WINDOW)
    assert (result.method, result.model, result.min_size) == ("pelt", "l2", 14)
    assert result.penalty is not None and "ln(n)" in result.penalty_rule
    days = [c.day for c in result.changes]
    assert date(2024, 10, 15) in days and date(2024, 11, 7) in days
    oct_step = next(c for c in result.changes if c.day == date(2024, 10, 15))
    assert oct_step.direction == "up" and oct_step.difference_ci95[0] > 0
    assert sum(s.days for s in result.segments) == 156


@pytest.mark.integration
@pytest.mark.parametrize("method", ["binseg", "dynp"])
def test_two_change_points_are_mid_october_and_early_november(
    petro: Callable[[str], LossSeries], method: str
) -> None:
    result = change_points(petro("personnel"), LOSS, method=method, n_bkps=2, **WINDOW)
    assert [c.day for c in result.changes] == [date(2024, 10, 15), date(2024, 11, 7)]
    assert [round(s.daily_mean) for s in result.segments] == [1_204, 1_430, 1_595]
    assert result.penalty is None


@pytest.mark.integration
def test_cusum_against_the_autumn_baseline_alarms_on_october_20(
    petro: Callable[[str], LossSeries],
) -> None:
    result = cusum(petro("personnel"), LOSS, baseline_start=date(2024, 9, 1),
                   baseline_end=date(2024, 10, 15), end=date(2024, 12, 3))
    assert result.detected_on == date(2024, 10, 20)
    assert result.started_on == date(2024, 10, 16)
    assert (result.k_sd, result.h_sd) == (0.5, 5.0)
    assert result.baseline_mean == pytest.approx(1_256.7)


def test_a_clean_step_is_found_on_its_first_day(make_series: MakeSeries) -> None:
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.normal(100, 5, 60), rng.normal(160, 5, 60)])
    s = make_series([int(v) for v in values])
    result = change_points(s, REPORT)
    assert [c.day for c in result.changes] == [date(2024, 3, 2)]  # report 61 = 2024-03-02
    alarm = cusum(s, REPORT, baseline_start=date(2024, 1, 2), baseline_end=date(2024, 2, 20))
    step = date(2024, 3, 2)
    assert alarm.started_on is not None and alarm.detected_on is not None
    assert alarm.started_on <= step <= alarm.detected_on
    assert (alarm.detected_on - step).days <= 2  # a 12-sd step is caught at once


def test_no_alarm_without_a_shift(make_series: MakeSeries) -> None:
    s = make_series([100, 104, 98, 101, 99, 103, 97, 100, 102, 98] * 6)
    alarm = cusum(s, REPORT, baseline_start=date(2024, 1, 2), baseline_end=date(2024, 1, 31))
    assert alarm.detected_on is None and alarm.started_on is None


def test_bad_arguments_are_usage_errors(make_series: MakeSeries) -> None:
    s = make_series([100, 104, 98, 101, 99, 103, 97, 100] * 5)
    with pytest.raises(UsageError):
        change_points(s, REPORT, method="magic")
    with pytest.raises(UsageError):
        change_points(s, REPORT, method="pelt", n_bkps=2)
    with pytest.raises(UsageError):
        cusum(s, REPORT, baseline_start=date(2024, 1, 2), baseline_end=date(2024, 1, 3))
