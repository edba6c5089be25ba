"""Russia as the claimant ("Russia claims 158 drones downed in mass attack ...") gives its own count, out of scope.

The Kyiv Independent's daily page of 2 Sep 2024 (head10 page 06) links the story "Russia claims 158 drones
downed in mass attack targeting refinery, power plants in Moscow, other regions": Ukraine's drones as
Moscow counts them. lexicon.OTHER_SOURCE read "Russia says / said", "the Kremlin says", "Moscow says", not
"claims": the 158 was judged as Russia's drones lost in the war (incorrect against 14,537). Now "Russia
/ the Russian military / the Kremlin / Moscow claims|claimed" is that side's own count. The General
Staff's figure beside it is still judged. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_SEP2 = date(2024, 9, 2)


@pytest.mark.parametrize("text", [
    "Russia claims 158 drones downed in mass attack targeting refinery, power plants in Moscow, other regions",
    "Moscow claimed its air defenses shot down 158 drones overnight.",
])
def test_what_russia_claims_is_not_judged(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert [v.claim.value for v in check_text(text, petro_series, as_of=_SEP2).verdicts] == []


def test_the_general_staffs_count_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    drones = total(petro_series["uavs"], _SEP2)
    text = (f"Russia claims 158 drones downed overnight, while Ukraine's General Staff says Russia has lost "
            f"{drones:,} drones since the start of the invasion.")
    found = [(v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=_SEP2).verdicts
             if v.claim.value == drones]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
