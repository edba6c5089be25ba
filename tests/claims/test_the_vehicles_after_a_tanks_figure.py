""""The vehicles" after a figure of tanks, in its sentence, are the tanks: the total after them is the tanks'.

Newsweek retold on theflashnews.co (28 Nov 2023, en9's n32 page 16): "It added that Russia had lost three tanks
in the same 24-hour period, taking the total number of the vehicles lost in the war to 5,523", and on
newsfortoday.co (2 Mar 2024, page 13): "The 17 tanks Ukraine said Russia had lost on Friday puts the tally for
the vehicles for the whole war at 6,624". "vehicles" named before the number was read as the vehicles and
fuel tanks line (totals 10,302 and 13,267: incorrect). "the|those|these vehicles" named before a figure, after
a figure of tanks or armoured vehicles in the same sentence, now refers back to that figure's line. "Vehicles"
without such an article, or after a figure of another line, is still the vehicles line. True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2024, 3, 2)
_HOLDS = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[str, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.verdict) for v in check_text(text, series, as_of=_DAY).verdicts}


def test_the_vehicles_are_the_tanks_before_them(petro_series: dict[str, LossSeries]) -> None:
    tanks = petro_series["tanks"]
    day, all_war = total(tanks, _DAY) - total(tanks, date(2024, 3, 1)), total(tanks, _DAY)
    text = (f"Russia had lost {day} tanks in the past day, taking the total number of the vehicles lost in the war "
            f"to {all_war:,}.")
    category, verdict = _judged(text, petro_series)[all_war]
    assert category == "tanks" and verdict in _HOLDS


def test_vehicles_after_artillery_are_the_vehicles_line(petro_series: dict[str, LossSeries]) -> None:
    guns, cars = petro_series["artillery"], petro_series["vehicles_fuel_tanks"]
    day = total(guns, _DAY) - total(guns, date(2024, 3, 1))
    text = f"Russia lost {day} artillery systems in the past day, while its vehicles losses reached {total(cars, _DAY):,}."
    assert _judged(text, petro_series)[total(cars, _DAY)] == ("vehicles_fuel_tanks", VerdictKind.CORRECT)
