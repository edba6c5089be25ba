"""Another war's dead, named by their nation, are not Russia's losses (real articles).

A Washington Post story on Milley's estimate, rewritten by mediabiznet.com.au (11 Nov 2022), set the
war beside others: "the losses on each side would be twice the nearly 60,000 Americans killed or
wounded during the 20-year war in Iraq and Afghanistan" and "Nearly 70,000 Afghan soldiers and 50,000
civilians have been killed over two decades of fighting". 60,000 and 70,000 were judged against the
General Staff's running total of 11 Nov 2022 (incorrect, both modes): "Afghanistan" stood too far from
the figure, and "Americans" and "Afghan" were no one's. A figure for Americans, Afghans or Iraqis is
now another war's losses; Russia's figure in the same story is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

NOV11 = date(2022, 11, 11)
OTHER_WAR = "another war's losses"


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=NOV11)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    ("According to Department of Defense statistics, the losses on each side would be twice the nearly 60,000 "
     "Americans killed or wounded during the 20-year war in Iraq and Afghanistan.", 60000),
    ("Nearly 70,000 Afghan soldiers and 50,000 civilians have been killed over two decades of fighting with the "
     "US-backed coalition.", 70000),
    ("By comparison, about 4,400 American troops were killed in the war that followed the 2003 invasion.", 4400),
])
def test_another_wars_dead_named_by_nation_are_not_judged(text: str, value: int,
                                                          petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, value) == OTHER_WAR


def test_russias_figure_in_the_same_story_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    gs = total(petro_series["personnel"], NOV11)
    text = ("Nearly 70,000 Afghan soldiers and 50,000 civilians have been killed over two decades of fighting. "
            f"Ukraine's General Staff says Russia has lost {gs:,} troops since Feb. 24.")
    assert _outcome(text, petro_series, 70000) == OTHER_WAR
    assert _outcome(text, petro_series, gs) is VerdictKind.CORRECT
