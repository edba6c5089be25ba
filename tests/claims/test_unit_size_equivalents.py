"""A month's equipment losses compared with units' sizes ("що умовно дорівнює чисельності 3
танкових батальйонів", "the equivalent of 10 tank battalions"): the unit count is no loss figure.

The Ministry of Defence's monthly summaries and their rewrites put such comparisons beside the
figures; before, "3 танкових батальйонів" took "танкових" for its noun and was judged as the
month's tanks (incorrect). The month's own figures stay judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 12, 1)
NOVEMBER = (date(2024, 11, 1), date(2024, 11, 30))


@pytest.mark.parametrize(("template", "units"), [
    ("У листопаді Сили оборони знищили {tanks} танків (еквівалентно кількості у 10 танкових батальйонах).", 10),
    ("За інформацією Генштабу, у листопаді Сили оборони уразили {tanks} танків, що умовно дорівнює "
     "чисельності 3 танкових батальйонів.", 3),
    ("У листопаді окупанти втратили {artillery} артилерійських систем (близько 49 артилерійських дивізіонів).", 49),
    ("У листопаді ворог втратив {tanks} танків – це 10 танкових полків.", 10),
    ("In November, Russia lost {tanks} tanks, the equivalent of 10 tank battalions.", 10),
    ("In November, Russia lost {artillery} artillery systems, or some 5 artillery brigades.", 5),
])
def test_a_units_size_beside_a_months_losses_is_no_loss_figure(
    template: str, units: int, petro_series: dict[str, LossSeries],
) -> None:
    tanks = losses(petro_series["tanks"], *NOVEMBER)
    artillery = losses(petro_series["artillery"], *NOVEMBER)
    report = check_text(template.format(tanks=tanks, artillery=artillery), petro_series, as_of=AS_OF)
    assert units not in {v.claim.value for v in report.verdicts}
    assert units in {o.value for o in report.out_of_scope}
    assert [v.verdict for v in report.verdicts] == [VerdictKind.CORRECT]
    assert report.verdicts[0].claim.value in {tanks, artillery}


def test_a_unit_named_before_its_losses_keeps_them_judged(petro_series: dict[str, LossSeries]) -> None:
    tanks = losses(petro_series["tanks"], *NOVEMBER)
    text = f"Танкові батальйони ворога у листопаді втратили {tanks} танків."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(tanks, VerdictKind.CORRECT)]
