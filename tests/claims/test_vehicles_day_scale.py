"""A day's "N vehicles" after April 2022 is judged against the merged vehicles-and-fuel-tanks line.

Outlets write the General Staff's "vehicles and fuel tanks" line as "vehicles" ("56 vehicles and 6
special vehicles", "127 vehicles were destroyed over the same period"). The word also names the
historic motor-vehicles line (until 30 April 2022), whose largest day is a few dozen: a day's
figure was measured against that line's scale, found too large for a day and judged as a total
("the total was 21,872, not 56"). Its kind is now decided on the scale of the line the General
Staff kept on the article's date, and a total since the invasion ("56,000 vehicles since February
2022") is read on the line of its end, not of February 2022; before May 2022 the motor-vehicles
line stays as it was. True values come from the series.
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

AUG2 = date(2024, 8, 2)
OCT7 = date(2024, 10, 7)
JUN30 = date(2025, 6, 30)


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("make", "as_of"), [
    (lambda n: f"Over the past day, the Defense Forces destroyed three tanks, {n} vehicles and six special vehicles, "
               "the General Staff said.", AUG2),
    (lambda n: f"Russian forces lost {n} vehicles in the past 24 hours, Ukraine's General Staff said.", AUG2),
    (lambda n: f"The report, posted early on Monday, said 14 tanks and {n} vehicles were destroyed "
               "over the past day.", OCT7),
    (lambda n: f"Russia lost {n} vehicles over the past day, according to the General Staff.", JUN30),
    (lambda n: f"On Monday, Kyiv said the Russian military lost {n} vehicles in the space of 24 hours.", OCT7),
    (lambda n: f"Over the past day Russia lost {n} vehicles and fuel tanks, the General Staff said.", AUG2),
])
def test_a_days_vehicles_are_the_merged_lines_day(
    make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _day(petro_series["vehicles_fuel_tanks"], as_of)
    assert true > 20  # above the motor-vehicles line's largest day
    assert _judged(make(true), petro_series, as_of)[true] == (
        "vehicles_fuel_tanks", ClaimKind.DAY, VerdictKind.CORRECT)


def test_a_wrong_days_vehicles_stays_a_day_and_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    wrong = _day(petro_series["vehicles_fuel_tanks"], AUG2) + 40
    text = f"Russian forces lost {wrong} vehicles in the past 24 hours, Ukraine's General Staff said."
    assert _judged(text, petro_series, AUG2)[wrong] == ("vehicles_fuel_tanks", ClaimKind.DAY, VerdictKind.INCORRECT)


def test_a_vehicles_total_stays_a_total(petro_series: dict[str, LossSeries]) -> None:
    true = _total(petro_series["vehicles_fuel_tanks"], AUG2)
    text = f"Russia has lost {true:,} vehicles since February 2022, the General Staff said."
    assert _judged(text, petro_series, AUG2)[true] == ("vehicles_fuel_tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_before_the_merge_cars_are_the_motor_vehicles_lines_total(petro_series: dict[str, LossSeries]) -> None:
    apr20 = date(2022, 4, 20)
    true = _total(petro_series["military_auto"], apr20)
    text = f"According to the General Staff, Russian forces have lost 815 tanks and {true} cars since 24 February."
    assert _judged(text, petro_series, apr20)[true] == ("military_auto", ClaimKind.TOTAL, VerdictKind.CORRECT)
