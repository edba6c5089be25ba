"""Every chart kind, drawn for a past date from the real data: the numbers, lines and sizes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import UsageError
from attrition.library.publishing import publish_record
from attrition.publish.charts import CHART_KINDS, PNG_DPI, SOURCE_LINE, WIDTH_IN, render_chart
from attrition.store import Store

AS_OF = date(2024, 12, 4)
DAY = timedelta(days=1)
BLUE = (0, 114, 178)  # Okabe–Ito blue: bars and lines
VERMILLION = (213, 94, 0)  # Okabe–Ito vermillion: the 7-day mean, the calendar's peak


def _n(value: int) -> str:
    return f"{value:,}"


def _has_colour(path: Path, rgb: tuple[int, int, int]) -> int:
    import numpy as np
    from PIL import Image

    with Image.open(path) as image:
        pixels = np.asarray(image.convert("RGB"))
    return int((pixels == np.array(rgb, dtype=np.uint8)).all(axis=-1).sum())


@pytest.fixture(scope="module")
def drawn(pi_store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every kind as SVG and PNG for as-of 2024-12-04 (English)."""
    folder = tmp_path_factory.mktemp("charts")
    out = {}
    for kind in CHART_KINDS:
        svg = render_chart(publish_record(pi_store, AS_OF), kind, "personnel", folder / f"{kind}.svg")
        png = render_chart(publish_record(pi_store, AS_OF), kind, "personnel", folder / f"{kind}.png")
        out[kind] = (svg, png)
    return out


@pytest.mark.integration
@pytest.mark.parametrize("kind", CHART_KINDS)
def test_every_chart_has_title_source_line_and_data_version(
    kind: str, drawn: dict[str, Any], helpers: Any
) -> None:
    svg, png = drawn[kind]
    text = helpers.svg_text(svg.path)
    assert svg.title in text
    assert SOURCE_LINE["en"] in text
    assert "Source: General Staff of the Armed Forces of Ukraine via attrition; " \
           "loss-date convention" in text
    assert f"data: report 2024-12-04 · #{svg.version.digest}" in text
    width, height = helpers.png_size(png.path)
    assert width == int(WIDTH_IN * PNG_DPI) == 1200  # drawn for 600 px, written at 2x
    assert (width, height) == (png.width_px, png.height_px)
    assert 600 < height < 2000
    # the data is drawn, not just the frame: bars/lines in blue, the calendar's outlined peak
    colour = VERMILLION if kind == "calendar" else BLUE
    assert _has_colour(png.path, colour) > 100


@pytest.mark.integration
def test_daily_chart_shows_the_last_day_and_the_7_day_mean(drawn: dict[str, Any], pi_raw: dict,
                                                           helpers: Any) -> None:
    p = pi_raw["personnel"]
    last = p[AS_OF] - p[AS_OF - DAY]
    mean = (p[AS_OF] - p[AS_OF - 7 * DAY]) / 7
    svg, png = drawn["daily"]
    text = helpers.svg_text(svg.path)
    assert f"3 Dec 2024: {_n(last)}" in text and last == 1_670
    assert f"mean: {_n(round(mean))}" in text
    assert "7-day trailing mean" in text
    assert svg.shown["daily_mean_7d_trailing"] == pytest.approx(mean, abs=0.05)
    assert svg.start == AS_OF - 90 * DAY and svg.end == AS_OF - DAY
    assert _has_colour(png.path, VERMILLION) > 100


@pytest.mark.integration
def test_monthly_chart_uses_loss_dates_and_marks_the_partial_month(
    drawn: dict[str, Any], pi_raw: dict, helpers: Any
) -> None:
    p = pi_raw["personnel"]
    november = p[date(2024, 12, 1)] - p[date(2024, 11, 1)]
    december = p[AS_OF] - p[date(2024, 12, 1)]
    svg, _ = drawn["monthly"]
    text = helpers.svg_text(svg.path)
    assert _n(november) in text and november == 45_720
    assert f"{_n(december)}\n" in text or _n(december) in text
    assert "(3/31)" in text
    assert "partial month" in text
    assert "by loss date" in text
    assert svg.shown["partial"] == ["2024-12"]


@pytest.mark.integration
def test_cumulative_chart_shows_the_total_and_the_milestone_fan(
    drawn: dict[str, Any], pi_raw: dict, helpers: Any
) -> None:
    svg, _ = drawn["cumulative"]
    text = helpers.svg_text(svg.path)
    total = pi_raw["personnel"][AS_OF]
    assert _n(total) in text and total == 747_370
    assert "750,000" in text
    for level in ("50%", "80%", "95%"):
        assert level in text
    assert svg.shown["milestone"] == 750_000
    lo, hi = svg.shown["interval_95"]
    assert AS_OF - DAY < lo <= svg.shown["crossing_loss_date"] <= hi


@pytest.mark.integration
def test_categories_chart_has_a_panel_per_category_with_its_total(
    drawn: dict[str, Any], pi_raw: dict, helpers: Any
) -> None:
    svg, _ = drawn["categories"]
    text = " ".join(helpers.svg_text(svg.path).split())  # long names wrap in the panels
    for key, label in (("tanks", "tanks"), ("armoured_vehicles", "armoured combat vehicles"),
                       ("uavs", "operational-tactical UAVs"), ("submarines", "submarines")):
        assert f"{label} {_n(pi_raw[key][AS_OF])}" in text
    assert "ground robotic systems" not in text  # not reported until 2026
    assert len(svg.shown) == 14


@pytest.mark.integration
def test_calendar_marks_the_highest_day(drawn: dict[str, Any], pi_raw: dict,
                                        helpers: Any) -> None:
    p = pi_raw["personnel"]
    days = [date(2024, 1, 1) + k * DAY for k in range((AS_OF - date(2024, 1, 1)).days)]
    daily = {d: p[d + DAY] - p[d] for d in days}  # by loss date
    peak = max(daily, key=lambda d: daily[d])
    svg, _ = drawn["calendar"]
    text = helpers.svg_text(svg.path)
    assert f"Highest: {peak.day} November 2024, {_n(daily[peak])}" in text
    assert (peak, daily[peak]) == (svg.shown["peak_loss_date"], svg.shown["peak_value"])
    assert "Jan 2024" in text and "Dec 2024" in text


@pytest.mark.integration
def test_yoy_chart_gives_each_year_to_date(drawn: dict[str, Any], pi_raw: dict,
                                           helpers: Any) -> None:
    p = pi_raw["personnel"]
    this_year = p[AS_OF] - p[date(2024, 1, 1)]
    last_year = p[date(2024, 1, 1)] - p[date(2023, 1, 1)]
    same_day_2023 = p[date(2023, 12, 4)] - p[date(2023, 1, 1)]
    svg, _ = drawn["yoy"]
    text = helpers.svg_text(svg.path)
    assert f"2024: {_n(this_year)}" in text
    assert f"2023: {_n(last_year)}" in text
    assert f"2023: {_n(same_day_2023)}" in text  # "By 3 December" note
    assert svg.shown["same_day"][2023] == same_day_2023


@pytest.mark.integration
def test_ukrainian_chart_uses_ukrainian_numbers_dates_and_source_line(
    pi_store: Store, tmp_path: Path, helpers: Any
) -> None:
    result = render_chart(publish_record(pi_store, AS_OF), "daily", "personnel", tmp_path / "d.svg",
                          lang="uk")
    text = helpers.svg_text(result.path)
    assert "03.12.2024: 1 670" in text
    assert SOURCE_LINE["uk"] in text
    assert "Втрати противника за добу: особовий склад" in text
    assert "за датою втрат" in text
    assert "5 вересня – 3 грудня 2024 року" in text


@pytest.mark.integration
def test_range_options_limit_the_chart(pi_store: Store, tmp_path: Path) -> None:
    result = render_chart(publish_record(pi_store, AS_OF), "monthly", "tanks", tmp_path / "m.svg",
                          start="2024-01-01", end="2024-06-30")
    assert list(result.shown["months"]) == [f"2024-0{m}" for m in range(1, 7)]
    assert result.shown["partial"] == []


def test_bad_requests_are_usage_errors(small_store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=".png or .svg"):
        render_chart(publish_record(small_store), "daily", "personnel", tmp_path / "x.jpg")
    with pytest.raises(UsageError, match="unknown chart kind"):
        render_chart(publish_record(small_store), "pie", "personnel", tmp_path / "x.png")
    with pytest.raises(UsageError, match="after"):
        render_chart(publish_record(small_store), "daily", "personnel", tmp_path / "x.png",
                     start="2024-12-01", end="2024-11-01")
    with pytest.raises(UsageError, match="no figures"):
        render_chart(publish_record(small_store), "daily", "aircraft", tmp_path / "x.png")


def test_chart_from_a_small_store_marks_the_missing_report(small_store: Store, tmp_path: Path,
                                                           helpers: Any) -> None:
    result = render_chart(publish_record(small_store), "daily", "personnel", tmp_path / "d.svg")
    text = helpers.svg_text(result.path)
    assert "missing report" in text
    assert result.end == date(2024, 12, 3)
