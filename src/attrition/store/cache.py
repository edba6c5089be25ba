"""Derived results kept to save recomputation: forecast calibrations, one per data version.

A cache row is keyed by (kind, category, as_of, method) and carries the ``fingerprint``
of the data it was computed from; a row whose fingerprint differs from the caller's is
stale and is replaced. The cache holds no data of record: deleting the table loses
nothing but time, and replacing a stale row is the one in-place change the store makes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from attrition.store.engine import Engine
from attrition.store.rows import iso_utc

TABLE_SQL = """
CREATE TABLE derived_cache (
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    as_of TEXT NOT NULL,
    method TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    payload TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (kind, category, as_of, method)
)"""


def cached(engine: Engine, kind: str, category: str, as_of: str, method: str,
           fingerprint: str) -> str | None:
    """Return the payload stored under the key if its fingerprint matches, else None."""
    if not engine.has_table("derived_cache"):
        return None
    rows = engine.query(
        "SELECT payload FROM derived_cache WHERE kind = ? AND category = ? AND as_of = ? "
        "AND method = ? AND fingerprint = ?", (kind, category, as_of, method, fingerprint),
    )
    return str(rows[0][0]) if rows else None


def keep(engine: Engine, kind: str, category: str, as_of: str, method: str,
         fingerprint: str, payload: str) -> None:
    """Store ``payload`` under the key, replacing a stale row, in one transaction."""
    with engine.transaction():
        engine.execute(
            "DELETE FROM derived_cache WHERE kind = ? AND category = ? AND as_of = ? "
            "AND method = ?", (kind, category, as_of, method),
        )
        engine.execute(
            "INSERT INTO derived_cache (kind, category, as_of, method, fingerprint, payload, "
            "computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, category, as_of, method, fingerprint, payload, iso_utc(datetime.now(UTC))),
        )
