"""Soldiers taken prisoner, said before the figure ("Сили оборони взяли в полон 2060 російських
військовослужбовців", "а в полон потрапили ще понад 200 окупантів"), are no losses the General
Staff counts: out of scope ("prisoners of war"), as "captured 2,060 soldiers" and "N … потрапили в
полон" already were. Before, in an article that spoke of losses, such a figure was judged (as the
year's losses: incorrect). The losses of the same sentence stay judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2025, 10, 17)
SEPTEMBER = (date(2025, 9, 1), date(2025, 9, 30))


@pytest.mark.parametrize(("template", "prisoners"), [
    ("Лише за вересень російська армія втратила {month} військових. Крім того, від початку 2025 року Сили "
     "оборони взяли в полон 2060 російських військовослужбовців.", 2060),
    ("У вересні російська армія втратила {month} осіб, а в полон потрапили ще понад 200 окупантів.", 200),
    ("У вересні ворог втратив {month} осіб; у полон узяли близько 150 російських військових.", 150),
    ("У вересні ворог втратив {month} осіб, ще 90 окупантів у полон здалися.", 90),
    ("У вересні ворог втратив {month} осіб, а ще 11 російських окупантів було взято в полон.", 11),
])
def test_a_figure_taken_prisoner_said_before_is_out_of_scope(
    template: str, prisoners: int, petro_series: dict[str, LossSeries],
) -> None:
    month = losses(petro_series["personnel"], *SEPTEMBER)
    report = check_text(template.format(month=uk(month)), petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(month, VerdictKind.CORRECT)]
    assert prisoners in {o.value for o in report.out_of_scope}


def test_the_word_prison_elsewhere_leaves_a_loss_figure_judged(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], *SEPTEMBER)
    text = f"Попри обміни полоненими, у вересні ворог втратив {uk(month)} осіб."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(month, VerdictKind.CORRECT)]
