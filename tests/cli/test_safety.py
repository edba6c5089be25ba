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


def _attrition(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "attrition", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_concurrent_ingests_and_readers_lock_nothing_out_and_lose_no_row(
    db_path: Path, tmp_path: Path
) -> None:
    """Issue 14 (kept as a test): concurrent ingests and readers of one database met no
    "database is locked" and lost no row; the result equals the same files ingested in turn."""
    folders = [FIXTURES / name for name in ("petroivaniuk", "minfin", "report-texts")]
    writers = [_attrition("ingest", str(folder), "--db", str(db_path), "--json")
               for folder in folders * 2]
    readers = [_attrition("losses", "personnel", "--db", str(db_path), "--json")
               for _ in range(6)]
    for child in writers + readers:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, (out + err).decode()
        assert b"locked" not in out + err and b"Traceback" not in err
    alone = tmp_path / "in-turn.sqlite"
    for folder in folders:
        child = _attrition("ingest", str(folder), "--db", str(alone), "--json")
        child.communicate(timeout=300)
        assert child.returncode == 0
    with open_store(db_path) as store, open_store(alone) as reference:
        counts, expected = store.counts(), reference.counts()
        assert counts.pop("runs") >= expected.pop("runs")  # an ingest finding nothing new may log a run
        assert counts == expected
        for category in reference.consensus_categories():
            assert ([(r.report_date, r.total) for r in store.consensus_rows(category)]
                    == [(r.report_date, r.total) for r in reference.consensus_rows(category)])


# --- issue 14: bounded input, clean errors ---------------------------------------------------

MINFIN_HEADER = (FIXTURES / "minfin" / "russia_losses.csv").read_text(encoding="utf-8").splitlines()


def _minfin(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "overflow" / "russia_losses.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([MINFIN_HEADER[0], *rows]) + "\n", encoding="utf-8")
    return path


def _petroivaniuk(tmp_path: Path, raw_total: str) -> Path:
    path = tmp_path / "overflow" / "russia_losses_personnel.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[{"date": "2024-11-29", "day": 1010, "personnel": ' + raw_total
                    + ', "personnel*": "about"}]', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "field"),
    [
        pytest.param(lambda p: _petroivaniuk(p, "1e300"), "personnel", id="json-1e300"),
        pytest.param(lambda p: _petroivaniuk(p, str(10**30)), "personnel", id="json-10**30"),
        pytest.param(lambda p: _petroivaniuk(p, "1" * 5000), None, id="json-5000-digits"),
        pytest.param(lambda p: _minfin(p, "2024-11-29,1010,99999999999999999999" + ",1" * 13),
                     "personnel", id="csv-20-digits"),
        pytest.param(lambda p: _minfin(p, "2024-11-29,1010," + "9" * 400 + ".0" + ",1" * 13),
                     "personnel", id="csv-float-overflow"),
    ],
)
def test_totals_beyond_2_63_are_a_parse_error_not_an_overflow(
    loaded: Run, db_path: Path, tmp_path: Path, make: Callable[[Path], Path], field: str | None
) -> None:
    """Item 7: the importers refused these with an OverflowError traceback."""
    bad = make(tmp_path)
    before = snapshot(db_path)
    code, out = loaded("ingest", str(bad), "--json")
    assert code != 0 and out["ok"] is False
    assert (out["error"]["type"], out["error"].get("field")) == ("ParseError", field)
    assert "too large" in out["error"]["message"]
    code, text = loaded("ingest", str(bad))
    assert code != 0 and "Traceback" not in text and "too large" in text
    assert snapshot(db_path) == before


def test_a_csv_the_csv_module_cannot_read_is_a_parse_error(
    loaded: Run, db_path: Path, tmp_path: Path
) -> None:
    """Item 5: minfin died with an uncaught ``_csv.Error`` (a field past the module's limit)."""
    import csv

    bad = _minfin(tmp_path, '2024-11-29,1010,"' + "7" * 200_000 + '"' + ",1" * 13)
    before = snapshot(db_path)
    previous = csv.field_size_limit(131_072)  # the default; another test may have raised it
    try:
        code, out = loaded("ingest", str(bad), "--json")
    finally:
        csv.field_size_limit(previous)
    assert code != 0 and out["ok"] is False and out["error"]["type"] == "ParseError"
    assert "not readable as CSV" in out["error"]["message"]
    assert snapshot(db_path) == before


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    loaded: Run, db_path: Path, tmp_path: Path
) -> None:
    """Item 6: a 200 MB file was read whole (7 GB RSS) and stored as a 200 MB blob."""
    import tracemalloc

    big = _minfin(tmp_path, "2024-11-29,1010,738660" + ",1" * 13)
    with big.open("r+b") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    before = snapshot(db_path)
    tracemalloc.start()
    try:
        code, out = loaded("ingest", str(big), "--json")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code != 0 and out["ok"] is False
    assert "200.0 MB, over the limit of 20.0 MB" in out["error"]["message"]
    assert "--max-size" in out["error"]["message"]
    assert peak < 20 * 1024 * 1024
    assert snapshot(db_path) == before
    code, out = loaded("ingest", str(big), "--max-size", "0.001", "--json")
    assert code != 0 and "over the limit of 0.0 MB" in out["error"]["message"]
    code, out = loaded("ingest", str(big), "--max-size", "lots", "--json")
    assert code != 0 and out["error"]["type"] == "UsageError"
    assert "--max-size: 'lots' is not a positive number" in out["error"]["message"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", id="binary"),
        pytest.param("date,personnel\n2024-11-29,738660\n".encode("utf-16"), "UTF-16 text",
                     id="utf-16"),
        pytest.param(b"hello, world\n", "no source recognises it", id="unknown-text"),
    ],
)
def test_a_named_file_that_cannot_be_ingested_fails_saying_why(
    loaded: Run, db_path: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    """Item 16: such files were skipped with exit 0; a folder still skips them."""
    named = tmp_path / "named" / "russia_losses.csv"
    named.parent.mkdir()
    named.write_bytes(content)
    before = snapshot(db_path)
    code, out = loaded("ingest", str(named), "--json")
    assert code != 0 and out["ok"] is False
    assert out["error"]["path"] == str(named) and reason in out["error"]["message"]
    code, text = loaded("ingest", str(named))
    assert code != 0 and reason in text and "Traceback" not in text
    code, out = loaded("ingest", str(named.parent), "--json")  # found in a folder: skipped
    assert code == 0 and out["data"]["skipped"][0]["path"] == str(named)
    assert snapshot(db_path) == before


def test_status_says_which_decrease_it_holds_back(run_cli: Run, tmp_path: Path) -> None:
    """Item 12: the held-back value and the kept one are named in `status` (text and JSON)."""
    folder = tmp_path / "mirrors"
    folder.mkdir()
    (folder / "russia_losses.csv").write_text(
        MINFIN_HEADER[0] + "\n" + "\n".join(MINFIN_HEADER[1:3]) + "\n"
        + "2024-12-05,1016,742370" + ",1" * 13 + "\n", encoding="utf-8")
    (folder / "russia_losses_personnel.json").write_bytes(
        (FIXTURES / "petroivaniuk" / "russia_losses_personnel.json").read_bytes())
    code, out = run_cli("ingest", str(folder), "--json")
    assert code == 0, out
    code, out = run_cli("status", "--json")
    (held,) = [h for h in out["data"]["held_back"] if h["category"] == "personnel"]
    assert (held["report_date"], held["source"], held["stated"], held["kept"]) == (
        "2024-12-05", "minfin", 742370, 747370)
    code, text = run_cli("status")
    assert "held back (unconfirmed decrease): personnel on 2024-12-05: minfin alone" in text
    code, out = run_cli("losses", "personnel", "--json")
    assert "742370" not in json.dumps(out) and "747370" in json.dumps(out)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("losses", "personnel", "--on", "9999-12-31"), id="losses-on"),
        pytest.param(("losses", "personnel", "--as-of", "9999-12-31"), id="losses-as-of"),
        pytest.param(("brief", "--as-of", "9999-12-31"), id="brief"),
        pytest.param(("extremes", "personnel", "--as-of", "9999-12-31"), id="extremes"),
        pytest.param(("forecast", "personnel", "--as-of", "9999-12-31"), id="forecast"),
        pytest.param(("forecast", "personnel", "--on", "9999-12-31"), id="forecast-on"),
        pytest.param(("trend", "personnel", "--as-of", "9999-12-31"), id="trend"),
        pytest.param(("card", "--as-of", "9999-12-31", "-o", "{tmp}/c.png"), id="card"),
        pytest.param(("export", "-o", "{tmp}/out", "--as-of", "9999-12-31"), id="export"),
    ],
)
def test_a_date_at_the_end_of_the_calendar_is_a_usage_error(
    loaded: Run, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Item 8: ``OverflowError: date value out of range`` (9999-12-31 + 1 day)."""
    full = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out = loaded(*full, "--json")
    assert code != 0 and out["ok"] is False
    assert out["error"]["type"] == "UsageError" and "out of range" in out["error"]["message"]
    code, text = loaded(*full)
    assert code != 0 and "Traceback" not in text and "9999-12-31 is out of range" in text


def test_trend_of_a_few_days_has_no_change_points_rather_than_a_traceback(loaded: Run) -> None:
    code, out = loaded("trend", "personnel", "--json")
    assert code == 0, out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(("export", "-o", "/proc/forbidden"), "cannot write /proc/forbidden",
                     id="export-proc"),
        pytest.param(("chart", "daily", "-o", "{tmp}/nonexistent/dir/c.png"), "does not exist",
                     id="chart-missing-folder"),
        pytest.param(("extremes", "personnel", "--from", "2024-12-03", "--to", "2024-11-01"),
                     "--from 2024-12-03 is after --to 2024-11-01", id="extremes-from-after-to"),
        pytest.param(("findings", "--from", "2024-12-03", "--to", "2024-11-01"),
                     "--from 2024-12-03 is after --to 2024-11-01", id="findings-from-after-to"),
    ],
)
def test_bad_output_paths_and_spans_are_clean_errors(
    loaded: Run, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    """Items 11 and 17: a traceback, silently created folders, a silently empty answer."""
    full = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out = loaded(*full, "--json")
    assert code != 0 and out["ok"] is False and words in out["error"]["message"]
    code, text = loaded(*full)
    assert code != 0 and "Traceback" not in text and words in text
    assert not (tmp_path / "nonexistent").exists()


def test_an_empty_db_option_and_a_bad_timeout_are_usage_errors(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items 11 and 17: ``--db ""`` fell back to $ATTRITION_DB; ATTRITION_TIMEOUT=abc crashed."""
    from click.testing import CliRunner

    from attrition.cli import main

    result = CliRunner().invoke(main, ["losses", "personnel", "--db", "", "--json"])
    assert result.exit_code != 0 and "--db: an empty path" in result.stdout
    assert json.loads(result.stdout)["error"]["type"] == "UsageError"
    result = CliRunner().invoke(main, ["losses", "personnel", "--db", ""])
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert "error: --db: an empty path" in result.stderr and "Traceback" not in result.stderr
    monkeypatch.setenv("ATTRITION_TIMEOUT", "abc")
    code, out = run_cli("update", "--json")
    assert code != 0 and out["error"]["message"] == "ATTRITION_TIMEOUT: 'abc' is not a positive number"
    code, text = run_cli("update")
    assert code != 0 and "Traceback" not in text
    assert "error: ATTRITION_TIMEOUT: 'abc' is not a positive number" in text


def test_a_private_mirror_serves_only_the_sources_named_with_source(
    loaded: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 17: ATTRITION_BASE_URL and --source together were refused ("--base-url given for a
    source not updated": the mirror was mapped to every source, not only the named one)."""
    monkeypatch.setenv("ATTRITION_BASE_URL", "http://127.0.0.1:9")  # a closed port: no network
    before = snapshot(db_path)
    code, out = loaded("update", "--source", "telegram", "--json")
    assert code == 1 and out["ok"] is True, out  # it ran; the one source failed to connect
    (only,) = out["data"]["sources"]
    assert only["source"] == "telegram"
    assert only["error"]["url"].startswith("http://127.0.0.1:9/")
    code, text = loaded("update", "--source", "telegram", "--source", "minfin")
    assert code == 1 and "Traceback" not in text and "--base-url" not in text
    assert "telegram       FAILED" in text and "minfin         FAILED" in text
    assert "127.0.0.1:9/" in text
    assert snapshot(db_path) == before


def test_check_of_200_000_digits_is_an_answer_not_a_traceback(run_cli: Run, tmp_path: Path) -> None:
    """Item 10: ``ValueError: Exceeds the limit (4300 digits)`` on ``'1' * 200000``."""
    article = tmp_path / "digits.txt"
    article.write_text("1" * 200_000, encoding="utf-8")
    code, out = run_cli("check", str(article), "--as-of", "2024-12-03", "--json")
    assert code == 0 and out["ok"] is True, out
    assert out["data"]["claims"] == []
    code, text = run_cli("check", str(article), "--as-of", "2024-12-03")
    assert code == 0 and "no claims about Russia's reported losses found" in text
