"""Oryx's figures named after them or continued by "its data" are Oryx's, not the General Staff's:

- uavisti retelling gordonua (30 May 2023): "Російські окупанти втратили у війні проти України щонайменше
  2002 танки. Про це повідомив нідерландський аналітичний OSINT-проєкт у сфері оборони Oryx." and, on the
  next line, "За його даними, 1239 російських танків було знищено, 106 – пошкоджено, ...": ATTRIBUTION_AFTER
  knew "Про це повідомляє" but not "повідомив", CONTINUES_SOURCE "за їхніми даними" but not "за його даними";
- zlive-network retelling n-tv (6 Aug 2023): "... referring to the website oryxspioenkop.com, ... According to
  their findings, Russia has lost at least 2203 tanks": the site's own name was no body's. "According to
  Ukraine" now names Kyiv's count, so the General Staff's 4237 tanks after it is still judged.

Each Oryx figure was judged as the General Staff's (incorrect). An attribution after a figure that names no
body ("Про це український лідер повідомив у Telegram.") leaves the figure to the body named before it.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("Російські окупанти втратили у війні проти України щонайменше 2002 танки.\nПро це повідомив нідерландський "
     "аналітичний OSINT-проєкт у сфері оборони Oryx.\nЗа його даними, 1239 російських танків було знищено, 106 – "
     "пошкоджено, 113 – кинуто, ще 544 – захопили сили оборони України.", date(2023, 5, 30)),
    ("Now the German news website n-tv.de reports, referring to the website oryxspioenkop.com, that there are "
     "probably multiple counts of Russian losses in Ukraine. According to their findings, Russia has lost at "
     "least 2203 tanks since the start of its war in late February 2022.", date(2023, 8, 6)),
])
def test_oryxs_figures_are_not_judged(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert report.out_of_scope


def test_kyivs_figure_after_oryxs_is_judged(petro_series: dict[str, LossSeries]) -> None:
    day = date(2023, 8, 6)
    value = total(petro_series["tanks"], day)
    text = ("According to their findings, the website oryxspioenkop.com says Russia has lost at least 2203 tanks. "
            "At the same time, according to Ukraine, Russian losses are significantly higher. According to them, "
            f"Russia had lost {value} tanks.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_an_attribution_naming_no_body_leaves_the_body_before(petro_series: dict[str, LossSeries]) -> None:
    text = ("Президент України Володимир Зеленський назвав шокувальну цифру втрат РФ. Так, держава-агресорка "
            "втрачає 30 000–35 000 військових щомісяця.\nПро це український лідер повідомив у Telegram.")
    report = check_text(text, petro_series, as_of=date(2026, 2, 19))
    assert [v.claim.value for v in report.verdicts] == []
