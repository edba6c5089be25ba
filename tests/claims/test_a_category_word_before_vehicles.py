"""A word naming a category of its own before "vehicles" ("1 anti-aircraft vehicle") makes them that category.

A General Staff summary in English (28 Aug 2024) listed "... 1 rocket salvo fire system, 1 anti-aircraft
vehicle, 94 BpLA ..."; Newsweek's caption (11 Jun 2023) "Russia lost 17 tanks and 24 Armored Protected
Vehicles (APV) in a day". The noun reader skipped the unknown hyphened or capitalised word and read the
head noun "vehicles" alone: the day's vehicles and fuel tanks (41, 33), incorrect. The first word skipped
before the bare "vehicles" now gives its category when it names one with a generic head noun ("anti-aircraft
systems": air defence; "armored vehicles": armoured vehicles); a word that names none ("Tigr", "BMP-2",
"Russian") leaves the vehicles. True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


@pytest.mark.parametrize(("day", "category", "words"), [
    (date(2024, 8, 27), "air_defense", "anti-aircraft vehicle"),
    (date(2023, 6, 10), "armoured_vehicles", "Armored Protected Vehicles (APV)"),
])
def test_the_word_before_vehicles_names_the_category(
    day: date, category: str, words: str, petro_series: dict[str, LossSeries],
) -> None:
    figure = losses(petro_series[category], day, day)
    assert figure != losses(petro_series["vehicles_fuel_tanks"], day, day)  # the premise: the readings differ
    text = f"According to the General Staff, over the past day the Defense Forces destroyed another {figure} {words}."
    found = [(v.claim.category, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=day + timedelta(days=1)).verdicts]
    assert found == [(category, figure, VerdictKind.CORRECT)]


def test_a_name_before_vehicles_leaves_them_vehicles(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 8, 27)
    figure = losses(petro_series["vehicles_fuel_tanks"], day, day)
    text = f"According to the General Staff, over the past day the Defense Forces destroyed another {figure} Tigr vehicles."
    found = [(v.claim.category, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=date(2024, 8, 28)).verdicts]
    assert found == [("vehicles_fuel_tanks", figure, VerdictKind.CORRECT)]
