"""Ordered, named schema migrations; each runs with its bookkeeping row in one transaction.

A database records the names it has applied in ``schema_migrations``. Opening one that
names a migration this code does not know means the schema is newer than the code: that
is a StoreError, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from attrition.errors import StoreError
from attrition.log import get_logger
from attrition.store import cache, independent, schema
from attrition.store.engine import Dialect, Engine
from attrition.store.rows import iso_utc

log = get_logger(__name__)


@dataclass(frozen=True)
class Migration:
    """One named schema step: the statements it runs for a dialect."""

    name: str
    statements: Callable[[Dialect], list[str]]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_tables", schema.tables_v1),
    Migration("0002_indexes", schema.indexes_v1),
    Migration("0003_views", schema.views_v3),
    Migration("0004_independent_and_territory", independent.tables),
    Migration("0005_derived_cache", lambda dialect: [cache.TABLE_SQL]),
)


def applied_migrations(engine: Engine) -> list[str]:
    """Return the names of the migrations the database records (read only, takes no lock)."""
    if not engine.has_table("schema_migrations"):
        return []
    return [r[0] for r in engine.query("SELECT name FROM schema_migrations ORDER BY name")]


def pending_migrations(engine: Engine) -> list[str]:
    """Return the names of known migrations the database has not applied yet."""
    done = set(applied_migrations(engine))
    return [m.name for m in MIGRATIONS if m.name not in done]


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration in order; return the names applied by this call.

    An up-to-date database is only read, so opening it never waits for a running writer.

    Raises:
        StoreError: the database records a migration this code does not know.
    """
    known = {m.name for m in MIGRATIONS}
    applied = set(applied_migrations(engine))
    unknown = sorted(applied - known)
    if unknown:
        raise StoreError(
            f"the database schema is newer than this attrition (unknown migrations: "
            f"{', '.join(unknown)}); upgrade attrition",
            input=engine.url,
        )
    applied_now: list[str] = []
    for migration in MIGRATIONS:
        if migration.name in applied:
            continue
        with engine.transaction():
            engine.execute(schema.MIGRATIONS_TABLE)
            # Re-read inside the write lock: another process may have just applied it.
            done = engine.scalar(
                "SELECT COUNT(*) FROM schema_migrations WHERE name = ?", (migration.name,)
            )
            if done:
                continue
            for statement in migration.statements(engine.dialect):
                engine.execute(statement)
            engine.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, iso_utc(datetime.now(UTC))),
            )
        log.info("applied migration %s to %s", migration.name, engine.url)
        applied_now.append(migration.name)
    return applied_now
