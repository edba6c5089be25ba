"""Period boundaries and labels: which days make up each day/week/month/quarter/year.

Owns the calendar side of period sums, independent of any series: each period's label,
first and last day, and the same period one year earlier ("2024-11" → "2023-11",
ISO week 2024-W45 → 2023-W45, 2024-02-29 → none). :func:`period_bounds` gives them as
tuples and :func:`period_list` as plain lists (what ``period_rows`` walks; no numpy);
:func:`period_calendar` gives them as read-only arrays for vectorised sums. Both are
memoised, since every category with the same first and last day shares a calendar.
Pure: no I/O, no clock. numpy is imported only by :func:`period_calendar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

# date(1970, 1, 1).toordinal(): ordinal - EPOCH_ORDINAL is a numpy datetime64[D] value
EPOCH_ORDINAL = 719_163


@dataclass(frozen=True, eq=False)
class PeriodCalendar:
    """Every period of one kind from the one holding ``first`` to the one holding ``last``."""

    by: str
    week_start: str
    label: tuple[str, ...]
    start: np.ndarray  # int64 ordinal of the first day
    end: np.ndarray  # int64 ordinal of the last day
    start_date: np.ndarray  # datetime64[D] of ``start``
    end_date: np.ndarray  # datetime64[D] of ``end``
    days_expected: np.ndarray  # int64 end - start + 1
    edge_key: np.ndarray  # int64 (2, n): start - 1 (row 0) and end (row 1), to search rows by
    # int64 (2, n) positions of the period before (row 0) and of the same period a year
    # earlier (row 1); -1 where there is none
    compare_index: np.ndarray
    last_year_label: tuple[str | None, ...]  # None where no such period exists (29 Feb, week 53)

    def __len__(self) -> int:
        return len(self.label)


@dataclass(frozen=True, eq=False)
class PeriodList:
    """The periods of :class:`PeriodCalendar` as plain lists (day ordinals), without numpy."""

    by: str
    week_start: str
    label: tuple[str, ...]
    start: tuple[int, ...]  # ordinal of the first day
    end: tuple[int, ...]  # ordinal of the last day
    previous: tuple[int, ...]  # position of the period before; -1 where there is none
    last_year: tuple[int, ...]  # position of the same period a year earlier; -1: none
    last_year_label: tuple[str | None, ...]  # None where no such period exists

    def __len__(self) -> int:
        return len(self.label)


def period_bounds(
    by: str, start: date, end: date, week_start: str = "mon"
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
                label = range_label(d, e)
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


def period_list(by: str, first: date, last: date, week_start: str = "mon") -> PeriodList:
    """Return every ``by`` period overlapping [first, last] as plain lists (memoised)."""
    return _period_list(by, first.toordinal(), last.toordinal(), week_start)


@lru_cache(maxsize=256)
def _period_list(by: str, first: int, last: int, week_start: str) -> PeriodList:
    bounds = period_bounds(by, date.fromordinal(first), date.fromordinal(last), week_start)
    position = {b[1]: k for k, b in enumerate(bounds)}
    ly_index: list[int] = []
    ly_label: list[str | None] = []
    for label, s, _ in bounds:
        ly_start, lab_ly = last_year(by, label, s, week_start)
        ly_label.append(lab_ly)
        ly_index.append(-1 if ly_start is None else position.get(ly_start, -1))
    return PeriodList(
        by, week_start, tuple(b[0] for b in bounds), tuple(b[1].toordinal() for b in bounds),
        tuple(b[2].toordinal() for b in bounds), tuple(range(-1, len(bounds) - 1)),
        tuple(ly_index), tuple(ly_label),
    )


def period_calendar(by: str, first: date, last: date, week_start: str = "mon") -> PeriodCalendar:
    """Return every ``by`` period overlapping [first, last] as read-only arrays (memoised)."""
    return _calendar(by, first.toordinal(), last.toordinal(), week_start)


@lru_cache(maxsize=256)
def _calendar(by: str, first: int, last: int, week_start: str) -> PeriodCalendar:
    import numpy as np

    if by == "day":
        start = np.arange(first, last + 1, dtype=np.int64)
        end = start
        start_date = (start - EPOCH_ORDINAL).astype("datetime64[D]")
        label: tuple[str, ...] = tuple(start_date.astype(str).tolist())
        ly_index, ly_label = _last_year_days(start_date, first)
    else:
        periods = _period_list(by, first, last, week_start)
        label = periods.label
        start = np.array(periods.start, np.int64)
        end = np.array(periods.end, np.int64)
        ly_index = np.array(periods.last_year, np.int64)
        ly_label = periods.last_year_label
        start_date = (start - EPOCH_ORDINAL).astype("datetime64[D]")
    end_date = (end - EPOCH_ORDINAL).astype("datetime64[D]")
    compare = np.stack((np.arange(-1, len(label) - 1, dtype=np.int64), ly_index))
    cal = PeriodCalendar(
        by, week_start, label, start, end, start_date, end_date, end - start + 1,
        np.stack((start - 1, end)), compare, ly_label,
    )
    for arr in (start, end, start_date, end_date, cal.days_expected, cal.edge_key, compare):
        arr.setflags(write=False)
    return cal


def _last_year_days(
    day: np.ndarray, first: int
) -> tuple[np.ndarray, tuple[str | None, ...]]:
    """Vectorised :func:`last_year` for days: same month and day, none for 29 February."""
    import numpy as np

    month_start = day.astype("datetime64[M]")
    day_of_month = (day - month_start.astype("datetime64[D]")).astype(np.int64)
    month = month_start.astype(np.int64) % 12 + 1
    ly = (month_start - np.timedelta64(12, "M")).astype("datetime64[D]") + day_of_month
    leap_day = (month == 2) & (day_of_month == 28)
    ly_ord = ly.astype(np.int64) + EPOCH_ORDINAL
    index = np.where(~leap_day & (ly_ord >= first), ly_ord - first, -1)
    labels: list[str | None] = ly.astype(str).tolist()
    for k in np.flatnonzero(leap_day).tolist():
        labels[k] = None
    return index, tuple(labels)


def last_year(by: str, label: str, s: date, week_start: str) -> tuple[date | None, str | None]:
    """Return the start and label of the same period one year earlier."""
    if by == "day":
        d = same_day_last_year(s)
        return (d, d.isoformat()) if d else (None, None)
    if by == "week":
        if week_start == "mon":
            iso = s.isocalendar()
            try:
                d = date.fromisocalendar(iso.year - 1, iso.week, 1)
            except ValueError:  # week 53 has no counterpart
                return None, None
            return d, f"{iso.year - 1}-W{iso.week:02d}"
        d = s - timedelta(days=364)
        return d, range_label(d, d + timedelta(days=6))
    d = s.replace(year=s.year - 1)
    return d, label.replace(str(s.year), str(s.year - 1), 1)


def same_day_last_year(d: date) -> date | None:
    """Return the same calendar day one year earlier; 29 February has none (None).

    The one rule for "the same day last year", for single days and range ends alike.
    """
    if (d.month, d.day) == (2, 29):
        return None
    return d.replace(year=d.year - 1)


def range_last_year(start: date, end: date) -> tuple[date, date] | None:
    """Return the days of [start, end] one year earlier, by :func:`same_day_last_year`.

    A range starting on 29 February starts a year earlier on 1 March, one ending on it
    ends on 28 February; a range of 29 February alone has no counterpart (None).
    """
    first = same_day_last_year(start) or date(start.year - 1, 3, 1)
    last = same_day_last_year(end) or date(end.year - 1, 2, 28)
    return (first, last) if first <= last else None


def range_label(start: date, end: date) -> str:
    """Return the label of a custom range, e.g. '2024-11-01..2024-11-30'."""
    return f"{start.isoformat()}..{end.isoformat()}"
