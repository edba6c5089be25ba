"""One operation's toll ("у межах наступальної операції ... за цей час", "Курської операції") is no General Staff figure.

Slovo i Dilo (19 Sep 2025) opened "У межах наступальної операції у Донецькій області бійці Сил оборони ...
просунулися" and quoted Syrskyi two paragraphs on: "Втрати російського агресора у особовому складі за цей
час склали 2456 осіб ... Росія також втратила 817 одиниць техніки ..., серед яких 12 танків, ... 162
артсистеми"; Inshe TV (27 Mar 2025) titled "Сирський на Сумщині: за 7,5 місяців Курської операції втрати
ворога становлять 55 тис.осіб". The operation was named with no place pattern before it ("у межах", "за
7,5 місяців" are no "під час"), so the toll was judged as the General Staff's: 2456 against the day's
1,150, 12 tanks, 162 artillery systems against the total (8 incorrect on that page), 55 000 against the
running total. An operation's toll is one part of the front's (extract._keep_in_scope; named in a
sentence without figures, it is the subject of the figures after it, extract._command_named), as a
regional command's is, until a sentence names the General Staff. The test's title leaves out "на Сумщині",
a region the place patterns read already. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.claim import CheckReport
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def _sector(report: CheckReport) -> set[int]:
    return {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON}


@pytest.mark.parametrize(("text", "as_of", "figures"), [
    ("У межах наступальної операції у Донецькій області бійці Сил оборони просунулися вглиб оборони противника.\n"
     "Про це повідомив головнокомандувач ЗСУ Олександр Сирський.\n"
     "«Втрати російського агресора у особовому складі за цей час склали 2456 осіб», – заявив головком.\n"
     "Росія також втратила 817 одиниць техніки та озброєння, серед яких 12 танків і 162 артсистеми.",
     date(2025, 9, 19), {2456, 12, 162}),
    ("Сирський: за 7,5 місяців Курської операції втрати ворога становлять 55 тис.осіб",
     date(2025, 3, 27), {55000}),
    ("У період з серпня по жовтень українські захисники проводили контрнаступальні дії. В результаті втрати "
     "Росії склали понад 13 тисяч військових убитими та пораненими.", date(2025, 11, 21), {13000}),
])
def test_an_operations_toll_is_not_judged(
    text: str, as_of: date, figures: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert _sector(report) >= figures


def test_the_general_staffs_day_after_an_operation(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2025, 9, 19)
    day = losses(petro_series["personnel"], date(2025, 9, 18), date(2025, 9, 18))
    text = ("У межах наступальної операції у Донецькій області бійці Сил оборони просунулися на 7 кілометрів.\n\n"
            f"Тим часом, за даними Генштабу, за минулу добу росія втратила {uk(day)} військових.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
