"""Full-history import (PetroIvaniuk + lod-db + minfin into a fresh database) vs a bare load.

The baseline reads the same files with ``json.load``/``csv`` and ``executemany``s every
(source, category, report date, total) row into one bare SQLite table, in the same
process, so the ratio is what parsing checks, provenance, consensus and findings cost
on top of merely storing the numbers. Target: ratio ≤ 2. Modules are imported before
timing on both sides; each side is the median of ``REPEATS`` runs into a fresh file.

A second row, ``import_sql_floor`` (no target), is what the SQL alone costs: every row the
import stored (read back from its database) written with plain ``sqlite3`` ``executemany``
into the same tables, with the store's settings (page size, WAL, foreign keys checked),
indexes built after the load, one transaction — no parsing, checks, provenance bookkeeping or consensus rules in Python.
Against the same baseline it says how much of the ratio no Python change can remove.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FOLDERS = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv")
REPEATS = 3
TARGET = 2.0

# the non-figure fields of each file, so the baseline stores the same numbers we do
_SKIP = {"date", "day", "personnel*", "greatest losses direction", "sourceUri", "POW"}


def _bare_rows() -> list[tuple[str, str, str, int]]:
    rows: list[tuple[str, str, str, int]] = []
    petro = DATA / "petroivaniuk"
    for name in ("russia_losses_equipment.json", "russia_losses_personnel.json"):
        with (petro / name).open(encoding="utf-8") as handle:
            for item in json.load(handle):
                rows += [
                    ("petroivaniuk", k, item["date"], int(v))
                    for k, v in item.items() if k not in _SKIP and isinstance(v, int | float)
                ]
    with (DATA / "lod-db-orc-losses" / "russian-losses.json").open(encoding="utf-8") as handle:
        for item in json.load(handle):
            rows += [
                ("lod_db", k, item["date"], int(v))
                for k, v in item.items() if k not in _SKIP and isinstance(v, int | float)
            ]
    for name in ("russia_losses-2022.csv", "russia_losses.csv"):
        with (DATA / "minfin-csv" / name).open(encoding="utf-8", newline="") as handle:
            for rec in csv.DictReader(handle):
                rows += [
                    ("minfin", k, rec["date"], int(v))
                    for k, v in rec.items() if k not in _SKIP and v not in ("", None)
                ]
    return rows


def baseline_once(db: Path) -> float:
    """Load the same files with json/csv and executemany them into one bare table."""
    start = time.perf_counter()
    rows = _bare_rows()
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE obs (source TEXT, category TEXT, report_date TEXT, total INTEGER)"
    )
    with conn:
        conn.executemany("INSERT INTO obs VALUES (?, ?, ?, ?)", rows)
    conn.close()
    return time.perf_counter() - start


def import_once(db: Path) -> tuple[float, dict[str, Any]]:
    """Ingest the three folders into a fresh store; return seconds and the totals."""
    from attrition.ingest import ingest_paths
    from attrition.store import open_store

    start = time.perf_counter()
    store = open_store(db)
    result = ingest_paths(store, [DATA / f for f in FOLDERS], now=datetime.now(UTC))
    store.close()
    return time.perf_counter() - start, result.totals


def _stored_tables(db: Path) -> tuple[list[str], list[str], dict[str, list[tuple[Any, ...]]]]:
    """Return the schema (tables, then indexes) and every table's rows of an imported store."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
            " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        ).fetchall()
        indexes = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
        )]
        rows = {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name, _ in tables}
    finally:
        conn.close()
    return [sql for _, sql in tables], indexes, rows


def sql_floor_once(db: Path, stored: Path) -> float:
    """Write every row ``stored`` holds with plain executemany into a fresh file of its schema."""
    from attrition.store.engine import PAGE_SIZE

    tables, indexes, rows = _stored_tables(stored)
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN IMMEDIATE")
    for sql in tables:
        conn.execute(sql)
    for name, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def _warm_imports() -> None:
    from attrition.sources import get_source, source_names

    for name in source_names():
        get_source(name)


def main() -> list[dict[str, Any]]:
    """Time both sides REPEATS times and return the benchmark row(s)."""
    if not DATA.is_dir():
        raise SystemExit(f"shared data not found at {DATA}")
    _warm_imports()
    ours: list[float] = []
    bare: list[float] = []
    floor: list[float] = []
    totals: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(REPEATS):
            seconds, totals = import_once(Path(tmp) / f"attrition-{i}.sqlite")
            ours.append(seconds)
            bare.append(baseline_once(Path(tmp) / f"bare-{i}.sqlite"))
            floor.append(sql_floor_once(Path(tmp) / f"floor-{i}.sqlite",
                                        Path(tmp) / f"attrition-{i}.sqlite"))
    value, base = statistics.median(ours), statistics.median(bare)
    ratio = value / base
    sql_only = statistics.median(floor)
    return [
        {
            "name": "import_full_history",
            "value": value,
            "unit": "s",
            "baseline": base,
            "ratio": ratio,
            "target": f"ratio <= {TARGET:g}",
            "ok": ratio <= TARGET,
            "observations": totals.get("added"),
            "documents": totals.get("documents"),
        },
        {
            "name": "import_sql_floor",
            "value": sql_only,
            "unit": "s",
            "baseline": base,
            "ratio": sql_only / base,
            "target": "- (the stored rows by plain executemany: what SQL alone costs)",
        },
    ]


if __name__ == "__main__":
    for row in main():
        print(json.dumps(row), file=sys.stdout)
