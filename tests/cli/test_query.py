"""`attrition status`, `losses` and `findings` on a small fixture record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

Run = Callable[..., tuple[int, Any]]


@pytest.fixture()
def loaded(run_cli: Run) -> Run:
    code, out = run_cli("ingest", str(FIXTURES / "petroivaniuk"), str(FIXTURES / "minfin"), "--json")
    assert code == 0, out
    return run_cli


def test_losses_on_a_loss_date_gives_the_next_days_report(loaded: Run) -> None:
    code, out = loaded("losses", "personnel", "--on", "2024-12-02", "--json")
    assert code == 0
    assert out["ok"] is True
    (row,) = out["data"]
    assert row["report_date"] == "2024-12-03"
    assert row["loss_date"] == "2024-12-02"
    assert row["total"] == 745_700
    assert row["increment_diff"] == 1_780
    assert row["is_approximate"] is True
    assert sorted(row["sources"]) == ["minfin", "petroivaniuk"]
    assert {"increment_printed", "span_days", "has_correction"} <= row.keys()
    assert out["meta"]["convention"] == "loss"
    assert out["meta"]["as_of"] is None
    assert out["meta"]["sources"] == ["minfin", "petroivaniuk"]


def test_report_convention_names_the_same_row_by_its_report_date(loaded: Run) -> None:
    _, by_loss = loaded("losses", "personnel", "--on", "2024-12-02", "--json")
    _, by_report = loaded(
        "losses", "personnel", "--on", "2024-12-03", "--convention", "report", "--json"
    )
    assert by_report["data"] == by_loss["data"]
    assert by_report["meta"]["convention"] == "report"


def test_text_output_says_which_date_it_reads(loaded: Run) -> None:
    code, text = loaded("losses", "tanks", "--from", "2024-11-30", "--to", "2024-12-01")
    assert code == 0
    assert "loss date (report date − 1)" in text
    assert "2024-12-01" in text and "9,469" in text and "9,478" in text
    _, text = loaded("losses", "tanks", "--on", "2024-12-01", "--convention", "report")
    assert "read as the report date" in text


def test_category_aliases_are_accepted(loaded: Run) -> None:
    _, out = loaded("losses", "ББМ", "--on", "2024-12-02", "--json")
    assert out["data"][0]["category"] == "armoured_vehicles"
    assert out["data"][0]["total"] == 19_419


def test_without_dates_losses_gives_the_latest_report_and_as_of_limits_it(loaded: Run) -> None:
    _, latest = loaded("losses", "personnel", "--json")
    assert [r["report_date"] for r in latest["data"]] == ["2024-12-04"]
    _, then = loaded("losses", "personnel", "--as-of", "2024-12-01", "--json")
    assert [r["report_date"] for r in then["data"]] == ["2024-12-01"]
    assert then["meta"]["as_of"] == "2024-12-01"


def test_a_day_without_a_report_gives_no_rows(loaded: Run) -> None:
    code, out = loaded("losses", "personnel", "--on", "2023-01-01", "--json")
    assert (code, out["data"]) == (0, [])
    _, text = loaded("losses", "personnel", "--on", "2023-01-01")
    assert "no consensus figure" in text


@pytest.mark.parametrize(
    ("args", "error_type", "words"),
    [
        pytest.param(("zeppelins",), "UnknownCategoryError", "zeppelins", id="unknown-category"),
        pytest.param(("tanks", "--on", "2024-13-01"), "UsageError", "not a date", id="bad-date"),
        pytest.param(
            ("tanks", "--on", "2024-12-01", "--from", "2024-11-01"), "UsageError", "not both",
            id="on-and-from",
        ),
    ],
)
def test_bad_options_fail_with_a_typed_error(
    loaded: Run, args: tuple[str, ...], error_type: str, words: str
) -> None:
    code, out = loaded("losses", *args, "--json")
    assert code != 0
    assert out["ok"] is False
    assert out["error"]["type"] == error_type
    assert words in out["error"]["message"]
    code, text = loaded("losses", *args)
    assert code != 0
    assert text.startswith("error: ") and words in text


def test_status_lists_sources_counts_and_findings(loaded: Run) -> None:
    code, out = loaded("status", "--json")
    assert code == 0
    data = out["data"]
    names = [s["name"] for s in data["sources"]]
    assert sorted(names) == ["minfin", "petroivaniuk"]
    minfin = next(s for s in data["sources"] if s["name"] == "minfin")
    assert minfin["report_days"] == 6
    assert minfin["first_report_date"] == "2024-11-29"
    assert minfin["last_report_date"] == "2024-12-04"
    assert minfin["last_fetched_at"] is not None
    assert minfin["title"]
    assert data["latest_report_date"] == "2024-12-04"
    assert data["counts"]["documents"] == 2
    assert data["findings_by_kind"]["total_decreased"] >= 1
    assert out["meta"]["sources"] == ["minfin", "petroivaniuk"]
    code, text = loaded("status")
    assert "latest report 2024-12-04" in text and "minfin" in text


def test_status_of_an_empty_record_says_how_to_import(run_cli: Run) -> None:
    code, text = run_cli("status")
    assert code == 0
    assert "attrition ingest PATH" in text


def test_findings_filter_by_kind_category_and_dates(loaded: Run) -> None:
    _, everything = loaded("findings", "--json")
    assert everything["data"], "the fixture has decreasing totals"
    _, special = loaded(
        "findings", "--kind", "total_decreased", "--category", "special equipment", "--json"
    )
    assert special["data"]
    assert {f["kind"] for f in special["data"]} == {"total_decreased"}
    assert {f["category"] for f in special["data"]} == {"special_equipment"}
    assert {f["report_date"] for f in special["data"]} == {"2024-11-30"}
    _, that_day = loaded("findings", "--from", "2024-11-30", "--to", "2024-11-30", "--json")
    assert len(that_day["data"]) == 4  # mlrs and special equipment, minfin and consensus
    _, later = loaded("findings", "--from", "2024-12-01", "--to", "2024-12-04", "--json")
    assert later["data"] == []
    _, text = loaded("findings", "--kind", "total_decreased")
    assert "special_equipment" in text


def test_running_losses_imports_neither_pandas_nor_numpy(loaded: Run, db_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from attrition.cli import main\n"
        "try:\n"
        f"    main(['losses', 'personnel', '--on', '2024-12-02', '--json', '--db', {str(db_path)!r}])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "print(sorted({'pandas', 'numpy'} & set(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert '"total": 745700' in out.stdout
    assert out.stderr.strip() == "[]"
