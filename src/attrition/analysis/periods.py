"""Period sums (day, week, month, quarter, year, custom) under an explicit date convention.

A period's value is the difference of cumulative totals at its edges, which is how the
MoD computes its monthly figures (November 2024 by loss date = cum(report 12-01) −
cum(report 11-01) = 45,720). Each row says how many of its days the value covers,
whether it is complete (a partial month must never read as a collapse), whether a
multi-day span reaches across its start, and whether it contains a stated correction.
Comparisons (previous period, same period last year) are given only between complete
periods.

The rule is written once, in :func:`measure` and :func:`compare`, over an
``Ops`` (a typing Protocol) that either holds one period's Python values (:func:`period_rows`,
:func:`custom_period`, :func:`period_value`: no numpy, so ``attrition losses --by month``
starts fast) or
numpy columns of every period at once (:func:`attrition.analysis.period_table.period_table`,
fast enough for every kind, category and convention together). Pure: no I/O, no clock.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from attrition.analysis.period_calendar import (
    PeriodList,
    period_bounds,
    period_list,
    range_label,
    range_last_year,
)
from attrition.errors import UsageError
from attrition.model.dates import DateConvention, day_offset
from attrition.model.series import LossSeries, derived

PERIOD_BYS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")

__all__ = [
    "PERIOD_BYS", "PeriodRow", "check_period", "compare", "custom_period", "first_shown",
    "measure", "period_bounds", "period_rows", "period_value", "period_window",
]

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Literal, Protocol

    import numpy as np

    PeriodBy = Literal["day", "week", "month", "quarter", "year"]
    WeekStart = Literal["mon", "sun"]

    class Ops(Protocol):
        """The operations :func:`measure` and :func:`compare` need, on scalars or columns."""

        def search(self, sorted_values: Any, value: Any) -> Any:
            """Return how many of ``sorted_values`` are <= ``value`` (searchsorted, right)."""

        def maximum(self, a: Any, b: Any) -> Any:
            """Return the larger of ``a`` and ``b`` (elementwise)."""

        def where(self, condition: Any, yes: Any, no: Any) -> Any:
            """Return ``yes`` where ``condition`` holds, else ``no`` (elementwise)."""

        def at(self, values: Any, index: Any, missing: Any) -> Any:
            """Return ``values[index]``, or ``missing`` where ``index`` is -1 (none)."""

        def percent(self, change: Any, other: Any) -> Any:
            """Return ``round(100 * change / other, 2)``; none (None, NaN) where other is 0."""


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


class _Scalars:
    """``Ops`` on one period's Python values (``period_rows``: no numpy)."""

    search = staticmethod(bisect_right)
    maximum = staticmethod(max)

    @staticmethod
    def where(condition: bool, yes: int, no: int) -> int:
        return yes if condition else no

    @staticmethod
    def at(values: list[Any], index: int, missing: Any) -> Any:
        return values[index] if index >= 0 else missing

    @staticmethod
    def percent(change: int, other: int) -> float | None:
        return round(100.0 * change / other, 2) if other else None


SCALARS: Ops = _Scalars()


def measure(
    ops: Ops, day: Any, total: Any, corrections: Any, coarse: Any, before_start: Any,
    end: Any, days_expected: Any,
) -> tuple[Any, Any, Any, Any, Any, Any]:
    """THE rule of a period's figure: (value, days present, days outside, complete, flags).

    ``day``/``total``: the rows' day ordinals (under the convention) and cumulative
    totals; ``corrections``/``coarse``: positions of the rows flagged so; a period is
    (``before_start``, ``end``] in day ordinals. Returns value, days_present,
    days_outside, complete, includes_corrections, includes_coarse.
    """
    # Row i >= 1 covers days (day[i-1], day[i]]. Days are integers, so "the last row
    # before the start" is the last row on or before start - 1. Rows base+1 .. last are
    # the period's; the first row has no baseline, so a period starting on it misses
    # that day. A period with no day present has last == base, so its value is 0 and it
    # has no flagged row; with no row before it, day[base] > start - 1 and nothing is
    # outside.
    base = ops.maximum(ops.search(day, before_start) - 1, 0)
    last = ops.maximum(ops.search(day, end) - 1, base)
    base_day = day[base]
    present = ops.maximum(day[last] - ops.maximum(base_day, before_start), 0)
    outside = ops.where(present > 0, ops.maximum(before_start - base_day, 0), 0)
    value = total[last] - total[base]
    complete = (present == days_expected) & (outside == 0)
    has_corrections = ops.search(corrections, last) > ops.search(corrections, base)
    has_coarse = ops.search(coarse, last) > ops.search(coarse, base)
    return value, present, outside, complete, has_corrections, has_coarse


def compare(
    ops: Ops, value: Any, complete: Any, values: Any, completes: Any, other: Any
) -> tuple[Any, Any, Any, Any]:
    """THE rule of a comparison: (has, other value, change, % change) with period ``other``.

    ``values``/``completes`` are every period's; ``other`` the position compared with
    (-1: none). A comparison holds only between two complete periods.
    """
    has = complete & ops.at(completes, other, False)
    other_value = ops.where(has, ops.at(values, other, 0), 0)
    change = ops.where(has, value - other_value, 0)
    return has, other_value, change, ops.percent(change, other_value)


def check_period(by: str, week_start: str) -> None:
    """Raise UsageError for an unknown period kind or week start."""
    if by not in PERIOD_BYS:
        raise UsageError(f"unknown period {by!r}; use one of {', '.join(PERIOD_BYS)}", input=by)
    if week_start not in ("mon", "sun"):
        raise UsageError(f"week start {week_start!r}: use 'mon' or 'sun'", input=week_start)


class _Rows:
    """A series' rows as the lists :func:`measure` reads, dated under a convention."""

    def __init__(self, series: LossSeries, convention: DateConvention) -> None:
        offset = day_offset(convention)
        rows = series.rows
        self.day = [r.report_date.toordinal() + offset for r in rows]
        self.total = [r.total for r in rows]
        self.corrections = [i for i, r in enumerate(rows) if r.includes_correction]
        self.coarse = [i for i, r in enumerate(rows) if r.is_coarse]


def _rows(series: LossSeries, convention: DateConvention) -> _Rows:
    """Return the series' rows as lists, built once per series object and convention.

    A claim check asks for hundreds of periods of one series, the brief several; the
    series is immutable, so its lists are kept while that very object lives.
    """
    return derived(series, ("period_rows", convention), lambda s: _Rows(s, convention))


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
    check_period(by, week_start)
    rows = _rows(series, convention)
    window = period_window(rows.day, start, end)
    if window is None:
        return []
    first, lo, hi = window
    periods = period_list(by, first, hi, week_start)
    return _period_rows(rows, periods, convention, first_shown(periods.end, first, lo), today)


def period_window(
    days: Sequence[int] | np.ndarray, start: date | None, end: date | None
) -> tuple[date, date, date] | None:
    """Return (first row's day, first day shown, last day shown) of rows ``days`` in [start, end].

    Periods are computed from the one holding the first row, so that comparisons reach
    before ``start``, to the one holding the last day shown. None: no row in the range.
    """
    if len(days) == 0:
        return None
    first, last = date.fromordinal(int(days[0])), date.fromordinal(int(days[-1]))
    lo = max(first, start) if start else first
    hi = min(last, end) if end else last
    return None if lo > hi else (first, lo, hi)


def first_shown(ends: Sequence[int] | np.ndarray, first: date, lo: date) -> int:
    """Return the position of the first period shown: the first ending on or after ``lo``."""
    return bisect_left(ends, lo.toordinal()) if lo > first else 0


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise UsageError(f"period end {end} is before its start {start}", input=str(end))


def custom_period(
    series: LossSeries,
    start: date,
    end: date,
    convention: DateConvention,
    today: date | None = None,
) -> PeriodRow:
    """Return the losses of [start, end], compared with the same range one year earlier."""
    _check_range(start, end)
    length = (end - start).days + 1
    year_earlier = range_last_year(start, end)
    # a range of 29 February alone has no year-earlier range: its row is an empty range
    ly_start, ly_end = year_earlier or (start, start - timedelta(days=1))
    prev_start, prev_end = start - timedelta(days=length), start - timedelta(days=1)
    # period 0 is the range; 1 the range before it, 2 the same range a year earlier
    firsts, lasts = (start, prev_start, ly_start), (end, prev_end, ly_end)
    labels = tuple(range_label(s, e) for s, e in zip(firsts, lasts, strict=True))
    periods = PeriodList(
        "custom", "mon", labels, tuple(d.toordinal() for d in firsts),
        tuple(d.toordinal() for d in lasts), (1, -1, -1), (2 if year_earlier else -1, -1, -1),
        (labels[2] if year_earlier else None, None, None),
    )
    return _period_rows(_rows(series, convention), periods, convention, 0, today)[0]


def period_value(
    series: LossSeries, start: date, end: date, convention: DateConvention,
) -> tuple[int | None, bool]:
    """Return (value, complete) of [start, end]: :func:`custom_period`'s own row, without its comparisons.

    The same :func:`measure` of the same rows; no labels, no previous or year-earlier
    range, no PeriodRow (the claim checker asks for ~260 ranges: 5.6 -> 0.5 ms).
    """
    _check_range(start, end)
    rows = _rows(series, convention)
    s, e = start.toordinal(), end.toordinal()
    value, present, _outside, complete, _corrections, _coarse = measure(
        SCALARS, rows.day, rows.total, rows.corrections, rows.coarse, s - 1, e, e - s + 1)
    return (value if present else None), complete


def _period_rows(
    rows: _Rows, periods: PeriodList, convention: DateConvention, skip: int,
    today: date | None,
) -> list[PeriodRow]:
    """Measure every period of ``periods`` (comparisons may reach back); rows from ``skip``."""
    measured = [
        measure(SCALARS, rows.day, rows.total, rows.corrections, rows.coarse, s - 1, e,
                e - s + 1)
        for s, e in zip(periods.start, periods.end, strict=True)
    ]
    values = [m[0] for m in measured]
    completes = [m[3] for m in measured]
    t = today.toordinal() if today else None
    out: list[PeriodRow] = []
    for k in range(skip, len(periods)):
        value, present, outside, complete, has_corrections, has_coarse = measured[k]
        s, e = periods.start[k], periods.end[k]
        has_prev, prev, prev_change, prev_pct = compare(
            SCALARS, value, complete, values, completes, periods.previous[k])
        has_ly, ly, ly_change, ly_pct = compare(
            SCALARS, value, complete, values, completes, periods.last_year[k])
        out.append(PeriodRow(
            periods.label[k], date.fromordinal(s), date.fromordinal(e),
            value if present else None, convention, e - s + 1, present, complete,
            has_corrections, has_coarse, outside, t is not None and s <= t <= e,
            prev if has_prev else None, prev_change if has_prev else None, prev_pct,
            periods.last_year_label[k], ly if has_ly else None,
            ly_change if has_ly else None, ly_pct,
        ))
    return out
