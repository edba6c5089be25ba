""""..., the officials claimed" speaks for the officials named before, even a paragraph before (real articles).

A live blog retold on infoafrik (19 Aug 2023): "The number of battlefield casualties in Ukraine is approaching
nearly 500,000 Russian and Ukrainian soldiers, US officials have told the New York Times, ..." and, in the
next paragraph, "Russia's military casualties are approaching 300,000, the officials claimed, with as many
as 120,000 killed in action." The second sentence names no body; the body named before carries only within
its paragraph (or after "According to the report"), so 300,000 was judged as the General Staff's mark
(incorrect against 257,010). "..., the officials said / claimed / estimated" now goes on with the body last
named, as "The report said" does. A new paragraph with no such words is the General Staff's again. True
values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AUG19 = date(2023, 8, 19)

OFFICIALS = ("The number of battlefield casualties in Ukraine is approaching nearly 500,000 Russian and Ukrainian "
             "soldiers, US officials have told the New York Times, marking a significant rise in the death toll this "
             "year after intense fighting in the east of the country.\n")


def test_the_officials_figure_a_paragraph_later_is_theirs(petro_series: dict[str, LossSeries]) -> None:
    text = OFFICIALS + ("Russia's military casualties are approaching 300,000, the officials claimed, with as many "
                        "as 120,000 killed in action.")
    assert 300_000 not in {v.claim.value for v in check_text(text, petro_series, as_of=AUG19).verdicts}


def test_a_general_staff_figure_a_paragraph_later_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    n = total(petro_series["personnel"], AUG19)
    text = OFFICIALS + f"Russia has lost {n:,} troops since the start of the full-scale invasion, Kyiv said."
    found = {(v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=AUG19).verdicts
             if v.claim.value == n}
    assert found == {(ClaimKind.TOTAL, VerdictKind.CORRECT)}
