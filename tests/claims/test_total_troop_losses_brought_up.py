""""Taking the total troop losses ... to 415,640" after "960 troops and 17 tanks" is the personnel total.

Newsweek retold on newsfortoday.co (2 Mar 2024, en9's n32 page 13): "over the previous 24 hours, Russian forces
had lost 960 troops and 17 tanks, taking the total troop losses since the start of the war just over two years
ago to 415,640". A total brought up after a figure takes that figure's line unless its words speak of
soldiers (scope.speaks_of_personnel), and the singular "troop" of "troop losses" was not such a word, so
415,640 was judged as the tanks' total (incorrect against 6,624, both modes). "troop" now speaks of
personnel too (not in "troop carrier" / "troop transport"); a tally brought up with no such word stays the
line of the figure before it. True
values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2024, 3, 2)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[str, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.verdict) for v in check_text(text, series, as_of=_DAY).verdicts}


def test_total_troop_losses_are_the_personnel_total(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], _DAY)
    text = ("Over the previous 24 hours, Russian forces had lost 960 troops and 17 tanks, taking the total troop "
            f"losses since the start of the war just over two years ago to {people:,}.")
    assert _judged(text, petro_series)[people] == ("personnel", VerdictKind.CORRECT)


def test_a_tanks_tally_brought_up_stays_the_tanks(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], _DAY)
    text = ("Over the previous 24 hours, Russian forces had lost 960 troops and 17 tanks, taking their tally since "
            f"the start of the war to {tanks:,}.")
    assert _judged(text, petro_series)[tanks] == ("tanks", VerdictKind.CORRECT)
