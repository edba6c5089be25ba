"""The rolling-origin calibration: one engine for forecast and backtest, no look-ahead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from attrition.analysis.backtest import backtest
from attrition.analysis.forecast import forecast
from attrition.analysis.forecast_calibration import (
    BUCKETS,
    Calibration,
    Calibrator,
    calibrate,
    fingerprint,
)
from attrition.analysis.forecast_methods import AUTO_CANDIDATES
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
REPORT = DateConvention.REPORT


def _growing(make_series: MakeSeries, days: int = 700) -> LossSeries:
    # a rate that doubles in about a year, with a weekly ripple so errors are not all zero
    daily = [int(50 * 2 ** (i / 365) * (1.2 if i % 7 in (1, 2) else 0.92)) for i in range(days)]
    return make_series(daily, start_total=0, first_report=date(2022, 6, 1))


def test_calibration_round_trips_through_its_dict(make_series: MakeSeries) -> None:
    cal = calibrate(_growing(make_series), method="ewma7")
    assert Calibration.from_dict(cal.to_dict()) == cal
    assert [s.bucket for s in cal.scores] == [b[0] for b in BUCKETS]
    assert len(cal.increase) == 730 and all(len(b) == 730 for b in cal.bands)


def test_the_forecast_at_an_origin_is_the_one_the_backtest_scored(
    make_series: MakeSeries,
) -> None:
    s = _growing(make_series)
    result = backtest(s, step=2_000, start=date(2023, 1, 2), method="auto")
    origin = date(2023, 6, 5)
    milestones = sorted({c.milestone for c in result.cases if c.origin == origin})
    assert milestones
    fc = forecast(s, REPORT, as_of=origin, milestones=milestones, method="auto")
    got = {c.milestone: ((c.report_date - origin).days if c.report_date else None)
           for c in fc.crossings}
    assert got == {c.milestone: c.forecast_days for c in result.cases if c.origin == origin}


def test_the_engine_at_an_origin_equals_a_calibration_of_the_cut_series(
    make_series: MakeSeries,
) -> None:
    s = _growing(make_series)
    engine = Calibrator(s, date(2024, 1, 1), AUTO_CANDIDATES)
    index = engine.index_of(date(2023, 9, 4))
    assert index is not None and engine.index_of(date(2023, 9, 5)) is None
    assert engine.at(index) == calibrate(s, as_of=date(2023, 9, 4), method="auto")


def test_auto_follows_growth_better_than_a_constant_rate(make_series: MakeSeries) -> None:
    s = _growing(make_series)
    auto = backtest(s, step=2_000, start=date(2023, 1, 2), method="auto").buckets[-1]
    ewma = backtest(s, step=2_000, start=date(2023, 1, 2), method="ewma7").buckets[-1]
    assert auto.mae_days is not None and ewma.mae_days is not None
    assert auto.mae_days < 0.6 * ewma.mae_days


def test_every_forecast_carries_its_score_and_poor_ones_are_indicative(
    make_series: MakeSeries,
) -> None:
    s = _growing(make_series)
    fc = forecast(s, REPORT, milestones=[s.rows[-1].total + 500, s.rows[-1].total + 400_000],
                  method="ewma7")
    near, far = fc.crossings
    assert near.score is not None and near.days_ahead is not None
    assert near.score.bucket == "1-7" and "were off by a median of" in near.score.sentence()
    assert near.is_indicative == near.score.is_poor
    assert far.is_indicative  # more than 120 days ahead, or beyond the horizon
    assert fc.scores and fc.method_mae is not None


def test_the_fingerprint_changes_with_any_total_up_to_the_origin(make_series: MakeSeries) -> None:
    s = _growing(make_series, 300)
    cut = s.rows[200].report_date
    later = LossSeries(s.category, s.rows[:250] + tuple(
        r.__class__(r.report_date, r.total + 1) for r in s.rows[250:]))
    assert fingerprint(s, cut) == fingerprint(later, cut)  # only later totals differ
    assert fingerprint(s) != fingerprint(later)
    assert fingerprint(s, cut) != fingerprint(s, cut - timedelta(days=1))


@pytest.mark.parametrize("method", ["prophet", ""])
def test_an_unknown_method_is_a_usage_error(make_series: MakeSeries, method: str) -> None:
    from attrition.errors import UsageError

    with pytest.raises(UsageError):
        calibrate(_growing(make_series, 200), method=method)
