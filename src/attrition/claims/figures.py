"""The figures the claim checker reads off a LossSeries: report lookups plus analysis calls.

Owns looking up reports (the total a report printed, the report carrying a day under a
convention, the first report at or above a total) and adapting the analysis package
to claims: period sums come from :func:`attrition.analysis.periods.period_value`,
records from :func:`attrition.analysis.extremes.extremes`, streaks from
:func:`attrition.analysis.streaks.streaks`. No arithmetic beyond a lookup lives here.
Pure: the as-of cut is applied once in :class:`SeriesIndex`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from attrition.claims.lazy import cached_property
from attrition.model.dates import WAR_START, DateConvention, from_convention, to_convention
from attrition.model.series import LossSeries, SeriesRow, derived, sorted_report_dates

ONE_DAY = timedelta(days=1)


def own_increment(row: SeriesRow) -> int | None:
    """Return a report's own day figure: printed "(+N)", else the diff less a stated revision."""
    if row.span_days != 1 or row.increment_diff is None:
        return None
    return row.increment_excluding_correction


def own_increments(series: LossSeries) -> list[int | None]:
    """Return :func:`own_increment` of each row of ``series``, in row order (built once per series object).

    The readers' scales and the dating pass's tables each read every row's day figure of
    every category a check names (~2 x 10^4 rows): they share this column.
    """
    return derived(series, "own_increments", _own_increments)


def _own_increments(series: LossSeries) -> list[int | None]:
    return list(map(own_increment, series.rows))


@dataclass(frozen=True)
class PeriodFigure:
    """A period's sum under one convention, with the two reports it is the difference of."""

    value: int
    first_day: date
    last_day: date
    base: SeriesRow | None  # the report before the period (None: the war's start, total 0)
    end: SeriesRow
    is_complete: bool

    @property
    def days(self) -> int:
        """Return the number of days in the period."""
        return (self.last_day - self.first_day).days + 1


class SeriesIndex:
    """One category's reports up to the as-of date, indexed by report date."""

    def __init__(self, series: LossSeries, as_of: date | None) -> None:
        self.series = series if as_of is None else series.upto(as_of)
        self.full = series  # uncut: only to say, in hindsight, when a mark was actually passed
        self.as_of = as_of
        self.category = series.category
        self.rows = self.series.rows
        in_order = sorted_report_dates(series)  # the full series' dates, listed once for every cut of it
        # rows up to as-of are the first rows of a series in order (LossSeries.upto)
        self.dates = in_order[: len(self.rows)] if in_order is not None else [r.report_date for r in self.rows]
        # a series out of order (built by hand) is looked up by date through a dict, not bisected
        self._by_date = None if in_order is not None else {r.report_date: r for r in self.rows}
        self._periods: dict[tuple[date, date, DateConvention], PeriodFigure | None] = {}
        self._highest: dict[tuple[DateConvention, int, str, date | None, date | None], list[tuple[date, date, int]]] = {}

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def first(self) -> SeriesRow:
        """Return the first report."""
        return self.rows[0]

    @property
    def last(self) -> SeriesRow:
        """Return the latest report (at or before as-of)."""
        return self.rows[-1]

    def row(self, report_date: date) -> SeriesRow | None:
        """Return the report of ``report_date`` if present (the last one, were it listed twice)."""
        if self._by_date is not None:
            return self._by_date.get(report_date)
        i = bisect_right(self.dates, report_date) - 1
        return self.rows[i] if i >= 0 and self.dates[i] == report_date else None

    def at_or_before(self, report_date: date) -> SeriesRow | None:
        """Return the latest report on or before ``report_date``."""
        i = bisect_right(self.dates, report_date)
        return self.rows[i - 1] if i else None

    def between(self, first_report: date, last_report: date) -> tuple[SeriesRow, ...]:
        """Return the reports dated within [first_report, last_report] (a bisected slice)."""
        return self.rows[bisect_left(self.dates, first_report) : bisect_right(self.dates, last_report)]

    def previous(self, row: SeriesRow) -> SeriesRow | None:
        """Return the report before ``row``."""
        i = bisect_right(self.dates, row.report_date) - 1
        return self.rows[i - 1] if i > 0 else None

    def last_day(self, convention: DateConvention) -> date:
        """Return the latest date the record covers under ``convention``."""
        return to_convention(self.last.report_date, convention)

    def first_day(self, convention: DateConvention) -> date:
        """Return the earliest date the record covers under ``convention``."""
        return to_convention(self.first.report_date, convention)

    def day_row(self, day: date, convention: DateConvention) -> SeriesRow | None:
        """Return the one-day report carrying ``day`` under ``convention``."""
        row = self.row(from_convention(day, convention))
        return row if row is not None and row.span_days == 1 and row.increment_diff is not None else None

    def first_reaching(self, total: int) -> SeriesRow | None:
        """Return the first report whose total is at least ``total``."""
        for row in self.rows:
            if row.total >= total:
                return row
        return None

    def first_reaching_ever(self, total: int) -> SeriesRow | None:
        """Return the first report at least ``total`` in the whole record, after the as-of date too."""
        return next((row for row in self.full.rows if row.total >= total), None)

    @cached_property
    def _first_by_total(self) -> dict[int, SeriesRow]:
        first: dict[int, SeriesRow] = {}
        for row in self.rows:
            first.setdefault(row.total, row)
        return first

    def with_total(self, total: int) -> SeriesRow | None:
        """Return the first report that printed exactly ``total`` (each total looked up once per index)."""
        return self._first_by_total.get(total)

    def period(self, first_day: date, last_day: date, convention: DateConvention) -> PeriodFigure | None:
        """Return the sum over ``first_day..last_day`` via analysis.periods.period_value."""
        key = (first_day, last_day, convention)  # a check asks for the same sums many times
        if key not in self._periods:
            self._periods[key] = self._period(first_day, last_day, convention)
        return self._periods[key]

    def _period(self, first_day: date, last_day: date, convention: DateConvention) -> PeriodFigure | None:
        from attrition.analysis.periods import period_value

        if not self.rows or last_day < first_day or last_day < self.first_day(convention) - ONE_DAY:
            return None
        end = self.at_or_before(from_convention(last_day, convention))
        if end is None:
            return None
        base_report = from_convention(first_day, convention) - ONE_DAY
        if first_day <= WAR_START or (base_report < self.first.report_date and first_day <= self.first_day(convention)):
            # from the war's first day: the end report's total is all losses so far (a record
            # that holds a report dated 24 February does not make that report's total a base)
            return PeriodFigure(end.total, first_day, last_day, None, end,
                                end.report_date == from_convention(last_day, convention))
        value, complete = period_value(self.series, first_day, last_day, convention)
        if value is None:
            return None
        base = self.at_or_before(base_report)
        return PeriodFigure(value, first_day, last_day, base, end, complete)

    def months(self, convention: DateConvention, start: date, end: date) -> list[tuple[str, date, date, int]]:
        """Return (label, first day, last day, value) of each complete month in [start, end]."""
        from attrition.analysis.periods import period_rows

        return [
            (p.period, p.start, p.end, p.value)
            for p in period_rows(self.series, "month", convention, start=start, end=end)
            if p.complete and p.value is not None
        ]

    def highest(
        self, convention: DateConvention, *, rank: int, by: str, start: date | None, end: date | None
    ) -> list[tuple[date, date, int]]:
        """Return the ``rank`` highest (first day, last day, value) via analysis.extremes."""
        from attrition.analysis.extremes import extremes, top_days

        key = (convention, rank, by, start, end)  # many record claims ask the same question
        if key not in self._highest:
            if by == "day":  # the uncut record's days, ranked once for every cut and end date
                self._highest[key] = [(day, day, value) for day, value in top_days(
                    self.full, convention, rank, start=start, end=end, through=self.as_of, exclude_coarse=True)]
            else:
                result = extremes(self.series, convention, by=by, top=rank, start=start, end=end,
                                  exclude_coarse=True)
                self._highest[key] = [(p.start, p.end, p.value) for p in result.top]
        return list(self._highest[key])

    def window(self, first_report: date, last_report: date) -> LossSeries:
        """Return the series restricted to reports in [first_report, last_report] (a cheap slice)."""
        lo = bisect_right(self.dates, first_report - ONE_DAY)
        hi = bisect_right(self.dates, last_report)
        return LossSeries(self.series.category, self.rows[lo:hi], as_of=self.series.as_of)

    def run_ending(
        self, threshold: int, convention: DateConvention, *, above: bool, end: date, horizon: int = 400
    ) -> tuple[int, date | None, date | None]:
        """Return (days, first day, last day) of the run ending on ``end`` (analysis.streaks).

        Only the ``horizon`` days before ``end`` are looked at, so a longer run reads as
        ``horizon`` days (enough to tell "ten days in a row" from anything else).
        """
        from attrition.analysis.streaks import streaks

        report = from_convention(end, convention)
        part = self.window(report - timedelta(days=horizon), report)
        result = streaks(part, threshold, convention, direction="above" if above else "below", end=end)
        run = result.current
        if run is None or run.end != end:
            return 0, None, None
        return run.days, run.start, run.end
