"""A goal is a figure to come, not a reported one: "Україна поставила перед собою стратегічну мету
вбивати 50 тисяч російських солдатів на місяць", "Головною метою названо збільшення щомісячних
втрат ворога до 50 тис. осіб", "Якщо досягнемо показника в 50 тисяч", "the goal of killing
50,000 a month" (clauses.FORECAST_BEFORE). Before, each was judged against the General Staff's
month or total (incorrect). "З метою" ("in order to") is no goal: the figure after it stays judged.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2026, 2, 5)


@pytest.mark.parametrize("text", [
    "Україна поставила перед собою стратегічну мету вбивати 50 тисяч російських солдатів на місяць.",
    "Головною метою названо збільшення щомісячних втрат ворога до 50 тис. осіб.",
    "Минулого місяця Сили оборони знищили багато окупантів. Якщо досягнемо показника в 50 тисяч – побачимо, що буде з ворогом.",
    "Ukraine's new defence minister set the goal of killing 50,000 Russian soldiers a month.",
])
def test_a_goal_is_not_judged(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.reason for o in report.out_of_scope if o.value == 50000] == ["a forecast, not a reported figure"]


def test_in_order_to_is_no_goal(petro_series: dict[str, LossSeries]) -> None:
    day = total(petro_series["personnel"], AS_OF) - total(petro_series["personnel"], AS_OF - timedelta(days=1))
    text = f"З метою виснаження ворога Сили оборони за минулу добу ліквідували {uk(day)} окупантів."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
