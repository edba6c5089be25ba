"""The materialised ``consensus`` table as plain values: the SQL that reads it, and its rows.

One definition shared by :func:`attrition.store.reads.consensus_rows` (which wraps the
values in a ConsensusRow) and the CLI's click-free fast path (:mod:`attrition.cli.fastpath`,
which reads them with a bare sqlite3 connection). This module imports only the standard
library (no dataclasses, typing or other store modules: each costs CLI start-up time).
It runs no statement itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

# The schema migrations (attrition.store.migrations) a current database has applied, in
# order; a test pins this to migrations.MIGRATIONS. The fast path answers only then.
MIGRATION_NAMES = ("0001_tables", "0002_indexes")

COLUMNS = (
    "category, report_date, total, increment_printed, increment_diff, span_days, is_approximate,"
    " has_correction, increment_printed_is_derived, sources, n_sources, values_json"
)
# attrition.store.rows.ConsensusRow's fields, in the order row_values returns them.
FIELDS = (
    "category", "report_date", "loss_date", "total", "increment_printed", "increment_diff",
    "span_days", "is_approximate", "has_correction", "increment_printed_is_derived", "sources",
    "n_sources", "values",
)

APPLIED_SQL = "SELECT name FROM schema_migrations ORDER BY name"
HAS_CATEGORY_SQL = "SELECT 1 FROM consensus WHERE category = ? LIMIT 1"


def latest_query(category: str | None) -> tuple[str, list[str]]:
    """Return the query for the newest report date in the consensus (of one category, or any)."""
    if category is None:
        return "SELECT MAX(report_date) FROM consensus", []
    return "SELECT MAX(report_date) FROM consensus WHERE category = ?", [category]


def range_query(
    category: str, start: date | None, end: date | None
) -> tuple[str, list[str]]:
    """Return the query for one category's rows with report dates in [start, end], oldest first."""
    where, params = "", [category]
    if start is not None:
        where += " AND report_date >= ?"
        params.append(start.isoformat())
    if end is not None:
        where += " AND report_date <= ?"
        params.append(end.isoformat())
    return (
        f"SELECT {COLUMNS} FROM consensus WHERE category = ?{where} ORDER BY report_date",
        params,
    )


def row_values(r: Sequence[Any]) -> tuple[Any, ...]:
    """Return a stored consensus row as ConsensusRow's field values (see ``FIELDS``)."""
    day = date.fromisoformat(r[1])
    return (
        r[0], day, date.fromordinal(day.toordinal() - 1), r[2], r[3], r[4], r[5], bool(r[6]),
        bool(r[7]), bool(r[8]), tuple(r[9].split(",")) if r[9] else (), r[10],
        json.loads(r[11]) if r[11] else {},
    )
