"""Period sums as numpy columns, one entry per period: the columnar form of ``period_rows``.

The same rule as :func:`attrition.analysis.periods.period_rows` (:func:`~attrition.
analysis.periods.measure` and :func:`~attrition.analysis.periods.compare`), applied to
every period of a calendar at once with numpy: fast enough for every kind, category and
convention together (``benchmarks/bench_analysis.py``). Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np

from attrition.analysis.daily import SeriesArrays, series_arrays
from attrition.analysis.period_calendar import PeriodCalendar, period_calendar
from attrition.analysis.periods import (
    PeriodRow,
    check_period,
    compare,
    first_shown,
    measure,
    period_window,
)
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

__all__ = ["PeriodTable", "period_table"]

if TYPE_CHECKING:  # pragma: no cover
    from attrition.analysis.periods import PeriodBy, WeekStart


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
    check_period(by, week_start)
    arr = series_arrays(series, convention)
    window = period_window(arr.day, start, end)
    if window is None:
        return _empty_table(by, convention, week_start)
    first, lo, hi = window
    cal = period_calendar(by, first, hi, week_start)
    return _table(arr, cal, convention, first_shown(cal.end, first, lo), today)


class _Columns:
    """``Ops`` (see :mod:`attrition.analysis.periods`) on numpy columns, all periods at once."""

    @staticmethod
    def search(sorted_values: np.ndarray, value: np.ndarray) -> np.ndarray:
        return np.searchsorted(sorted_values, value, side="right")

    maximum = staticmethod(np.maximum)
    where = staticmethod(np.where)

    @staticmethod
    def at(values: np.ndarray, index: np.ndarray, missing: Any) -> np.ndarray:
        # index -1 (no such period) picks the appended entry
        found: np.ndarray = np.concatenate((values, [missing]))[index]
        return found

    @staticmethod
    def percent(change: np.ndarray, other: np.ndarray) -> np.ndarray:
        pct = np.divide(100.0 * change, other, out=np.full(other.shape, np.nan),
                        where=other != 0)
        return _round2(pct)


COLUMNS = _Columns()


def _table(
    arr: SeriesArrays, cal: PeriodCalendar, convention: DateConvention, skip: int,
    today: date | None,
) -> PeriodTable:
    """Every period of ``cal`` measured at once; the first ``skip`` are left out."""
    value, present, outside, complete, has_corr, has_coarse = measure(
        COLUMNS, arr.day, arr.total, np.flatnonzero(arr.is_correction),
        np.flatnonzero(arr.is_coarse), cal.edge_key[0], cal.edge_key[1], cal.days_expected,
    )
    has_prev, prev_value, prev_change, prev_pct = compare(
        COLUMNS, value, complete, value, complete, cal.compare_index[0])
    has_ly, ly_value, ly_change, ly_pct = compare(
        COLUMNS, value, complete, value, complete, cal.compare_index[1])
    if today is None:
        current = np.zeros(len(cal), np.bool_)
    else:
        t = today.toordinal()
        current = (cal.start <= t) & (t <= cal.end)
    cut = slice(skip, None)
    columns = [
        cal.start_date, cal.end_date, value, cal.days_expected, present, complete, has_corr,
        has_coarse, outside, current, has_prev, prev_value, prev_change, prev_pct, has_ly,
        ly_value, ly_change, ly_pct,
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
