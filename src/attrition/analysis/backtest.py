"""Rolling-origin backtest of milestone forecasts: accuracy and interval coverage.

Weekly origins. One rolling-origin engine (:class:`~attrition.analysis.forecast_calibration.Calibrator`)
gives the calibration at every origin from the data up to that origin only, and
:func:`attrition.analysis.forecast.forecast` is called with it exactly as users call it
(with ``as_of`` = the origin, a forecast computes the same calibration itself). Cases are the multiples of ``step`` first reached 1–120 days after the
origin; errors are in days (forecast − actual report date), bucketed by the true
horizon. Origins stop 120 days before the last report so every case is fully observed.
Pure: no I/O, no clock; progress goes to an optional callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from attrition.analysis.forecast import MAX_HORIZON_DAYS, forecast
from attrition.analysis.forecast_calibration import Calibration, Calibrator, candidates
from attrition.analysis.forecast_methods import DEFAULT_METHOD
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("1-7", 1, 7), ("8-30", 8, 30), ("31-60", 31, 60), ("61-120", 61, 120), ("all", 1, 120),
)
HORIZON_DAYS = 120
# A run scores each milestone from about HORIZON_DAYS / every_days origins; this many
# milestones keeps a run to seconds and tens of MB (personnel --step 1 implied ~1.1 million).
MAX_MILESTONES = 10_000


@dataclass(frozen=True)
class BacktestCase:
    """One (origin, milestone) forecast and what happened."""

    origin: date
    milestone: int
    actual_days: int  # report date of the crossing − origin
    forecast_days: int  # capped at MAX_HORIZON_DAYS + 1 when beyond the horizon
    lo80: int
    hi80: int
    lo95: int
    hi95: int


@dataclass(frozen=True)
class BucketScore:
    """Accuracy and calibration for one horizon bucket (days ahead, by the true horizon)."""

    bucket: str
    cases: int
    mae_days: float | None
    median_ae_days: float | None
    bias_days: float | None  # mean(forecast − actual); > 0 means forecasts were late
    coverage_80: float | None  # fraction of actual dates inside the 80% interval
    coverage_95: float | None
    interval_score_80: float | None  # width + 10·(distance outside), Gneiting & Raftery


@dataclass(frozen=True)
class Backtest:
    """A backtest run: its settings, scores per bucket and the cases behind them."""

    category: str
    method: str
    step: int
    first_origin: date
    last_origin: date
    origins: int
    buckets: tuple[BucketScore, ...]
    cases: tuple[BacktestCase, ...]
    chosen: dict[str, int] | None = None  # method -> origins it was chosen at (auto)


def backtest(
    series: LossSeries,
    *,
    step: int,
    method: str = DEFAULT_METHOD,
    start: date = date(2023, 1, 2),
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Backtest:
    """Backtest milestone forecasts every 7 days from ``start``."""
    every_days = 7
    candidates(method)
    if step < 1:
        raise UsageError(f"--step must be positive, got {step}", input=str(step))
    if not series.rows:
        raise UsageError(f"series {series.category!r} is empty", input=series.category)
    last = series.rows[-1].report_date - timedelta(days=HORIZON_DAYS)
    stop = min(end, last) if end else last
    origins = []
    o = start
    while o <= stop:
        origins.append(o)
        o += timedelta(days=every_days)
    if not origins:
        raise UsageError(
            f"no origin between {start} and {stop} (the last {HORIZON_DAYS} days are kept "
            "to score the forecasts)", input=str(start),
        )
    reports = [(r.report_date, r.total) for r in series.rows]
    _check_milestones(series.category, reports, origins[0], step)
    cases: list[BacktestCase] = []
    engine = Calibrator(series.upto(origins[-1]), origins[-1], candidates(method))
    chosen: dict[str, int] = {}
    for n, origin in enumerate(origins, 1):
        index = engine.index_of(origin)
        cal = _calibration_at(engine, index)
        if cal is not None:
            chosen[cal.method] = chosen.get(cal.method, 0) + 1
            cases.extend(_cases_at(series, reports, origin, step, method, cal))
        if progress is not None:
            progress(n, len(origins))
    return Backtest(
        series.category, method, step, origins[0], origins[-1], len(origins),
        tuple(score(cases, name, lo, hi) for name, lo, hi in BUCKETS), tuple(cases), chosen,
    )


def _calibration_at(engine: Calibrator, index: int | None) -> Calibration | None:
    """Return the calibration at ``index``; None when the origin has too little history."""
    if index is None:
        return None
    try:
        return engine.at(index)
    except UsageError:
        return None


def _check_milestones(
    category: str, reports: list[tuple[date, int]], first_origin: date, step: int
) -> None:
    """Raise UsageError when ``step`` implies more than MAX_MILESTONES milestones to score."""
    before = [t for d, t in reports if d <= first_origin]
    rise = reports[-1][1] - (before[-1] if before else reports[0][1])
    implied = max(rise, 0) // step
    if implied > MAX_MILESTONES:
        smallest = -(-max(rise, 0) // MAX_MILESTONES)
        raise UsageError(
            f"--step {step:,} implies {implied:,} {category} milestones from {first_origin}; "
            f"at most {MAX_MILESTONES:,} are scored: use --step {smallest:,} or more",
            input=str(step),
        )


def _cases_at(
    series: LossSeries, reports: list[tuple[date, int]], origin: date, step: int, method: str,
    calibration: Calibration,
) -> list[BacktestCase]:
    known = [t for d, t in reports if d <= origin]
    if len(known) < 2:
        return []
    total0 = known[-1]
    horizon_end = origin + timedelta(days=HORIZON_DAYS)
    actual: dict[int, int] = {}
    milestone = (total0 // step + 1) * step
    for d, t in reports:
        if d <= origin:
            continue
        if d > horizon_end:
            break
        while t >= milestone:
            actual[milestone] = (d - origin).days
            milestone += step
    if not actual:
        return []
    fc = forecast(series, DateConvention.REPORT, as_of=origin, milestones=list(actual),
                  method=method, calibration=calibration)
    cap = MAX_HORIZON_DAYS + 1
    out = []
    for c in fc.crossings:
        def days(d: date | None) -> int:
            return cap if d is None else (d - fc.as_of).days

        point = days(c.report_date) if c.status == "forecast" else cap
        lo80, hi80 = (days(c.interval_80[0]), days(c.interval_80[1])) if c.interval_80 else (
            cap, cap)
        lo95, hi95 = (days(c.interval_95[0]), days(c.interval_95[1])) if c.interval_95 else (
            cap, cap)
        out.append(BacktestCase(origin, c.milestone, actual[c.milestone], point,
                                lo80, hi80, lo95, hi95))
    return out


def score(cases: list[BacktestCase], bucket: str, lo: int, hi: int) -> BucketScore:
    """Return the scores of the cases whose true horizon is in [lo, hi]."""
    chosen = [c for c in cases if lo <= c.actual_days <= hi]
    if not chosen:
        return BucketScore(bucket, 0, None, None, None, None, None, None)
    a = np.array([c.actual_days for c in chosen], dtype=float)
    f = np.array([c.forecast_days for c in chosen], dtype=float)
    l80 = np.array([c.lo80 for c in chosen], dtype=float)
    h80 = np.array([c.hi80 for c in chosen], dtype=float)
    l95 = np.array([c.lo95 for c in chosen], dtype=float)
    h95 = np.array([c.hi95 for c in chosen], dtype=float)
    err = f - a
    alpha = 0.2
    iscore = (h80 - l80) + (2 / alpha) * (np.maximum(l80 - a, 0) + np.maximum(a - h80, 0))
    return BucketScore(
        bucket, len(chosen),
        round(float(np.abs(err).mean()), 2), round(float(np.median(np.abs(err))), 2),
        round(float(err.mean()), 2),
        round(float(((a >= l80) & (a <= h80)).mean()), 3),
        round(float(((a >= l95) & (a <= h95)).mean()), 3),
        round(float(iscore.mean()), 2),
    )
