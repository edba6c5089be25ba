"""The people an attack killed are its victims, not soldiers Russia lost: out of scope.

Found on the Kyiv Independent (28 Mar 2024, the General Staff's daily figures with a teaser below):
"The four men — who stand accused of opening fire on crowds at Moscow's Crocus City Hall on March 22,
killing at least 145 people — appeared in court" had its 145 judged as the General Staff's day figure
(incorrect: 1,050); and on The Independent's live page (23 Jun 2025): "a Russian drone and missile attack
on Kyiv killed at least four people overnight" (incorrect: 1,010). A figure of "people" is already out of
scope when no Russian side is named; with Russia named as the attacker, the number that "killing" /
"killed" takes as its object is the attack's dead. Russia's own losses in "people" are still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

MAR28 = date(2024, 3, 28)


@pytest.mark.parametrize(("text", "figure"), [
    ("The four men — who stand accused of opening fire on crowds at Moscow's Crocus City Hall on March 22, "
     "killing at least 145 people — appeared in court.", 145),
    ("A Russian drone and missile attack on Kyiv killed at least 14 people overnight, according to Ukraine's "
     "emergency services.", 14),
    ("Russian shelling killed 7 people in Kherson on Tuesday.", 7),
])
def test_the_people_an_attack_killed_are_out_of_scope(text: str, figure: int,
                                                     petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=MAR28)
    assert figure not in {v.claim.value for v in report.verdicts}


def test_russias_losses_in_people_are_still_judged(petro_series: dict[str, LossSeries]) -> None:
    day = total(petro_series["personnel"], MAR28) - total(petro_series["personnel"], date(2024, 3, 27))
    text = f"Over the past day, Russia lost {day:,} people, the General Staff of Ukraine's Armed Forces said."
    report = check_text(text, petro_series, as_of=MAR28)
    assert day in {v.claim.value for v in report.verdicts}


@pytest.mark.parametrize(("text", "figure"), [
    ("A Russian missile attack on Odesa killed approximately 12 people on Sunday, the regional governor said.", 12),
    ("Russian drones hit Kharkiv overnight, killing an estimated 20 people, officials said.", 20),
    ("Russian glide bombs killed roughly 9 people in Zaporizhzhia.", 9),
])
def test_any_hedge_between_the_killing_and_the_figure_is_read(text: str, figure: int,
                                                              petro_series: dict[str, LossSeries]) -> None:
    # the hedges are lexicon.hedge_before's, the one list of them: "approximately", "an estimated", "roughly"
    report = check_text(text, petro_series, as_of=MAR28)
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}
