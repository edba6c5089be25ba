"""Date conventions: a report published on day D covers losses of day D − 1.

``report_date`` is the publication date; ``loss_date`` = report_date − 1 day. Analyses
take ``convention: DateConvention`` and never default it; faces default to LOSS.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from attrition.errors import UsageError

WAR_START = date(2022, 2, 24)
ONE_DAY = timedelta(days=1)


class DateConvention(StrEnum):
    """Which date a daily figure is attached to."""

    LOSS = "loss"
    REPORT = "report"

    @classmethod
    def parse(cls, value: str | DateConvention) -> DateConvention:
        """Return the convention named ``value`` ("loss"/"report", also "loss_date")."""
        if isinstance(value, DateConvention):
            return value
        text = str(value).strip().lower().removesuffix("_date").removesuffix("-date")
        try:
            return cls(text)
        except ValueError:
            raise UsageError(
                f"unknown date convention {value!r}; use 'loss' or 'report'", input=value
            ) from None

    @property
    def label(self) -> str:
        """Return a human label, e.g. 'loss date'."""
        return f"{self.value} date"


def loss_date(report_date: date) -> date:
    """Return the day whose losses a report published on ``report_date`` covers."""
    return report_date - ONE_DAY


def report_date_for(loss_day: date) -> date:
    """Return the date of the report that covers losses of ``loss_day``."""
    return loss_day + ONE_DAY


def day_offset(convention: DateConvention) -> int:
    """Return the days from a report date to its date under ``convention`` (−1 by loss date).

    For code that shifts many dates at once (day ordinals in an array); one date at a
    time uses :func:`to_convention`.
    """
    return -ONE_DAY.days if convention is DateConvention.LOSS else 0


def to_convention(report_date: date, convention: DateConvention) -> date:
    """Return the date a figure from ``report_date`` carries under ``convention``."""
    return report_date - ONE_DAY if convention is DateConvention.LOSS else report_date


def from_convention(day: date, convention: DateConvention) -> date:
    """Return the report date whose figure carries ``day`` under ``convention``."""
    return day + ONE_DAY if convention is DateConvention.LOSS else day


def war_day(report_date: date) -> int:
    """Return the day of the war a report date names (2022-02-24 is day 1)."""
    return (report_date - WAR_START).days + 1


# The dates a caller may ask about. Wide enough for any question, narrow enough that the
# date arithmetic behind an answer (a day either side, a year back, a forecast horizon)
# never leaves Python's date range: 9999-12-31 + 1 day raised OverflowError (issue 14).
FIRST_ASKABLE = date(1900, 1, 1)
LAST_ASKABLE = date(2999, 12, 31)


def parse_date(value: str | date, field: str = "date") -> date:
    """Parse an ISO date (YYYY-MM-DD); raise UsageError naming ``field`` otherwise.

    Raises:
        UsageError: not a date, or outside FIRST_ASKABLE … LAST_ASKABLE.
    """
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise UsageError(f"{field}: {value!r} is not a date (YYYY-MM-DD)",
                             input=value) from None
    if not FIRST_ASKABLE <= day <= LAST_ASKABLE:
        raise UsageError(f"{field}: {day.isoformat()} is out of range ({FIRST_ASKABLE.isoformat()}"
                         f" … {LAST_ASKABLE.isoformat()})", input=str(value))
    return day


def within(day: date, start: date | None, end: date | None) -> bool:
    """Return True if ``day`` lies in [start, end]: both ends included, either may be None (open)."""
    return (start is None or day >= start) and (end is None or day <= end)


def parse_span(
    start: str | date | None, end: str | date | None
) -> tuple[date | None, date | None]:
    """Return (start, end) as dates (either may be open); the one check of a --from/--to span.

    Raises:
        UsageError: a bad date, or start after end (``extremes``/``findings`` accepted
            that silently and answered nothing; issue 14).
    """
    first = None if start is None else parse_date(start, "from")
    last = None if end is None else parse_date(end, "to")
    if first is not None and last is not None and first > last:
        raise UsageError(f"--from {first} is after --to {last}", input=f"{first}..{last}")
    return first, last


def report_range(
    on: str | date | None,
    start: str | date | None,
    end: str | date | None,
    convention: str | DateConvention,
) -> tuple[date | None, date | None]:
    """Return the inclusive report-date range that dates read under ``convention`` name.

    ``on`` names one day; ``start``/``end`` a span (either may be open). With the loss
    convention a day D is the report of D + 1.

    Raises:
        UsageError: ``on`` is combined with ``start``/``end``, or start is after end.
    """
    conv = DateConvention.parse(convention)
    day = None if on is None else parse_date(on, "on")
    first, last = parse_span(start, end)
    if day is not None and (first is not None or last is not None):
        raise UsageError("give either --on DATE or --from/--to, not both")
    if day is not None:
        report = from_convention(day, conv)
        return report, report
    return (
        from_convention(first, conv) if first else None,
        from_convention(last, conv) if last else None,
    )
