"""Date conventions: a report published on day D covers losses of day D − 1.

``report_date`` is the publication date; ``loss_date`` = report_date − 1 day. Analyses
take ``convention: DateConvention`` and never default it; faces default to LOSS.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from attrition.errors import UsageError

WAR_START = date(2022, 2, 24)
ONE_DAY = timedelta(days=1)


class DateConvention(str, Enum):
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


def to_convention(report_date: date, convention: DateConvention) -> date:
    """Return the date a figure from ``report_date`` carries under ``convention``."""
    return report_date - ONE_DAY if convention is DateConvention.LOSS else report_date


def from_convention(day: date, convention: DateConvention) -> date:
    """Return the report date whose figure carries ``day`` under ``convention``."""
    return day + ONE_DAY if convention is DateConvention.LOSS else day


def war_day(report_date: date) -> int:
    """Return the day of the war a report date names (2022-02-24 is day 1)."""
    return (report_date - WAR_START).days + 1


def parse_date(value: str | date, field: str = "date") -> date:
    """Parse an ISO date (YYYY-MM-DD); raise UsageError naming ``field`` otherwise."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"{field}: {value!r} is not a date (YYYY-MM-DD)", input=value) from None
