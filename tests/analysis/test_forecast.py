"""Milestone forecasts: observed crossings, no look-ahead, calibrated nested intervals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from attrition.analysis.forecast import default_milestones, forecast, milestone_step
from attrition.analysis.forecast_methods import DEFAULT_METHOD, PATH_FUNCTIONS
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT


def test_constant_rate_crosses_exactly_with_collapsed_intervals(make_series: MakeSeries) -> None:
    s = make_series([100] * 500, start_total=0)  # total 50,000 on report 2025-05-15
    fc = forecast(s, REPORT, milestones=[51_000], on=[date(2025, 5, 25)])
    (c,) = fc.crossings
    assert fc.as_of == date(2025, 5, 15) and fc.rate_per_day == pytest.approx(100)
    assert (c.status, c.days_ahead, c.report_date, c.loss_date) == (
        "forecast", 10, date(2025, 5, 25), date(2025, 5, 24)
    )
    assert c.interval_50 == c.interval_80 == c.interval_95 == (date(2025, 5, 25),) * 2
    (e,) = fc.expected
    assert (e.days_ahead, e.point, e.interval_95) == (10, 51_000, (51_000, 51_000))


def test_crossing_dates_follow_the_convention(make_series: MakeSeries) -> None:
    s = make_series([100] * 500, start_total=0)
    by_loss = forecast(s, LOSS, milestones=[51_000]).crossings[0]
    assert by_loss.report_date == date(2025, 5, 25)  # the point is given both ways
    assert by_loss.interval_80 == (date(2025, 5, 24),) * 2  # intervals under the convention


@pytest.mark.integration
def test_a_crossed_milestone_gives_its_report_and_loss_date(
    petro: Callable[[str], LossSeries],
) -> None:
    s = petro("personnel")
    (c,) = forecast(s, LOSS, milestones=[1_000_000]).crossings
    assert (c.status, c.report_date, c.loss_date) == ("crossed", date(2025, 6, 12),
                                                      date(2025, 6, 11))
    assert c.total_at_crossing is not None and c.total_at_crossing >= 1_000_000
    before = next(r for r in reversed(s.rows) if r.report_date < date(2025, 6, 12))
    assert before.total < 1_000_000


@pytest.mark.integration
def test_a_forecast_as_of_a_past_date_does_not_see_later_data(
    petro: Callable[[str], LossSeries],
) -> None:
    s = petro("personnel")
    as_of = date(2024, 10, 1)
    mutated = LossSeries(s.category, tuple(
        replace(r, total=r.total * 3, increment_diff=(r.increment_diff or 0) * 50)
        if r.report_date > as_of else r
        for r in s.rows
    ))
    kwargs = {"as_of": as_of, "milestones": [650_000, 700_000, 1_000_000],
              "on": [date(2024, 12, 31)]}
    original = forecast(s, LOSS, **kwargs)
    assert forecast(mutated, LOSS, **kwargs) == original
    assert forecast(s.upto(as_of), LOSS, **kwargs) == original
    assert original.as_of == as_of
    assert [c.status for c in original.crossings] == ["crossed", "forecast", "forecast"]


@pytest.mark.integration
def test_intervals_are_nested_around_the_point(petro: Callable[[str], LossSeries]) -> None:
    fc = forecast(petro("personnel"), REPORT, as_of=date(2025, 3, 1),
                  milestones=[900_000, 1_000_000, 1_200_000])
    for c in fc.crossings:
        assert c.status == "forecast" and c.report_date is not None
        assert c.interval_95 and c.interval_80 and c.interval_50
        lo95, hi95 = c.interval_95
        lo80, hi80 = c.interval_80
        lo50, hi50 = c.interval_50
        assert hi80 and hi50
        assert lo95 <= lo80 <= lo50 <= c.report_date <= hi50 <= hi80
        # the 95% range may be open-ended (None: later than 730 days) only more than
        # 120 days ahead, where the rate of a month that just changed widens it most
        assert (hi95 is not None and hi80 <= hi95) or (c.days_ahead or 0) > 120
    assert [c.is_indicative for c in fc.crossings] == [False, False, True]
    assert fc.crossings[2].days_ahead is not None and fc.crossings[2].days_ahead > 120
    assert fc.ratio_origins == 52  # issue 13: weekly origins in 365 days (was daily in 365)


@pytest.mark.integration
def test_a_category_with_one_loss_in_its_record_is_counted_and_beyond_the_horizon(
    petro: Callable[[str], LossSeries],
) -> None:
    # one submarine in the last two years (2025-12-16): a Poisson rate of (1 + ½) / 730 a
    # day, not "never"; the rate is the model's mean (its median week adds none)
    fc = forecast(petro("submarines"), LOSS)
    assert fc.method == "count" and fc.rate_per_day == pytest.approx(1.5 / 730, rel=0.01)
    assert all(c.is_indicative for c in fc.crossings)
    # the bands are the record's own h-day windows: its longest (a third of the record)
    # hold that one loss a third of the time, so even the next one is more likely than
    # not beyond two years (the median, the point, is beyond the horizon)
    assert [c.status for c in fc.crossings] == ["beyond_horizon"] * len(fc.crossings)


def test_default_milestones_are_the_next_round_numbers() -> None:
    assert milestone_step(1_456_610) == 50_000
    assert default_milestones(1_456_610) == [1_500_000, 1_550_000, 1_600_000]
    assert default_milestones(12_251) == [12_500, 13_000, 13_500]
    assert default_milestones(7) == [8, 9, 10]


def test_methods_are_causal(make_series: MakeSeries) -> None:
    import numpy as np

    x = np.exp(np.arange(1.0, 400.0) / 100)  # a growing daily rate
    total = np.cumsum(x)
    ends = np.array([100, 250, 398])
    for name, paths in PATH_FUNCTIONS.items():
        full = paths(total, x, ends, 30, ends + 700_000)
        for row, end in enumerate(ends):
            cut = paths(total[: end + 1], x[: end + 1], ends[row:row + 1], 30, ends[row:row + 1]
                        + 700_000)
            assert np.allclose(full[row], cut[0]), name
    # issue 13: the method is chosen per category by the backtest (was "ewma7")
    assert DEFAULT_METHOD == "auto"


def test_bad_calls_are_usage_errors(make_series: MakeSeries) -> None:
    s = make_series([10] * 100)
    with pytest.raises(UsageError):
        forecast(s, REPORT, method="prophet")
    with pytest.raises(UsageError):  # too little history to calibrate the intervals
        forecast(s, REPORT, as_of=date(2024, 1, 1) + timedelta(days=20))


def test_the_intervals_of_a_decreasing_crossing_date_density_start_at_the_first_day() -> None:
    from math import ceil, log

    from attrition.analysis.forecast_calibration import interval_days, starts_at_first_day

    # the wait for the next loss at one in 50 days: t(q) = −50·ln(1 − q), likeliest soonest
    def wait(q: float) -> int:
        return max(1, ceil(-50 * log(1 - q)))

    first = starts_at_first_day(wait)
    assert first
    assert interval_days(wait, 0.8, first) == (1, wait(0.8)) == (1, 81)  # not (6, 116)
    assert interval_days(wait, 0.5, first) == (1, wait(0.5))
    assert interval_days(wait, 0.95, first) == (1, wait(0.95))


def test_the_intervals_of_a_symmetric_crossing_date_density_are_equal_tailed() -> None:
    from statistics import NormalDist

    from attrition.analysis.forecast_calibration import interval_days, starts_at_first_day

    def around_60(q: float) -> int:  # 60 ± 10 days; quantile 0 is the first day
        return 1 if q == 0 else round(NormalDist(60, 10).inv_cdf(q))

    first = starts_at_first_day(around_60)
    assert not first
    for level in (0.5, 0.8, 0.95):
        lo, hi = round((1 - level) / 2, 3), round((1 + level) / 2, 3)
        assert interval_days(around_60, level, first) == (around_60(lo), around_60(hi))


def test_the_next_loss_of_a_rare_category_is_dated_from_the_first_day_and_nested(
    make_series: MakeSeries,
) -> None:
    import random

    rng = random.Random(7)
    daily = [1 if rng.random() < 0.02 else 0 for _ in range(1_000)]  # ~7 a year
    s = make_series(daily, start_total=0, first_report=date(2022, 3, 1), category="ships")
    fc = forecast(s, REPORT, milestones=[sum(daily) + 1])
    c = fc.crossings[0]
    assert fc.method == "count" and c.status == "forecast"
    next_day = fc.as_of + timedelta(days=1)
    assert c.interval_50 and c.interval_80 and c.interval_95
    assert c.interval_50[0] == c.interval_80[0] == c.interval_95[0] == next_day
    hi50, hi80, hi95 = c.interval_50[1], c.interval_80[1], c.interval_95[1]
    assert hi50 is not None and hi80 is not None and c.report_date is not None
    assert hi50 <= hi80 and (hi95 is None or hi80 <= hi95)
    assert next_day <= c.report_date <= hi50  # the point (the median) ends the 50% range
