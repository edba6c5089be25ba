"""A list retold from another body's post whose author is named only on the line that closes it (the embedded
post's signature "— Ministry of Defence (@DefenceHQ)", "Source: UK Defence Intelligence", "— UK Defence
Intelligence") is that body's: its figures are out of scope.

Kyiv Post (4 May 2024, oos9's n32 page 33) gave UK Defence Intelligence's update as its three bullets ("- The
average daily number of Russian casualties (killed and wounded) in Ukraine throughout April 2024 remained in
the pattern of 2024, with 899losses per day." ... "- The total number of Russian losses since the start of
the conflict now stands at over 465,000.") and then the post's signature, "Latest Defence Intelligence update
on the situation in Ukraine – 04 May 2024.— Ministry of Defence 🇬🇧 (@DefenceHQ) May 4, 2024". Nothing named a
body before the figures, so 899 was judged as 2024's daily mean (incorrect) and 465,000 as a passed mark of
the General Staff's count (correct). extract._signed_lists: the run of list items right before a sign-off
(clauses.signs_off: short, and a post's signature, a "Source:" line, opened by a dash, or words only) that
names another counting body is that body's. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 5, 4)
BULLETS = ("- The average daily number of Russian casualties (killed and wounded) in Ukraine throughout April 2024 "
           "remained in the pattern of 2024, with 899 losses per day.\n"
           "- It is likely that Russia's casualty rate will again increase over the next two months.\n"
           "- The total number of Russian losses since the start of the conflict now stands at over 465,000.\n")


@pytest.mark.parametrize("signature", [
    "Latest Defence Intelligence update on the situation in Ukraine – 04 May 2024.— Ministry of Defence 🇬🇧 "
    "(@DefenceHQ) May 4, 2024",
    "Source: UK Defence Intelligence",
    "— UK Defence Intelligence",
])
def test_a_list_signed_by_another_body_is_not_judged(signature: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(BULLETS + signature, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert {o.value: o.reason for o in report.out_of_scope if o.value in {899, 465_000}} == {
        899: "another counting body's figure", 465_000: "another counting body's figure"}


def test_a_list_before_a_sentence_of_its_own_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"- The total number of Russian losses since the start of the invasion now stands at {value:,}.\n"
            "British intelligence estimated on Sunday, in a long assessment of the fighting around Avdiivka and "
            "Chasiv Yar, that Russia has likely suffered more than 450,000 casualties since February 2022.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (value, VerdictKind.CORRECT)]
