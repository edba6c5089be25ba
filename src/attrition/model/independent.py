"""Value types of the independent counts and the territory snapshots (they never vote).

The General Staff series is the record; these are what a careful desk sets beside it:
Oryx's photo-confirmed equipment losses, the named-deaths count of Mediazona and BBC
News Russian (and weaker aggregates), and DeepState's map of occupied territory. Each
keeps its own date meaning, stated in the field name:

* ``as_of_date`` — the day a count describes as its source dates it (an Oryx page
  snapshot, a press milestone, a death date for the aggregates);
* ``map_state_date`` — the last day a territory snapshot describes (a cyterat file
  fetched at 03:00 UTC on D shows the map as of the end of D−1; a DeepState API
  snapshot published at T shows the map as of T's UTC date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

STATUSES = ("destroyed", "damaged", "abandoned", "captured", "total")
"""Oryx statuses; ``total`` is Oryx's own type total (the four summed as Oryx prints it)."""

SERIES_ORYX = "oryx"  # photo-confirmed equipment losses
SERIES_NAMED_DEATHS = "named_deaths"  # confirmed names of the dead (cumulative, as of a date)
SERIES_DEATHS_BY_DATE = "deaths_by_date"  # named dead counted by date of death (per period)


@dataclass(frozen=True, slots=True)
class IndependentCount:
    """One number of an independent source, with where in its document it stands.

    ``item`` is the source's own label (normalised spelling, e.g. Oryx's "Tanks");
    ``category`` is the official category it maps to, when the crosswalk has one.
    ``is_change`` marks a change of the count (mauforonda's log, per-period deaths)
    rather than a cumulative value.
    """

    series: str
    country: str
    item: str
    status: str
    as_of_date: date
    value: int
    line_no: int | None = None
    category: str | None = None
    is_change: bool = False
    low: int | None = None  # an interval, where the source states one
    high: int | None = None
    note: str | None = None
    is_complete: bool = True  # False: the document lists only the types that changed that day


@dataclass(frozen=True)
class StoredSnapshot:
    """A territory snapshot as the store holds it (without its geometry)."""

    id: int
    map_state_date: date
    captured_at: datetime
    area_km2: float
    n_polygons: int
    layout: str
    document_sha256: str
    locator: str


@dataclass(frozen=True)
class TerritoryChange:
    """The change of occupied area between two snapshots (a day, an ISO week or a month).

    ``net_km2`` = area at ``to_date`` − area at ``from_date``; ``gained_km2`` and
    ``lost_km2`` come from the geometries (None where they were not compared).
    """

    period: str  # "day" | "week" | "month"
    period_start: date
    period_end: date
    from_date: date  # map-state date of the start snapshot (end of the previous period)
    to_date: date  # map-state date of the end snapshot
    area_from_km2: float
    area_to_km2: float
    net_km2: float
    gained_km2: float | None = None
    lost_km2: float | None = None
    from_snapshot_id: int | None = None
    to_snapshot_id: int | None = None


@dataclass(frozen=True)
class TerritorySnapshot:
    """The occupied area one map snapshot shows, computed at ingest from its geometry.

    ``geometry_wkb`` is the union of the occupied polygons (WGS84 lon/lat, WKB) so that
    later ingests can compute gross gains and losses against it.
    """

    map_state_date: date
    captured_at: datetime  # when the map was published (API) or fetched (file date 03:00 UTC)
    area_km2: float
    n_polygons: int
    geometry_wkb: bytes
    layout: str  # "occupied_union" (cyterat daily file) | "deepstate_api" (raw API FeatureCollection)
