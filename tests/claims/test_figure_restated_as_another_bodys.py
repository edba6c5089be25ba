"""A total whose sentence names no counting body is another body's when the text gives the same figure again as
that body's ("За весь час повномасштабної війни в Україні росія втратила 1,2 мільйона солдатів. ... Видання з
посиланням на дані ... (CSIS) пише, що російські війська зазнали майже 1,2 мільйона втрат"): out of scope.

ipress.ua (28 Jan 2026, uk10/11) led with CSIS's 1.2 million before naming CSIS two paragraphs down; the lead
was judged against the General Staff's total (incorrect). A bare round mark ("more than one million") is every
body's and stays judged, as does the General Staff's own figure beside another body's. True values come from the
series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2026, 1, 28)


def test_a_lead_figure_named_later_as_another_bodys_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("За весь час повномасштабної війни в Україні росія втратила 1,2 мільйона солдатів.\n\n"
            "Про це повідомляє Euronews.\n\n"
            "Видання з посиланням на дані Центру стратегічних і міжнародних досліджень (CSIS) пише, що російські "
            "війська зазнали майже 1,2 мільйона втрат.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.value for o in report.out_of_scope] == [1_200_000, 1_200_000]


def test_an_english_lead_named_later_as_another_bodys_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russia has suffered 1.2 million casualties since February 2022.\n\n"
            "The Center for Strategic and International Studies (CSIS) estimates that Russia suffered 1.2 million "
            "casualties, including up to 325,000 troop deaths.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []


def test_the_general_staffs_own_total_beside_another_bodys_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Russia has lost {value:,} soldiers since February 2022.\n\n"
            "The Center for Strategic and International Studies (CSIS) estimates that Russia suffered 1.2 million "
            "casualties.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]


def test_a_round_mark_another_body_also_gives_is_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russia has lost more than one million soldiers since February 2022.\n\n"
            "British intelligence estimates that Russia has lost more than one million soldiers.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(1_000_000, VerdictKind.CORRECT)]
