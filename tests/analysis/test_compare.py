"""The official series beside an independent count, and the size comparison."""

from __future__ import annotations

from datetime import date

from attrition.analysis.compare import compare_by_month, compare_on
from attrition.analysis.sizes import find_place, size_comparison


def test_compare_on_takes_what_each_side_had_published_by_the_day() -> None:
    official = [(date(2025, 7, 19), 11032), (date(2025, 7, 20), 11035)]
    oryx = [(date(2025, 7, 10), 4000), (date(2025, 7, 19), 4074)]
    point = compare_on(official, oryx, date(2025, 7, 19))
    assert (point.official_total, point.official_loss_date) == (11032, date(2025, 7, 18))
    assert (point.independent_total, point.ratio) == (4074, 2.71)


def test_month_change_of_an_independent_count_needs_a_point_inside_the_month() -> None:
    official = [(date(2024, 12, 31), 100), (date(2025, 1, 31), 160), (date(2025, 2, 28), 200)]
    oryx = [(date(2024, 12, 30), 40), (date(2025, 1, 29), 50)]
    jan, feb = compare_by_month(official, oryx, date(2025, 1, 1), date(2025, 2, 28))
    assert (jan.official_change, jan.independent_change, jan.ratio_change) == (60, 10, 6.0)
    assert (feb.official_change, feb.independent_change) == (40, None)
    assert feb.independent_end_date == date(2025, 1, 29)


def test_november_2024_gain_is_the_size_of_singapore_in_both_languages() -> None:
    found = size_comparison(725.9)
    assert found.is_close and found.place.name_en == "Singapore"
    assert found.text_en == "≈ Singapore (735 km²)"
    assert found.text_uk == "≈ Сінгапур (735 км²)"


def test_an_area_far_from_every_place_is_a_multiple_of_a_curated_city() -> None:
    found = size_comparison(1010.0)
    assert found.place.name_en in {"Kyiv", "Berlin", "Hong Kong"}
    far = size_comparison(100_000_000.0)
    assert not far.is_close and far.text_en.startswith("about ")


def test_places_are_found_by_english_or_ukrainian_name() -> None:
    assert find_place("Сінгапур") == find_place("singapore")
    luxembourg = find_place("Luxembourg")
    assert luxembourg is not None and luxembourg.name_uk == "Люксембург"
