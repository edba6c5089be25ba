"""Period sums (day, week, month, quarter, year, custom) under an explicit date convention.

A period's value is the difference of cumulative totals at its edges, which is how the
MoD computes its monthly figures (November 2024 by loss date = cum(report 12-01) −
cum(report 11-01) = 45,720). Each row says how many of its days the value covers,
whether it is complete (a partial month must never read as a collapse), whether a
multi-day span reaches across its start, and whether it contains a stated correction.
Comparisons (previous period, same period last year) are given only between complete
periods.

:func:`period_table` is the columnar core (numpy arrays, one entry per period; fast
enough for every kind, category and convention at once); :func:`period_rows` gives
the same figures as :class:`PeriodRow` objects. Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import repeat
from typing import Literal

import numpy as np

from attrition.analysis.daily import SeriesArrays, series_arrays
from attrition.analysis.period_calendar import (
    EPOCH_ORDINAL,
    PeriodCalendar,
    period_bounds,
    period_calendar,
    range_label,
    range_last_year,
)
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

PeriodBy = Literal["day", "week", "month", "quarter", "year"]
WeekStart = Literal["mon", "sun"]
PERIOD_BYS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")

__all__ = [
    "PERIOD_BYS", "PeriodBy", "PeriodRow", "PeriodTable", "WeekStart", "custom_period",
    "period_bounds", "period_rows", "period_table",
]


@dataclass(frozen=True)
class PeriodRow:
    """The losses of one period under one date convention."""

    period: str  # "2024-11-01", "2024-W45", "2024-11-03..2024-11-09", "2024-11", "2024-Q4", "2024"
    start: date
    end: date
    value: int | None  # None when no day of the period is covered
    convention: DateConvention
    days_expected: int
    days_present: int  # days of the period whose losses are in ``value``
    complete: bool  # every day present and no span reaching across the start
    includes_corrections: bool  # a jump in the period contains a stated revision
    includes_coarse: bool = False  # early-war estimates (to 2022-04-30)
    days_outside: int = 0  # days before ``start`` whose losses a straddling span adds
    is_current: bool = False  # the period contains ``today``
    previous_value: int | None = None  # the period before, when both are complete
    change_vs_previous: int | None = None
    pct_change_vs_previous: float | None = None
    last_year_period: str | None = None  # the same period one year earlier
    last_year_value: int | None = None  # when both are complete
    change_vs_last_year: int | None = None
    pct_change_vs_last_year: float | None = None


@dataclass(frozen=True, eq=False)
class PeriodTable:
    """Period sums as columns, one entry per period: the columnar form of :class:`PeriodRow`.

    Each column is named for the :class:`PeriodRow` field it holds. Where a row holds
    ``None``, an integer column holds 0 and a mask says so (``has_value``,
    ``has_previous``, ``has_last_year``); a percentage column holds NaN. Arrays are
    read-only; ``start``/``end`` are ``datetime64[D]``.
    """

    by: str
    convention: DateConvention
    week_start: str
    period: tuple[str, ...]
    start: np.ndarray  # datetime64[D]
    end: np.ndarray  # datetime64[D]
    value: np.ndarray  # int64; 0 where days_present == 0 (PeriodRow.value is None)
    days_expected: np.ndarray  # int64
    days_present: np.ndarray  # int64
    complete: np.ndarray  # bool
    includes_corrections: np.ndarray  # bool
    includes_coarse: np.ndarray  # bool
    days_outside: np.ndarray  # int64
    is_current: np.ndarray  # bool
    has_previous: np.ndarray  # bool: this period and the one before are complete
    previous_value: np.ndarray  # int64; 0 where not has_previous
    change_vs_previous: np.ndarray  # int64; 0 where not has_previous
    pct_change_vs_previous: np.ndarray  # float64; NaN where None
    last_year_period: tuple[str | None, ...]
    has_last_year: np.ndarray  # bool: this period and the one a year earlier are complete
    last_year_value: np.ndarray  # int64; 0 where not has_last_year
    change_vs_last_year: np.ndarray  # int64; 0 where not has_last_year
    pct_change_vs_last_year: np.ndarray  # float64; NaN where None

    def __len__(self) -> int:
        return len(self.period)

    @property
    def has_value(self) -> np.ndarray:
        """Return where ``value`` is a figure (at least one day of the period is covered)."""
        return self.days_present > 0

    def rows(self) -> list[PeriodRow]:
        """Return the table as PeriodRow objects (plain Python values, None where absent)."""
        present = self.days_present.tolist()
        value = [v if p else None for v, p in zip(self.value.tolist(), present, strict=True)]
        return list(map(
            PeriodRow,  # positional, in PeriodRow's field order
            self.period,
            self.start.tolist(),
            self.end.tolist(),
            value,
            repeat(self.convention),
            self.days_expected.tolist(),
            present,
            self.complete.tolist(),
            self.includes_corrections.tolist(),
            self.includes_coarse.tolist(),
            self.days_outside.tolist(),
            self.is_current.tolist(),
            _optional(self.previous_value, self.has_previous),
            _optional(self.change_vs_previous, self.has_previous),
            _optional_pct(self.pct_change_vs_previous),
            self.last_year_period,
            _optional(self.last_year_value, self.has_last_year),
            _optional(self.change_vs_last_year, self.has_last_year),
            _optional_pct(self.pct_change_vs_last_year),
        ))


def period_table(
    series: LossSeries,
    by: PeriodBy | str,
    convention: DateConvention,
    start: date | None = None,
    end: date | None = None,
    week_start: WeekStart | str = "mon",
    today: date | None = None,
) -> PeriodTable:
    """Return one entry per period overlapping [start, end] (default: the whole series)."""
    if by not in PERIOD_BYS:
        raise UsageError(f"unknown period {by!r}; use one of {', '.join(PERIOD_BYS)}", input=by)
    if week_start not in ("mon", "sun"):
        raise UsageError(f"week start {week_start!r}: use 'mon' or 'sun'", input=week_start)
    arr = series_arrays(series, convention)
    if len(arr) == 0:
        return _empty_table(by, convention, week_start)
    first, last = date.fromordinal(int(arr.day[0])), date.fromordinal(int(arr.day[-1]))
    lo = max(first, start) if start else first
    hi = min(last, end) if end else last
    if lo > hi:
        return _empty_table(by, convention, week_start)
    # Compute from the first data period so that comparisons reach before ``start``.
    cal = period_calendar(by, first, hi, week_start)
    skip = int(np.searchsorted(cal.end, lo.toordinal())) if lo > first else 0
    return _table(arr, cal, convention, skip, today)


def period_rows(
    series: LossSeries,
    by: PeriodBy | str,
    convention: DateConvention,
    start: date | None = None,
    end: date | None = None,
    week_start: WeekStart | str = "mon",
    today: date | None = None,
) -> list[PeriodRow]:
    """Return one row per period overlapping [start, end] (default: the whole series)."""
    return period_table(series, by, convention, start, end, week_start, today).rows()


def custom_period(
    series: LossSeries,
    start: date,
    end: date,
    convention: DateConvention,
    today: date | None = None,
) -> PeriodRow:
    """Return the losses of [start, end], compared with the same range one year earlier."""
    if end < start:
        raise UsageError(f"period end {end} is before its start {start}", input=str(end))
    arr = series_arrays(series, convention)
    length = (end - start).days + 1
    year_earlier = range_last_year(start, end)
    # a range of 29 February alone has no year-earlier range: its row is an empty range
    ly_start, ly_end = year_earlier or (start, start - timedelta(days=1))
    prev_start, prev_end = start - timedelta(days=length), start - timedelta(days=1)
    # row 0 is the range; row 1 the range before it, row 2 the same range a year earlier
    first = np.array([d.toordinal() for d in (start, prev_start, ly_start)], np.int64)
    last = np.array([d.toordinal() for d in (end, prev_end, ly_end)], np.int64)
    labels = (range_label(start, end), range_label(prev_start, prev_end),
              range_label(ly_start, ly_end))
    cal = PeriodCalendar(
        "custom", "mon", labels, first, last, (first - EPOCH_ORDINAL).astype("datetime64[D]"),
        (last - EPOCH_ORDINAL).astype("datetime64[D]"), last - first + 1,
        np.stack((first - 1, last)),
        np.array([[1, -1, -1], [2 if year_earlier else -1, -1, -1]], np.int64),
        (labels[2] if year_earlier else None, None, None),
    )
    return _table(arr, cal, convention, 0, today).rows()[0]


def _table(
    arr: SeriesArrays, cal: PeriodCalendar, convention: DateConvention, skip: int,
    today: date | None,
) -> PeriodTable:
    """Vectorised period values: total at the end edge minus total before the start edge.

    Every period of ``cal`` is computed (comparisons may reach back); the first ``skip``
    are left out of the table.
    """
    starts, ends = cal.start, cal.end  # int64 ordinals
    day, total = arr.day, arr.total
    # Row i >= 1 covers days (day[i-1], day[i]]. Days are integers, so "the last row
    # before the start" is the last row on or before start - 1: one search finds both
    # edges. Rows base+1 .. i_end are the period's; the first row has no baseline, so a
    # period starting on it misses that day.
    before_start = cal.edge_key[0]  # start - 1
    edge = np.searchsorted(day, cal.edge_key, side="right") - 1  # (2, n)
    np.maximum(edge[0], 0, out=edge[0])
    base, i_end = edge
    np.maximum(i_end, base, out=i_end)
    # From here a period with no day present has i_end == base, so its value is 0 and it
    # has no flagged row; with no row before it, day[base] > start - 1 and nothing is
    # outside.
    base_day = day[base]
    present = np.maximum(day[i_end] - np.maximum(base_day, before_start), 0)
    has = present > 0
    outside = np.where(has, np.maximum(before_start - base_day, 0), 0)
    value = total[i_end] - total[base]
    complete = (present == cal.days_expected) & (outside == 0)
    has_corr = _flagged_between(arr.is_correction, edge)
    has_coarse = _flagged_between(arr.is_coarse, edge)
    has_cmp, other, change, pct = _compare(value, complete, cal.compare_index)
    if today is None:
        current = np.zeros(len(cal), np.bool_)
    else:
        t = today.toordinal()
        current = (starts <= t) & (t <= ends)
    cut = slice(skip, None)
    columns = [
        cal.start_date, cal.end_date, value, cal.days_expected, present, complete, has_corr,
        has_coarse, outside, current, has_cmp[0], other[0], change[0], pct[0], has_cmp[1],
        other[1], change[1], pct[1],
    ]
    if skip:
        columns = [c[cut] for c in columns]
    for c in columns:
        c.setflags(write=False)
    (s, e, value, expected, present, complete, has_corr, has_coarse, outside, current,
     has_prev, prev_value, prev_change, prev_pct, has_ly, ly_value, ly_change, ly_pct) = columns
    return PeriodTable(
        cal.by, convention, cal.week_start, cal.label[cut], s, e, value, expected, present,
        complete, has_corr, has_coarse, outside, current, has_prev, prev_value, prev_change,
        prev_pct, cal.last_year_label[cut], has_ly, ly_value, ly_change, ly_pct,
    )


def _compare(
    value: np.ndarray, complete: np.ndarray, other_index: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (has, other value, change, % change) against the periods at ``other_index``.

    ``other_index`` has one row per comparison; each result has the same shape.
    """
    # index -1 (no such period) picks the appended entry: incomplete, value 0
    has = complete & np.concatenate((complete, [False]))[other_index]
    other = np.where(has, np.concatenate((value, [0]))[other_index], 0)
    change = np.where(has, value - other, 0)
    pct = np.divide(100.0 * change, other, out=np.full(other.shape, np.nan), where=other != 0)
    return has, other, change, _round2(pct)


def _round2(x: np.ndarray) -> np.ndarray:
    """Return ``round(v, 2)`` of each value (NaN stays NaN), exactly as Python's ``round``.

    ``rint(100 v) / 100`` agrees with ``round`` except where ``100 v`` lies within rounding
    error of a half (or is huge); those few values are rounded by Python.
    """
    scaled = x * 100.0
    nearest = np.rint(scaled)
    unsure = (np.abs(scaled - nearest) >= 0.5 - 1e-6) | (np.abs(scaled) >= 2.0**30)
    out = nearest / 100.0
    if np.count_nonzero(unsure):
        out[unsure] = [round(v, 2) for v in x[unsure].tolist()]
    return out


def _flagged_between(flag: np.ndarray, edge: np.ndarray) -> np.ndarray:
    """Return whether any of rows ``edge[0] + 1 .. edge[1]`` is flagged, per column."""
    count = np.searchsorted(np.flatnonzero(flag), edge, side="right")  # flagged rows: few
    flagged: np.ndarray = count[1] > count[0]
    return flagged


def _optional(values: np.ndarray, mask: np.ndarray) -> list[int | None]:
    return [v if m else None for v, m in zip(values.tolist(), mask.tolist(), strict=True)]


def _optional_pct(values: np.ndarray) -> list[float | None]:
    return [None if v != v else v for v in values.tolist()]  # NaN != NaN


def _empty_table(by: str, convention: DateConvention, week_start: str) -> PeriodTable:
    ints, flags = np.zeros(0, np.int64), np.zeros(0, np.bool_)
    dates, floats = np.zeros(0, "datetime64[D]"), np.zeros(0, np.float64)
    for a in (ints, flags, dates, floats):
        a.setflags(write=False)
    return PeriodTable(
        by, convention, week_start, (), dates, dates, ints, ints, ints, flags, flags, flags,
        ints, flags, flags, ints, ints, floats, (), flags, ints, ints, floats,
    )
