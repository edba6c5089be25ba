"""Western officials' and think tanks' estimates, named by role, nation or name, are left unjudged (real articles).

Wire stories of January 2023 (AFP via ibtimes.ae, btimesonline, The New Voice of Ukraine on Yahoo)
retold Norway's Chief of Defence: "Russia has suffered 180,000 killed or wounded ..., according to
estimates released Sunday by Norway's army chief", "According to an estimate provided by the chief
of the Norwegian army, ... over 180,000 dead and wounded"; headlines put the body last ("... 180,000
Russian troops injured or killed ..., says Norwegian defense chief", "USA estimates losses ... at more
than 220,000 wounded and killed - Wallace", Censor.NET, 29 Mar 2023) or first ("UK claims some 220,000
Russian casualties", Rustavi2). Each was judged against the General Staff's total and called
incorrect. They are now another counting body's figures; the General Staff's figure beside them is
still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

JAN23 = date(2023, 1, 23)
OTHER = "another counting body's figure"


def _outcome(text: str, series: dict[str, LossSeries], value: int, as_of: date) -> str | VerdictKind:
    report = check_text(text, series, as_of=as_of)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    ("Russia has suffered 180,000 killed or wounded in Ukraine so far, according to estimates released Sunday "
     "by Norway's army chief.", 180000),
    ("According to an estimate provided by the chief of the Norwegian army, the war has left over 180,000 dead "
     "and wounded in the camp of the Russian army.", 180000),
    ("At least 180,000 Russian troops injured or killed in war against Ukraine, says Norwegian defense chief",
     180000),
    ("\"Russian losses are beginning to approach around 180,000 dead or wounded soldiers,\" Norwegian Chief of "
     "Defence Eirik Kristoffersen said.", 180000),
    ("USA estimates losses of Russian Federation at more than 220,000 wounded and killed - Wallace", 220000),
    ("UK claims some 220,000 Russian casualties in war as Ukraine prepares counteroffensive", 220000),
    ("The think tank estimates that Russia has lost around 250,000 soldiers killed and wounded.", 250000),
])
def test_a_western_officials_estimate_is_another_bodys(
    text: str, value: int, petro_series: dict[str, LossSeries],
) -> None:
    assert _outcome(text, petro_series, value, JAN23) == OTHER


def test_the_general_staffs_figure_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    gs = total(petro_series["personnel"], JAN23)
    text = ("Russia has suffered 180,000 killed or wounded in Ukraine so far, according to estimates released "
            f"by Norway's army chief. According to Ukraine's General Staff, about {gs:,} Russian troops have been "
            "killed since the beginning of the full-scale invasion.")
    assert _outcome(text, petro_series, 180000, JAN23) == OTHER
    assert _outcome(text, petro_series, gs, JAN23) is VerdictKind.CORRECT
