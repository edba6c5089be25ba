"""A count of people ("загалом 2248 осіб") in a sentence that names civilians as what it counts is theirs.

odessa-life.od.ua (20 Feb 2026, scope11/24): "У 2025 році кількість загиблих цивільних від російських атак
зросла на 26% — загалом 2248 осіб." The generic "осіб" (people) is a personnel word, so 2,248 was judged as the
General Staff's personnel losses of 2025 (incorrect). A figure of "осіб / людей / people / persons" after the
sentence names civilians ("цивільних", "civilians", "children", "мирних жителів") now counts them: out of
scope. A figure of "осіб" with no civilians named stays the personnel. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

DAY = date(2026, 2, 20)


@pytest.mark.parametrize("text", [
    "У 2025 році кількість загиблих цивільних від російських атак зросла на 26% — загалом 2248 осіб.",
    "In 2025, the number of civilians killed in Russian attacks rose by 26%, to a total of 2,248 people.",
])
def test_people_after_civilians_are_civilians(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=DAY)
    assert list(report.verdicts) == []
    assert [(o.value, o.reason) for o in report.out_of_scope if o.value == 2248] == [(2248, "civilians")]


def test_people_with_no_civilians_named_are_soldiers(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2026, 2, 19), date(2026, 2, 19))
    text = f"За минулу добу російська армія втратила {uk(day)} осіб, повідомив Генштаб ЗСУ."
    found = [(v.claim.value, v.verdict) for v in check_text(text, petro_series, as_of=DAY).verdicts]
    assert found == [(day, VerdictKind.CORRECT)]
