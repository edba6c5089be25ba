"""Failure classes of real articles (issue 11), each pinned with a sentence of its class."""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries


def test_two_lines_the_general_staff_merged_are_read_as_the_merged_line(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Загалом від початку вторгнення ворог втратив 64 468 автомобілів і автоцистерн."
    report = check_text(text, petro_series, as_of=date(2025, 10, 16))
    (verdict,) = report.verdicts
    assert verdict.claim.category == "vehicles_fuel_tanks"
    assert verdict.verdict is VerdictKind.CORRECT


def test_a_motor_vehicle_total_of_early_2022_is_read_against_that_years_vehicle_line(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Станом на 3 березня окупанти втратили 374 одиниці автомобільної техніки."
    report = check_text(text, petro_series, as_of=date(2022, 3, 3))
    (verdict,) = report.verdicts
    assert verdict.claim.category == "military_auto"
    assert verdict.verdict is VerdictKind.CORRECT
