"""A figure in a sentence's opening clause of contrast ("While ..., ... on 2 March") does not take the main clause's date.

The Zambian Observer, after BBC Russian (23 March 2022, oos9/06): "While the Ukrainian government now claims
over 15,000 Russian servicemen have been killed, the Russian authorities admitted to just under 500 deaths
on 2 March." The date was paired with, and then shared by, 15,000 across the comma that closes the "While"
clause, so "over 15,000" became a mark passed by the total of 2 March 2022 (5,840): incorrect. A figure
in an opening clause of "While", "Whereas", "Although", "Хоча", "Тоді як" (the sentence's first clause,
up to its first comma) no longer takes a date that stands past that comma, neither paired nor shared
(clauses.past_opening_contrast, used by extract._contrasted and clauses.coordinated). True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_AS_OF = date(2022, 3, 23)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def test_the_opening_clause_keeps_no_date_of_the_main_clause(petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], _AS_OF)
    mark = now // 1000 * 1000
    for text in (f"While the Ukrainian government now claims over {mark:,} Russian servicemen have been killed, "
                 "the Russian authorities admitted to just under 500 deaths on 2 March.",
                 f"Хоча Генштаб ЗСУ нині оцінює втрати росії у понад {uk(mark)} осіб, "
                 "російська влада 2 березня визнала менше ніж 500 загиблих."):
        assert _judged(text, petro_series)[mark] == (ClaimKind.MILESTONE, VerdictKind.CORRECT)


def test_a_date_inside_the_opening_clause_stays_its_figures(petro_series: dict[str, LossSeries]) -> None:
    # guard: the date before the comma is the figure's own ("While ... on 2 March, ...")
    day = total(petro_series["personnel"], date(2022, 3, 3))
    text = f"While Ukraine said on 3 March that {day:,} Russian troops had been killed, Moscow gave no figure."
    assert _judged(text, petro_series)[day][1] is VerdictKind.CORRECT
