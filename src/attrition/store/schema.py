"""The tables of the store, described once for both dialects.

Append-only tables: documents (raw bytes, content-addressed by sha256), observations,
revisions, corrections, findings and runs. ``consensus`` is the one table that is
rewritten: it is a read model derived from the others by ``refresh_consensus``.
Dates are ISO text, timestamps ISO UTC text, booleans 0/1 integers.

The statements here are version 1 of the schema and are frozen: a later change is a new
migration in :mod:`attrition.store.migrations`, never an edit of these strings.
"""

from __future__ import annotations

from attrition.store.engine import Dialect

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""

_TABLES_V1 = (
    """
CREATE TABLE documents (
    id {pk},
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    locator TEXT NOT NULL,
    media_type TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    content {blob} NOT NULL,
    size INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
)""",
    """
CREATE TABLE observations (
    id {pk},
    document_id {ref} NOT NULL REFERENCES documents (id),
    source TEXT NOT NULL,
    category TEXT NOT NULL,
    report_date TEXT NOT NULL,
    total BIGINT NOT NULL,
    increment_printed BIGINT,
    is_approximate INTEGER NOT NULL DEFAULT 0,
    line_no INTEGER,
    raw TEXT,
    note TEXT,
    recorded_at TEXT NOT NULL
)""",
    """
CREATE TABLE revisions (
    id {pk},
    source TEXT NOT NULL,
    category TEXT NOT NULL,
    report_date TEXT NOT NULL,
    old_observation_id {ref} NOT NULL REFERENCES observations (id),
    new_observation_id {ref} NOT NULL REFERENCES observations (id),
    old_document_id {ref} NOT NULL REFERENCES documents (id),
    new_document_id {ref} NOT NULL REFERENCES documents (id),
    old_total BIGINT NOT NULL,
    new_total BIGINT NOT NULL,
    old_increment BIGINT,
    new_increment BIGINT,
    recorded_at TEXT NOT NULL,
    reason TEXT
)""",
    """
CREATE TABLE corrections (
    id {pk},
    document_id {ref} NOT NULL REFERENCES documents (id),
    source TEXT NOT NULL,
    category TEXT NOT NULL,
    report_date TEXT NOT NULL,
    amount BIGINT NOT NULL,
    line_no INTEGER,
    note TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (source, category, report_date, amount)
)""",
    """
CREATE TABLE findings (
    id {pk},
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    category TEXT,
    report_date TEXT,
    source TEXT,
    message TEXT NOT NULL,
    details TEXT NOT NULL,
    recorded_at TEXT NOT NULL
)""",
    """
CREATE TABLE runs (
    id {pk},
    source TEXT NOT NULL,
    document_sha256 TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    revised INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    status TEXT NOT NULL,
    message TEXT
)""",
    """
CREATE TABLE consensus (
    category TEXT NOT NULL,
    report_date TEXT NOT NULL,
    total BIGINT NOT NULL,
    increment_printed BIGINT,
    increment_diff BIGINT,
    span_days INTEGER NOT NULL,
    is_approximate INTEGER NOT NULL,
    has_correction INTEGER NOT NULL,
    increment_printed_is_derived INTEGER NOT NULL,
    sources TEXT NOT NULL,
    n_sources INTEGER NOT NULL,
    values_json TEXT,
    PRIMARY KEY (category, report_date)
)""",
)

_INDEXES_V1 = (
    "CREATE INDEX observations_by_source ON observations (source, category, report_date)",
    "CREATE INDEX revisions_by_day ON revisions (category, report_date)",
    "CREATE INDEX findings_by_day ON findings (category, report_date)",
    "CREATE INDEX documents_by_source ON documents (source)",
)

# the one index bulk_observations rebuilds; the same statement as in _INDEXES_V1 (a test pins it)
OBSERVATIONS_INDEX = "observations_by_source"
OBSERVATIONS_INDEX_SQL = (
    "CREATE INDEX observations_by_source ON observations (source, category, report_date)"
)

TABLES = (
    "documents", "observations", "revisions", "corrections", "findings", "runs", "consensus",
)


def tables_v1(dialect: Dialect) -> list[str]:
    """Return the CREATE TABLE statements of schema version 1 for ``dialect``."""
    return [t.format(pk=dialect.pk, ref=dialect.ref, blob=dialect.blob) for t in _TABLES_V1]


def indexes_v1(dialect: Dialect) -> list[str]:
    """Return the CREATE INDEX statements of schema version 1 (the same in both dialects)."""
    return list(_INDEXES_V1)


def _loss_date(dialect: Dialect, column: str) -> str:
    """Return SQL for ``column`` (an ISO report date) minus one day, as ISO text."""
    if dialect.name == "sqlite":
        return f"date({column}, '-1 day')"
    return f"to_char(CAST({column} AS date) - 1, 'YYYY-MM-DD')"


def views_v3(dialect: Dialect) -> list[str]:
    """Return the self-explaining views (Datasette, plain SQL): daily, monthly, open findings.

    ``losses_monthly`` sums the differences of totals of the reports whose loss date (or
    report date) falls in the month; a report spanning several days counts wholly in its
    own month, so a month at a gap can differ from ``attrition losses --by month``, which
    says how complete each month is.
    """
    loss = _loss_date(dialect, "report_date")
    return [
        f"""CREATE VIEW losses_daily AS
SELECT category, {loss} AS loss_date, report_date, total, increment_printed, increment_diff,
       span_days, is_approximate, has_correction, sources, n_sources
FROM consensus""",
        """CREATE VIEW losses_monthly AS
SELECT category, 'loss' AS convention, substr(loss_date, 1, 7) AS month,
       SUM(increment_diff) AS losses, COUNT(*) AS reports, SUM(span_days) AS days_covered,
       MAX(has_correction) AS includes_corrections
FROM losses_daily WHERE increment_diff IS NOT NULL
GROUP BY category, substr(loss_date, 1, 7)
UNION ALL
SELECT category, 'report' AS convention, substr(report_date, 1, 7) AS month,
       SUM(increment_diff) AS losses, COUNT(*) AS reports, SUM(span_days) AS days_covered,
       MAX(has_correction) AS includes_corrections
FROM losses_daily WHERE increment_diff IS NOT NULL
GROUP BY category, substr(report_date, 1, 7)""",
        """CREATE VIEW findings_open AS
SELECT f.id, f.kind, f.category, f.report_date, f.source, f.message, f.recorded_at
FROM findings f
WHERE NOT EXISTS (SELECT 1 FROM corrections c
                  WHERE c.category = f.category AND c.report_date = f.report_date)""",
    ]
