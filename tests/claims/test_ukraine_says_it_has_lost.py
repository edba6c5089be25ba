"""Ukraine as the speaker of its own losses ("Ukraine says it has lost up to 13,000 soldiers since Russia
invaded") names Ukraine's losses, not the General Staff's count of Russia's.

The National (2 Dec 2022, oos9's n32 page 30) headlined Podolyak's figure so; the headline's 13,000 was judged
against the General Staff's personnel total (incorrect, both modes): lexicon.UKRAINE_LOSER read "Ukraine (has)
lost", and "Ukraine says" alone is Kyiv's count (UKRAINE_SOURCE). UKRAINE_LOSER gains "Ukraine / Kyiv says /
said / admits / admitted / claims / claimed (that) it (has / had) lost / suffered". True values come from the
series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 12, 2)


def test_ukraine_says_it_has_lost_is_ukraines_losses(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Ukraine says it has lost up to 13,000 soldiers since Russia invaded", petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.reason for o in report.out_of_scope] == ["Ukraine's losses"]


def test_ukraine_says_russia_has_lost_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    report = check_text(f"Ukraine says Russia has lost {value:,} soldiers since it invaded", petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
