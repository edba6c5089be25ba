"""Rolling means named by window and alignment; "has the mean risen since DATE"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
import pytest

from attrition.analysis.trends import mean_shift_since, rolling_means
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT


def test_column_names_carry_window_and_alignment(make_series: MakeSeries) -> None:
    s = make_series(list(range(1, 11)))
    frame = rolling_means(s, REPORT, windows=(3,))
    assert list(frame.columns) == [
        "report_date", "daily", "is_spread", "is_correction", "is_coarse",
        "daily_mean_3d_trailing", "daily_mean_3d_trailing_pct_change_vs_3d_earlier",
    ]
    means = frame["daily_mean_3d_trailing"].tolist()
    assert np.isnan(means[2]) and means[3] == 2.0  # full window only: 1, 2, 3
    centred = rolling_means(s, LOSS, windows=(3,), alignment="centred")
    assert "loss_date" in centred.columns and "daily_mean_3d_centred" in centred.columns
    assert centred["daily_mean_3d_centred"].tolist()[4] == 4.0


def test_a_stated_correction_does_not_read_as_a_surge(make_series: MakeSeries) -> None:
    s = make_series([10] * 6 + [1000] + [10] * 6, corrections={date(2024, 1, 8): 990})
    own = rolling_means(s, REPORT, windows=(7,))
    assert own["daily_mean_7d_trailing"].dropna().eq(10.0).all()
    jumps = rolling_means(s, REPORT, windows=(7,), increments="diff")
    assert jumps["daily_mean_7d_trailing"].max() > 100


@pytest.mark.integration
def test_mean_risen_since_2024_10_20_in_the_reference_window(
    petro: Callable[[str], LossSeries],
) -> None:
    # the reference: 50 days before/after 2024-10-20, window ending 2024-12-03
    result = mean_shift_since(petro("personnel"), date(2024, 10, 20), LOSS,
                              end=date(2024, 12, 3))
    assert (result.before_start, result.before_end) == (date(2024, 8, 31), date(2024, 10, 19))
    assert (result.after_start, result.after_end) == (date(2024, 10, 20), date(2024, 12, 3))
    assert (result.days_before, result.days_after) == (50, 45)
    assert result.mean_before == pytest.approx(1_271.4)
    assert result.mean_after == pytest.approx(1_530.0)
    lo, hi = result.difference_ci95
    assert 0 < lo < result.difference < hi
    assert result.p_value_risen < 0.001 and result.slope_per_day > 0


@pytest.mark.integration
def test_mean_risen_with_full_after_window(petro: Callable[[str], LossSeries]) -> None:
    result = mean_shift_since(petro("personnel"), date(2024, 10, 20), LOSS)
    assert result.days_after == 50 and result.after_end == date(2024, 12, 8)
    assert (result.mean_before, result.mean_after) == (1_271.4, 1_521.4)


def test_no_shift_gives_a_difference_near_zero_and_a_large_p(make_series: MakeSeries) -> None:
    rng = np.random.default_rng(1)
    s = make_series([int(v) for v in rng.normal(1000, 50, 120)])
    result = mean_shift_since(s, date(2024, 3, 1), REPORT, days=50)
    lo, hi = result.difference_ci95
    assert lo < 0 < hi and result.p_value_risen > 0.05


def test_too_little_data_before_the_date_is_a_usage_error(make_series: MakeSeries) -> None:
    s = make_series([5] * 30)
    with pytest.raises(UsageError):
        mean_shift_since(s, date(2024, 1, 10), REPORT, days=50)
    with pytest.raises(UsageError):
        rolling_means(s, REPORT, alignment="leading")
