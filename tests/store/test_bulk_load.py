"""Store.bulk_load: a first import builds the observations index once, inside its transaction."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from attrition.store import Store, open_store
from attrition.store.schema import OBSERVATIONS_INDEX, OBSERVATIONS_INDEX_SQL, indexes_v1


def _has_index(store: Store) -> bool:
    return bool(store._engine.scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?",
        (OBSERVATIONS_INDEX,),
    ))


def _index_sql(store: Store) -> str:
    return str(store._engine.scalar(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (OBSERVATIONS_INDEX,)
    ))


def test_the_rebuilt_index_is_the_migrations_index(store: Store) -> None:
    assert OBSERVATIONS_INDEX_SQL in indexes_v1(store._engine.dialect)
    assert f"INDEX {OBSERVATIONS_INDEX} ON" in OBSERVATIONS_INDEX_SQL


def test_a_first_bulk_load_drops_the_index_and_builds_it_after_the_rows(
    tmp_path: Path, kit: Any
) -> None:
    store = open_store(tmp_path / "s.sqlite")
    before = _index_sql(store)
    with store.transaction(), store.bulk_load():
        assert not _has_index(store)
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469),
                                  kit.obs("tanks", "2024-12-02", 9470)])
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9471)], kit.T1)  # read unindexed
    assert _has_index(store) and _index_sql(store) == before
    assert store.source_totals("minfin")[("tanks", date(2024, 12, 2))] == 9471
    assert len(store.revisions()) == 1
    plan = store._engine.query(
        "EXPLAIN QUERY PLAN SELECT id FROM observations WHERE source = ? AND category = ?",
        ("minfin", "tanks"),
    )
    assert any(OBSERVATIONS_INDEX in str(step) for step in plan)
    store.close()


def test_a_failed_bulk_load_leaves_no_rows_and_the_index_in_place(
    tmp_path: Path, kit: Any
) -> None:
    store = open_store(tmp_path / "s.sqlite")
    with pytest.raises(RuntimeError), store.transaction(), store.bulk_load():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
        raise RuntimeError("the ingest failed half-way")
    assert _has_index(store)
    assert store.counts()["observations"] == 0
    store.close()


def test_a_bulk_load_into_a_table_with_rows_keeps_the_index(tmp_path: Path, kit: Any) -> None:
    store = open_store(tmp_path / "s.sqlite")
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
    with store.transaction(), store.bulk_load():
        assert _has_index(store)
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9470)], kit.T1)
    assert _has_index(store)
    assert store.counts()["observations"] == 2
    store.close()


def test_bulk_load_works_on_every_dialect(store: Store, kit: Any) -> None:
    with store.transaction(), store.bulk_load():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
    assert [v.total for v in store.source_values("tanks", date(2024, 12, 1))] == [9469]


def test_a_first_load_without_bulk_load_builds_the_index_at_commit(
    tmp_path: Path, kit: Any
) -> None:
    store = open_store(tmp_path / "s.sqlite")
    before = _index_sql(store)
    with store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
        assert not _has_index(store)  # dropped on the first rows, built once at COMMIT
        kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-01", 9469)])
    assert _has_index(store) and _index_sql(store) == before
    assert store.source_totals("lod_db")[("tanks", date(2024, 12, 1))] == 9469
    store.close()


def test_a_failed_first_load_leaves_no_rows_and_the_index_in_place(
    tmp_path: Path, kit: Any
) -> None:
    store = open_store(tmp_path / "s.sqlite")
    with pytest.raises(RuntimeError), store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
        raise RuntimeError("the write failed half-way")
    assert _has_index(store) and store.source_totals("minfin") == {}
    with store.transaction():  # a rolled-back savepoint brings the index back before COMMIT
        with pytest.raises(RuntimeError), store.transaction():
            kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
            raise RuntimeError("the inner write failed")
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9470)])
    assert _has_index(store) and list(store.source_totals("minfin").values()) == [9470]
    store.close()


def test_a_load_into_a_table_with_rows_keeps_the_index(tmp_path: Path, kit: Any) -> None:
    store = open_store(tmp_path / "s.sqlite")
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
    with store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9470)])
        assert _has_index(store)
    store.close()


@pytest.mark.parametrize("fails", [False, True])
def test_a_first_load_gives_the_connection_its_page_cache_size_back(
    tmp_path: Path, kit: Any, fails: bool
) -> None:
    store = open_store(tmp_path / "s.sqlite")
    store._engine.execute("PRAGMA cache_size = -3000")
    with pytest.raises(RuntimeError) if fails else nullcontext(), store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9469)])
        assert store._engine.scalar("PRAGMA cache_size") < -3000  # raised for the load
        if fails:
            raise RuntimeError("the ingest failed half-way")
    assert store._engine.scalar("PRAGMA cache_size") == -3000
    assert _has_index(store)
    store.close()
