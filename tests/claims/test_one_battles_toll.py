"""One battle's toll, named right after the figure ("in their attacks on Avdiivka"), is no national figure.

UAWire (Nov 2023) wrote "the Russian army lost about ten thousand soldiers in their attacks on Avdiivka";
pledgetimes (24 May 2023) "The Wagner Group lost more than 20,000 fighters in the long battle for the city of
Bakhmut". Neither names a direction or a town the way the location words read one ("near", "on the ...
front"), so the first was judged against the national total (incorrect) and the second passed as a mark the
General Staff's total had reached (correct). A battle, attack, assault, siege or offensive "on/for/of/against"
a place right after the figure's noun ("у боях за ...") now makes the figure that battle's, out of scope as one
place's figure; the war itself ("in its offensive against Ukraine") does not. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of", "figure"), [
    ("According to the Commander-in-Chief, the Russian army lost about ten thousand soldiers in their attacks on "
     "Avdiivka.", date(2023, 11, 10), 10000),
    ("Russian forces lost more than 20,000 fighters in the long battle for the city of Bakhmut, the commander said.",
     date(2023, 5, 24), 20000),
    ("За словами командувача, росіяни втратили понад 20 000 військових у боях за Бахмут.", date(2023, 5, 24), 20000),
])
def test_one_battles_toll_is_not_judged(
    text: str, as_of: date, figure: int, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert list(report.verdicts) == []
    assert figure in {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON}


def test_the_wars_offensive_is_no_battle(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2023, 11, 10)
    troops = total(petro_series["personnel"], as_of)
    text = (f"Russia has lost {troops:,} troops in its offensive against Ukraine since February 2022, the General "
            "Staff said on Friday.")
    found = [(v.claim.value, v.verdict) for v in check_text(text, petro_series, as_of=as_of).verdicts]
    assert found == [(troops, VerdictKind.CORRECT)]
