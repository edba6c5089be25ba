""""Fighters" listed beside the helicopters ("303 fighters, 289 helicopters and 2,095 drones") are fighter jets.

An Italian outlet in English (7 Mar 2023, head10/19): "The General Staff report also indicates that since the
beginning of the war, Russia has lost 303 fighters, 289 helicopters and 2,095 drones." "fighters" is a word for
soldiers (an alias of personnel), so 303 was judged against the personnel total (154,830; incorrect). Right
beside "helicopters" or "bombers" in a list, before or after them, it is the aircraft line. "fighters" alone
stays the personnel. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2023, 3, 7)


@pytest.mark.parametrize("order", ["fighters first", "helicopters first"])
def test_fighters_beside_helicopters_are_aircraft(order: str, petro_series: dict[str, LossSeries]) -> None:
    jets, helis = total(petro_series["aircraft"], DAY), total(petro_series["helicopters"], DAY)
    listed = (f"{jets} fighters, {helis} helicopters" if order == "fighters first"
              else f"{helis} helicopters and {jets} fighters")
    text = f"The General Staff report also indicates that since the beginning of the war, Russia has lost {listed}."
    found = {(v.claim.category, v.claim.value, v.verdict) for v in check_text(text, petro_series, as_of=DAY).verdicts}
    assert found == {("aircraft", jets, VerdictKind.CORRECT), ("helicopters", helis, VerdictKind.CORRECT)}


def test_fighters_alone_are_men(petro_series: dict[str, LossSeries]) -> None:
    men = total(petro_series["personnel"], DAY)
    text = f"The General Staff said Russia has lost {men:,} fighters since the beginning of the war."
    found = [(v.claim.category, v.claim.value, v.verdict) for v in check_text(text, petro_series, as_of=DAY).verdicts]
    assert found == [("personnel", men, VerdictKind.CORRECT)]
