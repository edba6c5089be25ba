"""Russia as the one that destroyed ("Russia has destroyed 21 Ukrainian aircraft", "Russian forces destroyed
eight aircraft, 277 drones, 430 tanks", "Russian air defense systems shot down ... 483 drones") makes the
figures after it Ukraine's losses, as Russia's ministry gives them, never the General Staff's count.

UrduPoint retelling Sputnik (11 Jul 2023): Shoigu's "Since the beginning of Ukraine's counteroffensive,
Russia has destroyed 21 Ukrainian aircraft, five helicopters, some 1,244 tanks, ..." was judged line by
line against the General Staff's running totals of Russia's losses (eight incorrect in each mode); Pledge
Times (2 May 2023): "In recent weeks, he added, Russian forces destroyed eight aircraft, 277 drones, 430
tanks" (three incorrect). lexicon.UKRAINE_LOSER gains Russia or its forces followed, with no more than
auxiliaries between, by destroyed / shot down / eliminated. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("Since the beginning of Ukraine's counteroffensive, Russia has destroyed 21 Ukrainian aircraft, five "
     "helicopters, some 1,244 tanks, another 1,244 Ukrainian armored vehicles destroyed, including 17 Leopard "
     "tanks, five French AMX wheeled tanks, 914 units of special vehicles, two air defense systems, 25 MLRS "
     "vehicles, the minister said.", date(2023, 7, 11)),
    ("Additionally, Russian air defense systems shot down 176 HIMARS shells, 27 Storm Shadow missiles and 483 "
     "drones since June 4, as well as having destroyed 43 M777 howitzers.", date(2023, 7, 11)),
    ("In recent weeks, he added, Russian forces destroyed eight aircraft, 277 drones, 430 tanks and other "
     "armored personnel carriers, as well as 225 artillery pieces and mortars.", date(2023, 5, 2)),
])
def test_what_russia_destroyed_is_not_judged(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert report.out_of_scope


def test_what_russia_lost_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    day = date(2023, 7, 11)
    value = total(petro_series["tanks"], day)
    text = f"Since the start of the invasion, Russia has lost {value:,} tanks, Ukraine's General Staff said."
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
