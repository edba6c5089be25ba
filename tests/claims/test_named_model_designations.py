"""A capitalised name joined by a hyphen to a number is a model, not a count (real articles).

"Ka-52" and "S-300" were known (a name of 1-4 letters before the hyphen). Longer names were
not: Forces News' November 2024 summary ('Ukraine claims to have destroyed 300 tanks, 900
infantry fighting vehicles (IFVs) and 900 artillery systems in the last month, including a
Zoopark-1 counter-battery radar') had its "1" judged as the month's artillery (incorrect). A
capitalised name of 5-11 letters right before "-N" now names a model too ("Zoopark-1",
"Krasukha-4", "Orlan-10", "Shahed-136", "Красуха-4", "Орлан-10"), silently out of scope; the
figures around it keep their verdicts (true values from the series).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses  # noqa: E402

DEC2 = date(2024, 12, 2)  # the report of 2 Dec 2024: the losses of 1 Dec


@pytest.mark.parametrize("text", [
    "Over the past day Russia lost {tanks} tanks and {artillery} artillery systems, among them a Krasukha-4 "
    "electronic warfare station and an Orlan-10 drone, the General Staff said.",
    "За минулу добу росіяни втратили {tanks} танків та {artillery} артсистем, серед них станцію Красуха-4 "
    "та безпілотник Орлан-10, повідомив Генштаб.",
    "Over the past day Russia lost {tanks} tanks and {artillery} artillery systems, the General Staff said. "
    "Ukraine also destroyed a Zoopark-1 radar and downed two Shahed-136 drones.",
])
def test_a_named_model_is_no_figure(text: str, petro_series: dict[str, LossSeries]) -> None:
    day = DEC2 - timedelta(days=1)
    tanks = losses(petro_series["tanks"], day, day)
    artillery = losses(petro_series["artillery"], day, day)
    verdicts = check_text(text.format(tanks=tanks, artillery=artillery), petro_series, as_of=DEC2).verdicts
    assert sorted(v.claim.value for v in verdicts) == sorted([tanks, artillery])
    assert all(v.verdict is VerdictKind.CORRECT for v in verdicts)


def test_the_month_beside_a_zoopark_keeps_its_figures(petro_series: dict[str, LossSeries]) -> None:
    text = ("Ukraine claims to have destroyed 300 tanks, 900 infantry fighting vehicles (IFVs) and 900 artillery "
            "systems in the last month, including a Zoopark-1 counter-battery radar and a TOS-1A Solntsepyok system.")
    values = sorted(v.claim.value for v in check_text(text, petro_series, as_of=DEC2).verdicts)
    assert values == [300, 900, 900]
