"""A think tank's estimate retold over several paragraphs ("A stark new analysis from the Center for Strategic
and International Studies (CSIS) ..." then "It estimates that Russia has suffered approximately 1.2 million
casualties ... This staggering figure includes up to 325,000 troop deaths.", "The analytical center estimates
that ...") and a NATO official's ("The official added that 30,000 to 40,000 Russians are thought to have been
killed or wounded") are those bodies' figures, out of scope.

britbrief.co.uk and serbiantimes.info (28 Jan 2026, oos9's n32 pages 08 and 09) retold CSIS's report; AP on
freepressjournal.in (24 Mar 2022, page 21) NATO's estimate. The body was named a paragraph before and the
sentences with the figures named none, so they were judged against the General Staff's count (325,000,
600,000 and 30,000-40,000 incorrect, 1.2 million "rounded"). An estimating body named paragraphs before
speaks for a sentence worded as an estimate (extract._discourse_source); clauses._ESTIMATING_BODIES gains the
think tanks (CSIS, "Center for Strategic", "think tank", IISS, RUSI) and clauses._ESTIMATE_WORDS "estimates
that", "estimated that", "thought to have", "believed to have". True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2026, 1, 28)
CSIS = ("A stark new analysis from the Center for Strategic and International Studies (CSIS) has issued a grave "
        "warning about the war's toll.\n\n")


@pytest.mark.parametrize(("text", "as_of"), [
    (CSIS + "The comprehensive report, released on Tuesday, presents a harrowing statistical breakdown. It estimates "
     "that Russia has suffered approximately 1.2 million casualties since February 2022. This staggering figure "
     "includes up to 325,000 troop deaths.", DAY),
    (CSIS + "The analytical center estimates that Russia has suffered losses of about 1.2 million soldiers.", DAY),
    ("Between 7,000 and 15,000 Russian troops have died after one month in the invasion of Ukraine, a senior Nato "
     "official told AP News on Wednesday.\n\nThe official added that 30,000 to 40,000 Russians are thought to have "
     "been killed or wounded in the fighting.", date(2022, 3, 24)),
])
def test_an_estimate_continued_is_not_judged(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []


def test_the_general_staffs_total_after_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = CSIS + f"Russia has lost {value:,} soldiers since the start of the invasion."
    report = check_text(text, petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
