"""How fresh the record is: the newest report per source, its age, and a missing-report warning.

Pure: the caller passes the latest report date of each source (from
``Store.sources_summary()``) and the moment to judge at. The General Staff publishes the
day's report between about 06:30 and 08:30 Kyiv time; from 10:00 Kyiv time on, a missing
report for today is worth a warning. Dates are report dates; time zone "Europe/Kyiv".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from attrition.model.roster import official_sources

KYIV = ZoneInfo("Europe/Kyiv")
PUBLISHED_BY = time(10, 0)  # Kyiv time after which today's report is overdue
OFFICIAL_SOURCES: tuple[str, ...] = official_sources()


def kyiv_now(now: datetime) -> datetime:
    """Return ``now`` in Kyiv time (a naive datetime is taken as UTC)."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(KYIV)


def kyiv_date(now: datetime) -> date:
    """Return the Kyiv calendar date at ``now``: the report date a run on that day expects."""
    return kyiv_now(now).date()


@dataclass(frozen=True)
class Freshness:
    """The freshness of the record at one moment."""

    checked_at: datetime  # the moment judged (aware)
    today: date  # Kyiv date at checked_at
    newest_report_date: date | None  # newest report of any source
    age_days: int | None  # today − newest_report_date (0: today's report is in)
    latest_by_source: dict[str, date | None] = field(default_factory=dict)
    official_report_date: date | None = None  # newest report from an official channel
    is_today_missing: bool = False  # no report for today although it is past 10:00 Kyiv
    warning: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready description."""
        return {
            "checked_at": self.checked_at,
            "today": self.today,
            "newest_report_date": self.newest_report_date,
            "age_days": self.age_days,
            "official_report_date": self.official_report_date,
            "latest_by_source": dict(self.latest_by_source),
            "is_today_missing": self.is_today_missing,
            "warning": self.warning,
        }


def freshness(
    latest_by_source: Mapping[str, date | None],
    now: datetime,
    *,
    official: Collection[str] = OFFICIAL_SOURCES,
) -> Freshness:
    """Return the freshness of a record whose sources' newest report dates are given.

    The warning is raised when it is 10:00 Kyiv time or later and no source — official
    channel or mirror — has today's report; the message names the newest date known.
    """
    local = kyiv_now(now)
    today = local.date()
    dates = [d for d in latest_by_source.values() if d is not None]
    newest = max(dates) if dates else None
    official_dates = [d for s, d in latest_by_source.items() if s in official and d is not None]
    missing = local.time() >= PUBLISHED_BY and (newest is None or newest < today)
    warning = None
    if missing:
        have = f"newest report is {newest.isoformat()}" if newest else "the store holds no reports"
        warning = (f"today's report ({today.isoformat()}) is missing at "
                   f"{local.strftime('%H:%M')} Kyiv time; {have} — run `attrition update`")
    return Freshness(
        checked_at=now,
        today=today,
        newest_report_date=newest,
        age_days=(today - newest).days if newest else None,
        latest_by_source=dict(sorted(latest_by_source.items())),
        official_report_date=max(official_dates) if official_dates else None,
        is_today_missing=missing,
        warning=warning,
    )
