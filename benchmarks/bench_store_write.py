"""Benchmark: writing the three bulk histories to the store, plus refresh_consensus.

Baseline (timed in the same run): ``json.load``/``csv`` read of the same files and one
plain ``executemany`` insert of the same rows into an unindexed SQLite table. Measured:
add_document + add_observations (+ corrections) for petroivaniuk, lod_db and minfin in
one transaction, then refresh_consensus. Target: ratio <= about 2.

Observations come from each source's ``SOURCE.parse`` when the importer exists; until
then a minimal reader below maps the column names through model.categories.

Run: ``.venv/bin/python benchmarks/bench_store_write.py [DATA_DIR] [--minimal]``
(``--minimal``: use the minimal reader even when the importers exist).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from attrition.model.categories import find_category
from attrition.model.records import Observation, RawDocument, StatedCorrection
from attrition.store import open_store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = {
    "petroivaniuk": ["petroivaniuk/russia_losses_personnel.json",
                     "petroivaniuk/russia_losses_equipment.json",
                     "petroivaniuk/russia_losses_equipment_correction.json"],
    "lod_db": ["lod-db-orc-losses/russian-losses.json"],
    "minfin": ["minfin-csv/russia_losses.csv"],
}
Loaded = dict[str, list[tuple[RawDocument, list[Observation], list[StatedCorrection]]]]
_SKIP = {"date", "day", "sourceUri", "greatest losses direction", "personnel*"}


def _records(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    with path.open(encoding="utf-8") as fh:
        loaded: list[dict[str, object]] = json.load(fh)
    return loaded


def _minimal_parse(path: Path) -> list[Observation]:
    out: list[Observation] = []
    if "correction" in path.name:
        return out
    for rec in _records(path):
        day = date.fromisoformat(str(rec["date"]))
        for key, value in rec.items():
            if key in _SKIP or value in (None, ""):
                continue
            cat = find_category(key)
            if cat is not None:
                out.append(Observation(cat.key, day, int(str(value))))
    return out


def _load(data: Path, use_importers: bool = True) -> Loaded:
    """Return source -> [(document, observations, corrections)] (parsing is not timed)."""
    fetched = datetime(2026, 8, 22, tzinfo=UTC)
    out: Loaded = {}
    for source, rels in FILES.items():
        parser = None
        if use_importers:
            try:
                from attrition.sources import get_source

                parser = get_source(source)
            except ImportError:  # the importer is not written yet
                parser = None
        for rel in rels:
            doc = RawDocument(source, rel, (data / rel).read_bytes(), fetched)
            if parser is not None:
                batch = parser.parse(doc)
                item = (doc, list(batch.observations), list(batch.corrections))
            else:
                item = (doc, _minimal_parse(data / rel), [])
            out.setdefault(source, []).append(item)
    return out


def baseline(loaded: Loaded, data: Path, db: Path) -> float:
    """Time json.load/csv of the files + one plain executemany of the same observation rows.

    The rows are the ones the store writes (same columns and values, raw lines included)
    and go into an unindexed table of the same shape, so the ratio is what the store adds:
    the dedup read, ids, the index, revisions, the consensus and its findings.
    """
    stamp = "2026-08-22T12:00:00.000000+00:00"
    start = time.perf_counter()
    for rels in FILES.values():
        for rel in rels:
            _records(data / rel)
    rows = [
        (doc_id, source, o.category, o.report_date.isoformat(), o.total, o.increment_printed,
         1 if o.is_approximate else 0, o.line_no, o.raw, o.note, stamp)
        for source, items in loaded.items()
        for doc_id, (_doc, observations, _corrections) in enumerate(items, 1)
        for o in observations
    ]
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, document_id INTEGER, source TEXT,"
        " category TEXT, report_date TEXT, total BIGINT, increment_printed BIGINT,"
        " is_approximate INTEGER, line_no INTEGER, raw TEXT, note TEXT, recorded_at TEXT)"
    )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO t (document_id, source, category, report_date, total, increment_printed,"
        " is_approximate, line_no, raw, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def measured(loaded: Loaded, db: Path) -> tuple[float, int]:
    """Time the store path: documents + observations + corrections, then refresh_consensus."""
    store = open_store(db)
    recorded = datetime(2026, 8, 22, 12, tzinfo=UTC)
    start = time.perf_counter()
    n = 0
    with store.transaction():
        for source, items in loaded.items():
            for doc, observations, corrections in items:
                ref = store.add_document(doc)
                n += store.add_observations(ref.id, source, observations, recorded).added
                store.add_corrections(ref.id, source, corrections, recorded)
        store.refresh_consensus()
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, n


def main(data: Path = DATA, use_importers: bool = True) -> list[dict[str, object]]:
    """Time baseline and store (best of three each); return the benchmark row for run.py."""
    loaded = _load(data, use_importers)
    base, best = [], []
    n = 0
    for i in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            base.append(baseline(loaded, data, Path(tmp) / f"base{i}.sqlite"))
            elapsed, n = measured(loaded, Path(tmp) / f"store{i}.sqlite")
            best.append(elapsed)
    ratio = min(best) / min(base)
    print(f"store write: {n} observations; baseline {min(base) * 1000:.0f} ms, "
          f"store {min(best) * 1000:.0f} ms, ratio {ratio:.2f} (target <= 2)", file=sys.stderr)
    return [
        {
            "name": "store_write_full_history",
            "value": min(best),
            "unit": "s",
            "baseline": min(base),
            "ratio": ratio,
            "target": "ratio <= 2",
            "ok": ratio <= 2.0,
            "observations": n,
        }
    ]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--minimal"]
    main(Path(args[0]) if args else DATA, use_importers="--minimal" not in sys.argv)
