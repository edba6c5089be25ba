"""A reference mark in square brackets ("[1][3]") is no figure.

A generated round-up of the war (asb-media.info, June 2025; page fresh11/13) cites its sources the way
encyclopedias do: "Russian casualties are considerably higher, with estimates ranging from 600,000 to over
1,000,000 killed or wounded. These figures indicate a severe human toll ... [1][4][5]." Each mark was judged as a
personnel figure of 1, 4 and 5 (incorrect). One to three digits alone in square brackets are a reference mark:
out of scope, silently. The figure the mark follows is still judged, and so is a figure an editor put in
brackets with its thousands ("[1,230]").
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2025, 6, 12)


def test_the_marks_are_no_figures(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"- Russia has lost {value:,} troops since the full-scale invasion began, according to Ukraine's "
            "General Staff [1][3].\n- Ukrainian forces launched drone strikes on airfields [2][4][5].\n")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
    assert not report.out_of_scope


def test_a_bracketed_figure_with_its_thousands_is_judged(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    daily = total(series, DAY) - total(series, DAY - timedelta(days=1))
    report = check_text(f"Russia lost [{daily:,}] soldiers in the past day, the General Staff said.",
                        petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(daily, VerdictKind.CORRECT)]
