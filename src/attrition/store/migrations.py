"""Ordered, named schema migrations; each runs with its bookkeeping row in one transaction.

A database records the names it has applied in ``schema_migrations``. Opening one that
names a migration this code does not know means the schema is newer than the code: that
is a StoreError, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from attrition.errors import StoreError
from attrition.model.value import FrozenValue
from attrition.store import schema
from attrition.store.engine import Dialect, Engine


class Migration(FrozenValue):
    """One named schema step: the statements it runs for a dialect."""

    __slots__ = ("name", "statements")
    name: str
    statements: Callable[[Dialect], list[str]]

    def __init__(self, name: str, statements: Callable[[Dialect], list[str]]) -> None:
        self._set(name=name, statements=statements)


# The statements of the tables kept in their own modules, imported only when a migration
# runs (opening an up-to-date database only reads the names: CLI start-up time).
def _independent_tables(dialect: Dialect) -> list[str]:
    from attrition.store import independent

    return independent.tables(dialect)


def _derived_cache(dialect: Dialect) -> list[str]:
    from attrition.store import cache

    return [cache.TABLE_SQL]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_tables", schema.tables_v1),
    Migration("0002_indexes", schema.indexes_v1),
    Migration("0003_views", schema.views_v3),
    Migration("0004_independent_and_territory", _independent_tables),
    Migration("0005_derived_cache", _derived_cache),
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
        if migration.name not in applied and _apply(engine, migration):
            applied_now.append(migration.name)
    return applied_now


def _apply(engine: Engine, migration: Migration) -> bool:
    """Apply one migration in one transaction; False if another process just applied it."""
    from attrition.log import get_logger  # here, not at the top: CLI start-up time
    from attrition.store.rows import iso_utc

    with engine.transaction():
        engine.execute(schema.MIGRATIONS_TABLE)
        # Re-read inside the write lock: another process may have just applied it.
        done = engine.scalar(
            "SELECT COUNT(*) FROM schema_migrations WHERE name = ?", (migration.name,)
        )
        if done:
            return False
        for statement in migration.statements(engine.dialect):
            engine.execute(statement)
        engine.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
            (migration.name, iso_utc(datetime.now(UTC))),
        )
    get_logger(__name__).info("applied migration %s to %s", migration.name, engine.url)
    return True
