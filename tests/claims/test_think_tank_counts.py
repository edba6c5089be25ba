"""A think tank's own count (IISS, RUSI) is another counting body's figure, out of scope.

Found on Breitbart (5 Mar 2024, the UK's Defence Intelligence update): "In armoured vehicles, for
instance, the International Institute for Strategic Studies said in February that Russia has now
lost 3,000 tanks in the course of the war." The IISS counts from imagery; its 3,000 was judged as
the General Staff's tanks total (incorrect: 6,610). lexicon.OTHER_SOURCE named the CSIS but no other
think tank. The General Staff's own figure beside it is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

MAR5 = date(2024, 3, 5)


@pytest.mark.parametrize(("text", "figure"), [
    ("In armoured vehicles, for instance, the International Institute for Strategic Studies said in February "
     "that Russia has now lost 3,000 tanks in the course of the war.", 3_000),
    ("Russia has lost about 3,000 tanks, according to the IISS.", 3_000),
    ("RUSI estimates that Russia has lost some 2,900 tanks since February 2022.", 2_900),
    ("За оцінкою Міжнародного інституту стратегічних досліджень, росія втратила 3000 танків.", 3_000),
])
def test_a_think_tanks_figure_is_out_of_scope(text: str, figure: int, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=MAR5)
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}


def test_the_general_staffs_total_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], MAR5)
    text = ("The International Institute for Strategic Studies said in February that Russia has now lost 3,000 "
            f"tanks. Ukraine's General Staff says Russia has lost {tanks:,} tanks.")
    report = check_text(text, petro_series, as_of=MAR5)
    assert [v.claim.value for v in report.verdicts] == [tanks]
