"""A region of the front ("На півдні", "На сході", "на Донбасі") or a town's defenders is one sector.

UNIAN (14 Nov 2025) opened "На півдні за минулу добу ЗСУ знищили близько 300 окупантів." (the Southern
Defence Forces' spokesman, named after it); kontrakty.ua (2 May 2022, after Ukrinform) titled "На сході
ЗСУ знищили два танки та 75 загарбників" (the "Схід" group's day); Censor.net (Mar 2022) wrote "Сьогодні
захисники Маріуполя знищили 40 окупантів". No place pattern read a region after "на" or a town after
its defenders (and Mariupol had only its English name), so each figure was judged as the General
Staff's national day (incorrect: 300 against 1,040, 75 against 300, 40 against the day). They are one
sector's figures (extract._keep_in_scope), like "на Покровському напрямку". The General Staff's own
day in a sentence that names it is still judged, and a region after the battles it names ("й 72
артсистеми, найбільше боїв триває на сході", test_record_word_of_another_noun) is where the fighting is,
not the figures' sector. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.claim import CheckReport
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses

NOV14 = date(2025, 11, 14)


def _sector(report: CheckReport) -> set[int]:
    return {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON}


@pytest.mark.parametrize(("text", "figures"), [
    ("На півдні за минулу добу ЗСУ знищили близько 300 окупантів.", {300}),
    ("На сході ЗСУ знищили два танки та 75 загарбників.", {75}),
    ("Сьогодні захисники Маріуполя знищили 40 окупантів, двох взяли у полон.", {40}),
    ("ЗСУ знищили на Донбасі 28 одиниць техніки росіян за добу.", {28}),
    ("На Херсонщині за добу ліквідовано 45 окупантів і 3 танки.", {45, 3}),
])
def test_a_region_or_a_towns_defenders_is_one_sector(
    text: str, figures: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=NOV14)
    assert [v.claim.value for v in report.verdicts] == []
    assert _sector(report) >= figures


def test_the_general_staffs_day_after_a_region(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2025, 11, 13), date(2025, 11, 13))
    text = ("На півдні за минулу добу ЗСУ знищили близько 300 окупантів.\n\n"
            f"За даними Генштабу, загалом за минулу добу росія втратила {day} військових.")
    report = check_text(text, petro_series, as_of=NOV14)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
    assert _sector(report) >= {300}
