"""A figure counted in units ("11 603 одиниць") is equipment, never soldiers: without a noun of
its own it is the line of the figure before it in its sentence ("знищили або вивели з ладу 4
танки, довівши їхню загальну кількість до 11 603 одиниць", RBC-Ukraine's daily prose), and with
no such figure it names no line the General Staff reports ("до 400 одиниць бронетехніки") and is
left out of scope. Before, both were read as the personnel total and called incorrect.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2026, 1, 24)


@pytest.mark.parametrize(("key", "template"), [
    ("tanks", "За минулу добу захисники знищили 4 танки, довівши їхню загальну кількість до {total} одиниць."),
    ("tanks", "Минулої доби Сили оборони знищили 4 танки, тож загалом їх уже {total} одиниць."),
    ("armoured_vehicles", "Минулої доби знищено 3 бойові броньовані машини, а всього — {total} од."),
])
def test_a_figure_in_units_is_the_line_of_the_figure_before_it(
    key: str, template: str, petro_series: dict[str, LossSeries],
) -> None:
    value = total(petro_series[key], AS_OF)
    report = check_text(template.format(total=uk(value)), petro_series, as_of=AS_OF)
    found = [(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(key, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_units_before_a_word_of_their_own_are_not_the_line_before(petro_series: dict[str, LossSeries]) -> None:
    text = ("Минулої доби Сили оборони знищили ще один танк, 45 дронів оперативно-тактичного рівня, "
            "60 одиниць автомобільної та десять одиниць спеціальної техніки.")
    report = check_text(text, petro_series, as_of=date(2024, 11, 28))
    assert [v.claim.category for v in report.verdicts if v.claim.value == 60] == []


def test_units_of_no_line_are_not_soldiers(petro_series: dict[str, LossSeries]) -> None:
    text = ("Згідно з Генштабом, з початку наступальних дій війська вбили та поранили понад п'ять тисяч "
            "окупантів і знищили до 400 одиниць бронетехніки.")
    report = check_text(text, petro_series, as_of=date(2023, 10, 27))
    assert [v.claim.value for v in report.verdicts if v.claim.category == "personnel" and v.claim.value == 400] == []
    assert [o.reason for o in report.out_of_scope if o.value == 400] == [
        "units of equipment of no line the General Staff reports"]
