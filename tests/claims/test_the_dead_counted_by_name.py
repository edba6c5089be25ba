"""The dead counted by name right before the figure ("Незалежні російські журналісти встановили імена 77 143
російських військових", "Встановлено імена вже 77 тисяч російських військових", "identified the names of
88,726 Russian soldiers") are Mediazona's and the BBC's open-source list, not a loss count of the General
Staff's; the General Staff's total beside them is still judged.

ostro.org (15 Nov 2024, oos9's n32 page 15) retold Voice of America: both 77 тисяч (the headline) and
77 143 were judged against the General Staff's personnel total (incorrect, both modes). lexicon.NOT_LOSS's
"named dead" was read only between a figure and its noun or around a bare figure; extract._named_before reads
it in the 40 characters before a figure with a noun too. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text", [
    "Встановлено імена вже 77 тисяч російських військових, які загинули з початку вторгнення в Україну",
    "Незалежні російські журналісти встановили імена 77 143 російських військових, загиблих від початку "
    "російського вторгнення в Україну.",
    "Journalists have identified the names of 77,143 Russian soldiers who died during the full-scale invasion.",
])
def test_the_dead_counted_by_name_are_not_judged(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.reason for o in report.out_of_scope] == ["named dead"]


def test_the_general_staffs_total_beside_them_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Журналісти встановили імена 77 143 загиблих, а за даними Генштабу з початку вторгнення росія "
            f"втратила {uk(value)} військових.")
    report = check_text(text, petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
