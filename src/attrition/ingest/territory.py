"""Refresh the territory-change read model after new snapshots: net per day, week, month.

Gross gains and losses (geometry differences) are computed for weeks and months, and
kept from the previous refresh when the pair of snapshots is unchanged, so a new file
costs only the comparisons it touches. Daily changes are net only (a day's gross can be
asked for with two dates: :func:`attrition.sources.deepstate.gross_change`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from attrition.model.independent import TerritoryChange
from attrition.model.territory import period_changes
from attrition.sources.deepstate import gross_change

if TYPE_CHECKING:  # pragma: no cover
    from attrition.store import Store

GROSS_PERIODS = ("week", "month")


def refresh_territory(store: Store) -> list[TerritoryChange]:
    """Recompute the day/week/month changes from the stored snapshots; return them."""
    snapshots = store.territory_snapshots()
    known = {
        (c.from_snapshot_id, c.to_snapshot_id): (c.gained_km2, c.lost_km2)
        for c in store.territory_changes() if c.gained_km2 is not None
    }
    out: list[TerritoryChange] = []
    for period in ("day", *GROSS_PERIODS):
        changes = period_changes(snapshots, period)
        if period in GROSS_PERIODS:
            wanted = [c for c in changes if (c.from_snapshot_id, c.to_snapshot_id) not in known]
            ids = sorted({i for c in wanted for i in (c.from_snapshot_id, c.to_snapshot_id)
                          if i is not None})
            shapes = store.territory_geometries(ids)
            for c in wanted:
                assert c.from_snapshot_id is not None and c.to_snapshot_id is not None
                known[(c.from_snapshot_id, c.to_snapshot_id)] = gross_change(
                    shapes[c.from_snapshot_id], shapes[c.to_snapshot_id],
                    c.area_to_km2 - c.area_from_km2,
                )
            changes = [
                replace(c, gained_km2=g, lost_km2=lost)
                for c in changes
                for g, lost in [known[(c.from_snapshot_id, c.to_snapshot_id)]]
            ]
        out += changes
    store.replace_territory_changes(out)
    return out
