"""The canonical category registry: keys, aliases, validity, merges."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.errors import UnknownCategoryError
from attrition.model.categories import (
    CATEGORIES,
    CURRENT_KEYS,
    all_aliases,
    find_category,
    get_category,
    lookup_category,
)

ISSUE_KEYS = ["personnel", "tanks", "armoured_vehicles", "artillery", "mlrs", "air_defense", "aircraft", "helicopters", "uavs", "cruise_missiles", "ships", "submarines", "vehicles_fuel_tanks", "special_equipment", "ground_robots"]


def test_registry_has_the_issue_keys_in_order() -> None:
    assert list(CURRENT_KEYS) == ISSUE_KEYS
    assert {"military_auto", "fuel_tanks", "srbm_launchers", "pow"} <= {c.key for c in CATEGORIES}


@pytest.mark.parametrize(
    ("label", "key"),
    [
        pytest.param("APV", "armoured_vehicles", id="apv"),
        pytest.param("armoured combat vehicles", "armoured_vehicles", id="acv"),
        pytest.param("Armored fighting vehicles", "armoured_vehicles", id="afv-us"),
        pytest.param("засоби ППО", "air_defense", id="ppo"),
        pytest.param("засобів\u00a0ППО", "air_defense", id="ppo-nbsp"),
        pytest.param("air defense assets", "air_defense", id="ad-assets"),
        pytest.param("-aircraft warfare systems", "air_defense", id="broken-label"),
        pytest.param("warships / boats", "ships", id="warships"),
        pytest.param("кораблі /катери", "ships", id="ships-uk-slash"),
        pytest.param("Cars and cisterns", "vehicles_fuel_tanks", id="cars-cisterns"),
        pytest.param("автомобільної техніки та автоцистерн", "vehicles_fuel_tanks", id="auto-uk"),
        pytest.param("UAV operational-tactical level", "uavs", id="uav"),
        pytest.param("mobile SRBM system", "srbm_launchers", id="srbm"),
        pytest.param("military auto", "military_auto", id="auto-2022"),
        pytest.param("fuel tank", "fuel_tanks", id="fuel-2022"),
        pytest.param("особового складу", "personnel", id="personnel-uk"),
    ],
)
def test_lookup_resolves_real_labels(label: str, key: str) -> None:
    assert lookup_category(label).key == key


def test_unknown_label_is_an_error_not_a_skip() -> None:
    with pytest.raises(UnknownCategoryError) as info:
        lookup_category("flying saucers")
    assert info.value.label == "flying saucers"
    assert find_category("flying saucers") is None


def test_every_alias_belongs_to_exactly_one_category() -> None:
    table = all_aliases()
    for cat in CATEGORIES:
        for alias in cat.aliases:
            assert lookup_category(alias).key == cat.key, alias
    assert len(table) > 200


def test_2022_merges_point_at_the_category_that_absorbed_them() -> None:
    assert get_category("military_auto").merged_into == "vehicles_fuel_tanks"
    assert get_category("fuel_tanks").merged_into == "vehicles_fuel_tanks"
    assert get_category("srbm_launchers").merged_into == "cruise_missiles"
    auto = get_category("military_auto")
    assert auto.exists_on(date(2022, 4, 30)) and not auto.exists_on(date(2022, 5, 1))
    assert get_category("vehicles_fuel_tanks").exists_on(date(2022, 5, 1))


def test_categories_exist_only_from_their_first_report() -> None:
    assert not get_category("submarines").exists_on(date(2023, 9, 13))
    assert get_category("submarines").exists_on(date(2023, 9, 14))
    assert not get_category("ground_robots").exists_on(date(2026, 5, 2))
