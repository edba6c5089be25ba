"""`extremes`, `trend`, `forecast`, `backtest` and `losses --by` on the real PetroIvaniuk record."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from attrition.cli import main

Run = Callable[..., tuple[int, Any]]
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def record(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the PetroIvaniuk history (ingested once for this module)."""
    db = tmp_path_factory.mktemp("analysis") / "record.sqlite"
    result = CliRunner().invoke(
        main, ["ingest", str(shared_data / "petroivaniuk"), "--db", str(db), "--json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def run(run_cli: Run, record: Path) -> Run:
    def _run(*args: str) -> tuple[int, Any]:
        return run_cli(*args, db=record)

    return _run


def test_losses_by_month_under_both_conventions(run: Run) -> None:
    args = ("losses", "personnel", "--by", "month", "--from", "2024-09-01", "--to", "2024-11-30")
    code, out = run(*args, "--json")
    assert code == 0 and out["ok"]
    assert [r["value"] for r in out["data"]] == [38_130, 41_980, 45_720]
    assert out["meta"]["convention"] == "loss" and out["meta"]["as_of"] == "2026-08-08"
    assert {"period", "start", "end", "value", "convention", "days_expected", "days_present",
            "complete", "includes_corrections"} <= out["data"][0].keys()
    _, out = run(*args, "--convention", "report", "--json")
    assert [r["value"] for r in out["data"]] == [38_110, 41_890, 45_450]
    assert out["meta"]["convention"] == "report"


def test_losses_sum_gives_one_custom_period_under_either_convention(run: Run) -> None:
    args = ("losses", "personnel", "--from", "2024-11-01", "--to", "2024-11-30", "--sum")
    code, out = run(*args, "--json")
    assert code == 0
    (row,) = out["data"]
    assert (row["period"], row["value"], row["convention"]) == (
        "2024-11-01..2024-11-30", 45_720, "loss"
    )
    _, out = run(*args, "--convention", "report", "--json")
    assert out["data"][0]["value"] == 45_450
    code, out = run("losses", "personnel", "--sum", "--json")
    assert code != 0 and "--sum needs --from and --to" in out["error"]["message"]


def test_losses_by_week_text_names_the_convention(run: Run) -> None:
    code, text = run("losses", "personnel", "--by", "week", "--week-start", "sun",
                     "--from", "2024-11-03", "--to", "2024-11-09")
    assert code == 0
    assert "read as the loss date" in text and "2024-11-03..2024-11-09" in text


def test_extremes_leaves_out_the_correction_and_can_include_it(run: Run) -> None:
    code, out = run("extremes", "personnel", "--convention", "report", "--top", "3",
                    "--exclude-coarse", "--json")
    assert code == 0
    assert [t["period"] for t in out["data"]["top"]] == ["2024-12-20", "2024-11-29",
                                                         "2024-12-30"]
    excluded = {e["period"]: e["reason"] for e in out["data"]["excluded"]}
    assert "+1,060" in excluded["2025-02-28"]
    assert any("early-war" in n for n in out["data"]["notes"])
    assert out["meta"]["exclude_coarse"] is True and out["meta"]["convention"] == "report"
    _, out = run("extremes", "personnel", "--convention", "report", "--top", "1",
                 "--exclude-coarse", "--include-corrections", "--json")
    assert [(t["period"], t["value"]) for t in out["data"]["top"]] == [("2025-02-28", 2_710)]


def test_extremes_rank_of_a_day(run: Run) -> None:
    code, text = run("extremes", "personnel", "--from", "2024-11-01", "--to", "2024-11-30",
                     "--top", "2", "--rank-of", "2024-11-28")
    assert code == 0
    assert "2024-11-28" in text and "2,030" in text and "rank 2 of 1,559" in text


def test_trend_reports_change_points_cusum_and_the_since_test(run: Run) -> None:
    code, out = run("trend", "personnel", "--from", "2024-07-01", "--to", "2024-12-03",
                    "--since", "2024-10-20", "--baseline-from", "2024-09-01",
                    "--baseline-to", "2024-10-15", "--json")
    assert code == 0
    data = out["data"]
    assert "2024-10-15" in [c["day"] for c in data["change_points"]["changes"]]
    assert data["change_points"]["method"] == "pelt" and data["change_points"]["penalty"] > 0
    assert data["cusum"]["detected_on"] == "2024-10-20"
    assert (data["mean_shift"]["mean_before"], data["mean_shift"]["mean_after"]) == (
        1_271.4, 1_530.0
    )
    assert "daily_mean_7d_trailing" in data["rolling_means"]
    assert out["meta"]["convention"] == "loss" and out["meta"]["as_of"] == "2026-08-08"


def test_forecast_as_of_a_past_date(run: Run) -> None:
    code, out = run("forecast", "personnel", "--milestone", "1000000", "--milestone", "700000",
                    "--as-of", "2024-10-01", "--json")
    assert code == 0
    # issue 13: the method is chosen per category by the backtest (was always ewma7)
    assert out["meta"]["as_of"] == "2024-10-01"
    assert out["meta"]["method"] in ("ewma7", "trend", "growth")
    by_milestone = {c["milestone"]: c for c in out["data"]["crossings"]}
    assert by_milestone[700_000]["status"] == "forecast"
    assert by_milestone[1_000_000]["is_indicative"] is True
    code, text = run("forecast", "personnel", "--milestone", "1000000")
    assert "reached in the report of 2025-06-12 (losses of 2025-06-11)" in text


def test_backtest_json_rows_per_bucket(run: Run) -> None:
    code, out = run("backtest", "tanks", "--step", "250", "--from", "2025-06-02", "--json")
    assert code == 0
    assert [r["bucket"] for r in out["data"]] == ["1-7", "8-30", "31-60", "61-120", "all"]
    assert set(out["data"][0]) == {"bucket", "cases", "mae_days", "median_ae_days", "bias_days",
                                   "coverage_80", "coverage_95", "interval_score_80"}
    assert out["meta"]["step"] == 250 and out["meta"]["first_origin"] == "2025-06-02"
    assert out["meta"]["convention"] == "report"


def test_backtest_text_is_a_table(run: Run) -> None:
    code, text = run("backtest", "tanks", "--step", "250", "--from", "2025-06-02")
    assert code == 0
    assert "milestones every 250" in text and "cov80" in text


def test_unknown_category_fails_with_the_error_envelope(run: Run) -> None:
    code, out = run("forecast", "dragons", "--json")
    assert code != 0
    assert out["ok"] is False and out["error"]["type"] == "UnknownCategoryError"


def test_help_does_not_import_pandas() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from click.testing import CliRunner; from attrition.cli import main; "
        "CliRunner().invoke(main, ['forecast', '--help']); "
        "CliRunner().invoke(main, ['trend', '--help']); "
        "print(json.dumps(sorted(m for m in ('pandas', 'scipy', 'ruptures') if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True,
                         text=True, check=True)
    assert json.loads(out.stdout) == []


def test_backtest_all_prints_one_table_for_every_category(run: Run) -> None:
    code, out = run("backtest", "--all", "--method", "ewma7", "--from", "2026-01-05", "--json")
    assert code == 0, out
    categories = {r["category"] for r in out["data"]}
    assert {"personnel", "tanks", "uavs", "artillery"} <= categories
    assert all(r["method"] == "ewma7" and r["step"] > 0 for r in out["data"])
    assert out["meta"]["category"] == "all"
    code, out = run("backtest", "tanks", "--all", "--json")
    assert code != 0 and out["error"]["type"] == "UsageError"


def test_forecast_text_says_how_good_the_method_was(run: Run) -> None:
    code, text = run("forecast", "tanks", "--method", "ewma7")
    assert code == 0
    assert "in the past, forecasts" in text and "the 80% range held" in text


def test_a_rare_categorys_rate_is_its_count_models_mean_given_per_year(run: Run) -> None:
    code, out = run("forecast", "ships", "--json")
    assert code == 0 and out["meta"]["method"] == "count"
    assert 0 < out["data"]["rate_per_day"] < 0.1  # its median week is 0 ships
    code, text = run("forecast", "ships")
    rate = text.splitlines()[0].split("; rate ")[1].split(" ")[0]
    assert rate == f"{out['data']['rate_per_day'] * 365:.1f}/year", text

