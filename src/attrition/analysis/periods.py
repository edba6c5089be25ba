"""Period sums (day, week, month, quarter, year, custom) under an explicit date convention.

A period's value is the difference of cumulative totals at its edges, which is how the
MoD computes its monthly figures (November 2024 by loss date = cum(report 12-01) −
cum(report 11-01) = 45,720). Each row says how many of its days the value covers,
whether it is complete (a partial month must never read as a collapse), whether a
multi-day span reaches across its start, and whether it contains a stated correction.
Comparisons (previous period, same period last year) are given only between complete
periods. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import numpy as np

from attrition.analysis.daily import SeriesArrays, series_arrays
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

PeriodBy = Literal["day", "week", "month", "quarter", "year"]
WeekStart = Literal["mon", "sun"]
PERIOD_BYS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")


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
    if by not in PERIOD_BYS:
        raise UsageError(f"unknown period {by!r}; use one of {', '.join(PERIOD_BYS)}", input=by)
    if week_start not in ("mon", "sun"):
        raise UsageError(f"week start {week_start!r}: use 'mon' or 'sun'", input=week_start)
    arr = series_arrays(series, convention)
    if len(arr) == 0:
        return []
    first, last = date.fromordinal(int(arr.day[0])), date.fromordinal(int(arr.day[-1]))
    lo = max(first, start) if start else first
    hi = min(last, end) if end else last
    if lo > hi:
        return []
    # Compute from the first data period so that comparisons reach before ``start``.
    bounds = period_bounds(by, first, hi, week_start)
    stats = _edge_stats(arr, bounds)
    index = {b[1]: i for i, b in enumerate(bounds)}
    out: list[PeriodRow] = []
    for i, (label, s, e) in enumerate(bounds):
        if e < lo:
            continue
        ly_start, ly_label = _last_year(by, label, s, week_start)
        ly = index.get(ly_start) if ly_start else None
        out.append(_make_row(stats, bounds, i, i - 1 if i else None, ly, ly_label, convention,
                             today))
    return out


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
    ly_start, ly_end = _shift_year(start), _shift_year(end)
    prev_start, prev_end = start - timedelta(days=length), start - timedelta(days=1)
    bounds = [
        (_range_label(start, end), start, end),
        (_range_label(prev_start, prev_end), prev_start, prev_end),
        (_range_label(ly_start, ly_end), ly_start, ly_end),
    ]
    stats = _edge_stats(arr, bounds)
    return _make_row(stats, bounds, 0, 1, 2, bounds[2][0], convention, today)


def period_bounds(
    by: PeriodBy | str, start: date, end: date, week_start: WeekStart | str = "mon"
) -> list[tuple[str, date, date]]:
    """Return (label, first day, last day) of every ``by`` period overlapping [start, end]."""
    out: list[tuple[str, date, date]] = []
    if by == "day":
        for k in range((end - start).days + 1):
            d = start + timedelta(days=k)
            out.append((d.isoformat(), d, d))
        return out
    if by == "week":
        offset = start.weekday() if week_start == "mon" else (start.weekday() + 1) % 7
        d = start - timedelta(days=offset)
        while d <= end:
            e = d + timedelta(days=6)
            if week_start == "mon":
                iso = d.isocalendar()
                label = f"{iso.year}-W{iso.week:02d}"
            else:
                label = _range_label(d, e)
            out.append((label, d, e))
            d = e + timedelta(days=1)
        return out
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    y, m = start.year, start.month
    m -= (m - 1) % months
    s = date(y, m, 1)
    one_day = timedelta(days=1)
    while s <= end:
        ny, nm = (y + (m - 1 + months) // 12, (m - 1 + months) % 12 + 1)
        following = date(ny, nm, 1)
        if months == 1:
            label = f"{y}-{m:02d}"
        elif months == 3:
            label = f"{y}-Q{(m - 1) // 3 + 1}"
        else:
            label = str(y)
        out.append((label, s, following - one_day))
        y, m, s = ny, nm, following
    return out


@dataclass(frozen=True)
class _EdgeStats:
    """Per-period statistics as plain lists (fast to index from Python)."""

    value: list[int]
    present: list[int]
    outside: list[int]
    expected: list[int]
    has_corr: list[bool]
    has_coarse: list[bool]
    complete: list[bool]


def _edge_stats(arr: SeriesArrays, bounds: Sequence[tuple[str, date, date]]) -> _EdgeStats:
    """Vectorised period values: total at the end edge minus total before the start edge."""
    starts = np.fromiter((b[1].toordinal() for b in bounds), np.int64, len(bounds))
    ends = np.fromiter((b[2].toordinal() for b in bounds), np.int64, len(bounds))
    day, total = arr.day, arr.total
    i_end = np.searchsorted(day, ends, side="right") - 1
    i_before = np.searchsorted(day, starts, side="left") - 1
    base = np.maximum(i_before, 0)
    valid = i_end >= base
    i_end = np.maximum(i_end, base)
    base_day = day[base]
    # rows base+1 .. i_end cover days (base_day, day[i_end]]; the first row has no
    # baseline, so a period starting on it misses that day
    present = np.where(valid, np.maximum(day[i_end] - np.maximum(base_day, starts - 1), 0), 0)
    outside = np.where((i_before >= 0) & (present > 0), np.maximum(starts - 1 - base_day, 0), 0)
    corr = np.concatenate([[0], np.cumsum(arr.is_correction)])
    coarse = np.concatenate([[0], np.cumsum(arr.is_coarse)])
    has = present > 0
    expected = ends - starts + 1
    return _EdgeStats(
        value=(total[i_end] - total[base]).tolist(),
        present=present.tolist(),
        outside=outside.tolist(),
        expected=expected.tolist(),
        has_corr=(has & (corr[i_end + 1] > corr[base + 1])).tolist(),
        has_coarse=(has & (coarse[i_end + 1] > coarse[base + 1])).tolist(),
        complete=((present == expected) & (outside == 0)).tolist(),
    )


def _make_row(
    st: _EdgeStats,
    bounds: Sequence[tuple[str, date, date]],
    k: int,
    prev: int | None,
    ly: int | None,
    ly_label: str | None,
    convention: DateConvention,
    today: date | None,
) -> PeriodRow:
    label, s, e = bounds[k]
    present = st.present[k]
    value = st.value[k] if present else None
    complete = st.complete[k]
    pv = pc = pp = lv = lc = lp = None
    if complete and prev is not None and st.complete[prev]:
        pv, pc, pp = _compare(st.value[k], st.value[prev])
    if complete and ly is not None and st.complete[ly]:
        lv, lc, lp = _compare(st.value[k], st.value[ly])
    return PeriodRow(
        period=label,
        start=s,
        end=e,
        value=value,
        convention=convention,
        days_expected=st.expected[k],
        days_present=present,
        complete=complete,
        includes_corrections=st.has_corr[k],
        includes_coarse=st.has_coarse[k],
        days_outside=st.outside[k],
        is_current=today is not None and s <= today <= e,
        previous_value=pv,
        change_vs_previous=pc,
        pct_change_vs_previous=pp,
        last_year_period=ly_label,
        last_year_value=lv,
        change_vs_last_year=lc,
        pct_change_vs_last_year=lp,
    )


def _compare(value: int, other: int) -> tuple[int, int, float | None]:
    change = value - other
    return other, change, (round(100.0 * change / other, 2) if other else None)


def _last_year(by: str, label: str, s: date, week_start: str) -> tuple[date | None, str | None]:
    """Return the start and label of the same period one year earlier."""
    if by == "day":
        if s.month == 2 and s.day == 29:
            return None, None
        d = s.replace(year=s.year - 1)
        return d, d.isoformat()
    if by == "week":
        if week_start == "mon":
            iso = s.isocalendar()
            try:
                d = date.fromisocalendar(iso.year - 1, iso.week, 1)
            except ValueError:  # week 53 has no counterpart
                return None, None
            return d, f"{iso.year - 1}-W{iso.week:02d}"
        d = s - timedelta(days=364)
        return d, _range_label(d, d + timedelta(days=6))
    d = s.replace(year=s.year - 1)
    return d, label.replace(str(s.year), str(s.year - 1), 1)


def _shift_year(d: date) -> date:
    return d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(
        year=d.year - 1
    )


def _range_label(start: date, end: date) -> str:
    return f"{start.isoformat()}..{end.isoformat()}"
