"""The independent counts and territory tables: their DDL, appends and reads.

These tables sit beside the official ones and never feed the consensus:

* ``independent_counts`` — one row per number of an independent source (Oryx type ×
  status × date, a named-deaths milestone, a deaths-by-date period) with its document,
  line and the official category it maps to;
* ``territory_snapshots`` — one row per DeepState map snapshot: the occupied area
  computed at ingest and the union geometry (WKB) it was computed from;
* ``territory_changes`` — a read model (rewritten per period kind by ingest): the change
  between the snapshots that close consecutive days, ISO weeks and months, net and gross.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from attrition.model.independent import (
    IndependentCount,
    StoredSnapshot,
    TerritoryChange,
    TerritorySnapshot,
)
from attrition.store.engine import Dialect, Engine
from attrition.store.territory_rows import CHANGES_SQL, change_from_row
from attrition.store.utc import iso_utc, parse_utc

_TABLES = (
    """
CREATE TABLE independent_counts (
    id {pk},
    document_id {ref} NOT NULL REFERENCES documents (id),
    source TEXT NOT NULL,
    series TEXT NOT NULL,
    country TEXT NOT NULL,
    item TEXT NOT NULL,
    category TEXT,
    status TEXT NOT NULL,
    as_of_date TEXT NOT NULL,
    value BIGINT NOT NULL,
    low BIGINT,
    high BIGINT,
    is_change INTEGER NOT NULL,
    is_complete INTEGER NOT NULL,
    line_no INTEGER,
    note TEXT,
    recorded_at TEXT NOT NULL
)""",
    """
CREATE TABLE territory_snapshots (
    id {pk},
    document_id {ref} NOT NULL REFERENCES documents (id),
    source TEXT NOT NULL,
    layout TEXT NOT NULL,
    map_state_date TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    area_km2 DOUBLE PRECISION NOT NULL,
    n_polygons INTEGER NOT NULL,
    geometry {blob} NOT NULL,
    recorded_at TEXT NOT NULL
)""",
    """
CREATE TABLE territory_changes (
    period TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    area_from_km2 DOUBLE PRECISION NOT NULL,
    area_to_km2 DOUBLE PRECISION NOT NULL,
    net_km2 DOUBLE PRECISION NOT NULL,
    gained_km2 DOUBLE PRECISION,
    lost_km2 DOUBLE PRECISION,
    from_snapshot_id {ref} REFERENCES territory_snapshots (id),
    to_snapshot_id {ref} REFERENCES territory_snapshots (id),
    PRIMARY KEY (period, period_start)
)""",
    "CREATE INDEX independent_by_series ON independent_counts"
    " (series, country, category, as_of_date)",
    "CREATE INDEX territory_by_day ON territory_snapshots (map_state_date)",
)

TABLES = ("independent_counts", "territory_snapshots", "territory_changes")


def tables(dialect: Dialect) -> list[str]:
    """Return the statements of the migration that adds these tables."""
    return [t.format(pk=dialect.pk, ref=dialect.ref, blob=dialect.blob) for t in _TABLES]


_INSERT_COUNT = (
    "INSERT INTO independent_counts (document_id, source, series, country, item, category,"
    " status, as_of_date, value, low, high, is_change, is_complete, line_no, note, recorded_at)"
)


_COUNTS_PER_BATCH = 20_000  # rows of independent counts built and inserted at a time


def add_counts(
    engine: Engine, doc_id: int, source: str, counts: Sequence[IndependentCount],
    recorded_at: datetime,
) -> int:
    """Append one document's independent counts; return how many were added.

    The rows go in :data:`_COUNTS_PER_BATCH` at a time: a 20 MB Oryx table is a million
    counts, and their rows all at once took ~250 MB.
    """
    at = iso_utc(recorded_at)
    for start in range(0, len(counts), _COUNTS_PER_BATCH):
        engine.insert_many(_INSERT_COUNT, [
            (doc_id, source, c.series, c.country, c.item, c.category, c.status,
             c.as_of_date.isoformat(), c.value, c.low, c.high, int(c.is_change),
             int(c.is_complete), c.line_no, c.note, at)
            for c in counts[start:start + _COUNTS_PER_BATCH]
        ])
    return len(counts)


def add_snapshots(
    engine: Engine, doc_id: int, source: str, snapshots: Sequence[TerritorySnapshot],
    recorded_at: datetime,
) -> int:
    """Append one document's territory snapshots; return how many were added."""
    at = iso_utc(recorded_at)
    engine.executemany(
        "INSERT INTO territory_snapshots (document_id, source, layout, map_state_date,"
        " captured_at, area_km2, n_polygons, geometry, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, source, s.layout, s.map_state_date.isoformat(), iso_utc(s.captured_at),
          s.area_km2, s.n_polygons, s.geometry_wkb, at) for s in snapshots],
    )
    return len(snapshots)


def snapshots(engine: Engine) -> list[StoredSnapshot]:
    """Return every territory snapshot (no geometry), by map-state date then capture time."""
    return [
        StoredSnapshot(int(r[0]), date.fromisoformat(r[1]), parse_utc(r[2]), float(r[3]),
                       int(r[4]), r[5], r[6], r[7])
        for r in engine.query(
            "SELECT t.id, t.map_state_date, t.captured_at, t.area_km2, t.n_polygons, t.layout,"
            " d.sha256, d.locator FROM territory_snapshots t"
            " JOIN documents d ON d.id = t.document_id"
            " ORDER BY t.map_state_date, t.captured_at, t.id"
        )
    ]


def geometries(engine: Engine, ids: Sequence[int]) -> dict[int, bytes]:
    """Return snapshot id -> union geometry (WKB) for ``ids``."""
    out: dict[int, bytes] = {}
    for start in range(0, len(ids), 200):
        part = list(ids[start:start + 200])
        marks = ", ".join("?" * len(part))
        for r in engine.query(
            f"SELECT id, geometry FROM territory_snapshots WHERE id IN ({marks})", part
        ):
            out[int(r[0])] = bytes(r[1])
    return out


def replace_changes(engine: Engine, changes: Sequence[TerritoryChange]) -> None:
    """Rewrite the territory_changes read model with ``changes``."""
    engine.execute("DELETE FROM territory_changes")
    engine.executemany(
        "INSERT INTO territory_changes (period, period_start, period_end, from_date, to_date,"
        " area_from_km2, area_to_km2, net_km2, gained_km2, lost_km2, from_snapshot_id,"
        " to_snapshot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(c.period, c.period_start.isoformat(), c.period_end.isoformat(),
          c.from_date.isoformat(), c.to_date.isoformat(), c.area_from_km2, c.area_to_km2,
          c.net_km2, c.gained_km2, c.lost_km2, c.from_snapshot_id, c.to_snapshot_id)
         for c in changes],
    )


def changes(engine: Engine, period: str | None = None) -> list[TerritoryChange]:
    """Return the stored changes (of one period kind, or all), oldest first."""
    where, params = ("WHERE period = ?", [period]) if period else ("", [])
    return [change_from_row(r) for r in engine.query(CHANGES_SQL.format(where=where), params)]


def count_rows(
    engine: Engine, *, series: str | None = None, country: str | None = None,
    category: str | None = None, item: str | None = None,
) -> list[dict[str, Any]]:
    """Return stored independent counts with their provenance, oldest first."""
    clauses, params = [], []
    for column, value in (("c.series", series), ("c.country", country),
                          ("c.category", category), ("c.item", item)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    names = ("source", "series", "country", "item", "category", "status", "as_of_date",
             "value", "low", "high", "is_change", "is_complete", "line_no", "note",
             "document_sha256", "locator", "document_id")
    rows = engine.query(
        "SELECT c.source, c.series, c.country, c.item, c.category, c.status, c.as_of_date,"
        " c.value, c.low, c.high, c.is_change, c.is_complete, c.line_no, c.note, d.sha256,"
        f" d.locator, c.document_id FROM independent_counts c"
        f" JOIN documents d ON d.id = c.document_id {where}"
        " ORDER BY c.as_of_date, c.id", params,
    )
    return [dict(zip(names, r, strict=True)) for r in rows]


def summary(engine: Engine) -> list[dict[str, Any]]:
    """Return per source and series: documents, rows, first and last dates."""
    rows = engine.query(
        "SELECT source, series, COUNT(DISTINCT document_id), COUNT(*), MIN(as_of_date),"
        " MAX(as_of_date) FROM independent_counts GROUP BY source, series ORDER BY source, series"
    )
    out = [dict(zip(("source", "series", "documents", "rows", "first", "last"), r, strict=True))
           for r in rows]
    terr = engine.query(
        "SELECT source, COUNT(DISTINCT document_id), COUNT(*), MIN(map_state_date),"
        " MAX(map_state_date) FROM territory_snapshots GROUP BY source ORDER BY source"
    )
    out += [dict(zip(("source", "documents", "rows", "first", "last"), r, strict=True))
            | {"series": "occupied_area"} for r in terr]
    return out


def category_totals(
    engine: Engine, series: str, country: str, category: str, statuses: Sequence[str],
) -> list[tuple[date, int, str, str, int]]:
    """Return (as_of_date, summed value, document sha256, locator, rows) per document and date.

    Sums the complete, cumulative counts of every item mapped to ``category`` in one
    document on one date: each Oryx page snapshot gives one total per date.
    """
    marks = ", ".join("?" * len(statuses))
    rows = engine.query(
        "SELECT c.as_of_date, SUM(c.value), d.sha256, d.locator, COUNT(*)"
        " FROM independent_counts c JOIN documents d ON d.id = c.document_id"
        " WHERE c.series = ? AND c.country = ? AND c.category = ? AND c.is_change = 0"
        f" AND c.is_complete = 1 AND c.status IN ({marks})"
        " GROUP BY c.as_of_date, d.sha256, d.locator ORDER BY c.as_of_date",
        [series, country, category, *statuses],
    )
    return [(date.fromisoformat(r[0]), int(r[1]), r[2], r[3], int(r[4])) for r in rows]
