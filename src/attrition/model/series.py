"""LossSeries: the consensus daily record of one category, the one type analysis accepts.

A series holds one row per *report* present in the record (report dates may have
gaps). ``daily`` is the increase in the cumulative total since the previous report
present (``increment_diff``); when reports are missing it covers ``span_days`` loss
days and must be treated as a span, never as one day. Convention is applied when a
row is given a date: ``loss_date`` = ``report_date`` − 1.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from attrition.model.dates import DateConvention, loss_date, to_convention

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, TypeVar

    import pandas as pd

    T = TypeVar("T")


@dataclass(frozen=True, slots=True)  # slots: ~2x faster to create; one per report
class SeriesRow:
    """One report of one category in the consensus record."""

    report_date: date
    total: int
    increment_printed: int | None = None
    increment_diff: int | None = None  # total − previous total present (None on the first row)
    span_days: int = 1  # loss days the diff covers (> 1 after missing reports)
    is_approximate: bool = False
    has_correction: bool = False  # printed increment differs from the diff (a stated revision)
    is_coarse: bool = False  # early-war estimate (to about April 2022)
    sources: tuple[str, ...] = ()

    @property
    def correction_amount(self) -> int | None:
        """Return the silent revision in this jump (diff − printed), None when there is none.

        The store derives a missing printed increment from a source's stated correction
        (increment_diff − amount, flagged ``has_correction``), so this is the stated
        amount whenever one was stated, and the disagreement of a printed "(+N)" otherwise.
        """
        if not self.has_correction or self.increment_diff is None or self.increment_printed is None:
            return None
        return self.increment_diff - self.increment_printed

    @property
    def includes_correction(self) -> bool:
        """Return True if this jump contains a revision (the printed increment ≠ the diff)."""
        return self.has_correction

    @property
    def increment_excluding_correction(self) -> int | None:
        """Return the day's own increment: printed if known on a one-day span, else the diff."""
        if self.increment_printed is not None and self.span_days == 1:
            return self.increment_printed
        return self.increment_diff

    @property
    def loss_date(self) -> date:
        """Return the loss date (report date − 1)."""
        return loss_date(self.report_date)

    def date_for(self, convention: DateConvention) -> date:
        """Return the date this row carries under ``convention``."""
        return to_convention(self.report_date, convention)


# Reports up to this date were coarse early-war estimates (zero days, then +3,160 at once).
COARSE_UNTIL = date(2022, 4, 30)


class _OpenRow:
    """SeriesRow's slots, assignable: what :func:`new_series_row` fills before it becomes one."""

    __slots__ = SeriesRow.__slots__


def new_series_row(
    report_date: date, total: int, increment_printed: int | None, increment_diff: int | None,
    span_days: int, is_approximate: bool, has_correction: bool, is_coarse: bool, sources: tuple[str, ...],
) -> SeriesRow:
    """Return ``SeriesRow(report_date, total, ...)``: the same value, made faster.

    SeriesRow is frozen: its generated __init__ calls object.__setattr__ by name per field
    (~1 µs; reading every category of the record for a check makes ~2 x 10^4). The slots
    are filled on an object of the same layout, which then becomes a SeriesRow (``__class__``
    assignment; from then on frozen like any other): ~0.4 µs. The rule of
    ``sources.bulk.new_observation``, for the record's rows.
    """
    row: Any = _OpenRow()  # Any: its slots are SeriesRow's, set by name below
    row.report_date = report_date
    row.total = total
    row.increment_printed = increment_printed
    row.increment_diff = increment_diff
    row.span_days = span_days
    row.is_approximate = is_approximate
    row.has_correction = has_correction
    row.is_coarse = is_coarse
    row.sources = sources
    row.__class__ = SeriesRow
    return row  # type: ignore[no-any-return]


@dataclass(frozen=True)
class LossSeries:
    """The consensus record of one category, oldest report first."""

    category: str
    rows: tuple[SeriesRow, ...]
    as_of: date | None = None  # what the record knew on this date (None: everything stored)
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[SeriesRow]:
        return iter(self.rows)

    @property
    def first_report_date(self) -> date | None:
        """Return the first report date present, or None for an empty series."""
        return self.rows[0].report_date if self.rows else None

    @property
    def last_report_date(self) -> date | None:
        """Return the latest report date present, or None for an empty series."""
        return self.rows[-1].report_date if self.rows else None

    def upto(self, report_date: date) -> LossSeries:
        """Return the series cut after ``report_date`` (what was published by then)."""
        dates = sorted_report_dates(self)
        if dates is not None:  # oldest report first, as built: the rows up to the date are a prefix
            rows = self.rows[: bisect_right(dates, report_date)]
        else:
            rows = tuple(r for r in self.rows if r.report_date <= report_date)
        return LossSeries(self.category, rows, as_of=report_date, meta=self.meta)

    def to_frame(self, convention: DateConvention = DateConvention.LOSS) -> pd.DataFrame:
        """Return a pandas DataFrame: loss_date, report_date, total, daily (+ flags)."""
        import pandas as pd

        records = [
            {
                "loss_date": r.loss_date,
                "report_date": r.report_date,
                "total": r.total,
                "daily": r.increment_diff,
                "increment_printed": r.increment_printed,
                "span_days": r.span_days,
                "is_approximate": r.is_approximate,
                "has_correction": r.has_correction,
                "is_coarse": r.is_coarse,
            }
            for r in self.rows
        ]
        frame = pd.DataFrame.from_records(
            records,
            columns=[
                "loss_date", "report_date", "total", "daily", "increment_printed",
                "span_days", "is_approximate", "has_correction", "is_coarse",
            ],
        )
        for col in ("daily", "increment_printed"):
            frame[col] = frame[col].astype("Int64")
        frame.attrs["category"] = self.category
        frame.attrs["convention"] = convention.value
        frame.attrs["as_of"] = self.as_of.isoformat() if self.as_of else None
        return frame


Point = tuple[date, int, int | None, bool, tuple[str, ...]]
# SeriesRow's field values, in its field order (what series_values yields)
SeriesValues = tuple[date, int, int | None, int | None, int, bool, bool, bool, tuple[str, ...]]


def series_values(points: Iterable[Point]) -> list[SeriesValues]:
    """Return each point's SeriesRow field values, oldest report first.

    ``increment_diff`` and ``span_days`` are derived here, the one place that does it
    (:func:`build_series` wraps these in SeriesRows; the store's consensus refresh uses
    them as plain tuples, one per report of every category, so this stays lean).
    """
    out: list[SeriesValues] = []
    prev_date: date | None = None
    prev_total = 0
    for report_date, total, printed, approx, sources in sorted(points, key=itemgetter(0)):
        if prev_date is None:
            diff, span = None, 1
        else:
            diff, span = total - prev_total, (report_date - prev_date).days
        out.append((
            report_date,
            total,
            printed,
            diff,
            span,
            approx,
            printed is not None and diff is not None and printed != diff and span == 1,
            report_date <= COARSE_UNTIL,
            tuple(sources),
        ))
        prev_date, prev_total = report_date, total
    return out


def build_series(
    category: str, points: Iterable[Point], as_of: date | None = None
) -> LossSeries:
    """Build a LossSeries from (report_date, total, increment_printed, is_approximate, sources).

    Points are sorted by report date; ``increment_diff`` and ``span_days`` are derived by
    :func:`series_values`. The record's own series come from the store
    (``Store.series``), which also applies stated corrections.
    """
    rows = tuple(new_series_row(*values) for values in series_values(points))
    return LossSeries(category, rows, as_of=as_of)


def summed_series(key: str, parts: Iterable[LossSeries]) -> LossSeries:
    """Return the sum of several categories' series ("tanks and armoured vehicles"), under ``key``.

    A report is in the sum only when every part has it; its total is the parts' sum, its
    printed increment too when every part printed one (the increase and span are derived as
    for any series, by :func:`build_series`).
    """
    parts = tuple(parts)
    if not parts:
        return LossSeries(key, ())
    dates = [sorted_report_dates(part) for part in parts]
    days: Iterable[tuple[date, tuple[SeriesRow, ...]]]
    first = dates[0] or []
    if all(d is not None and d == first for d in dates) and len(set(first)) == len(first):
        # the same reports in every part, in order, each date once: the rows side by side
        days = zip(first, zip(*(part.rows for part in parts), strict=True), strict=True)
    else:
        by_day = [{row.report_date: row for row in part.rows} for part in parts]
        fewest = min(by_day, key=len)
        days = ((day, tuple(d[day] for d in by_day)) for day in fewest if all(day in d for d in by_day))
    agreeing: dict[tuple[tuple[str, ...], ...], tuple[str, ...]] = {}  # a handful of distinct source lists
    points: list[Point] = []
    for day, got in days:
        printed = [r.increment_printed for r in got]
        named = tuple(r.sources for r in got)
        shared = agreeing.get(named)
        if shared is None:
            shared = agreeing[named] = tuple(sorted(set.intersection(*(set(s) for s in named))))
        points.append((day, sum(r.total for r in got),
                       None if None in printed else sum(p or 0 for p in printed),
                       any(r.is_approximate for r in got), shared))
    return build_series(key, points, as_of=parts[0].as_of)


def sorted_report_dates(series: LossSeries) -> list[date] | None:
    """Return the rows' report dates when they are in order (as built), else None; once per series object.

    Do not change the list: it is shared. Rows up to a date are then a prefix (:meth:`LossSeries.upto`).
    """
    return derived(series, "sorted_report_dates", _sorted_report_dates)


def _sorted_report_dates(series: LossSeries) -> list[date] | None:
    """Return the report dates of the rows when they are in order (as built), else None."""
    dates = [r.report_date for r in series.rows]
    return dates if dates == sorted(dates) else None  # in order (sorted finds the one run in C)


# What analyses derive from a series' rows (arrays, columns) is memoised per series object:
# rows are immutable, so this cannot change a result. Entries go with the series.
_DERIVED: dict[tuple[int, Hashable], tuple[weakref.ref[LossSeries], Any]] = {}


def derived(series: LossSeries, key: Hashable, build: Callable[[LossSeries], T]) -> T:
    """Return ``build(series)``, computed once per series object and ``key``.

    For views analyses read many times per series (~0.3 ms each for a full history):
    the numpy arrays (``analysis.daily``), the period sums' columns (``analysis.periods``).
    """
    slot = (id(series), key)
    hit = _DERIVED.get(slot)
    if hit is not None and hit[0]() is series:
        found: T = hit[1]
        return found
    value = build(series)

    def _forget(_ref: weakref.ref[LossSeries]) -> None:
        _DERIVED.pop(slot, None)

    _DERIVED[slot] = (weakref.ref(series, _forget), value)
    return value
