"""Territory periods under the map-state convention: bounds, one snapshot per day, changes.

The convention, stated once: a period's change is the area of the last snapshot whose
**map-state date** falls in the period minus the area of the last snapshot whose map
state falls in the period before (the map as it stood at the end of each period). A
DeepState file's own date is not used (a cyterat file dated D shows the map as of D−1).
A period is reported only when both of those snapshots exist; the dates they actually
describe are kept (``from_date``, ``to_date``), so a gap is visible, never filled.
When two snapshots describe the same day, the later-captured one stands for that day.
Weeks are ISO weeks, Monday to Sunday. Pure; used by ingest (which stores the changes)
and analysis (which ranks them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from attrition.model.independent import StoredSnapshot, TerritoryChange

PERIODS = ("day", "week", "month")


def period_bounds(day: date, period: str) -> tuple[date, date]:
    """Return the first and last day of the day/ISO week/month containing ``day``."""
    if period == "day":
        return day, day
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if period == "month":
        start = day.replace(day=1)
        nxt = (start + timedelta(days=32)).replace(day=1)
        return start, nxt - timedelta(days=1)
    raise ValueError(f"unknown period {period!r}; expected one of {', '.join(PERIODS)}")


def daily_snapshots(snapshots: Sequence[StoredSnapshot]) -> list[StoredSnapshot]:
    """Return one snapshot per map-state date (the latest captured), oldest first."""
    by_day: dict[date, StoredSnapshot] = {}
    for snap in snapshots:
        kept = by_day.get(snap.map_state_date)
        if kept is None or (snap.captured_at, snap.id) > (kept.captured_at, kept.id):
            by_day[snap.map_state_date] = snap
    return [by_day[d] for d in sorted(by_day)]


def period_changes(snapshots: Sequence[StoredSnapshot], period: str) -> list[TerritoryChange]:
    """Return the net change per ``period`` under the module's convention (no gross yet)."""
    daily = daily_snapshots(snapshots)
    closing: dict[tuple[date, date], StoredSnapshot] = {}
    for snap in daily:  # oldest first: the last one of each period wins
        closing[period_bounds(snap.map_state_date, period)] = snap
    out: list[TerritoryChange] = []
    for (start, end), snap in sorted(closing.items()):
        before = closing.get(period_bounds(start - timedelta(days=1), period))
        if before is None:
            continue
        out.append(TerritoryChange(
            period, start, end, before.map_state_date, snap.map_state_date,
            before.area_km2, snap.area_km2, round(snap.area_km2 - before.area_km2, 3),
            from_snapshot_id=before.id, to_snapshot_id=snap.id,
        ))
    return out
