"""Milestone forecasts: when will the total reach N, with calibrated 50/80/95% intervals.

Point: the daily rate is an exponentially weighted mean of daily increments (half-life
7 days, ``ewma7``), extrapolated as a constant: F(h) = rate·h. The crossing is the
first report date whose total is ≥ N (a report a day is assumed ahead).

Intervals come from the record's own forecast errors, not from a noise model: for every
past origin o′ in the 365 days before the origin and every horizon h with o′ + h ≤ origin
(already fully observed), R = realised increase / forecast increase. Per horizon the
ratios are divided by their median (so last year's drift is not imported), and the
crossing-date quantile q is the first h with Q(1 − q, h)·F(h) ≥ gap. Horizons with too
few ratios reuse the quantiles of the longest horizon that has enough. Beyond 120 days
the date is indicative (errors ~23 days at 121–180 days). See docs/forecast.md for the
backtest behind these choices.

Pure: no I/O, no clock. ``as_of`` cuts the series first, so nothing later is seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from math import floor, log10

import numpy as np

from attrition.analysis.daily import daily_grid
from attrition.analysis.forecast_methods import DEFAULT_METHOD, METHOD_NAMES, RATE_FUNCTIONS
from attrition.errors import UsageError
from attrition.model.dates import DateConvention, loss_date, to_convention
from attrition.model.series import LossSeries

# crossing-date quantile levels; an interval at level L is (q=(1−L)/2, q=(1+L)/2)
LEVELS: tuple[float, ...] = (0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975)
RATIO_WINDOW_DAYS = 365
MIN_RATIOS = 30  # a horizon needs this many observed ratios to have its own quantiles
MAX_HORIZON_DAYS = 730  # crossings later than this are reported as beyond the horizon
INDICATIVE_AFTER_DAYS = 120


@dataclass(frozen=True)
class Crossing:
    """When the total reaches ``milestone``: observed, or forecast with intervals."""

    milestone: int
    status: str  # "crossed", "forecast" or "beyond_horizon"
    report_date: date | None  # first report with total ≥ milestone (observed or point)
    loss_date: date | None
    days_ahead: int | None  # from the origin report; None when crossed
    gap: int  # milestone − total at the origin (≤ 0 when crossed)
    interval_50: tuple[date, date | None] | None = None  # under the convention; None = later
    interval_80: tuple[date, date | None] | None = None  # than the longest horizon
    interval_95: tuple[date, date | None] | None = None
    is_indicative: bool = False  # more than 120 days ahead
    total_at_crossing: int | None = None  # for an observed crossing


@dataclass(frozen=True)
class ExpectedTotal:
    """The expected total on a report date, with 50/80/95% intervals."""

    report_date: date
    loss_date: date
    days_ahead: int
    point: int
    interval_50: tuple[int, int]
    interval_80: tuple[int, int]
    interval_95: tuple[int, int]
    is_indicative: bool


@dataclass(frozen=True)
class Forecast:
    """Milestone crossings and expected totals as seen from one origin report."""

    category: str
    convention: DateConvention
    as_of: date  # the origin: the last report date used
    method: str
    method_description: str
    rate_per_day: float
    last_total: int
    crossings: tuple[Crossing, ...]
    expected: tuple[ExpectedTotal, ...]
    ratio_origins: int  # past origins whose errors calibrate the intervals
    interval_method: str = (
        "empirical realised/forecast ratios from origins in the last 365 days, "
        "fully observed only, divided by their median per horizon"
    )


class _Model:
    """A rate and a ratio-quantile table fitted at the last day of the arrays given."""

    def __init__(self, total: np.ndarray, daily: np.ndarray, method: str) -> None:
        self.origin = total.size - 1
        self.total0 = float(total[-1])
        rates = RATE_FUNCTIONS[method](daily)
        self.rate = float(rates[-1])
        self.hs = np.arange(1, MAX_HORIZON_DAYS + 1)
        self.quant, self.n_origins = _ratio_quantiles(total, rates, self.origin)

    def forecast_increase(self) -> np.ndarray:
        """Return the point increase F(h) for h = 1..MAX_HORIZON_DAYS."""
        return self.rate * self.hs

    def crossing_h(self, gap: float, q: float) -> int | None:
        """Return the first horizon where the ratio quantile 1 − q lifts F(h) to ``gap``."""
        ratio = self.quant[LEVELS.index(round(1.0 - q, 3))]
        hit = np.nonzero(ratio * self.forecast_increase() >= gap)[0]
        return int(self.hs[hit[0]]) if hit.size else None

    def total_at(self, h: int, q: float) -> float:
        """Return the level-q quantile of the total h days ahead."""
        hh = min(h, MAX_HORIZON_DAYS) - 1
        return self.total0 + float(self.quant[LEVELS.index(q), hh]) * self.rate * h


def _ratio_quantiles(
    total: np.ndarray, rates: np.ndarray, origin: int
) -> tuple[np.ndarray, int]:
    """Return the median-normalised ratio quantiles [level, h] and the number of origins."""
    n_h = MAX_HORIZON_DAYS
    first = max(1, origin - RATIO_WINDOW_DAYS)
    origins = np.arange(first, origin)
    origins = origins[rates[origins] > 0]
    quant = np.ones((len(LEVELS), n_h))
    if origins.size < MIN_RATIOS:
        quant[:] = np.nan
        return quant, int(origins.size)
    h_max = min(n_h, origin - int(origins[0]))
    hs = np.arange(1, h_max + 1)
    end = origins[:, None] + hs[None, :]
    valid = end <= origin
    realised = total[np.minimum(end, origin)] - total[origins][:, None]
    ratio = np.where(valid, realised / (rates[origins][:, None] * hs[None, :]), np.nan)
    counts = valid.sum(axis=0)
    ratio.sort(axis=0)  # NaN last, so column h holds counts[h] values first
    supported = np.nonzero(counts >= MIN_RATIOS)[0]
    last = int(supported[-1]) if supported.size else -1
    if last < 0:
        quant[:] = np.nan
        return quant, int(origins.size)
    cols = np.arange(last + 1)
    n = counts[: last + 1]

    def q_at(p: float) -> np.ndarray:
        pos = p * (n - 1)
        lo = np.floor(pos).astype(np.int64)
        hi = np.minimum(lo + 1, n - 1)
        frac = pos - lo
        return np.asarray(ratio[lo, cols] * (1 - frac) + ratio[hi, cols] * frac)

    median = q_at(0.5)
    median = np.where(median > 0, median, 1.0)
    for k, p in enumerate(LEVELS):
        # a crossing-date quantile q uses the ratio quantile 1 − q; store by ratio level
        quant[k, : last + 1] = q_at(p) / median
        quant[k, last + 1 :] = quant[k, last]
    return quant, int(origins.size)


def _grid_arrays(series: LossSeries) -> tuple[int, np.ndarray, np.ndarray]:
    """Return (first report ordinal, total per report day, daily increments) — report dates."""
    grid = daily_grid(series, DateConvention.REPORT, increments="diff")
    daily = grid.values.copy()
    daily[0] = 0.0 if daily.size == 1 else daily[1]  # no baseline for the first report
    return grid.first_day, grid.total, daily


def milestone_step(total: int) -> int:
    """Return the round-number step for milestones: the largest 1/2/5·10^k ≤ total/20."""
    if total < 20:
        return 1
    k = floor(log10(total / 20))
    return int(max(m * 10**k for m in (1, 2, 5) if m * 10**k <= total / 20))


def default_milestones(total: int, count: int = 3) -> list[int]:
    """Return the next ``count`` multiples of :func:`milestone_step` above ``total``."""
    step = milestone_step(total)
    first = (total // step + 1) * step
    return [first + i * step for i in range(count)]


def headline_milestone(total: int) -> int:
    """Return the next round number a headline uses: a multiple of 1, 2.5 or 5·10^k ≤ total/20.

    Finer than :func:`default_milestones` so the story's number is not skipped:
    747,370 → 750,000 (step 25,000; the default step 20,000 gives 760,000), 9,493 → 9,500.
    """
    if total < 20:
        return total + 1
    k = floor(log10(total / 20))
    step = max(s for m in (1, 2.5, 5) if (s := int(m * 10**k)) <= total / 20)
    return (total // step + 1) * step


def forecast(
    series: LossSeries,
    convention: DateConvention,
    *,
    as_of: date | None = None,
    milestones: Sequence[int] | None = None,
    on: Sequence[date] = (),
    method: str = DEFAULT_METHOD,
) -> Forecast:
    """Forecast when ``milestones`` are crossed, and the totals expected ``on`` report dates.

    ``as_of`` (a report date) cuts the series first: the forecast sees nothing later.
    A milestone already reached is reported with the report and loss date it was crossed.
    """
    if method not in METHOD_NAMES:
        raise UsageError(f"unknown method {method!r}; use one of {', '.join(METHOD_NAMES)}",
                         input=method)
    cut = series.upto(as_of) if as_of is not None else series
    if len(cut) < 2:
        raise UsageError(f"{series.category}: too few reports up to {as_of} to forecast",
                         input=str(as_of))
    first, total, daily = _grid_arrays(cut)
    model = _Model(total, daily, method)
    if not np.isfinite(model.quant).all():
        raise UsageError(
            f"{series.category}: need at least {MIN_RATIOS + 1} days of reports before "
            f"{as_of or cut.last_report_date} to calibrate the intervals",
            input=str(as_of),
        )
    origin = date.fromordinal(first + model.origin)
    last_total = int(cut.rows[-1].total)
    wanted = list(milestones) if milestones else default_milestones(last_total)
    crossings = tuple(
        _crossing(cut, model, origin, int(m), convention) for m in sorted(set(wanted))
    )
    expected = tuple(_expected(model, origin, d) for d in sorted(set(on)) if d > origin)
    return Forecast(
        series.category, convention, origin, method, METHOD_NAMES[method],
        round(model.rate, 2), last_total, crossings, expected, model.n_origins,
    )


def _crossing(
    series: LossSeries, model: _Model, origin: date, milestone: int, convention: DateConvention
) -> Crossing:
    gap = milestone - int(model.total0)
    if gap <= 0:
        row = next(r for r in series.rows if r.total >= milestone)
        return Crossing(milestone, "crossed", row.report_date, row.loss_date, None, gap,
                        total_at_crossing=row.total)
    h = model.crossing_h(gap, 0.5)
    if h is None:
        return Crossing(milestone, "beyond_horizon", None, None, None, gap,
                        is_indicative=True)

    def on(days: int | None) -> date | None:
        if days is None:
            return None
        return to_convention(origin + timedelta(days=days), convention)

    def interval(level: float) -> tuple[date, date | None]:
        lo_q, hi_q = round((1 - level) / 2, 3), round((1 + level) / 2, 3)
        lo = on(model.crossing_h(gap, lo_q))
        assert lo is not None  # the earliest bound is never later than the point
        return lo, on(model.crossing_h(gap, hi_q))

    report = origin + timedelta(days=h)
    return Crossing(
        milestone, "forecast", report, loss_date(report), h, gap,
        interval(0.5), interval(0.8), interval(0.95),
        is_indicative=h > INDICATIVE_AFTER_DAYS,
    )


def _expected(model: _Model, origin: date, report_date: date) -> ExpectedTotal:
    h = (report_date - origin).days

    def bounds(level: float) -> tuple[int, int]:
        lo_q, hi_q = round((1 - level) / 2, 3), round((1 + level) / 2, 3)
        return round(model.total_at(h, lo_q)), round(model.total_at(h, hi_q))

    return ExpectedTotal(
        report_date, loss_date(report_date), h, round(model.total0 + model.rate * h),
        bounds(0.5), bounds(0.8), bounds(0.95), h > INDICATIVE_AFTER_DAYS,
    )

