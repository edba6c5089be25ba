"""The night's air defence figures after the General Staff's day are out of scope (real articles).

Babel's English daily item (16 Nov 2024) ends its General Staff figures with 'At night, air
defense shot down 53 Russian drones, another 30 were lost in location.' Both figures were judged
as the day's operational-tactical drones (incorrect twice): they are the Air Force's count of a
night's attack. Air defence shooting down, downing, intercepting or neutralising, 'lost in
location' and their Ukrainian forms ('ППО збила', 'локаційно втрачені') now mark an air-attack
sentence (lexicon.ATTACK_SENTENCE), as 'launched' and 'Shahed' already did. The General Staff's
own drones of the day stay judged (true values from the series).
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

NOV16 = date(2024, 11, 16)


@pytest.mark.parametrize(("text", "night"), [
    ("Over the past day Russia lost {people:,} soldiers, the General Staff said. At night, air defense shot down "
     "53 Russian drones, another 30 were lost in location.", {53, 30}),
    ("Over the past day Russia lost {people:,} soldiers and {uavs} drones, the General Staff said. Overnight, "
     "Ukrainian air defenses downed 53 of 83 drones.", {53, 83}),
    ("За минулу добу Росія втратила {people} військових, повідомив Генштаб. Вночі ППО збила 53 дрони, ще 30 "
     "локаційно втрачені.", {53, 30}),
])
def test_the_nights_air_defence_is_out_of_scope(
    text: str, night: set[int], petro_series: dict[str, LossSeries],
) -> None:
    day = NOV16 - timedelta(days=1)
    people = losses(petro_series["personnel"], day, day)
    uavs = losses(petro_series["uavs"], day, day)
    report = check_text(text.format(people=people, uavs=uavs), petro_series, as_of=NOV16)
    assert {v.claim.value for v in report.verdicts} <= {people, uavs}
    assert all(v.verdict is VerdictKind.CORRECT for v in report.verdicts)
    assert night <= {o.value for o in report.out_of_scope}


def test_the_general_staffs_drones_stay_judged(petro_series: dict[str, LossSeries]) -> None:
    day = NOV16 - timedelta(days=1)
    uavs = losses(petro_series["uavs"], day, day)
    text = f"Over the past day the Defense Forces destroyed {uavs} operational-tactical drones, the General Staff said."
    verdicts = check_text(text, petro_series, as_of=NOV16).verdicts
    assert [(v.claim.value, v.verdict) for v in verdicts] == [(uavs, VerdictKind.CORRECT)]
