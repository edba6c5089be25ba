"""People who "were killed in" a Russian attack are its victims, not soldiers Russia lost: out of scope.

Found on The Independent's bulletin (29 Jan 2026, new9's n32 page 38): "Three people were killed in overnight
Russian drone attacks in Ukraine's southeastern Zaporizhzhia region, according to the area's governor" had its
three judged as the General Staff's day figure (incorrect: 830). The active form, "a Russian attack killed
four people", was already read as the attack's dead (test_people_an_attack_killed); the passive form names
the attack after the figure: "N people were killed|injured in|by ... attacks|strikes|shelling|drones".
A day's figure of people with no attack after it is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

JAN29 = date(2026, 1, 29)


@pytest.mark.parametrize(("text", "figure"), [
    ("Three people were killed in overnight Russian drone attacks in Ukraine's southeastern Zaporizhzhia "
     "region, according to the area's governor.", 3),
    ("At least 12 people were injured by a Russian missile strike on Odesa, the regional governor said.", 12),
    ("Seven people have been killed in Russian shelling of Kherson since Monday.", 7),
])
def test_people_killed_in_a_russian_attack_are_out_of_scope(text: str, figure: int,
                                                             petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=JAN29)
    assert figure not in {v.claim.value for v in report.verdicts}


def test_people_killed_or_wounded_with_no_attack_named_are_still_judged(
        petro_series: dict[str, LossSeries]) -> None:
    day = total(petro_series["personnel"], JAN29) - total(petro_series["personnel"], date(2026, 1, 28))
    text = (f"Over the past day, {day:,} people were killed or wounded in the Russian army, "
            "the General Staff of Ukraine's Armed Forces said.")
    report = check_text(text, petro_series, as_of=JAN29)
    verdicts = [v for v in report.verdicts if v.claim.value == day]
    assert verdicts and verdicts[0].verdict.value == "correct"
