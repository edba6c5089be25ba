"""A personnel figure joined to one item of equipment by "і/та/and" ("1 150 своїх військових і
засіб ППО", "1,150 soldiers and an air defence system") is the personnel figure: people are
never summed with equipment. Before, the pair was read as one composite category
(personnel + air defence) and judged against the sum (incorrect by one).

Two equipment lines named together are still summed ("tanks and armoured vehicles"), and the
two lines the General Staff merged are still that merged line.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2024, 10, 3)


def _day(series: LossSeries) -> int:
    return total(series, AS_OF) - total(series, AS_OF - timedelta(days=1))


@pytest.mark.parametrize("template", [
    "Генштаб ЗСУ: Минулої доби армія РФ втратила {day} своїх військових і засіб ППО",
    "За минулу добу окупанти втратили ще {day} військових та гелікоптер.",
    "Минулої доби Сили оборони ліквідували {day} окупантів й танк.",
    "Russia lost {day} soldiers and an air defence system over the past day.",
    "Over the past day, Russia lost {day} troops and a helicopter, the General Staff said.",
])
def test_a_personnel_figure_joined_to_one_item_is_the_personnel_figure(
    template: str, petro_series: dict[str, LossSeries],
) -> None:
    day = _day(petro_series["personnel"])
    report = check_text(template.format(day=day), petro_series, as_of=AS_OF)
    personnel = [v for v in report.verdicts if v.claim.value == day]
    assert [(v.claim.category, v.claim.kind, v.verdict) for v in personnel] == [
        ("personnel", ClaimKind.DAY, VerdictKind.CORRECT)]


def test_two_equipment_lines_named_together_are_still_summed(petro_series: dict[str, LossSeries]) -> None:
    both = _day(petro_series["tanks"]) + _day(petro_series["armoured_vehicles"])
    text = f"Over the past day, Russia lost {both} tanks and armoured vehicles."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
        ("tanks+armoured_vehicles", VerdictKind.CORRECT)]


def test_the_lines_the_general_staff_merged_stay_one_line(petro_series: dict[str, LossSeries]) -> None:
    vehicles = _day(petro_series["vehicles_fuel_tanks"])
    text = f"За минулу добу ворог втратив {vehicles} автомобілів і автоцистерн."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [("vehicles_fuel_tanks", VerdictKind.CORRECT)]
