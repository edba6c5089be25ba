"""The series as numpy arrays: one entry per report present, or one per calendar day.

Owns the two views every analysis starts from, so spans, corrections and coarse
early-war rows are handled in one place:

* :func:`series_arrays` — one entry per row (report) present, dated under a convention.
  ``increment_diff`` after missing reports covers ``span`` days and is never a day.
* :func:`daily_grid` — one entry per calendar day from the first to the last row. A
  multi-day span is spread evenly over its days (``is_spread``), which is right for
  rolling means and rates and wrong for "the highest day": extremes use the row view.

Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np

from attrition.errors import UsageError
from attrition.model.dates import DateConvention, day_offset
from attrition.model.series import LossSeries, derived

Increments = Literal["diff", "excluding_corrections"]


@dataclass(frozen=True, eq=False)
class SeriesArrays:
    """Rows of a series as parallel arrays, dated under ``convention``."""

    category: str
    convention: DateConvention
    day: np.ndarray  # int64 ordinal of the row's date under the convention
    total: np.ndarray  # int64 cumulative total
    diff: np.ndarray  # float64 increment_diff; NaN on the first row
    own: np.ndarray  # float64 increment excluding a stated correction; NaN on the first row
    span: np.ndarray  # int64 days the diff covers
    is_correction: np.ndarray  # bool: the jump contains a revision
    is_coarse: np.ndarray  # bool: early-war estimate

    def __len__(self) -> int:
        return int(self.day.size)


def series_arrays(series: LossSeries, convention: DateConvention) -> SeriesArrays:
    """Return the rows of ``series`` as read-only arrays dated under ``convention``."""
    base = _row_arrays(series)
    day = base.day + day_offset(convention)
    day.setflags(write=False)
    return SeriesArrays(
        series.category, convention, day, base.total, base.diff, base.own, base.span,
        base.is_correction, base.is_coarse,
    )


def _row_arrays(series: LossSeries) -> SeriesArrays:
    # ~0.3 ms for a full history; analyses call it per convention and per category
    return derived(series, "row_arrays", _extract)


def _extract(series: LossSeries) -> SeriesArrays:
    rows = series.rows
    n = len(rows)
    day = np.fromiter((r.report_date.toordinal() for r in rows), np.int64, n)
    total = np.fromiter((r.total for r in rows), np.int64, n)
    nan = float("nan")
    diff = np.fromiter(
        (nan if r.increment_diff is None else r.increment_diff for r in rows), np.float64, n
    )
    span = np.fromiter((r.span_days for r in rows), np.int64, n)
    is_coarse = np.fromiter((r.is_coarse for r in rows), np.bool_, n)
    # Only rows with a revision differ from their diff: ask those rows (SeriesRow owns the rule).
    special = [i for i, r in enumerate(rows) if r.includes_correction]
    is_correction = np.zeros(n, np.bool_)
    own = diff.copy()
    for i in special:
        is_correction[i] = rows[i].includes_correction
        value = rows[i].increment_excluding_correction
        own[i] = nan if value is None else value
    for arr in (day, total, diff, own, span, is_correction, is_coarse):
        arr.setflags(write=False)
    return SeriesArrays(
        series.category, DateConvention.REPORT, day, total, diff, own, span, is_correction,
        is_coarse,
    )


@dataclass(frozen=True, eq=False)
class DailyGrid:
    """One value per calendar day (under ``convention``) from the first to the last row."""

    category: str
    convention: DateConvention
    first_day: int  # ordinal of values[0]
    values: np.ndarray  # float64 daily increment; NaN on the first day (no baseline)
    total: np.ndarray  # float64 cumulative total at the end of each day (interpolated in gaps)
    is_spread: np.ndarray  # bool: the day lies in a multi-day span, value = span diff / days
    is_correction: np.ndarray  # bool
    is_coarse: np.ndarray  # bool
    increments: Increments

    def __len__(self) -> int:
        return int(self.values.size)

    def date_at(self, index: int) -> date:
        """Return the calendar date of position ``index``."""
        return date.fromordinal(self.first_day + int(index))

    def index_of(self, day: date) -> int:
        """Return the position of ``day`` (may fall outside the grid)."""
        return day.toordinal() - self.first_day


def daily_grid(
    series: LossSeries, convention: DateConvention, *, increments: Increments = "diff"
) -> DailyGrid:
    """Return ``series`` on a calendar grid; spans are spread evenly over their days.

    ``increments="excluding_corrections"`` uses each day's own increment (the printed
    figure, or the diff less a stated correction) instead of the jump in the total.
    """
    if increments not in ("diff", "excluding_corrections"):
        raise UsageError(f"unknown increments {increments!r}", input=increments)
    arr = series_arrays(series, convention)
    if len(arr) == 0:
        raise UsageError(f"series {series.category!r} is empty", input=series.category)
    first = int(arr.day[0])
    n = int(arr.day[-1]) - first + 1
    pos = arr.day - first
    source = arr.own if increments == "excluding_corrections" else arr.diff
    # each row i >= 1 covers (day[i-1], day[i]]: repeat its per-day value over its span
    values = np.full(n, np.nan)
    is_spread = np.zeros(n, np.bool_)
    is_corr = np.zeros(n, np.bool_)
    is_coarse = np.zeros(n, np.bool_)
    if len(arr) > 1:
        spans = np.diff(arr.day)
        values[1:] = np.repeat(source[1:] / spans, spans)
        is_spread[1:] = np.repeat(spans > 1, spans)
        is_corr[1:] = np.repeat(arr.is_correction[1:], spans)
        is_coarse[1:] = np.repeat(arr.is_coarse[1:], spans)
    is_coarse[0] = bool(arr.is_coarse[0])
    total = np.interp(np.arange(n), pos, arr.total.astype(np.float64))
    return DailyGrid(
        series.category, convention, first, values, total, is_spread, is_corr, is_coarse,
        increments,
    )
