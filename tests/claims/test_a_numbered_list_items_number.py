"""The number of a numbered list's item ("5. First Russian toll") is no figure.

A live page's list of key events retold by iadnews.in (3 Mar 2022; page fresh10/26) numbers its items:
"5. First Russian toll" was judged as a personnel figure of 5 (incorrect). One or two digits alone at the
start of a line, then "." or ")" and a word, number the item. A figure opening a line ("12 tanks were
destroyed yesterday") is still judged, as is the figure inside the numbered item.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 3, 3)


def test_the_items_number_is_no_figure(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = ("Russia-Ukraine war: list of key events\n\n5. Russian losses mount\n\n"
            f"Ukraine's military says Russia has lost {value:,} troops since February 24, 2022.\n\n"
            "6) Shelling in the south\n")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]


def test_a_figure_opening_a_line_is_judged(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["tanks"]
    daily = total(series, DAY) - total(series, DAY - timedelta(days=1))
    report = check_text(f"Key events:\n{daily} tanks were destroyed in the past day, the General Staff said.",
                        petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(daily, VerdictKind.CORRECT)]
