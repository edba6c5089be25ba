"""Bad input and interruption leave the database exactly as it was.

Malformed report text, truncated JSON and a garbled CSV number each fail with an error
naming the file, line and field, exit non-zero, and change nothing; a process killed in
the middle of the ingest transaction leaves the database as before.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attrition.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
BAD = FIXTURES / "bad"

Run = Callable[..., tuple[int, Any]]


def snapshot(db: Path) -> tuple[dict[str, int], list[str]]:
    """Return the store's counts and a full SQL dump of the database."""
    store = open_store(db)
    try:
        counts = store.counts()
    finally:
        store.close()
    conn = sqlite3.connect(db)
    try:
        dump = list(conn.iterdump())
    finally:
        conn.close()
    return counts, dump


@pytest.fixture()
def loaded(run_cli: Run, db_path: Path) -> Run:
    code, out = run_cli("ingest", str(FIXTURES / "petroivaniuk"), "--json")
    assert code == 0, out
    assert out["data"]["totals"]["added"] == 6
    return run_cli


@pytest.mark.parametrize(
    ("bad", "line_no", "field", "words"),
    [
        pytest.param(BAD / "report" / "2024-12-03_en.txt", 3, "tanks", "not a number",
                     id="malformed-report-text"),
        pytest.param(BAD / "truncated" / "russia_losses_personnel.json", 22, None, "invalid JSON",
                     id="truncated-json"),
        pytest.param(BAD / "garbled" / "russia_losses.csv", 5, "tanks", "not a number",
                     id="garbled-csv-number"),
    ],
)
def test_bad_input_names_file_line_and_field_and_changes_nothing(
    loaded: Run, db_path: Path, bad: Path, line_no: int, field: str | None, words: str
) -> None:
    before = snapshot(db_path)
    code, text = loaded("ingest", str(bad))
    assert code != 0
    first = text.strip().splitlines()[0]
    assert first.startswith(f"error: {bad}:{line_no}:"), first
    if field:
        assert f":{line_no}: {field}:" in first
    assert words in first
    code, out = loaded("ingest", str(bad), "--json")
    assert code != 0
    assert out["ok"] is False
    error = out["error"]
    assert (error["type"], error["path"], error["line_no"]) == ("ParseError", str(bad), line_no)
    assert error.get("field") == field
    assert snapshot(db_path) == before


def test_a_bad_file_among_good_ones_writes_none_of_them(
    loaded: Run, db_path: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good" / "russia_losses.csv"
    good.parent.mkdir()
    good.write_bytes((FIXTURES / "minfin" / "russia_losses.csv").read_bytes())
    before = snapshot(db_path)
    code, out = loaded("ingest", str(good), str(BAD / "garbled"), "--json")
    assert code != 0 and out["ok"] is False
    assert snapshot(db_path) == before
    code, out = loaded("ingest", str(good), "--json")  # alone, it goes in
    assert code == 0 and out["data"]["totals"]["added"] > 0


_CHILD = """
import json, sys, time
from datetime import UTC, datetime
from pathlib import Path
from attrition.ingest import ingest_paths
from attrition.store import Store, open_store

db, marker, *paths = sys.argv[1:]
refresh = Store.refresh_consensus

def stall(self, categories=None, *args, **kwargs):
    found = refresh(self, categories, *args, **kwargs)
    Path(marker).write_text(json.dumps(self.counts()))  # seen inside the open transaction
    time.sleep(120)
    return found

Store.refresh_consensus = stall
ingest_paths(open_store(db), [Path(p) for p in paths], now=datetime.now(UTC))
"""


def test_a_process_killed_mid_ingest_leaves_the_database_as_before(
    loaded: Run, db_path: Path, tmp_path: Path
) -> None:
    before = snapshot(db_path)
    marker = tmp_path / "inside-transaction.json"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db_path), str(marker), str(FIXTURES / "minfin")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() or not marker.read_text():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "child never reached the transaction"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    inside = json.loads(marker.read_text())
    assert inside["observations"] > before[0]["observations"], "the kill came after writes"
    assert snapshot(db_path) == before
