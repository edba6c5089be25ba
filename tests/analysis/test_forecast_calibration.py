"""The rolling-origin calibration: one engine for forecast and backtest, no look-ahead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from attrition.analysis.backtest import backtest
from attrition.analysis.forecast import forecast
from attrition.analysis.forecast_calibration import (
    BUCKETS,
    LEVELS,
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


def test_the_adaptive_widening_learns_an_error_only_once_its_horizon_has_passed(
    make_series: MakeSeries, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # off by default (it moved coverage the wrong way on the shared history: docs/forecast.md)
    monkeypatch.setattr("attrition.analysis.forecast_calibration.ACI_GAMMA", 0.25)
    # the same record up to `cut`, then a surge (rate ×3) in one copy: an outcome h days
    # after an origin o moves the widening only at origins from o + (its bucket's end) on,
    # so nothing reported after a day can change the widening at that day
    base = [int(50 * 2 ** (i / 365) * (1.2 if i % 7 in (1, 2) else 0.92)) for i in range(700)]
    cut = 500
    surge = base[:cut] + [3 * x for x in base[cut:]]
    first = date(2022, 6, 1)
    quiet = make_series(base, start_total=0, first_report=first)
    loud = make_series(surge, start_total=0, first_report=first)
    anchor = quiet.rows[-1].report_date
    a = Calibrator(quiet, anchor, ("ewma7",))
    b = Calibrator(loud, anchor, ("ewma7",))
    cut_day = quiet.rows[cut - 1].report_date.toordinal()  # the last report before the surge
    days = a.engine.days
    assert (days == b.engine.days).all()
    wa, wb = a.cases["ewma7"].widening, b.cases["ewma7"].widening
    same = days <= cut_day
    assert same.sum() > 30 and (wa[same] != 0).any()  # it had widened before the surge
    assert (wa[same] == wb[same]).all()
    assert (wa[~same] != wb[~same]).any()  # and the surge is learnt once it is reported
    # an origin's 61-120-day outcome is learnt 120 days after it: the first origin whose
    # whole 61-120 window lies in the surge moves that spread 120 days later, not before
    moved = days[(wa[:, 3] != wb[:, 3]).any(axis=1)]
    assert moved.size and int(moved[0]) > cut_day


def test_the_count_model_bands_are_negative_binomial_quantiles() -> None:
    from scipy.stats import nbinom

    from attrition.analysis.forecast_counts import COUNT_DAYS, count_bands

    levels = (0.025, 0.1, 0.5, 0.9, 0.975)
    rate = 6.5 / COUNT_DAYS  # six events in the last year
    bands = count_bands(rate, 730, levels)
    for h in (1, 30, 120, 730):
        p = COUNT_DAYS / (COUNT_DAYS + h)
        assert list(bands[:, h - 1]) == [nbinom.ppf(q, 6.5, p) for q in levels]
    big = count_bands(1_000.0, 730, levels)  # the normal approximation, still increasing
    assert (big[:, 1:] >= big[:, :-1]).all() and big[2, 99] == pytest.approx(100_000, rel=0.01)


def test_auto_uses_the_count_model_where_events_are_rare_and_its_ranges_hold(
    make_series: MakeSeries,
) -> None:
    import random

    rng = random.Random(7)
    daily = [1 if rng.random() < 0.05 else 0 for _ in range(1_200)]  # ~18 a year
    s = make_series(daily, start_total=0, first_report=date(2022, 3, 1))
    cal = calibrate(s, method="auto")
    assert cal.method == "count" and cal.bucket_methods == ("count",) * 4
    result = backtest(s, step=1, start=date(2023, 1, 2), method="auto")
    assert result.chosen == {"count": result.origins}
    whole = result.buckets[-1]
    assert whole.cases >= 100 and 0.7 <= whole.coverage_80 <= 0.95  # type: ignore[operator]


def test_each_horizon_bucket_keeps_the_reference_unless_another_method_was_clearly_better(
    make_series: MakeSeries,
) -> None:
    cal = calibrate(_growing(make_series), method="auto")
    assert len(cal.bucket_methods) == 4
    assert set(cal.bucket_methods) <= set(AUTO_CANDIDATES) - {"count"}
    if len(set(cal.bucket_methods)) == 1:
        assert cal.method == cal.bucket_methods[0]
    else:
        assert cal.method == "+".join(dict.fromkeys(cal.bucket_methods))
        assert "chosen per horizon" in cal.description()


def test_each_origins_error_scale_uses_only_reports_up_to_that_origin(
    make_series: MakeSeries,
) -> None:
    # the same record up to `cut`, then a surge (rate ×3) in one copy: the local scale and
    # the bands of every origin up to the cut are the same in both, later ones differ
    base = [int(50 * 2 ** (i / 365) * (1.2 if i % 7 in (1, 2) else 0.92)) for i in range(700)]
    cut = 500
    first = date(2022, 6, 1)
    quiet = make_series(base, start_total=0, first_report=first)
    loud = make_series(base[:cut] + [3 * x for x in base[cut:]], start_total=0,
                       first_report=first)
    anchor = quiet.rows[-1].report_date
    a, b = Calibrator(quiet, anchor, ("ewma7",)), Calibrator(loud, anchor, ("ewma7",))
    cut_day = quiet.rows[cut - 1].report_date.toordinal()
    same = a.engine.days <= cut_day
    assert same.sum() > 30 and (~same).sum() > 10
    assert (a.engine.scale[same] == b.engine.scale[same]).all()
    assert (a.engine.scale[~same] != b.engine.scale[~same]).any()
    i = int(same.sum()) - 1  # the last origin before the surge
    assert a.at(i).bands == b.at(i).bands


def test_a_rate_that_just_jumped_widens_the_range_and_leaves_the_point(
    make_series: MakeSeries, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import math

    # a steady ripple for two years, then the rate doubles in the last three weeks: the
    # newest errors know nothing of it, the local scale does
    daily = [100 if i % 7 in (1, 2) else 80 for i in range(700)]
    daily[-21:] = [2 * x for x in daily[-21:]]
    s = make_series(daily, start_total=0, first_report=date(2022, 6, 1))
    scaled = calibrate(s, method="ewma7")
    monkeypatch.setattr("attrition.analysis.forecast_calibration.SCALE_DAYS", 0)
    plain = calibrate(s, method="ewma7")
    assert scaled.increase == plain.increase

    def spread(cal: Calibration, h: int) -> float:  # log width of the 80% band
        hi, lo = cal.bands[LEVELS.index(0.9)], cal.bands[LEVELS.index(0.1)]
        return math.log((hi[h - 1] + 1) / (lo[h - 1] + 1))

    for h in (7, 30, 90):
        assert spread(scaled, h) > 1.5 * spread(plain, h)


def test_clustered_losses_widen_the_count_models_bands_by_their_dispersion() -> None:
    import numpy as np
    from scipy.stats import nbinom

    from attrition.analysis.forecast_counts import COUNT_DAYS, count_bands, dispersion

    levels = (0.1, 0.5, 0.9)
    for h in (30, 120):
        t = COUNT_DAYS / 3.0
        assert list(count_bands(6.5 / COUNT_DAYS, 730, levels, 3.0)[:, h - 1]) == [
            nbinom.ppf(q, 6.5 / 3.0, t / (t + h)) for q in levels]
    # the same 24 events a year, spread out or in four bursts: only the bursts disperse
    even = np.zeros(730)
    even[::15] = 1
    bursts = np.zeros(730)
    for start in (40, 200, 400, 600):
        bursts[start: start + 12] = 1
    ends = np.array([729])
    assert dispersion(even, ends)[0] == 1.0
    assert dispersion(bursts, ends)[0] > 3.0
    # an origin's dispersion reads the days up to it only
    assert dispersion(bursts, np.array([300]))[0] == dispersion(bursts[:301], np.array([300]))[0]


def test_a_long_rare_record_mixes_the_negative_binomial_with_its_own_windows() -> None:
    import numpy as np
    from scipy.stats import nbinom

    from attrition.analysis.forecast_counts import COUNT_DAYS, mixed_bands, window_counts

    # one loss every 10 days: every 10-day window holds exactly one
    even = np.zeros(900)
    even[::10] = 1
    assert set(window_counts(even, 730)[9].tolist()) == {1.0}
    # the same 24 losses in two bursts of 12 within 12 days: most 30-day windows hold none,
    # some the whole burst; beyond a third of the record (300 days) 300-day counts scaled
    bursts = np.zeros(900)
    bursts[100:112] = 1
    bursts[600:612] = 1
    w = window_counts(bursts, 730)
    assert w[29].max() == 12.0 and np.median(w[29]) == 0.0
    assert (w[599] == 2 * w[299]).all() and w[599].max() == 24.0  # one burst ×2
    # the bands are the quantiles of ½ NB + ½ the windows' counts
    levels = (0.025, 0.1, 0.5, 0.9, 0.975)
    rate = 24.5 / COUNT_DAYS
    b = mixed_bands(bursts, rate, 730, levels, 2.0)
    for h in (7, 30, 120):
        t = COUNT_DAYS / 2.0
        k = np.arange(60)
        cdf = 0.5 * nbinom.cdf(k, rate * t, t / (t + h)) + 0.5 * np.array(
            [(w[h - 1] <= x).mean() for x in k])
        assert list(b[:, h - 1]) == [float(np.argmax(cdf >= q - 1e-12)) for q in levels]
    # the burst the record has seen reaches the 97.5% band at 30 days, which the
    # negative binomial alone keeps far below
    from attrition.analysis.forecast_counts import count_bands

    assert b[-1, 29] >= 10 and count_bands(rate, 730, levels, 2.0)[-1, 29] <= 5
    assert (np.diff(b, axis=1) >= 0).all()


def test_the_count_models_bands_at_an_origin_use_only_reports_up_to_it(
    make_series: MakeSeries,
) -> None:
    import random

    # a rare record, then a burst in one copy: every origin before the burst keeps its
    # bands (read off the record up to it), and some later one changes
    rng = random.Random(3)
    base = [1 if rng.random() < 0.03 else 0 for _ in range(1_100)]
    cut = 800
    burst = base[:cut] + [3] * 20 + base[cut + 20:]
    first = date(2022, 3, 1)
    quiet = make_series(base, start_total=0, first_report=first)
    loud = make_series(burst, start_total=0, first_report=first)
    anchor = quiet.rows[-1].report_date
    a, b = Calibrator(quiet, anchor, ("count",)), Calibrator(loud, anchor, ("count",))
    cut_day = quiet.rows[cut - 1].report_date.toordinal()
    same = a.engine.days <= cut_day
    assert (a.engine.ends[same] + 1 >= 365).sum() > 20  # origins that read their windows
    for i in range(a.engine.days.size):
        if same[i]:
            assert a.at(i).bands == b.at(i).bands
    assert any(a.at(i).bands != b.at(i).bands for i in range(a.engine.days.size) if not same[i])


def test_the_score_a_forecast_carries_is_of_the_ranges_it_prints(
    make_series: MakeSeries,
) -> None:
    import random

    # one loss a day at most, so a step-1 backtest has one case per day the engine scores:
    # the calibration's 80%/95% coverage is that of the printed (first-day) ranges
    rng = random.Random(11)
    daily = [1 if rng.random() < 0.05 else 0 for _ in range(1_000)]
    s = make_series(daily, start_total=0, first_report=date(2022, 3, 1), category="ships")
    anchor = s.rows[-1].report_date
    cal = calibrate(s, method="auto")
    result = backtest(s, step=1, start=anchor - timedelta(days=364), method="auto")
    assert cal.method == "count" and result.first_origin == anchor - timedelta(days=364)
    whole = cal.scores[-1]
    printed = result.buckets[-1]
    assert whole.cases == printed.cases >= 30
    assert (whole.coverage_80, whole.coverage_95) == (printed.coverage_80, printed.coverage_95)
    assert any(c.lo80 == 1 for c in result.cases)
