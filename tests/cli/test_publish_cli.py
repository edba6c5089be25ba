"""`brief`, `chart`, `card` and `export` on the real PetroIvaniuk record, through the CLI."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from attrition.cli import main

Run = Callable[..., tuple[int, Any]]
AS_OF = "2024-12-04"


@pytest.fixture(scope="module")
def record(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the PetroIvaniuk history (ingested once for this module)."""
    db = tmp_path_factory.mktemp("publish_cli") / "record.sqlite"
    folder = shared_data / "petroivaniuk"
    result = CliRunner().invoke(
        main, ["ingest", "--source", "petroivaniuk", "--db", str(db), "--json",
               *(str(folder / n) for n in ("russia_losses_personnel.json",
                                           "russia_losses_equipment.json",
                                           "russia_losses_equipment_correction.json"))],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def run(run_cli: Run, record: Path) -> Run:
    def _run(*args: str) -> tuple[int, Any]:
        return run_cli(*args, db=record)

    return _run


@pytest.fixture(scope="module")
def brief_json(record: Path) -> dict[str, Any]:
    """`attrition brief --as-of 2024-12-04 --json`, parsed."""
    result = CliRunner().invoke(main, ["brief", "--db", str(record), "--as-of", AS_OF,
                                       "--format", "md", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


@pytest.mark.integration
def test_brief_json_envelope(brief_json: dict[str, Any]) -> None:
    assert brief_json["ok"] is True
    meta = brief_json["meta"]
    assert meta["convention"] == "loss" and meta["as_of"] == AS_OF
    assert meta["sources"] == ["petroivaniuk"]
    data = brief_json["data"]
    latest = data["facts"][0]
    assert latest["kind"] == "latest" and latest["data"]["total"] == 747_370
    assert data["format"] == "md" and "```sh" in data["text"]


@pytest.mark.integration
def test_brief_commands_run_and_reproduce_the_numbers(run: Run,
                                                      brief_json: dict[str, Any]) -> None:
    facts = {f["kind"]: f for f in brief_json["data"]["facts"]}
    results: dict[str, list[Any]] = {}
    for kind, fact in facts.items():
        for command in fact["citation"]["commands"]:
            args = shlex.split(command)[1:]
            code, payload = run(*args, "--json")
            assert code == 0 and payload["ok"], command
            results.setdefault(kind, []).append(payload["data"])
    assert results["latest"][0][0]["total"] == facts["latest"]["data"]["total"]
    months = {r["period"]: r["value"] for r in results["complete_months"][0]}
    assert months == {m["period"]: m["value"] for m in facts["complete_months"]["data"]["months"]}
    report_months = {r["period"]: r["value"] for r in results["complete_months"][1]}
    assert report_months["2024-11"] == 45_450
    top = [t["value"] for t in results["top_days"][0]["top"]]
    assert top == [t["value"] for t in facts["top_days"]["data"]["windows"][0]["top"]]
    (week,) = results["last_7_days"][0]
    assert (week["value"], week["previous_value"]) == (11_960, 9_670)
    assert week["convention"] == "loss" and week["days_present"] == 7


@pytest.mark.integration
def test_brief_writes_a_file(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    code, text = run("brief", "--as-of", AS_OF, "--lang", "uk", "--format", "html",
                     "-o", str(out))
    assert code == 0 and f"wrote {out}" in text
    html = out.read_text(encoding="utf-8")
    assert '<html lang="uk">' in html and "Застереження" in html


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["daily", "monthly", "cumulative", "categories", "calendar",
                                  "yoy"])
def test_chart_writes_the_format_its_name_asks_for(run: Run, tmp_path: Path, kind: str) -> None:
    png = tmp_path / f"{kind}.png"
    code, payload = run("chart", kind, "personnel", "--as-of", AS_OF, "-o", str(png), "--json")
    assert code == 0, payload
    assert payload["data"]["format"] == "png" and payload["data"]["width_px"] == 1200
    assert payload["meta"]["sources"] == ["petroivaniuk"]
    assert payload["meta"]["convention"] == "loss" and payload["meta"]["as_of"] == AS_OF
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / f"{kind}.svg"
    code, text = run("chart", kind, "--as-of", AS_OF, "-o", str(svg))
    assert code == 0 and "wrote" in text
    assert "loss-date convention" in svg.read_text(encoding="utf-8")


@pytest.mark.integration
def test_chart_errors_exit_non_zero(run: Run, tmp_path: Path) -> None:
    code, payload = run("chart", "daily", "tanks", "-o", str(tmp_path / "x.gif"), "--json")
    assert code != 0 and payload["ok"] is False
    assert payload["error"]["type"] == "UsageError"
    code, text = run("chart", "daily", "no such thing", "-o", str(tmp_path / "x.png"))
    assert code != 0 and "unknown category" in text


@pytest.mark.integration
@pytest.mark.parametrize(("size", "expected"), [("1080x1080", [1080, 1080]),
                                                ("1200x675", [1200, 675])])
def test_card_sizes(run: Run, tmp_path: Path, size: str, expected: list[int]) -> None:
    from PIL import Image

    out = tmp_path / "card.png"
    code, payload = run("card", "--as-of", AS_OF, "--lang", "uk", "--size", size,
                        "-o", str(out), "--json")
    assert code == 0, payload
    assert [payload["data"]["width_px"], payload["data"]["height_px"]] == expected
    with Image.open(out) as image:
        assert list(image.size) == expected
    assert payload["meta"]["report_date"] == AS_OF and payload["meta"]["loss_date"] == "2024-12-03"
    assert payload["meta"]["sources"] == ["petroivaniuk"]


@pytest.mark.integration
@pytest.mark.parametrize(("fmt", "ext"), [("csv", "csv"), ("json", "json"),
                                          ("parquet", "parquet"), ("datapackage", "csv")])
def test_export_formats_keep_stable_names(run: Run, tmp_path: Path, fmt: str, ext: str) -> None:
    code, payload = run("export", "--format", fmt, "-o", str(tmp_path), "--as-of", AS_OF,
                        "--json")
    assert code == 0, payload
    names = set(payload["data"]["files"])
    assert {f"losses_long.{ext}", f"losses_daily_wide.{ext}", f"losses_monthly.{ext}",
            "latest.json", "last_updated.txt"} <= names
    assert ("datapackage.json" in names) == (fmt == "datapackage")
    assert payload["meta"]["sources"] == ["petroivaniuk"]
    assert (tmp_path / "last_updated.txt").read_text(encoding="utf-8") == f"{AS_OF}\n"


def test_publish_commands_do_not_import_matplotlib_or_pandas_at_start() -> None:
    code = ("import sys; import attrition.cli.publish; "
            "print(sorted(m for m in ('matplotlib', 'pandas', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
