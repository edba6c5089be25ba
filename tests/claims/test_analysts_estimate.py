""""Analysts estimate" names another counting body: the figure it gives is not the General Staff's.

Found on dagens.com (10 Jul 2025, new9's n32 page 36), retelling The Economist's tracker under its own
heading: "As of July 9th, analysts estimate that Russia has suffered between 900,000 and 1.3 million
casualties since the invasion began—190,000 to 350,000 of them fatal." The range was judged as the General
Staff's total ("correct" against 1,030,580, a wrong "correct"; the dead "incorrect"). lexicon.OTHER_SOURCE
read "Western analysts" only; "analysts estimate|estimated|believe|calculated" and "аналітики оцінюють|
оцінили|підрахували" are now another body too. A General Staff total in the same sentence as analysts'
opinion is still judged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

JUL10 = date(2025, 7, 10)


def test_the_analysts_range_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("As of July 9th, analysts estimate that Russia has suffered between 900,000 and 1.3 million casualties "
            "since the invasion began.")
    report = check_text(text, petro_series, as_of=JUL10)
    assert report.verdicts == ()


def test_the_general_staffs_total_beside_analysts_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], JUL10)
    text = f"Russia has lost {now:,} troops, the General Staff said; analysts estimate the true toll is higher."
    report = check_text(text, petro_series, as_of=JUL10)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(now, "correct")]
