"""A sentence that sums up, or goes on with the period of, what another body said a paragraph or two before
("За даними британців, у 2025 році російська армія зазнала 415 тисяч втрат. ... / Загалом за час великої
війни російська армія втратила 1 мільйон 213 тисяч солдатів"; "Від початку жовтня 2023 року ... За цей період
окупанти зазнали значних втрат, а саме приблизно 365 танків і 700 бронемашин"; "In total, since the start of
the special military operation, the Russian Armed Forces have destroyed 125 planes") is that body's: out of
scope. The same sentence after the General Staff, or naming it, is judged.

inshe.tv (15 Jan 2026, oos9/14 and uk9/14) retold UK Defence Intelligence's yearly figures and then, in a
paragraph naming no body, its running total; in-ukraine.info (uk9/31) retold the British ministry's estimate
and, two paragraphs on, its figures "за цей період"; UrduPoint (5 Apr 2022, attr10/10) Russia's ministry's
count of Ukraine's equipment after a paragraph break inside the quotation. The body was carried only within
its paragraph, so the figures were judged against the General Staff's series (incorrect).
clauses.sums_up_what_was_said: a sentence opened by "Загалом", "Всього", "За цей період/час", "In total",
"Overall", "In all", "During/Over this period" is said by the body last named within two paragraphs. True
values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("За даними британців, у 2025 році російська армія зазнала 415 тисяч втрат.\n\n"
     "Загалом за час великої війни російська армія втратила 1 мільйон 213 тисяч солдатів вбитими та пораненими.",
     date(2026, 1, 15)),
    ("Про це повідомляє Міністерство оборони Великої Британії у Twitter.\n\nВід початку жовтня 2023 року "
     "російські військові перейшли в наступ. За цей період окупанти зазнали значних втрат, а саме приблизно "
     "365 танків і 700 бронемашин.", date(2024, 1, 26)),
    ("UK Defence Intelligence said Russia suffered 415,000 casualties in 2025.\n\nIn total, Russia has lost "
     "1.2 million soldiers killed and wounded since the start of the invasion.", date(2026, 1, 15)),
])
def test_a_sum_after_another_bodys_figures_is_not_judged(
        text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []


@pytest.mark.parametrize("before", [
    "The General Staff of Ukraine's Armed Forces published its morning update.\n\n",
    "UK Defence Intelligence said Russia suffered 415,000 casualties in 2025.\n\nThe General Staff of Ukraine's "
    "Armed Forces gives its own count.\n\n",
])
def test_a_sum_after_the_general_staff_is_judged(before: str, petro_series: dict[str, LossSeries]) -> None:
    day = date(2026, 1, 15)
    value = total(petro_series["personnel"], day)
    text = before + f"In total, Russia has lost {value:,} soldiers since the start of the invasion."
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
