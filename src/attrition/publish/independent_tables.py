"""The exported tables of the independent counts and territory: specs and rows (never a Store).

``losses_independent`` (one row per stored independent count, with its document and line),
``territory_daily`` (occupied area per snapshot) and ``territory_monthly`` (monthly change,
net and gross). The library builds :class:`IndependentTables` from the store; export writes
them beside the official tables and the datapackage describes them with the licence and
attribution of each source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from attrition.model.independent import TerritoryChange
from attrition.publish.datapackage import FieldSpec, TableSpec

INDEPENDENT = TableSpec(
    "losses_independent",
    "Independent counts (Oryx, named dead), one row per source figure",
    "Counts that never enter the official consensus: Oryx's photo-confirmed equipment losses "
    "(per type and status) and the named-dead counts, each with the document (sha256) and "
    "line it came from. `as_of_date` is the count's own date (page snapshot, press milestone, "
    "or date of death for per-period counts).",
    (
        FieldSpec("source", "string", "Source name (oryx, mediazona).", True),
        FieldSpec("series", "string", "oryx, oryx_models, named_deaths or deaths_by_date.", True),
        FieldSpec("country", "string", "Whose losses (Russia or Ukraine).", True),
        FieldSpec("item", "string", "The source's own label (Oryx type, 'confirmed names').", True),
        FieldSpec("category", "string", "Official category it maps to (crosswalk), if any."),
        FieldSpec("status", "string", "destroyed, damaged, abandoned, captured, total, deaths.",
                  True),
        FieldSpec("as_of_date", "date", "The date the count describes, as its source dates it.",
                  True),
        FieldSpec("value", "integer", "The count (a change when is_change).", True),
        FieldSpec("low", "integer", "Lower end of a stated interval."),
        FieldSpec("high", "integer", "Upper end of a stated interval."),
        FieldSpec("is_change", "boolean", "The value is a change, not a cumulative count.", True),
        FieldSpec("document_sha256", "string", "sha256 of the source document.", True),
        FieldSpec("locator", "string", "Where the document was read from.", True),
        FieldSpec("line_no", "integer", "Line (or item) in the document."),
    ),
    (),
)

TERRITORY_DAILY = TableSpec(
    "territory_daily",
    "Occupied area per DeepState snapshot",
    "Geodesic area (WGS84, km²) of the union of DeepState's occupied, Crimea and ORDLO "
    "polygons, computed by attrition at ingest. `map_state_date` is the last day the map "
    "describes (a cyterat file dated D shows D-1).",
    (
        FieldSpec("map_state_date", "date", "Last day the map describes.", True),
        FieldSpec("captured_at", "string", "When the map was published or fetched (UTC).", True),
        FieldSpec("area_km2", "number", "Occupied area, km² (geodesic, WGS84).", True),
        FieldSpec("n_polygons", "integer", "Polygons in the union.", True),
        FieldSpec("layout", "string", "occupied_union (daily file) or deepstate_api.", True),
        FieldSpec("document_sha256", "string", "sha256 of the GeoJSON document.", True),
        FieldSpec("locator", "string", "Where the document was read from.", True),
    ),
    (),
)

TERRITORY_MONTHLY = TableSpec(
    "territory_monthly",
    "Monthly change of occupied area (DeepState)",
    "Area of the last snapshot of the month minus that of the month before (map-state "
    "dates); gross gained and lost from the two geometries.",
    (
        FieldSpec("month", "string", "YYYY-MM.", True),
        FieldSpec("from_date", "date", "Map-state date of the start snapshot.", True),
        FieldSpec("to_date", "date", "Map-state date of the end snapshot.", True),
        FieldSpec("net_km2", "number", "Net change, km² (positive: more occupied).", True),
        FieldSpec("gained_km2", "number", "Area occupied at the end but not at the start."),
        FieldSpec("lost_km2", "number", "Area occupied at the start but not at the end."),
    ),
    ("month",),
)

TABLES = (INDEPENDENT, TERRITORY_DAILY, TERRITORY_MONTHLY)


@dataclass(frozen=True)
class IndependentTables:
    """The rows of the three tables, built by the library from the store."""

    counts: list[dict[str, Any]] = field(default_factory=list)
    territory_daily: list[dict[str, Any]] = field(default_factory=list)
    territory_monthly: list[dict[str, Any]] = field(default_factory=list)
    sources: tuple[str, ...] = ()  # the independent sources present

    def records(self) -> dict[str, list[dict[str, Any]]]:
        """Return table name -> rows (only the tables that have rows)."""
        out = {INDEPENDENT.name: self.counts, TERRITORY_DAILY.name: self.territory_daily,
               TERRITORY_MONTHLY.name: self.territory_monthly}
        return {name: rows for name, rows in out.items() if rows}


@dataclass(frozen=True)
class NamedCount:
    """One named-dead count (Mediazona/BBC) as its source dates it; an estimate has low/high."""

    as_of_date: date
    item: str  # "confirmed names" | "estimated deaths"
    value: int
    low: int | None = None
    high: int | None = None
    note: str = ""  # counting body; where it was quoted; "date approximate"


@dataclass(frozen=True)
class IndependentSeries:
    """What the compare and territory charts draw, gathered by the library (never a Store).

    ``oryx``: Oryx's photo-confirmed count of ``category`` per page-snapshot date (the
    types the crosswalk maps to it, Russia); ``months``: the stored monthly changes of
    occupied area; ``areas``: occupied area per map-state date (one snapshot a day).
    """

    category: str | None = None
    oryx: Sequence[tuple[date, int]] = ()
    months: Sequence[TerritoryChange] = ()
    areas: Sequence[tuple[date, float]] = ()
    named: Sequence[NamedCount] = ()  # the brief: named-dead counts, oldest first
