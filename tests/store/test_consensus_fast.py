"""The refresh's shortcuts give the general path's result: written rows, returned rows, insert_many."""

from __future__ import annotations

import gc
import sqlite3
from contextlib import nullcontext
from datetime import UTC, datetime
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import StoreError
from attrition.model.gc_pause import gc_paused
from attrition.model.records import Finding
from attrition.store import Store, WriteResult, open_store


def _table(store: Store, table: str) -> list[tuple[Any, ...]]:
    return store._engine.query(f"SELECT * FROM {table} ORDER BY rowid")


def _shape(findings: list[Finding]) -> list[tuple[Any, ...]]:
    return [(f.key, f.message, f.details) for f in findings]


def _load(store: Store, kit: Any) -> list[WriteResult]:
    """Three sources over a few days, with a disagreement, a revision and a correction."""
    o = kit.obs
    results = []
    for source, tag, observations in [
        ("petroivaniuk", "a", [o("tanks", "2024-12-01", 9469), o("tanks", "2024-12-02", 9478),
                               o("personnel", "2024-12-02", 743_920, approx=True)]),
        ("minfin", "a", [o("tanks", "2024-12-01", 9469), o("tanks", "2024-12-02", 9470),
                         o("personnel", "2024-12-02", 743_920)]),
        ("petroivaniuk", "b", [o("tanks", "2024-12-02", 9480), o("tanks", "2024-12-03", 9486),
                               o("personnel", "2024-12-03", 745_700, approx=True)]),
        ("gs_text", "a", [o("personnel", "2024-12-03", 745_700, printed=1_780, approx=True)]),
    ]:
        ref = store.add_document(kit.doc(source, tag))
        results.append(store.add_observations(ref.id, source, observations, kit.T0))
    ref = store.add_document(kit.doc("petroivaniuk", "corrections"))
    store.add_corrections(ref.id, "petroivaniuk", [kit.correction("tanks", "2024-12-03", 2)],
                          kit.T0)
    return results


def test_written_rows_give_the_same_consensus_as_reading_them_back(
    tmp_path: Path, kit: Any
) -> None:
    general = open_store(tmp_path / "general.sqlite")
    with general.transaction():
        _load(general, kit)
        expected = general.refresh_consensus().findings
    table = _table(general, "consensus")
    general.close()
    assert len(table) == 5 and expected  # the data does exercise a disagreement
    n = 0
    # every subset and order of the WriteResults: complete, partial, out of order
    for size in range(5):
        for order in permutations(range(4), size):
            store = open_store(tmp_path / f"fast{n}.sqlite")
            n += 1
            with store.transaction():
                results = _load(store, kit)
                refresh = store.refresh_consensus(written=[results[i] for i in order])
            found, rows = refresh.findings, refresh.rows
            assert _shape(found) == _shape(expected), order
            assert _table(store, "consensus") == table, order
            assert rows == {c: store.consensus_rows(c) for c in ("personnel", "tanks")}
            store.close()


def test_written_rows_are_not_part_of_a_write_results_equality(store: Store, kit: Any) -> None:
    ref = store.add_document(kit.doc("minfin"))
    result = store.add_observations(ref.id, "minfin", [kit.obs("tanks", "2024-12-01", 1)],
                                    kit.T0)
    assert result == WriteResult(1, 0, 0, [])
    assert [row[3:6] for row in result.rows] == [("tanks", "2024-12-01", 1)]
    assert "rows" not in repr(result)


@pytest.mark.integration
def test_an_ingest_gives_the_general_refresh_result_on_the_full_history(
    shared_data: Path, tmp_path: Path
) -> None:
    from attrition.ingest import ingest_paths

    now = datetime(2026, 8, 23, 12, tzinfo=UTC)
    folders = [shared_data / f for f in ("petroivaniuk", "lod-db-orc-losses", "minfin-csv")]
    fast = open_store(tmp_path / "fast.sqlite")
    result = ingest_paths(fast, folders, now=now)  # written rows taken from memory
    table = _table(fast, "consensus")
    categories = fast.consensus_categories()
    read_back = {c: fast.consensus_rows(c) for c in categories}
    with fast.transaction():  # the general path, over the same store: the same table
        refresh = fast.refresh_consensus(categories)
    general, rows = refresh.findings, refresh.rows
    assert _table(fast, "consensus") == table
    assert rows == read_back
    stored = {(f.kind, f.category, f.report_date) for f in fast.findings(kind="disagreement")}
    assert {(f.kind, f.category, f.report_date) for f in general} == stored
    assert len(table) > 20_000 and result.totals["added"] > 60_000
    fast.close()


def test_insert_many_writes_every_row_in_order_across_statement_chunks(tmp_path: Path) -> None:
    store = open_store(tmp_path / "chunks.sqlite")
    engine = store._engine
    engine.execute("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER)")
    engine._conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 30)  # 10 rows per statement
    rows = [(i, f"row {i}", None if i % 3 else i) for i in range(23)]
    with store.transaction():
        engine.insert_many("INSERT INTO t (a, b, c)", rows)
        engine.insert_many("INSERT INTO t (a, b, c)", [])
    assert engine.query("SELECT a, b, c FROM t ORDER BY rowid") == rows
    store.close()


def test_gc_paused_restores_the_collector_however_the_block_ends() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still holds it
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        raise KeyError("x")
    assert gc.isenabled()


@pytest.mark.parametrize("categories", [["tanks"], ["personnel"], ["personnel", "tanks"],
                                        ["apv", "personnel", "tanks"]])
def test_written_rows_of_some_categories_give_the_general_refresh(
    tmp_path: Path, kit: Any, categories: list[str]
) -> None:
    # a batch holding only refreshed categories is mapped whole, another is filtered
    general = open_store(tmp_path / "general.sqlite")
    with general.transaction():
        _load(general, kit)
        expected = general.refresh_consensus(categories)
    table = _table(general, "consensus")
    general.close()
    fast = open_store(tmp_path / "fast.sqlite")
    with fast.transaction():
        refresh = fast.refresh_consensus(categories, written=_load(fast, kit))
    assert _shape(refresh.findings) == _shape(expected.findings)
    assert refresh.rows == expected.rows and set(refresh.rows) == set(categories) - {"apv"}
    assert _table(fast, "consensus") == table
    fast.close()


@pytest.mark.parametrize("end", ["commit", "rollback"])
def test_a_bulk_write_keeps_the_collector_paused_until_its_transaction_ends(
    store: Store, kit: Any, end: str
) -> None:
    assert gc.isenabled()
    tanks = [kit.obs("tanks", "2024-12-01", 9000)]
    ref = store.add_document(kit.doc("minfin"))
    store.add_observations(ref.id, "minfin", tanks, kit.T0)  # its own transaction
    assert gc.isenabled()
    failing = pytest.raises(KeyError) if end == "rollback" else nullcontext()
    with failing, store.transaction():
        ref = store.add_document(kit.doc("lod_db"))
        store.add_observations(ref.id, "lod_db", tanks, kit.T0)
        assert not gc.isenabled()  # for the rest of the transaction
        store.refresh_consensus()
        assert not gc.isenabled()
        if end == "rollback":
            raise KeyError("x")
    assert gc.isenabled()
    assert store.counts()["observations"] == (2 if end == "commit" else 1)


def test_closing_a_store_in_a_bulk_write_turns_the_collector_back_on(
    tmp_path: Path, kit: Any
) -> None:
    store = open_store(tmp_path / "store.sqlite")
    transaction = store.transaction()
    transaction.__enter__()
    ref = store.add_document(kit.doc("minfin"))
    store.add_observations(ref.id, "minfin", [kit.obs("tanks", "2024-12-01", 1)], kit.T0)
    assert not gc.isenabled()
    store.close()  # rolls the open transaction back
    assert gc.isenabled()
    with pytest.raises(StoreError):  # the block can no longer commit
        transaction.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_bulk_write_leaves_a_paused_collector_paused(store: Store, kit: Any) -> None:
    with gc_paused():
        with store.transaction():
            ref = store.add_document(kit.doc("minfin"))
            store.add_observations(ref.id, "minfin", [kit.obs("tanks", "2024-12-01", 1)],
                                   kit.T0)
        assert not gc.isenabled()  # the caller's pause, not the transaction's
    assert gc.isenabled()


def test_insert_many_puts_a_few_hundred_rows_in_each_statement(tmp_path: Path) -> None:
    store = open_store(tmp_path / "chunks.sqlite")
    engine = store._engine
    engine.execute("CREATE TABLE t (a INTEGER, b TEXT)")
    statements: list[str] = []
    engine._conn.set_trace_callback(statements.append)
    with store.transaction():
        engine.insert_many("INSERT INTO t (a, b)", [(i, str(i)) for i in range(600)])
    engine._conn.set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert [s.count("(") - 1 for s in inserts] == [250, 250, 100]  # rows per statement
    assert engine.query("SELECT COUNT(*), SUM(a) FROM t") == [(600, sum(range(600)))]
    store.close()
