"""The daily card: exact social-media sizes, every category with its total and (+N), the dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import UsageError
from attrition.library.publishing import publish_record
from attrition.publish.infographic import render_card
from attrition.store import Store

AS_OF = date(2024, 12, 4)
DAY = timedelta(days=1)
LABELS_EN = {
    "personnel": "Personnel", "tanks": "tanks", "armoured_vehicles": "armoured combat vehicles",
    "artillery": "artillery systems", "mlrs": "MLRS", "air_defense": "air defence systems",
    "aircraft": "aircraft", "helicopters": "helicopters", "uavs": "operational-tactical UAVs",
    "cruise_missiles": "cruise missiles", "ships": "warships / boats", "submarines": "submarines",
    "vehicles_fuel_tanks": "vehicles and fuel tanks", "special_equipment": "special equipment",
}


@pytest.mark.integration
@pytest.mark.parametrize(("size", "expected"), [("1080x1080", (1080, 1080)),
                                                ("1200x675", (1200, 675))])
@pytest.mark.parametrize("lang", ["en", "uk"])
def test_card_has_the_exact_pixel_size(pi_store: Store, tmp_path: Path, helpers: Any, size: str,
                                       expected: tuple[int, int], lang: str) -> None:
    result = render_card(publish_record(pi_store, AS_OF), tmp_path / "card.png", lang=lang, size=size)
    assert helpers.png_size(result.path) == expected
    assert (result.width_px, result.height_px) == expected


@pytest.mark.integration
def test_card_shows_every_category_with_total_and_plus(pi_store: Store, pi_raw: dict,
                                                       tmp_path: Path, helpers: Any) -> None:
    result = render_card(publish_record(pi_store, AS_OF), tmp_path / "card.svg")
    text = helpers.svg_text(result.path)
    assert {i.category for i in result.items} == set(LABELS_EN)  # no ground robots in 2024
    for key, label in LABELS_EN.items():
        total = pi_raw[key][AS_OF]
        plus = total - pi_raw[key][AS_OF - DAY]
        assert label in text
        assert f"{total:,}" in text
        assert f"(+{plus:,})" in text or (plus == 0 and "(0)" in text), key
    assert "(+1,670)" in text and "747,370" in text
    assert "24 February 2022 – 4 December 2024" in text
    assert "day 1015 of the war" in text
    assert "losses of 3 December" in text
    assert "Source: General Staff of the Armed Forces of Ukraine via attrition" in text
    assert f"#{result.version.digest}" in text
    assert (result.report_date, result.loss_date) == (AS_OF, AS_OF - DAY)


@pytest.mark.integration
def test_ukrainian_card_writes_numbers_and_dates_the_ukrainian_way(
    pi_store: Store, tmp_path: Path, helpers: Any
) -> None:
    result = render_card(publish_record(pi_store, AS_OF), tmp_path / "card.svg", lang="uk",
                         size="1200x675")
    text = " ".join(helpers.svg_text(result.path).split())  # labels wrap in narrow cells
    assert "Загальні бойові втрати противника" in text
    assert "747 370" in text and "(+1 670)" in text
    assert "Особовий склад (близько)" in text
    assert "з 24 лютого 2022 року по 4 грудня 2024 року · 1015-й день війни" in text
    assert "у дужках — втрати за 3 грудня" in text
    assert "бойові броньовані машини" in text
    assert "Джерело:" in text


def test_card_from_the_latest_report_of_a_small_store(small_store: Store, tmp_path: Path) -> None:
    result = render_card(publish_record(small_store), tmp_path / "card.png")
    assert result.report_date == AS_OF
    assert [i.category for i in result.items] == ["personnel", "tanks"]


def test_bad_size_and_extension_are_usage_errors(small_store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="card size"):
        render_card(publish_record(small_store), tmp_path / "c.png", size="800x800")
    with pytest.raises(UsageError, match=".png or .svg"):
        render_card(publish_record(small_store), tmp_path / "c.webp")
