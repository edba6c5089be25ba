"""The charts beside the record: General Staff vs Oryx with the ratio, and DeepState's territory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest

import attrition
from attrition.errors import UsageError
from attrition.ingest import ingest_paths
from attrition.publish.chart_frame import OKABE_ITO
from attrition.store import open_store

pytestmark = pytest.mark.integration
NOW = datetime(2026, 8, 23, tzinfo=UTC)
MONTHS = ("20241001", "20241101", "20241201")


@pytest.fixture(scope="module")
def db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Official equipment, Oryx's per-day history, and three month-start DeepState maps."""
    path = tmp_path_factory.mktemp("independent-charts") / "db.sqlite"
    store = open_store(path)
    deepstate = shared_data / "deepstate" / "cyterat-daily-geojson"
    try:
        ingest_paths(store, [shared_data / "petroivaniuk" / "russia_losses_equipment.json",
                             shared_data / "oryx" / "derived",
                             *(deepstate / f"deepstatemap_data_{d}.geojson" for d in MONTHS)],
                     now=NOW)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def record(db: Path) -> Iterator[Any]:
    with attrition.open(db) as opened:
        yield opened


def _desc(svg: Path) -> str:
    (desc,) = re.findall(r"<desc id=\"chart-desc\">(.*?)</desc>", svg.read_text(), flags=re.S)
    return unescape(desc).replace("\u00a0", " ")


def _texts(svg: Path) -> str:
    raw = svg.read_text(encoding="utf-8")
    return "\n".join(unescape(t).replace("\u00a0", " ")
                     for t in re.findall(r"<text[^>]*>(.*?)</text>", raw, flags=re.S))


def _png_description(png: Path) -> str:
    from PIL import Image

    with Image.open(png) as image:
        return str(image.info["Description"]).replace("\u00a0", " ")


def test_compare_chart_draws_both_series_and_the_ratio(record: Any, tmp_path: Path) -> None:
    svg = record.chart("compare", "tanks", output=tmp_path / "c.svg").chart
    png = record.chart("compare", "tanks", output=tmp_path / "c.png").chart
    assert svg.path.is_file() and png.path.is_file() and png.width_px == 1200
    raw = svg.path.read_text().lower()
    # both lines in their Okabe–Ito colours, and the legend names both series
    assert f"stroke: {OKABE_ITO['blue'].lower()}" in raw
    assert f"stroke: {OKABE_ITO['vermillion'].lower()}" in raw
    text = _texts(svg.path)
    assert "General Staff" in text and "Oryx (photo-confirmed)" in text
    assert "General Staff ÷ Oryx" in text  # the ratio panel
    assert "Oryx (photo-confirmed, page date)" in text  # the source line names both sources
    # the Oryx history ends on 2025-07-19 with 4,074 tanks (destroyed+damaged+abandoned+captured)
    assert svg.shown["oryx_last_date"].isoformat() == "2025-07-19"
    assert svg.shown["oryx_last"] == 4_074
    assert svg.shown["ratio_last"] == pytest.approx(2.71, abs=0.02)
    assert set(svg.sources) >= {"oryx", "petroivaniuk"}


def test_compare_chart_alt_text_names_both_figures_and_the_ratio(
    record: Any, tmp_path: Path
) -> None:
    svg = record.chart("compare", "tanks", output=tmp_path / "c.svg").chart
    png = record.chart("compare", "tanks", output=tmp_path / "c.png").chart
    shown = svg.shown
    desc = _desc(svg.path)
    assert desc == svg.alt_text.replace("\u00a0", " ")
    assert f"General Staff (by loss date): {shown['official_last']:,}" in desc
    assert "Oryx (photo-confirmed): 4,074 by 19 July 2025" in desc
    assert f"to {shown['ratio_last']:.2f}" in desc
    assert _png_description(png.path) == desc
    uk = record.chart("compare", "tanks", output=tmp_path / "uk.svg", lang="uk").chart
    assert "Oryx (підтверджено фото): 4 074" in _desc(uk.path)


def test_territory_chart_draws_monthly_bars_and_the_area_line(record: Any, tmp_path: Path) -> None:
    svg = record.chart("territory", output=tmp_path / "t.svg").chart
    record.chart("territory", output=tmp_path / "t.png")
    raw = svg.path.read_text().lower()
    assert f"fill: {OKABE_ITO['vermillion'].lower()}" in raw  # gains as bars
    assert f"stroke: {OKABE_ITO['black'].lower()}" in raw  # the occupied area as a line
    text = _texts(svg.path)
    assert "net change per month, km²" in text and "occupied area, km²" in text
    assert "Source: DeepState map" in text
    assert svg.shown["months"]["2024-11"] == pytest.approx(725.9, abs=0.1)
    assert svg.sources == ("deepstate",)
    desc = _desc(svg.path)
    assert "the largest gain +725.9 km² (November 2024)" in desc
    assert "Line of the occupied area: from" in desc


def test_chart_as_of_cuts_the_independent_series_too(record: Any, tmp_path: Path) -> None:
    chart = record.chart("territory", output=tmp_path / "t.svg", as_of="2024-11-15").chart
    assert set(chart.shown["months"]) == {"2024-10"}
    compare = record.chart("compare", "tanks", output=tmp_path / "c.svg",
                           as_of="2024-01-01").chart
    assert compare.shown["oryx_last_date"].isoformat() <= "2024-01-01"


@pytest.mark.parametrize(("kind", "category", "words"), [
    pytest.param("compare", "personnel", "Oryx has no type that maps to personnel", id="no-oryx"),
    pytest.param("compare", "tankz", "tankz", id="unknown"),
    pytest.param("territory", "tanks", "chart territory takes no category", id="territory"),
])
def test_bad_category_is_a_clear_error_and_writes_nothing(
    record: Any, tmp_path: Path, kind: str, category: str, words: str
) -> None:
    out = tmp_path / "x.svg"
    with pytest.raises(UsageError, match=words):
        record.chart(kind, category, output=out)
    assert not out.exists()


def test_cli_chart_compare_and_its_bad_category(db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from attrition.cli import main

    out = tmp_path / "c.svg"
    ok = CliRunner().invoke(main, ["chart", "compare", "tanks", "-o", str(out), "--db", str(db)])
    assert ok.exit_code == 0, ok.output
    assert "Tanks: General Staff vs Oryx" in ok.output and out.is_file()
    bad = CliRunner().invoke(main, ["chart", "compare", "personnel", "-o", str(out),
                                    "--db", str(db)])
    assert bad.exit_code != 0
    assert "Oryx has no type that maps to personnel" in bad.output
