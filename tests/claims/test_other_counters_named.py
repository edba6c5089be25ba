"""Figures of other counting bodies named in words the checker did not know are left unjudged (real articles).

Wire stories and their rewrites set the General Staff's count beside Russia's own toll ("Russia's
last official death toll ... numbered 1,351"), Putin's word ("Putin has estimated that roughly
5,000 ... are killed each month"), independent Russian media ("Independent Russian media outlet
iStories ... more than 90,000 casualties") and the US government and its press ("U.S. Department
of Defense Under Secretary ... said", "The United States estimates ...", "according to The New
York Times"). Each was judged against the General Staff's series and called incorrect. They are
now another counting body's figures; the General Staff's own figure beside them is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

OCT25 = date(2024, 10, 25)
GS = "Ukraine's General Staff said on Friday that Russia had lost 685,910 troops since February 2022. "


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=OCT25)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


OTHER = "another counting body's figure"


@pytest.mark.parametrize(("text", "value"), [
    (GS + "Russia's last official death toll, provided by its defense ministry in March, put fatalities at 1,351.",
     1351),
    (GS + "Moscow last provided an official death toll in September, claiming 5,900 of its soldiers had died.",
     5900),
    (GS + "Putin has estimated that roughly 5,000 Russian servicemen are killed in action each month.", 5000),
    (GS + "Putin said in June that 20,000 Russian soldiers had been lost in the battle for Bakhmut.", 20000),
    (GS + "An independent Russian media outlet reported that the army had suffered more than 90,000 casualties.",
     90000),
    (GS + "Russia has suffered 80,000 casualties, U.S. Department of Defense Under Secretary Colin Kahl said.",
     80000),
    (GS + "The United States estimates that Russia's losses amount to about 600,000 soldiers killed and wounded.",
     600000),
    (GS + "Russian casualties are near 700,000, according to The New York Times, citing officials.", 700000),
])
def test_another_counters_figure_is_not_judged(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, value) == OTHER


@pytest.mark.parametrize("text", [
    GS + "Russia's last official death toll, provided by its defense ministry in March, put fatalities at 1,351.",
    "Putin's army has lost 685,910 troops since February 2022, Ukraine's General Staff said on Friday.",
    "The General Staff said Russia had lost 685,910 troops, while the United States estimates are lower.",
])
def test_the_general_staffs_figure_beside_them_is_still_judged(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, 685910) is VerdictKind.CORRECT
