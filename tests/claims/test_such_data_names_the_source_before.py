""""Такі дані ... наводить <body>" names the source of the sentence before it, as "Про це повідомляє" does.
Found on unian.ua (14 Jan 2026): "У 2025 році російські окупаційні війська втратили в Україні приблизно
415 тисяч військових убитими і пораненими. Такі дані з посиланням на дані розвідки наводить Міністерство
оборони Великої Британії у соцмережі Х." The 415 000 is the UK Defence Intelligence estimate, yet it was
judged against the General Staff's 2025 (418 170, "rounded"): only "Про це ..." and "This was reported
by ..." were read as an attribution of the sentence before. The General Staff named the same way keeps its
figure judged. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))


def test_such_data_cited_by_the_uk_ministry(petro_series: dict[str, LossSeries]) -> None:
    text = ("У 2025 році російські окупаційні війська втратили в Україні приблизно 415 тисяч військових убитими "
            "і пораненими. Такі дані з посиланням на дані розвідки наводить Міністерство оборони Великої "
            "Британії у соцмережі Х.")
    report = check_text(text, petro_series, as_of=date(2026, 1, 14))
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.value for o in report.out_of_scope if o.reason == "another counting body's figure"] == [415000]


def test_these_figures_published_by_the_general_staff_stay_judged(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], *YEAR_2025)
    text = (f"У 2025 році російські окупаційні війська втратили в Україні {uk(p)} військових убитими і "
            f"пораненими. Ці цифри оприлюднив Генеральний штаб ЗСУ.")
    report = check_text(text, petro_series, as_of=date(2026, 1, 14))
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == p] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]
