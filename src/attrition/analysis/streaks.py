"""Streaks ("N days above 1,500") and recent windows ("approached X for the past N days").

A streak is a run of consecutive one-day figures strictly above (or below) a threshold.
A day after missing reports (a span) is unknown, so it ends a run. On a day whose jump
contains a stated correction the day's own increment (printed, or diff − correction)
is used, because the correction revises earlier days. Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from attrition.errors import UsageError
from attrition.model.dates import DateConvention, within
from attrition.model.series import LossSeries

Direction = Literal["above", "below"]


@dataclass(frozen=True)
class Run:
    """One run of consecutive days on the same side of a threshold."""

    start: date
    end: date
    days: int
    min_value: int
    max_value: int
    mean_value: float


@dataclass(frozen=True)
class Streaks:
    """The longest and the current run above/below ``threshold``."""

    category: str
    convention: DateConvention
    threshold: int
    direction: str  # "above" (> threshold) or "below" (< threshold)
    longest: Run | None
    current: Run | None  # the run that includes the latest day, if any
    runs: int  # number of runs of at least one day
    last_day: date | None


@dataclass(frozen=True)
class WindowStats:
    """The last ``days`` days up to ``end``: their losses, and min/max/mean of one-day figures.

    ``total`` is the window's losses by difference of totals, the one figure for a range
    (:func:`attrition.analysis.periods.custom_period`); the min, max and mean are over the
    days' own one-day increments (a stated revision of earlier days is not a day's loss).
    """

    category: str
    convention: DateConvention
    start: date
    end: date
    days_expected: int
    days_present: int
    total: int
    min_value: int | None
    min_day: date | None
    max_value: int | None
    max_day: date | None
    daily_mean: float | None


def _day_values(series: LossSeries, convention: DateConvention) -> list[tuple[date, int | None]]:
    """Return (day, own one-day increment or None when unknown) per row with a baseline."""
    out: list[tuple[date, int | None]] = []
    for row in series.rows:
        if row.increment_diff is None:
            continue
        value = row.increment_excluding_correction if row.span_days == 1 else None
        out.append((row.date_for(convention), value))
    return out


def streaks(
    series: LossSeries,
    threshold: int,
    convention: DateConvention,
    *,
    direction: Direction | str = "above",
    start: date | None = None,
    end: date | None = None,
) -> Streaks:
    """Return the longest and current runs of days strictly above/below ``threshold``."""
    if direction not in ("above", "below"):
        raise UsageError(f"direction {direction!r}: use 'above' or 'below'", input=direction)
    days = [
        (d, v) for d, v in _day_values(series, convention)
        if within(d, start, end)
    ]
    runs: list[list[tuple[date, int]]] = []
    current: list[tuple[date, int]] = []
    prev_day: date | None = None
    for d, v in days:
        hit = v is not None and (v > threshold if direction == "above" else v < threshold)
        contiguous = prev_day is not None and d - prev_day == timedelta(days=1)
        if hit and v is not None:
            if current and not contiguous:
                runs.append(current)
                current = []
            current.append((d, v))
        elif current:
            runs.append(current)
            current = []
        prev_day = d
    last_day = days[-1][0] if days else None
    ongoing = current if current and current[-1][0] == last_day else None
    if current:
        runs.append(current)
    longest = max(runs, key=len, default=None)  # first of equal length wins
    return Streaks(
        series.category, convention, threshold, direction,
        _run(longest) if longest else None, _run(ongoing) if ongoing else None,
        len(runs), last_day,
    )


def _run(days: list[tuple[date, int]]) -> Run:
    values = [v for _, v in days]
    return Run(days[0][0], days[-1][0], len(days), min(values), max(values),
               round(sum(values) / len(values), 1))


def recent_window(
    series: LossSeries,
    days: int,
    convention: DateConvention,
    *,
    end: date | None = None,
) -> WindowStats:
    """Return min/max/mean of the ``days`` days ending at ``end`` (default: the latest day)."""
    if days < 1:
        raise UsageError(f"window must be at least 1 day, got {days}", input=str(days))
    values = _day_values(series, convention)
    if not values:
        raise UsageError(f"series {series.category!r} has no daily figures",
                         input=series.category)
    last = end or values[-1][0]
    first = last - timedelta(days=days - 1)
    inside = [(d, v) for d, v in values if first <= d <= last and v is not None]
    from attrition.analysis.periods import custom_period  # numpy: only when a window is asked

    total = custom_period(series, first, last, convention).value or 0
    lo = min(inside, key=lambda x: x[1], default=None)
    hi = max(inside, key=lambda x: x[1], default=None)
    return WindowStats(
        series.category, convention, first, last, days, len(inside), total,
        lo[1] if lo else None, lo[0] if lo else None,
        hi[1] if hi else None, hi[0] if hi else None,
        round(sum(v for _, v in inside) / len(inside), 1) if inside else None,
    )
