"""The array views analyses start from: rows dated by convention, and the calendar grid."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
import pytest

from attrition.analysis.daily import daily_grid, series_arrays
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]


def test_loss_convention_dates_rows_one_day_before_the_report(make_series: MakeSeries) -> None:
    s = make_series([5, 6])
    loss = series_arrays(s, DateConvention.LOSS)
    report = series_arrays(s, DateConvention.REPORT)
    assert date.fromordinal(int(report.day[0])) == date(2024, 1, 1)
    assert date.fromordinal(int(loss.day[0])) == date(2023, 12, 31)
    assert loss.total.tolist() == [1000, 1005, 1011]


def test_grid_spreads_a_span_evenly_and_flags_it(make_series: MakeSeries) -> None:
    s = make_series([10, 20, 30, 40], missing=(date(2024, 1, 3), date(2024, 1, 4)))
    grid = daily_grid(s, DateConvention.REPORT)
    assert len(grid) == 5
    assert np.isnan(grid.values[0])
    assert grid.values[1:].tolist() == [10.0, 30.0, 30.0, 30.0]  # 20+30+40 over 3 days
    assert grid.is_spread.tolist() == [False, False, True, True, True]
    assert grid.total.tolist() == [1000, 1010, 1040, 1070, 1100]


def test_grid_can_use_the_days_own_increment_instead_of_the_jump(make_series: MakeSeries) -> None:
    s = make_series([10, 500, 10], corrections={date(2024, 1, 3): 490})
    diff = daily_grid(s, DateConvention.REPORT)
    own = daily_grid(s, DateConvention.REPORT, increments="excluding_corrections")
    assert diff.values[2] == 500 and own.values[2] == 10
    assert own.is_correction.tolist() == [False, False, True, False]


@pytest.mark.integration
def test_arrays_agree_with_the_row_properties(petro_all: dict[str, LossSeries]) -> None:
    for series in petro_all.values():
        arr = series_arrays(series, DateConvention.LOSS)
        own = [np.nan if (v := r.increment_excluding_correction) is None else v
               for r in series.rows]
        assert np.array_equal(arr.own, np.array(own, dtype=float), equal_nan=True)
        assert arr.is_correction.tolist() == [r.includes_correction for r in series.rows]


def test_unknown_increments_and_empty_series_are_usage_errors(make_series: MakeSeries) -> None:
    with pytest.raises(UsageError):
        bogus: Any = "bogus"
        daily_grid(make_series([1]), DateConvention.LOSS, increments=bogus)
    with pytest.raises(UsageError):
        daily_grid(LossSeries("tanks", ()), DateConvention.LOSS)
