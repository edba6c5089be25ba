"""URLs, connection errors, SQLite pragmas, and transactions (rollback, savepoints, SIGKILL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import StoreError
from attrition.store import Store, open_store
from attrition.store.engine import connect, parse_url


@pytest.mark.parametrize(
    ("url", "dialect", "location"),
    [
        pytest.param(":memory:", "sqlite", ":memory:", id="memory"),
        pytest.param("sqlite://", "sqlite", ":memory:", id="sqlite-memory"),
        pytest.param(None, "sqlite", ":memory:", id="none"),
        pytest.param("sqlite:////tmp/a/b.sqlite", "sqlite", "/tmp/a/b.sqlite", id="sqlite-abs"),
        pytest.param("/tmp/x.sqlite", "sqlite", "/tmp/x.sqlite", id="plain-path"),
        pytest.param("postgres://u:secret@h/db", "postgresql", "postgresql://u:secret@h/db",
                     id="postgres-scheme"),
    ],
)
def test_parse_url_names_dialect_and_location(url: str | None, dialect: str, location: str) -> None:
    target = parse_url(url)
    assert (target.dialect.name, target.location) == (dialect, location)


def test_parse_url_hides_the_password() -> None:
    target = parse_url("postgresql://user:secret@db.example/attrition")
    assert "secret" not in target.url
    assert target.url == "postgresql://user:***@db.example/attrition"


@pytest.mark.parametrize("url", ["mysql://h/db", "", "sqlite:///"])
def test_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        open_store(url)


def test_unwritable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the database folder"):
        open_store(blocker / "sub" / "store.sqlite")


def test_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(StoreError):
        open_store(path)


def test_postgres_url_without_psycopg_is_a_clear_store_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` fail
    with pytest.raises(StoreError, match=r"attrition\[postgres\]"):
        connect(parse_url("postgresql://localhost/attrition"))


def test_file_store_creates_folders_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "store.sqlite"
    store = open_store(path)
    conn = store._engine._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    store.close()
    assert path.is_file()
    assert store.url == f"sqlite:///{path.resolve()}"


def test_exception_inside_transaction_rolls_back_every_write(store: Store, kit) -> None:
    kit.add(store, "petroivaniuk", [kit.obs("tanks", "2024-12-01", 9000)])
    before = store.counts()
    with pytest.raises(RuntimeError, match="boom"), store.transaction():
        ref = store.add_document(kit.doc("minfin", "doomed"))
        store.add_observations(ref.id, "minfin", [kit.obs("tanks", "2024-12-01", 9001)], kit.T1)
        store.add_findings([], kit.T1)
        store.refresh_consensus()
        raise RuntimeError("boom")
    assert store.counts() == before
    assert not store.has_document(kit.doc("minfin", "doomed").sha256)


def test_keyboard_interrupt_rolls_back(store: Store, kit) -> None:
    before = store.counts()
    with pytest.raises(KeyboardInterrupt), store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9001)])
        raise KeyboardInterrupt
    assert store.counts() == before


def test_failed_nested_block_rolls_back_only_itself(store: Store, kit) -> None:
    with store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9001)], tag="kept")
        with pytest.raises(ValueError), store.transaction():
            kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-01", 9002)], tag="dropped")
            raise ValueError("inner")
    counts = store.counts()
    assert (counts["documents"], counts["observations"]) == (1, 1)
    assert store.source_totals("minfin") and not store.source_totals("lod_db")


_KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, date, datetime, timedelta
    from attrition.model.records import Observation, RawDocument
    from attrition.store import open_store

    store = open_store(sys.argv[1])
    now = datetime.now(UTC)
    with store.transaction():
        ref = store.add_document(RawDocument("minfin", "kill://doc", b"never committed", now))
        batch = 0
        while True:  # until killed
            rows = [Observation(f"c{batch}", date(2000, 1, 1) + timedelta(days=k), k)
                    for k in range(20000)]
            store.add_observations(ref.id, "minfin", rows, now)
            batch += 1
            if batch == 4:
                print("writing", flush=True)
    """
)


def test_sigkill_mid_transaction_leaves_the_database_as_it_was(tmp_path: Path, kit) -> None:
    path = tmp_path / "killed.sqlite"
    with open_store(path) as store:
        kit.add(store, "petroivaniuk", [kit.obs("personnel", "2024-12-03", 745700),
                                        kit.obs("personnel", "2024-12-02", 743920)])
        store.refresh_consensus()
        before = store.counts()
    script = tmp_path / "writer.py"
    script.write_text(_KILLED_WRITER)
    with subprocess.Popen(
        [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline()  # 80,000 rows are in the open transaction by now
        if line.strip() == "writing":
            os.kill(child.pid, signal.SIGKILL)
        else:
            child.kill()
        child.wait(timeout=30)
        errors = child.stderr.read()
    assert line.strip() == "writing", errors
    assert child.returncode == -signal.SIGKILL
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0  # the uncommitted pages did reach the disk
    with open_store(path) as store:
        assert store.counts() == before
        assert [r.total for r in store.consensus_rows("personnel")] == [743920, 745700]
        assert store.source_totals("minfin") == {}
    check = sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()
    assert check == ("ok",)


def test_reader_opens_and_reads_while_a_writer_holds_its_transaction(
    tmp_path: Path, kit
) -> None:
    path = tmp_path / "busy.sqlite"
    writer = open_store(path)
    kit.add(writer, "minfin", [kit.obs("tanks", "2024-12-01", 9000)])
    writer.refresh_consensus()
    with writer.transaction():
        kit.add(writer, "minfin", [kit.obs("tanks", "2024-12-02", 9010)], kit.T1)
        writer.refresh_consensus()
        with open_store(path) as reader:  # would raise "database is locked" if it had to wait
            assert [r.total for r in reader.consensus_rows("tanks")] == [9000]
    with open_store(path) as reader:
        assert [r.total for r in reader.consensus_rows("tanks")] == [9000, 9010]
    writer.close()


def test_a_database_in_a_read_only_place_is_opened_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kit: Any
) -> None:
    """Item 15: WAL side files made a database in a read-only folder unreadable."""
    from attrition.store import engine as engine_module

    path = tmp_path / "ro.sqlite"
    with open_store(path) as store:
        kit.add(store, "petroivaniuk", [kit.obs("tanks", "2024-12-03", 9486)])
        store.refresh_consensus()
    real_access = os.access

    def no_write(target: Any, mode: int) -> bool:  # the tests run as root: deny writes here
        return False if mode & os.W_OK else real_access(target, mode)

    monkeypatch.setattr(engine_module.os, "access", no_write)
    assert engine_module.read_only_location(path)
    before = path.read_bytes()
    with open_store(path) as store:
        assert [r.total for r in store.consensus_rows("tanks")] == [9486]
        with pytest.raises(StoreError) as caught:
            kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-04", 9490)])
        assert "readonly" in str(caught.value).replace("-", "").replace(" ", "").lower()
    assert path.read_bytes() == before
