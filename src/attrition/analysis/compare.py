"""The official series beside an independent count: on a day, and per month (pure).

Both sides are cumulative ``(date, total)`` points. The dates mean different things and
the output says which:

* the official side is dated by **report date** when comparing what each source had
  published by a day (a report of day D covers losses up to D−1, its loss date), and by
  **loss date** in the monthly sums (the project's default);
* the independent side is dated by when the count was seen (an Oryx page snapshot, a
  press milestone): ``as_of_date``.

The ratio is official ÷ independent (how many official units per confirmed one).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

Points = Sequence[tuple[date, int]]


def latest_at(points: Points, day: date) -> tuple[date, int] | None:
    """Return the last point dated on or before ``day`` (points sorted by date), or None."""
    i = bisect_right([p[0] for p in points], day)
    return points[i - 1] if i else None


def ratio(official: int | None, independent: int | None) -> float | None:
    """Return official ÷ independent rounded to 2 places (None when either is missing or 0)."""
    if not official or not independent:
        return None
    return round(official / independent, 2)


@dataclass(frozen=True)
class ComparePoint:
    """One day: each side's latest total on or before it, their dates, and the ratio."""

    day: date
    official_report_date: date | None
    official_loss_date: date | None
    official_total: int | None
    independent_date: date | None
    independent_total: int | None
    ratio: float | None
    independent_lag_days: int | None  # day − the independent count's own date


def compare_on(official_by_report: Points, independent: Points, day: date) -> ComparePoint:
    """Compare what each side had published by ``day`` (official by report date)."""
    off = latest_at(official_by_report, day)
    ind = latest_at(independent, day)
    return ComparePoint(
        day,
        off[0] if off else None,
        off[0] - timedelta(days=1) if off else None,
        off[1] if off else None,
        ind[0] if ind else None,
        ind[1] if ind else None,
        ratio(off[1] if off else None, ind[1] if ind else None),
        (day - ind[0]).days if ind else None,
    )


@dataclass(frozen=True)
class CompareMonth:
    """One month: each side's change and end-of-month total, and the ratios."""

    month: str  # YYYY-MM
    official_change: int | None  # by loss date: total at the month's last loss day − before
    official_total: int | None
    independent_change: int | None  # by snapshot date
    independent_total: int | None
    independent_end_date: date | None
    ratio_total: float | None
    ratio_change: float | None


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def compare_by_month(
    official_by_loss: Points, independent: Points, start: date, end: date,
) -> list[CompareMonth]:
    """Return one row per month from ``start``'s month to ``end``'s month.

    A month's change is the total at its last day minus the total at the last day of
    the month before (latest point on or before each); an independent count whose last
    point before the month end is older than the previous month end has no change.
    """
    out: list[CompareMonth] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        last = _month_end(year, month)
        before = date(year, month, 1) - timedelta(days=1)
        o1, o0 = latest_at(official_by_loss, last), latest_at(official_by_loss, before)
        i1, i0 = latest_at(independent, last), latest_at(independent, before)
        off_change = o1[1] - o0[1] if o1 and o0 else None
        ind_change = i1[1] - i0[1] if i1 and i0 and i1[0] > before else None
        out.append(CompareMonth(
            f"{year:04d}-{month:02d}", off_change, o1[1] if o1 else None, ind_change,
            i1[1] if i1 else None, i1[0] if i1 else None,
            ratio(o1[1] if o1 else None, i1[1] if i1 else None),
            ratio(off_change, ind_change) if (off_change or 0) > 0 and (ind_change or 0) > 0
            else None,
        ))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def ratio_series(official: Points, independent: Points) -> list[tuple[date, float]]:
    """Return (date, official ÷ independent) at each independent point that has both sides.

    The official side is its latest total on or before the independent point's date
    (both sorted by date); points where either side is missing or zero are left out.
    """
    days = [p[0] for p in official]
    out: list[tuple[date, float]] = []
    for day, value in independent:
        i = bisect_right(days, day)
        if i and (r := ratio(official[i - 1][1], value)) is not None:
            out.append((day, r))
    return out
