"""An opening clause set off by a colon names the category of the bare figures after it.

РБК-Україна (24 January 2026; page fresh11/22): "Суттєвої шкоди завдано артилерії: за добу знищено 31 систему,
а загальна кількість втрат сягнула 36 580". The 36 580 (the artillery total) was judged as the personnel total
(incorrect) and 31 was no claim: the category is named once, in the clause before the colon, and the figures
after it name none of their own ("систему" is no line's noun). Such an opening clause, with no figure, ending in
a category noun, is the sentence's subject, like "For tanks, ...". A figure with its own noun keeps it, and a
colon clause that names no category changes nothing (the personnel default stays).
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

REPORT = date(2025, 6, 4)


def test_bare_figures_after_an_artillery_colon_clause(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["artillery"]
    day = losses(series, REPORT.replace(day=3), REPORT.replace(day=3))
    text = (f"Суттєвої шкоди завдано артилерії: за добу знищено {day} систему, а загальна кількість втрат "
            f"сягнула {uk(total(series, REPORT))}.")
    report = check_text(text, petro_series, as_of=REPORT)
    assert [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts] == [
        ("artillery", day, VerdictKind.CORRECT), ("artillery", total(series, REPORT), VerdictKind.CORRECT)]


def test_a_figure_with_its_own_noun_and_a_colon_naming_no_category(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], REPORT)
    text = (f"Суттєвої шкоди завдано артилерії: загальні втрати ворога сягнули {uk(people)} військовослужбовців. "
            f"Генштаб повідомив оновлені дані: загальна кількість втрат ворога сягнула {uk(people)}.")
    report = check_text(text, petro_series, as_of=REPORT)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
        ("personnel", VerdictKind.CORRECT), ("personnel", VerdictKind.CORRECT)]
