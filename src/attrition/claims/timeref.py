"""The value type of every date or period found in a text, and the small date helpers.

Owns :class:`Reading` (one way to read a reference: inclusive bounds and a label) and
:class:`TimeRef` (a reference with its text span and readings), plus the helpers the
date modules share: labels like "19 Dec 2024", safe construction, the year a date
without one falls in. Pure.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reading:
    """One way to read a time reference: inclusive calendar bounds and a label."""

    label: str
    start: date
    end: date | None  # None: up to the latest report (an open "since X" or "this month")


@dataclass(frozen=True)
class TimeRef:
    """A date or period found in a text, resolved against the as-of date."""

    kind: str  # "day", "period" or "war" (since the full-scale invasion)
    start_pos: int
    end_pos: int
    text: str
    readings: tuple[Reading, ...]  # the first is the primary reading
    granularity: str = "day"  # day, week, month, year, range, since, rolling, latest, war, window, to_report
    # (window: some stretch of days inside a period, "in September ... within one week"; one reading each;
    # to_report: a period up to the report of an "as of" day, both conventions as loss-date readings;
    # days: two named consecutive days taken together, "on November 30 and December 1 combined";
    # each: one of some days, a reading for each, "1,096 and 1,124 in the two days prior")
    is_as_of: bool = False  # "as of 7 January" / "станом на": a cumulative total on that day
    is_relative: bool = False  # resolved from the as-of date ("yesterday", "last week")

    @property
    def primary(self) -> Reading:
        """Return the primary reading."""
        return self.readings[0]

    @property
    def day(self) -> date:
        """Return the (first) day the reference names."""
        return self.readings[0].start


def label_date(day: date) -> str:
    """Return "19 Dec 2024" for labels."""
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, as_of: date) -> int:
    """Return the year that puts day/month on or before ``as_of`` (most recent occurrence)."""
    candidate = safe_date(as_of.year, month, min(day, 28 if month == 2 else day))
    return as_of.year if candidate is None or candidate <= as_of else as_of.year - 1


def parse_year(value: str | None) -> int | None:
    if not value:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def relative_ref(m: re.Match[str], start: date, end: date | None, label: str, gran: str) -> TimeRef:
    reading = Reading(label, start, end)
    kind = "day" if gran in {"day", "latest"} else "period"
    return TimeRef(kind, m.start(), m.end(), m.group(), (reading,), gran, is_relative=True)
