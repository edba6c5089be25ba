"""The Soviet Union's losses in Afghanistan, given beside Russia's to compare them ("the official losses of
the Soviet army in Afghanistan amount to 15,051 people", "the Soviet Union also lost a whopping 333
helicopters. It lost more than 100 warplanes, ..., 147 tanks, 1,314 armored personnel carriers"), are
another war's, never the General Staff's count.

Novinite (22 Mar 2022) and The Daily Jolt (20 Mar 2022) set the General Staff's figures beside the Soviet
army's in Afghanistan; only the words between a figure and its noun ("15,000 Soviet soldiers") marked
another war, so the Soviet Union named as the side that lost was read as Russia (five incorrect and one
unverifiable in each mode). scope.side_in now names a third side, another war's (lexicon.PAST_WAR_SIDE:
the Soviet Union, the USSR, the Soviet army / troops / soldiers / forces / military, the Red Army), when it
is the side named last before the figure; a sentence carries it to the next ones only when it names no
other side ("It lost ..."). True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of", "soviet"), [
    ("An infographic published by the Ministry of Defense shows that the official losses of the Soviet army in "
     "Afghanistan amount to 15,051 people, while the losses currently suffered by the Russian army in Ukraine "
     "amount to about 15,300 people.", date(2022, 3, 22), {15051}),
    ("According to the war figures, in addition to the nearly 14,500 troops, in Afghanistan between 1979 and "
     "1989, the Soviet Union also lost a whopping 333 helicopters.\n\nIt lost more than 100 warplanes, courtesy "
     "of the US-made Stinger missiles, 147 tanks, 1,314 armored personnel carriers, 433 heavy artillery pieces, "
     "and 11,369 trucks.", date(2022, 3, 20), {333, 100, 147, 1314, 11369}),
])
def test_the_soviet_unions_losses_are_not_judged(
    text: str, as_of: date, soviet: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert soviet.isdisjoint(v.claim.value for v in report.verdicts)
    assert soviet <= {o.value for o in report.out_of_scope}


def test_russias_figure_beside_the_soviets_is_judged(petro_series: dict[str, LossSeries]) -> None:
    day = date(2022, 3, 22)
    value = total(petro_series["personnel"], day)
    text = ("An infographic published by the Ministry of Defense shows that the official losses of the Soviet army "
            "in Afghanistan amount to 15,051 people, while the losses currently suffered by the Russian army in "
            f"Ukraine amount to about {value:,} people.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_russias_figure_after_a_comparison_with_the_soviets_is_judged(
    petro_series: dict[str, LossSeries],
) -> None:
    day = date(2022, 3, 22)
    value = total(petro_series["personnel"], day)
    text = ("Ukraine's army says more Russian soldiers have been killed in under a month of war than Soviet "
            f"soldiers died in a decade of fighting in Afghanistan. The army claims {value:,} Russian troops have "
            "been killed in 26 days of war.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
