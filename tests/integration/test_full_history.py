"""The whole published history, imported from ../shared/data, answers the known figures.

Bulk mirrors (PetroIvaniuk, lod-db, minfin) first, then the official report texts; the
consensus must give the press figures under both date conventions, keep the printed
increment where a silent revision inflated the diff, and flag the one known typo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attrition.store import open_store

pytestmark = pytest.mark.integration

Run = Callable[..., tuple[int, Any]]


@pytest.fixture(scope="module")
def history(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Ingest the bulk history, then the report texts, into one database (once per module)."""
    from click.testing import CliRunner

    from attrition.cli import main

    db = tmp_path_factory.mktemp("history") / "history.sqlite"

    def run(*args: str) -> tuple[int, Any]:
        import json

        result = CliRunner().invoke(main, [args[0], "--db", str(db), *args[1:]])
        try:
            return result.exit_code, json.loads(result.stdout)
        except json.JSONDecodeError:
            return result.exit_code, result.stdout + result.stderr

    bulk = [str(shared_data / d) for d in ("petroivaniuk", "lod-db-orc-losses", "minfin-csv")]
    code, first = run("ingest", *bulk, "--json")
    assert code == 0, first
    code, texts = run("ingest", str(shared_data / "report-texts"), "--json")
    assert code == 0, texts
    reports = str(shared_data / "report-texts")
    return {"db": db, "run": run, "bulk": bulk, "reports": reports, "first": first, "texts": texts}


def test_bulk_import_reads_every_data_file_and_skips_the_rest(history: dict[str, Any]) -> None:
    data = history["first"]["data"]
    names = sorted(Path(d["locator"]).name for d in data["documents"])
    assert names == [
        "russia_losses-2022.csv",
        "russia_losses.csv",
        "russia_losses_equipment.json",
        "russia_losses_equipment_correction.json",
        "russia_losses_equipment_oryx.json",  # Oryx per-model counts: independent (issue 10)
        "russia_losses_personnel.json",
        "russian-losses.json",
    ]
    skipped = sorted(Path(s["path"]).name for s in data["skipped"])
    assert skipped == ["russian-losses.en.schema.json"]
    assert data["totals"]["added"] > 60_000


def test_personnel_on_2024_12_03_under_both_conventions(history: dict[str, Any]) -> None:
    run = history["run"]
    code, by_report = run(
        "losses", "personnel", "--on", "2024-12-03", "--convention", "report", "--json"
    )
    assert code == 0
    code, by_loss = run("losses", "personnel", "--on", "2024-12-02", "--json")
    assert code == 0
    assert by_report["data"] == by_loss["data"]
    (row,) = by_loss["data"]
    assert (row["report_date"], row["loss_date"]) == ("2024-12-03", "2024-12-02")
    assert (row["total"], row["increment_diff"]) == (745_700, 1_780)
    assert {"petroivaniuk", "lod_db", "minfin"} <= set(row["sources"])
    assert by_loss["meta"]["convention"] == "loss"
    assert by_report["meta"]["convention"] == "report"


def test_silent_revision_keeps_the_printed_increment_and_is_flagged(
    history: dict[str, Any],
) -> None:
    run = history["run"]
    _, out = run("losses", "personnel", "--on", "2025-02-28", "--convention", "report", "--json")
    (row,) = out["data"]
    assert (row["increment_printed"], row["increment_diff"]) == (1_060, 2_710)
    assert row["has_correction"] is True
    _, found = run(
        "findings", "--kind", "increment_mismatch", "--category", "personnel",
        "--from", "2025-02-28", "--to", "2025-02-28", "--json",
    )
    (finding,) = found["data"]
    assert finding["details"]["increment_printed"] == 1_060
    assert finding["details"]["increment_diff"] == 2_710


def test_ingesting_twice_adds_nothing(history: dict[str, Any]) -> None:
    store = open_store(history["db"])
    try:
        before = store.counts()
    finally:
        store.close()
    run = history["run"]
    code, again = run("ingest", *history["bulk"], history["reports"], "--json")
    assert code == 0
    assert again["data"]["documents"] == []
    assert again["data"]["totals"]["added"] == 0
    store = open_store(history["db"])
    try:
        assert store.counts() == before
    finally:
        store.close()


def test_report_texts_agree_with_the_consensus_except_the_known_typo(
    history: dict[str, Any],
) -> None:
    texts = history["texts"]["data"]
    assert len(texts["documents"]) == 12, texts["skipped"]
    assert [Path(s["path"]).name for s in texts["skipped"]] == ["INDEX.csv"]
    store = open_store(history["db"])
    try:
        disagreeing = []
        for (category, day), total in store.source_totals("gs_text").items():
            (row,) = store.consensus_rows(category, day, day)
            if row.total != total:
                disagreeing.append((category, day.isoformat(), total, row.total))
        typo = store.findings(kind="disagreement", category="personnel")
    finally:
        store.close()
    assert disagreeing == [("personnel", "2023-10-23", 294_799, 294_700)]
    assert any(
        f.report_date is not None and f.report_date.isoformat() == "2023-10-23"
        and f.details.get("values", {}).get("gs_text") == 294_799
        for f in typo
    )
    _, text = history["run"]("losses", "personnel", "--on", "2023-10-22")
    assert "294,700" in text and "disagreeing: gs_text 294,799" in text


def test_status_lists_every_source(history: dict[str, Any]) -> None:
    code, out = history["run"]("status", "--json")
    assert code == 0
    names = {s["name"] for s in out["data"]["sources"]}
    assert {"petroivaniuk", "lod_db", "minfin", "gs_text"} <= names
    petro = next(s for s in out["data"]["sources"] if s["name"] == "petroivaniuk")
    assert petro["first_report_date"] == "2022-02-25"
    assert petro["last_report_date"] == "2026-08-08"
    assert out["data"]["latest_report_date"] == "2026-08-22"
    assert set(out["meta"]["sources"]) == names
