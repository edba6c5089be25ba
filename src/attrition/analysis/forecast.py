"""Milestone forecasts: when will the total reach N, with calibrated 50/80/95% intervals.

The point and the intervals come from a :class:`~attrition.analysis.forecast_calibration.Calibration`
at the origin: the method chosen per category by the rolling-origin backtest (``auto``;
or one named with ``method``), its expected increase F(h), and conformal bands — the
level-p increase h days ahead, from the method's own past errors at that horizon. The
crossing is the first report date whose total is ≥ N (a report a day is assumed ahead);
the crossing-date quantile q is the first h whose band at 1 − q reaches the gap. The
50/80/95% date ranges are equal-tailed in those quantiles, or start at the first day
where that makes the 80% range shorter (a crossing most likely soon: the next loss of
a rare category).

Every crossing carries the backtest score of its method for its horizon bucket, and is
``indicative`` more than 120 days ahead or where that score is poor. See
docs/forecast.md for the methods, the calibration and the tables.

Pure: no I/O, no clock. ``as_of`` cuts the series first, so nothing later is seen. With
a ``calibration`` given (the library caches one per data version) nothing is fitted and
numpy is not imported: one forecast is a few bisections.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from math import floor, log10

from attrition.analysis.forecast_calibration import (
    LEVELS,
    MAX_HORIZON_DAYS,
    Calibration,
    HorizonScore,
    calibrate,
    candidates,
    interval_days,
    starts_at_first_day,
)
from attrition.analysis.forecast_methods import DEFAULT_METHOD
from attrition.errors import UsageError
from attrition.model.dates import DateConvention, loss_date, to_convention
from attrition.model.series import LossSeries

INDICATIVE_AFTER_DAYS = 120
__all__ = ["LEVELS", "MAX_HORIZON_DAYS", "Crossing", "ExpectedTotal", "Forecast", "forecast"]


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
    is_indicative: bool = False  # > 120 days ahead, or the backtest at this horizon is poor
    total_at_crossing: int | None = None  # for an observed crossing
    score: HorizonScore | None = None  # the method's backtest at this horizon


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
    score: HorizonScore | None = None


@dataclass(frozen=True)
class Forecast:
    """Milestone crossings and expected totals as seen from one origin report."""

    category: str
    convention: DateConvention
    as_of: date  # the origin: the last report date used
    method: str
    method_description: str
    rate_per_day: float  # the method's expected increase over the next 7 days, per day
    #                      (the count model: its mean rate, not its median week)
    last_total: int
    crossings: tuple[Crossing, ...]
    expected: tuple[ExpectedTotal, ...]
    ratio_origins: int  # past weekly origins whose errors calibrate the intervals
    scores: tuple[HorizonScore, ...] = ()  # the method's backtest per horizon bucket
    method_mae: dict[str, float | None] | None = None  # candidates' backtest MAE (days)
    interval_method: str = (
        "split conformal per horizon: quantiles of the method's own log errors "
        "(realised / forecast increase) at weekly origins in the last 365 days, "
        "fully observed only"
    )


class _Curves:
    """The calibration's curves as sorted tuples: crossing days and totals by bisection."""

    def __init__(self, cal: Calibration) -> None:
        self.cal = cal
        self.total0 = cal.total

    def crossing_h(self, gap: float, q: float | None) -> int | None:
        """Return the first h whose curve (point: q None; else band 1 − q) reaches ``gap``."""
        curve = self.cal.increase if q is None else self.cal.bands[
            LEVELS.index(round(1.0 - q, 3))]
        i = bisect_left(curve, gap)
        return i + 1 if i < len(curve) else None

    def total_at(self, h: int, q: float | None) -> float:
        """Return the point (q None) or level-q total h days ahead."""
        hh = min(h, MAX_HORIZON_DAYS) - 1
        curve = self.cal.increase if q is None else self.cal.bands[LEVELS.index(q)]
        return self.total0 + curve[hh] * (h / (hh + 1))


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
    calibration: Calibration | None = None,
) -> Forecast:
    """Forecast when ``milestones`` are crossed, and the totals expected ``on`` report dates.

    ``as_of`` (a report date) cuts the series first: the forecast sees nothing later.
    A milestone already reached is reported with the report and loss date it was crossed.
    ``calibration`` (from :func:`~attrition.analysis.forecast_calibration.calibrate` on the
    same series, as_of and method) skips the fitting; without it one is computed.
    """
    candidates(method)  # an unknown method is a UsageError before any work
    cut = series.upto(as_of) if as_of is not None else series
    if len(cut) < 2:
        raise UsageError(f"{series.category}: too few reports up to {as_of} to forecast",
                         input=str(as_of))
    cal = calibration or calibrate(series, as_of=as_of, method=method)
    origin = cut.rows[-1].report_date
    if (cal.category, cal.origin) != (series.category, origin):
        raise UsageError(f"calibration for {cal.category} at {cal.origin} does not fit "
                         f"{series.category} at {origin}", input=str(cal.origin))
    curves = _Curves(cal)
    last_total = int(cut.rows[-1].total)
    wanted = list(milestones) if milestones else default_milestones(last_total)
    crossings = tuple(
        _crossing(cut, curves, origin, int(m), convention) for m in sorted(set(wanted))
    )
    expected = tuple(_expected(curves, origin, d) for d in sorted(set(on)) if d > origin)
    week = cal.increase[6] / 7 if len(cal.increase) >= 7 else 0.0
    if cal.mean_rate is not None:  # the count model: its median week is often 0 losses
        week = cal.mean_rate
    return Forecast(
        series.category, convention, origin, cal.method, cal.description(),
        round(week, 2) if week >= 1 else float(f"{week:.3g}"), last_total, crossings, expected, cal.origins, cal.scores,
        cal.method_mae,
    )


def _indicative(cal: Calibration, days: int) -> tuple[bool, HorizonScore | None]:
    score = cal.score_for(days)
    poor = score is None or score.is_poor or score.median_ae_days is None
    return days > INDICATIVE_AFTER_DAYS or poor, score


def _crossing(
    series: LossSeries, curves: _Curves, origin: date, milestone: int,
    convention: DateConvention,
) -> Crossing:
    gap = milestone - int(curves.total0)
    if gap <= 0:
        row = next(r for r in series.rows if r.total >= milestone)
        return Crossing(milestone, "crossed", row.report_date, row.loss_date, None, gap,
                        total_at_crossing=row.total)
    h = curves.crossing_h(gap, None)
    if h is None:
        return Crossing(milestone, "beyond_horizon", None, None, None, gap,
                        is_indicative=True)

    def on(days: int) -> date | None:  # None: later than the longest horizon
        if days > MAX_HORIZON_DAYS:
            return None
        return to_convention(origin + timedelta(days=days), convention)

    def day_at(q: float) -> int:  # the crossing-date quantile q; 0: the first day
        if q == 0:
            return 1
        days = curves.crossing_h(gap, q)
        return MAX_HORIZON_DAYS + 1 if days is None else days

    first_day = starts_at_first_day(day_at)

    def interval(level: float) -> tuple[date, date | None] | None:
        lo, hi = interval_days(day_at, level, first_day)
        first = on(lo)
        # None: even the high band misses the gap within the horizon (a method whose past
        # forecasts all ran ahead of the record can have its point inside it, its range not)
        return None if first is None else (first, on(hi))

    report = origin + timedelta(days=h)
    indicative, score = _indicative(curves.cal, h)
    return Crossing(
        milestone, "forecast", report, loss_date(report), h, gap,
        interval(0.5), interval(0.8), interval(0.95), is_indicative=indicative, score=score,
    )


def _expected(curves: _Curves, origin: date, report_date: date) -> ExpectedTotal:
    h = (report_date - origin).days

    def bounds(level: float) -> tuple[int, int]:
        lo_q, hi_q = round((1 - level) / 2, 3), round((1 + level) / 2, 3)
        return round(curves.total_at(h, lo_q)), round(curves.total_at(h, hi_q))

    indicative, score = _indicative(curves.cal, h)
    return ExpectedTotal(
        report_date, loss_date(report_date), h, round(curves.total_at(h, None)),
        bounds(0.5), bounds(0.8), bounds(0.95), indicative, score,
    )
