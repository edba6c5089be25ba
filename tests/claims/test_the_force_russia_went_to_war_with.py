"""The tanks Russia "entered the war with" are its strength at the start, no loss figure (real articles).

bunatimes retelling Korrespondent on Forbes (12 Jan 2024): "According to journalists, the Russian Federation
entered the war against Ukraine with 2,987 tanks; after 23 months of fighting, they had lost at least 90
percent." The figure had a loss word in its sentence and no strength word within the 25 characters before
it (extract._recruited), so it was judged as the General Staff's tank total (incorrect against 6,060). A
figure after "entered / started / began / launched the (full-scale) war or invasion (against Ukraine) with"
is now a force's strength. The General Staff's total in the same sentence is still judged. True values
come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

JAN12 = date(2024, 1, 12)


@pytest.mark.parametrize("sentence", [
    "According to journalists, the Russian Federation entered the war against Ukraine with 2,987 tanks; after 23 "
    "months of fighting, they had lost at least 90 percent.",
    "Russia started the full-scale invasion with around 2,987 tanks, and it has lost most of them since.",
])
def test_the_tanks_russia_went_to_war_with_are_not_judged(
    sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(sentence, petro_series, as_of=JAN12)
    assert 2987 not in {v.claim.value for v in report.verdicts}


def test_the_general_staffs_total_beside_them_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    n = total(petro_series["tanks"], JAN12)
    text = (f"Russia entered the war with about 2,987 tanks and has since lost {n:,} tanks, according to Ukraine's "
            "General Staff.")
    found = {(v.claim.category, v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=JAN12).verdicts
             if v.claim.value == n}
    assert found == {("tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)}
