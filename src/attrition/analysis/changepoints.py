"""Change points in the daily series (ruptures) and an online CUSUM alarm.

Offline: a least-squares mean-shift model (ruptures ``l2``) on the calendar grid,
searched with PELT (default), binary segmentation or dynamic programming. The default
penalty is BIC-like, ``2·σ̂²·ln n``, with σ̂ the robust noise scale
``MAD(first differences)/(0.6745·√2)`` (not inflated by the shifts themselves);
segments are at least ``min_size`` = 14 days so weekly noise is not read as a regime.
Each change reports the segment means and their difference with a 95% interval.

Online: a one-sided tabular CUSUM against a baseline window (k = 0.5σ, h = 5σ, the
textbook choice) says on which day a shift would have been *detected*, and on which
day the run that triggered it *started*. Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np

from attrition.analysis.daily import DailyGrid, Increments, daily_grid
from attrition.analysis.welch import welch_difference
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

Method = Literal["pelt", "binseg", "dynp"]
_BIC_RULE = "2·σ̂²·ln(n), σ̂ = MAD(diff)/(0.6745·√2)"


@dataclass(frozen=True)
class Segment:
    """A stretch of days with one mean."""

    start: date
    end: date
    days: int
    daily_mean: float


@dataclass(frozen=True)
class Change:
    """A shift in the mean: ``day`` is the first day of the new segment."""

    day: date
    mean_before: float
    mean_after: float
    difference: float
    difference_ci95: tuple[float, float]
    direction: str  # "up" or "down"


@dataclass(frozen=True)
class ChangePoints:
    """Offline change points with the method and penalty that produced them."""

    category: str
    convention: DateConvention
    start: date
    end: date
    method: str
    model: str
    penalty: float | None  # None when n_bkps fixed the number of changes
    penalty_rule: str
    sigma: float
    min_size: int
    increments: str
    changes: tuple[Change, ...]
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Cusum:
    """A one-sided tabular CUSUM run from the day after the baseline."""

    category: str
    convention: DateConvention
    baseline_start: date
    baseline_end: date
    baseline_mean: float
    baseline_sd: float
    k_sd: float
    h_sd: float
    direction: str
    detected_on: date | None  # first day the statistic exceeded h
    started_on: date | None  # first day of the run of positive statistic that ended in the alarm
    statistic_at_alarm: float | None
    mean_since_start: float | None  # mean from started_on to detected_on
    monitored_until: date
    increments: str


def _window(
    series: LossSeries, convention: DateConvention, start: date | None, end: date | None,
    increments: Increments,
) -> tuple[DailyGrid, int, int, np.ndarray]:
    grid = daily_grid(series, convention, increments=increments)
    i = max(grid.index_of(start), 1) if start else 1
    j = min(grid.index_of(end), len(grid) - 1) if end else len(grid) - 1
    values = grid.values[i : j + 1]
    if j - i + 1 < 4 or not np.isfinite(values).all():
        raise UsageError(
            f"need at least 4 days with figures between {start} and {end}",
            input=f"{start}..{end}",
        )
    return grid, i, j, values


def robust_sigma(values: np.ndarray) -> float:
    """Return the noise scale MAD(first differences)/(0.6745·√2)."""
    return float(np.median(np.abs(np.diff(values))) / 0.6745 / np.sqrt(2))


def change_points(
    series: LossSeries,
    convention: DateConvention,
    *,
    start: date | None = None,
    end: date | None = None,
    method: Method | str = "pelt",
    penalty: float | None = None,
    n_bkps: int | None = None,
    min_size: int = 14,
    increments: Increments = "excluding_corrections",
) -> ChangePoints:
    """Return mean-shift change points in [start, end] with segment means and effect sizes."""
    import ruptures as rpt

    grid, i, j, values = _window(series, convention, start, end, increments)
    sigma = robust_sigma(values)
    n = values.size
    algos = {"pelt": rpt.Pelt, "binseg": rpt.Binseg, "dynp": rpt.Dynp}
    if method not in algos:
        raise UsageError(f"method {method!r}: use pelt, binseg or dynp", input=method)
    algo = algos[method](model="l2", min_size=min_size, jump=1).fit(values)
    rule = "n_bkps"
    if n_bkps is not None:
        if method == "pelt":
            raise UsageError("pelt takes a penalty, not a number of changes", input=str(n_bkps))
        try:
            bkps = algo.predict(n_bkps=n_bkps)
        except rpt.exceptions.BadSegmentationParameters:
            raise UsageError(f"{n} days cannot hold {n_bkps} change(s) of at least {min_size} "
                             "days each", input=str(n_bkps)) from None
        used = None
    else:
        if method == "dynp":
            raise UsageError("dynp needs n_bkps", input=method)
        used = penalty if penalty is not None else 2.0 * sigma**2 * float(np.log(n))
        rule = "given" if penalty is not None else _BIC_RULE
        try:
            bkps = algo.predict(pen=used)
        except rpt.exceptions.BadSegmentationParameters:  # too few days for any segment pair
            bkps = [n]
    edges = [0, *bkps]
    segments = tuple(
        Segment(grid.date_at(i + a), grid.date_at(i + b - 1), b - a,
                round(float(values[a:b].mean()), 1))
        for a, b in zip(edges[:-1], edges[1:], strict=True)
    )
    changes = []
    for k in range(1, len(edges) - 1):
        before, after = values[edges[k - 1] : edges[k]], values[edges[k] : edges[k + 1]]
        lo, hi, _ = welch_difference(before, after)
        diff = float(after.mean() - before.mean())
        changes.append(Change(
            grid.date_at(i + edges[k]), round(float(before.mean()), 1),
            round(float(after.mean()), 1), round(diff, 1), (round(lo, 1), round(hi, 1)),
            "up" if diff > 0 else "down",
        ))
    return ChangePoints(
        series.category, convention, grid.date_at(i), grid.date_at(j), method, "l2",
        None if used is None else round(used, 1), rule, round(sigma, 2), min_size, increments,
        tuple(changes), segments,
    )


def cusum(
    series: LossSeries,
    convention: DateConvention,
    *,
    baseline_start: date,
    baseline_end: date,
    end: date | None = None,
    k_sd: float = 0.5,
    h_sd: float = 5.0,
    direction: Literal["up", "down"] | str = "up",
    increments: Increments = "excluding_corrections",
) -> Cusum:
    """Run a one-sided CUSUM from the day after the baseline; report detection and start."""
    if direction not in ("up", "down"):
        raise UsageError(f"direction {direction!r}: use up or down", input=direction)
    grid, i, j, _ = _window(series, convention, baseline_start, end, increments)
    b_end = grid.index_of(baseline_end)
    if not i + 2 <= b_end < j:
        raise UsageError(
            "the baseline needs at least 3 days and at least one day after it",
            input=f"{baseline_start}..{baseline_end}",
        )
    base = grid.values[i : b_end + 1]
    mu, sd = float(base.mean()), float(base.std(ddof=1))
    if sd == 0:
        raise UsageError("the baseline has no variation", input=f"{baseline_start}..{baseline_end}")
    sign = 1.0 if direction == "up" else -1.0
    s = 0.0
    run_start: int | None = None
    detected = started = None
    stat = None
    for t in range(b_end + 1, j + 1):
        x = float(grid.values[t])
        if not np.isfinite(x):
            continue
        s = max(0.0, s + sign * (x - mu) / sd - k_sd)
        if s == 0.0:
            run_start = None
        elif run_start is None:
            run_start = t
        if s > h_sd:
            detected, started, stat = t, run_start, s
            break
    mean_since = (
        round(float(np.nanmean(grid.values[started : detected + 1])), 1)
        if detected is not None and started is not None else None
    )
    return Cusum(
        series.category, convention, grid.date_at(i), grid.date_at(b_end), round(mu, 1),
        round(sd, 1), k_sd, h_sd, direction,
        grid.date_at(detected) if detected is not None else None,
        grid.date_at(started) if started is not None else None,
        round(stat, 2) if stat is not None else None, mean_since, grid.date_at(j), increments,
    )
