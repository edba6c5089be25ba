"""`attrition ingest` says what it ingested, skipped and flagged; `attrition parse` needs no DB."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from attrition.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
REPORT = FIXTURES / "report-texts" / "2024-12-03_en.txt"

Run = Callable[..., tuple[int, Any]]


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    """A folder like shared/data: two sources' files plus a file nobody reads."""
    root = tmp_path / "inbox"
    shutil.copytree(FIXTURES / "petroivaniuk", root / "petroivaniuk")
    shutil.copytree(FIXTURES / "minfin", root / "minfin")
    (root / "PROVENANCE.md").write_text("# where the files came from\n", encoding="utf-8")
    return root


def test_ingest_text_says_what_was_ingested_skipped_and_flagged(run_cli: Run, inbox: Path) -> None:
    code, text = run_cli("ingest", str(inbox))
    assert code == 0, text
    assert "ingested 2 document(s): 90 observations added" in text
    assert "petroivaniuk" in text and "russia_losses_personnel.json" in text
    assert "PROVENANCE.md: no source recognises it" in text
    assert "flagged 4 new finding(s): total_decreased 4" in text


def test_ingest_json_has_documents_totals_skipped_and_findings(run_cli: Run, inbox: Path) -> None:
    code, out = run_cli("ingest", str(inbox), "--json")
    assert code == 0
    data = out["data"]
    assert [(d["source"], d["added"]) for d in data["documents"]] == [
        ("minfin", 84), ("petroivaniuk", 6),
    ]
    assert all(len(d["sha256"]) == 12 for d in data["documents"])
    assert data["totals"]["documents"] == 2
    assert data["totals"]["added"] == 90
    assert [Path(s["path"]).name for s in data["skipped"]] == ["PROVENANCE.md"]
    assert data["findings_by_kind"] == {"total_decreased": 4}
    assert {f["category"] for f in data["findings"]} == {"mlrs", "special_equipment"}
    assert out["meta"]["sources"] == ["minfin", "petroivaniuk"]


def test_second_ingest_is_a_no_op(run_cli: Run, inbox: Path) -> None:
    run_cli("ingest", str(inbox))
    code, text = run_cli("ingest", str(inbox))
    assert code == 0
    assert "nothing new to ingest" in text
    assert "unchanged (already ingested)" in text
    assert "flagged nothing new" in text


def test_unknown_forced_source_is_a_usage_error(run_cli: Run, inbox: Path) -> None:
    code, out = run_cli("ingest", str(inbox), "--source", "nope", "--json")
    assert code != 0
    assert out["error"]["type"] == "UsageError"
    assert "unknown source 'nope'" in out["error"]["message"]


def test_missing_path_fails_without_a_traceback(run_cli: Run, tmp_path: Path) -> None:
    code, text = run_cli("ingest", str(tmp_path / "absent"))
    assert code != 0
    assert text.startswith("error: no such file or folder")


def _parse(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["parse", *args])
    return result.exit_code, result.stdout + result.stderr


def test_parse_prints_one_record_per_category(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "never.sqlite"
    monkeypatch.setenv("ATTRITION_DB", str(db))
    code, out = _parse(str(REPORT), "--json")
    assert code == 0, out
    data = json.loads(out)["data"]
    assert (data["report_date"], data["loss_date"], data["language"]) == (
        "2024-12-03", "2024-12-02", "en"
    )
    assert data["heading_date"] == "2024-12-03"
    assert data["heading_date_mismatch"] is False
    assert len(data["records"]) == 14
    personnel = data["records"][0]
    assert personnel == {
        "category": "personnel", "label": "personnel", "total": 745_700,
        "increment_printed": 1_780, "is_approximate": True, "line_no": 2,
    }
    tanks = data["records"][1]
    assert (tanks["category"], tanks["total"], tanks["is_approximate"]) == ("tanks", 9_486, False)
    assert not db.exists(), "parse must not open a database"


def test_parse_text_shows_report_and_loss_dates() -> None:
    code, text = _parse(str(REPORT))
    assert code == 0
    assert text.startswith("report date 2024-12-03 (losses of 2024-12-02)")
    assert "about 745,700 (+1,780)" in text


def test_parse_flags_a_heading_that_names_another_day(tmp_path: Path) -> None:
    page = tmp_path / "2024-12-04_en.txt"  # the file says the 4th, the heading the 3rd
    page.write_bytes(REPORT.read_bytes())
    code, out = _parse(str(page), "--json")
    assert code == 0
    data = json.loads(out)["data"]
    assert (data["report_date"], data["heading_date"]) == ("2024-12-04", "2024-12-03")
    assert data["heading_date_mismatch"] is True
    code, text = _parse(str(page))
    assert "heading says 2024-12-03" in text and "[heading date mismatch]" in text


def test_parse_bad_number_names_file_line_and_field() -> None:
    bad = FIXTURES / "bad" / "report" / "2024-12-03_en.txt"
    code, text = _parse(str(bad))
    assert code != 0
    assert text.startswith(f"error: {bad}:3: tanks:")
    code, out = _parse(str(bad), "--json")
    error = json.loads(out)["error"]
    assert (error["type"], error["line_no"], error["field"]) == ("ParseError", 3, "tanks")
