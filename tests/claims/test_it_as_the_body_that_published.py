"""A sentence opened by "it" and a verb of publishing ("It shared in an intelligence update that as many as
60,000 of Putin's troops may have been killed", "It reported ...") goes on with the body named before, as "It
said" does: another body's figure is out of scope, the General Staff's judged.

Business Insider (17 Feb 2023, attr10/01) summed up UK Defence Intelligence's update in bullets, the first
naming "Britain's defense ministry", the second opened by "It shared"; clauses.CONTINUES_SOURCE read "it said /
added / noted / estimated / stated" only, so 60,000 was judged against the General Staff's count (incorrect).
It gains "shared", "reported", "wrote", "posted", "published". True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2023, 2, 17)


def test_it_shared_after_another_body_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("- Britain's defense ministry said Russian casualties in Ukraine could be as high as 200,000.\n"
            "- It shared in an intelligence update that as many as 60,000 of Putin's troops may have been killed.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []


def test_it_reported_after_the_general_staff_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = ("Ukraine's General Staff published its morning update.\n\n"
            f"It reported that Russia has lost {value:,} soldiers since the start of the invasion.")
    report = check_text(text, petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
