"""`attrition run` (what `make run` calls): import ATTRITION_IMPORT if set, then show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

Run = Callable[..., tuple[int, Any]]


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "data"
    for name in ("petroivaniuk", "minfin", "report-texts"):
        shutil.copytree(FIXTURES / name, root / name)
    return root


def test_without_an_import_path_it_says_how_to_import(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ATTRITION_IMPORT", raising=False)
    # every live source is sent to a closed port on this machine: "no network", offline
    monkeypatch.setenv("ATTRITION_BASE_URL", "http://127.0.0.1:9")
    code, text = run_cli("run")
    assert code == 0, text
    assert "No live source could be reached" in text
    assert "ATTRITION_IMPORT=../shared/data make run" in text
    assert "attrition ingest PATH" in text
    assert "latest figures: none" in text
    code, out = run_cli("run", "--json")
    assert out["data"]["ingest"] is None
    assert out["data"]["live_fetch"] == "unreachable"
    assert out["data"]["latest"] == []
    assert out["data"]["status"]["sources"] == []


def test_with_an_import_path_it_ingests_then_shows_the_latest_figures(
    run_cli: Run, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTRITION_IMPORT", str(inbox))
    code, out = run_cli("run", "--json")
    assert code == 0, out
    data = out["data"]
    assert data["import_path"] == str(inbox)
    assert data["ingest"]["totals"]["documents"] == 3
    assert {s["name"] for s in data["status"]["sources"]} == {"gs_text", "minfin", "petroivaniuk"}
    latest = {r["category"]: r for r in data["latest"]}
    assert "ground_robots" not in latest  # never reported in these files
    assert len(latest) == 14
    assert (latest["personnel"]["report_date"], latest["personnel"]["loss_date"]) == (
        "2024-12-04", "2024-12-03"
    )
    assert (latest["personnel"]["total"], latest["personnel"]["increment_diff"]) == (747_370, 1_670)
    code, text = run_cli("run")
    assert code == 0
    assert "nothing new to ingest" in text
    assert "latest report 2024-12-04 (losses of 2024-12-03)" in text
    assert "747,370" in text and "+1,670" in text


def test_a_missing_import_path_fails_clearly(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTRITION_IMPORT", str(tmp_path / "nowhere"))
    code, text = run_cli("run")
    assert code != 0
    assert text.startswith("error: no such file or folder")


@pytest.mark.integration
def test_make_run_imports_the_whole_shared_data_folder(
    run_cli: Run, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the README's `ATTRITION_IMPORT=../shared/data make run`: every file in the folder is
    # offered to every source; notes such as PROVENANCE.md must be skipped, not parsed
    monkeypatch.setenv("ATTRITION_IMPORT", str(shared_data))
    code, out = run_cli("run", "--json")
    assert code == 0, out
    ingest = out["data"]["ingest"]
    sources = {d["source"] for d in ingest["documents"]}
    assert {"gs_text", "petroivaniuk", "lod_db", "minfin", "russianwarship"} <= sources
    skipped = {Path(s["path"]).name for s in ingest["skipped"]}
    assert {"PROVENANCE.md", "INDEX.csv"} <= skipped
    latest = {r["category"]: r for r in out["data"]["latest"]}
    assert latest["personnel"]["report_date"] == "2026-08-22"
