""""Військових" before a noun of equipment is its adjective: "5 військових автомобілів" counts vehicles.

KP (kp.ua, Nov 2022) quoted the Operational Command South: "Протягом ночі ворог втратив 4 людини в
живій силі і один військовий автомобіль". scope._noun_at_start tried the longest phrase first, found no
category for "військовий автомобіль" and then took "військовий" alone as soldiers (personnel), so the
vehicle was read as one soldier and judged against the day's personnel figure (incorrect against 330).
A personnel word of the "військов-" stem followed by a noun of another category now takes that noun;
"790 військових" and "військових РФ" stay soldiers.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def test_military_vehicles_are_vehicles(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 2, 11)
    value = losses(petro_series["vehicles_fuel_tanks"], day, day)
    text = f"Минулої доби ЗСУ знищили {value} військових автомобілів."
    report = check_text(text, petro_series, as_of=date(2024, 2, 12))
    assert [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts] == [
        ("vehicles_fuel_tanks", value, VerdictKind.CORRECT)]


def test_one_military_vehicle_is_no_soldier(petro_series: dict[str, LossSeries]) -> None:
    text = "Протягом ночі ворог втратив 4 людини в живій силі і один військовий автомобіль."
    report = check_text(text, petro_series, as_of=date(2022, 11, 20))
    assert [v.claim.category for v in report.verdicts if v.claim.value == 1] in ([], ["vehicles_fuel_tanks"])


def test_soldiers_stay_soldiers(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 2, 11)
    value = losses(petro_series["personnel"], day, day)
    text = f"Минулої доби росіяни втратили {uk(value)} військових РФ."
    report = check_text(text, petro_series, as_of=date(2024, 2, 12))
    assert [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts] == [
        ("personnel", value, VerdictKind.CORRECT)]
