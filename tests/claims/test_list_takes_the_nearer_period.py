"""The items of a list take the period named right before the list, not the sentence's opening one.
Found on gordonua.com (13 Apr 2023, sum4's page p04): 'протягом останнього тижня ... щоденно втрачають
від 400 до 750 осіб ... Загальні підтверджені втрати ворога за останні два тижні склали: в особовому
складі – понад 7700 осіб, 35 одиниць танків, 81 одиниця бойових броньованих машин, понад 100 артсистем'
(one quoted sentence): the 7700 took the two weeks, but the tanks, armoured vehicles and artillery,
each with a noun of its own, took the sentence's frame (its first time, 'протягом останнього тижня')
and were judged incorrect against one week. The same befalls 'За минулу добу ... 1160 осіб, а за
минулий тиждень — 8030 осіб, 79 танків, ...': the items after the week's first figure were read as the
day's. A list item now takes the period (or day) of the item right before it when that time is nearer
than the frame and only a list's comma or 'and' stands between them. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

MONDAY = date(2024, 5, 13)  # "the past week" and the last calendar week are both 6-12 May 2024
WEEK = (date(2024, 5, 6), date(2024, 5, 12))
DAY = (date(2024, 5, 12), date(2024, 5, 12))


def _values(series: dict[str, LossSeries], span: tuple[date, date], *keys: str) -> list[int]:
    return [losses(series[k], *span) for k in keys]


@pytest.mark.parametrize("template", [
    "За минулу добу ворог втратив {d} осіб, а за минулий тиждень — {p} осіб, {t} танків, {a} бойових броньованих "
    "машин та {g} артилерійських систем, повідомив Генштаб ЗСУ.",
    "In the past 24 hours Russia lost {d:,} troops, and over the past week {p:,} troops, {t} tanks, {a} armored "
    "vehicles and {g} artillery systems, the General Staff said.",
])
def test_the_list_after_a_week_is_the_weeks(template: str, petro_series: dict[str, LossSeries]) -> None:
    (d,) = _values(petro_series, DAY, "personnel")
    p, t, a, g = _values(petro_series, WEEK, "personnel", "tanks", "armoured_vehicles", "artillery")
    text = template.format(d=d, p=p, t=t, a=a, g=g)
    if " осіб" in text:
        text = text.replace(f"{d:,}", str(d)).replace(f"{p:,}", str(p))
    report = check_text(text, petro_series, as_of=MONDAY)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    for value in (t, a, g):
        assert found[value] == (ClaimKind.PERIOD, VerdictKind.CORRECT), value


def test_a_list_under_its_own_frame_is_unchanged(petro_series: dict[str, LossSeries]) -> None:
    p, t, a = _values(petro_series, (date(2024, 1, 1), date(2024, 12, 31)), "personnel", "tanks", "armoured_vehicles")
    text = f"In 2024 Russia lost {p:,} troops, {t:,} tanks and {a:,} armored vehicles, the General Staff said."
    report = check_text(text, petro_series, as_of=date(2025, 1, 2))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value in (p, t, a)]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)] * 3


def test_a_day_list_after_a_year_is_the_days(petro_series: dict[str, LossSeries]) -> None:
    (d,) = _values(petro_series, DAY, "personnel")
    t, g = _values(petro_series, DAY, "tanks", "artillery")
    text = (f"З початку року ворог втратив понад 100 тисяч осіб, а за минулу добу — {d} осіб, {t} танків та {g} "
            "артилерійських систем, повідомив Генштаб ЗСУ.")
    report = check_text(text, petro_series, as_of=MONDAY)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found[d] == (ClaimKind.DAY, VerdictKind.CORRECT)
    assert found[g] == (ClaimKind.DAY, VerdictKind.CORRECT)
