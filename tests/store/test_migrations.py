"""Migrations: named, recorded, idempotent, one transaction each; newer schemas refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrition.errors import StoreError
from attrition.store import migrations, open_store
from attrition.store.engine import Dialect
from attrition.store.migrations import MIGRATIONS, Migration, applied_migrations, migrate


def test_migrations_are_recorded_and_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    with open_store(path) as store:
        engine = store._engine
        assert applied_migrations(engine) == [m.name for m in MIGRATIONS]
        stamps = engine.query("SELECT name, applied_at FROM schema_migrations ORDER BY name")
        assert migrate(engine) == []  # nothing left to do
    with open_store(path) as store:  # reopening applies nothing and keeps the stamps
        engine = store._engine
        assert migrate(engine) == []
        assert engine.query("SELECT name, applied_at FROM schema_migrations ORDER BY name") \
            == stamps


def test_database_from_newer_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    with open_store(path) as store:
        store._engine.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 'x')"
        )
    with pytest.raises(StoreError, match="newer than this attrition.*9999_future"):
        open_store(path)


def test_failed_migration_leaves_no_table_and_no_bookkeeping_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(dialect: Dialect) -> list[str]:
        return ["CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"]

    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*MIGRATIONS, Migration("0099_broken", broken))
    )
    path = tmp_path / "broken.sqlite"
    with pytest.raises(StoreError):
        open_store(path)
    monkeypatch.undo()
    with open_store(path) as store:  # the good migrations stayed; the broken one left nothing
        engine = store._engine
        assert "0099_broken" not in applied_migrations(engine)
        assert not engine.has_table("half_done")
        assert engine.has_table("observations")
