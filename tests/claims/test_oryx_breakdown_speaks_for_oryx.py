"""Oryx's count retold over several paragraphs stays Oryx's (real articles).

Oryx is named once ("Oryx, an open source intelligence website, has been collecting visual
evidence ..."), and the paragraphs after it give its figures with no body of their own: "The
group said this week it has verified 1,000 distinct Russian tank losses" (CNN, 9 Feb 2023), "total
Russian tank losses amounted to 3,153, 2,129 destroyed, 157 damaged, 350 abandoned and 517
captured" (a Newsweek rewrite, 22 Jun 2024), "Of these, 2,635 were destroyed, 534 were captured"
(Kyiv Independent, 25 Jan 2025). Each was judged against the General Staff's series (the tank total,
or a day's personnel) and called incorrect. Oryx's signature, evidence it has seen and losses split
by their fate, now speaks for Oryx when Oryx was the body last named; the General Staff's figures
in between, attributed to Kyiv, are still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

JUN22 = date(2024, 6, 22)
OTHER = "another counting body's figure"
ORYX = ("Other estimates, such as those of Oryx, an open-source project that relies on photographs or videos "
        "as evidence, are lower.\n\n")


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=JUN22)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    (ORYX + "As of Saturday, total Russian tank losses amounted to 3,153, 2,129 destroyed, 157 damaged, "
     "350 abandoned and 517 captured.", 3153),
    (ORYX + "As of Saturday, total Russian tank losses amounted to 3,153, 2,129 destroyed, 157 damaged, "
     "350 abandoned and 517 captured.", 2129),
    (ORYX + "Among the equipment, 3,153 tanks were lost. Of these, 2,129 were destroyed, 517 were captured, "
     "and the remainder were either damaged or abandoned.", 2129),
    (ORYX + "The group said this week it has verified 3,153 distinct Russian tank losses in the war.", 3153),
])
def test_oryxs_signature_speaks_for_oryx(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, value) == OTHER


def test_kyivs_figure_after_oryx_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], JUN22)
    text = ORYX + f"Ukraine's General Staff said on Saturday that Russia had lost {tanks:,} tanks destroyed since " \
        "February 24, 2022.\n\nRussia has lost 3,153 tanks, 2,129 destroyed, 157 damaged, Oryx says."
    assert _outcome(text, petro_series, tanks) is VerdictKind.CORRECT
