"""Another war named as the time of a figure's sentence, before the figure, makes the figure that war's (real articles).

Glavred (1 Mar 2022, uk10 page 20) compares the first days of the invasion with Russia's wars in Chechnya:
"При цьому під час першої російсько-чеченської війни (1994-1996 роки) втрати армії РФ обчислювалися 5042
військовими. А на другій чеченській війні (1999-2000 роки) російська армія втратила 7425 осіб." Both
sentences name Russia's army as the loser, so the side did not tell another war, and each figure was
judged as the General Staff's total (incorrect, both modes). A war other than this one named with a
preposition of time before the figure in its sentence ("під час", "на", "у", "during", "in" + a Chechen,
Afghan, Korean, Vietnam or world war) now makes the figure that war's losses, out of scope; a war compared
with ("більше, ніж у Другій світовій війні") or one Ukraine is named after does not. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_DAY = date(2022, 3, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "При цьому під час першої російсько-чеченської війни (1994-1996 роки) втрати армії РФ обчислювалися "
        "5042 військовими.",
        "А на другій чеченській війні (1999-2000 роки) російська армія втратила 7425 осіб.",
        "During the Soviet-Afghan war the Soviet army lost 15,051 soldiers.",
    ],
)
def test_another_wars_figure_is_out_of_scope(petro_series: dict[str, LossSeries], sentence: str) -> None:
    report = check_text(sentence, petro_series, as_of=_DAY)
    assert report.verdicts == ()
    assert {o.reason for o in report.out_of_scope} == {"another war's losses"}


def test_a_war_compared_with_leaves_the_figure_russias(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], _DAY)
    for text in (f"Росія втратила більше, ніж у першій чеченській війні: {uk(people)} військових.",
                 f"Якщо у першій чеченській війні Росія воювала два роки, то в Україні вона втратила вже {uk(people)} "
                 f"військових."):
        report = check_text(text, petro_series, as_of=_DAY)
        assert [(v.claim.category, v.verdict) for v in report.verdicts] == [("personnel", VerdictKind.CORRECT)]
