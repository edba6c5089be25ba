"""A figure the army took in ("набравши в армію", "змогли залучити до війська") is no loss.

Retellings of Syrskyi's interview to Le Monde (21-22 Feb 2026: freeradio.com.ua, society.comments.ua)
set the 406 000 Russia enlisted in 2025 beside its 418 000 losses: "За минулий 2025 рік росіяни
втратила 418 тисяч військових, водночас набравши в армію 406 тисяч людей", "Торік окупанти змогли
залучити в армію 406 тисяч людей". The recruitment words knew "мобілізувати", "контракт", "призов",
not "набрати" or "залучити", so the 406 000 was judged as the year's losses (incorrect against the
418 170 of 2025) or as the running total. The loss figure beside it is judged as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


@pytest.mark.parametrize("text", [
    "За минулий 2025 рік росіяни втратила 418 тисяч військових, водночас набравши в армію 406 тисяч людей.",
    "Торік окупанти змогли залучити в армію 406 тисяч людей, але її загальні втрати — загиблими та "
    "пораненими — досягли приблизно 418 тисяч солдатів.",
    "У 2025 році Москва змогла залучити до війська близько 406 тисяч осіб.",
    "Росія щомісяця набирає до війська близько 30 тисяч осіб.",
])
def test_an_enlisted_figure_is_out_of_scope(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=date(2026, 2, 22))
    enlisted = 30_000 if "30 тисяч" in text else 406_000
    assert [v.claim.value for v in report.verdicts if v.claim.value == enlisted] == []
    assert [o.reason for o in report.out_of_scope if o.value == enlisted] == ["recruitment"]


def test_the_years_loss_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31))
    assert round(year, -3) == 418_000
    text = "За минулий 2025 рік росіяни втратили 418 тисяч військових, водночас набравши в армію 406 тисяч людей."
    report = check_text(text, petro_series, as_of=date(2026, 2, 22))
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(418_000, VerdictKind.ROUNDED)]
