"""The General Staff's lines as Ukrainian outlets' English items name them (real articles).

Babel's English items write the daily list as "31 operational-tactical level drones, 47 units of
automotive equipment and eight special vehicles". "Special vehicles" (the special-equipment line)
and "operational-tactical level drones" / "operational-tactical drones" (the UAV line) were no
category nouns: the figures were left as "not a loss figure", a missed claim each. They are now
aliases of their lines, and "vehicles and tank trucks" is the merged vehicles-and-fuel-tanks line (it was
read as vehicles plus tanks). Other "special" nouns stay unclaimed. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

JUL8 = date(2024, 7, 8)
AUG2 = date(2024, 8, 2)


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "as_of"), [
    ("special_equipment", lambda n: "According to the General Staff, the Defense Forces destroyed 16 tanks and "
                                    f"{n} special vehicles over the past day.", JUL8),
    ("special_equipment", lambda n: f"Over the past day, Russia lost 56 vehicles and {n} special vehicles, "
                                    "the General Staff said.", AUG2),
    ("uavs", lambda n: f"According to the General Staff, the Defense Forces destroyed {n} operational-tactical level "
                       "drones over the past day.", JUL8),
    ("uavs", lambda n: f"The General Staff said the Defense Forces destroyed {n} operational-tactical drones over "
                       "the past day.", AUG2),
])
def test_the_items_are_their_lines_day(
    category: str, make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _day(petro_series[category], as_of)
    assert _judged(make(true), petro_series, as_of)[true] == (category, ClaimKind.DAY, VerdictKind.CORRECT)


def test_vehicles_and_tank_trucks_is_the_merged_line(petro_series: dict[str, LossSeries]) -> None:
    jun12 = date(2022, 6, 12)
    true = _total(petro_series["vehicles_fuel_tanks"], jun12)
    text = f"Since February 24, Russia has lost {true} vehicles and tank trucks, the General Staff said."
    assert _judged(text, petro_series, jun12)[true] == ("vehicles_fuel_tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_special_vehicles_total(petro_series: dict[str, LossSeries]) -> None:
    true = _total(petro_series["special_equipment"], JUL8)
    text = f"Russia has lost {true:,} special vehicles since February 2022, the General Staff said."
    assert _judged(text, petro_series, JUL8)[true] == ("special_equipment", ClaimKind.TOTAL, VerdictKind.CORRECT)


@pytest.mark.parametrize("text", [
    "Over the past day, the General Staff said, Russia lost 16 tanks and 9 special forces officers' vehicles.",
    "The General Staff said 9 special envoys visited the front over the past day.",
])
def test_other_special_nouns_are_no_special_equipment(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert _judged(text, petro_series, JUL8).get(9, ("",))[0] != "special_equipment"
