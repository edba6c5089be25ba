"""Russia's officials as the speaker of a toll ("At a Moscow briefing on Friday, Russian senior military
officials updated its losses in Ukraine to 1,351 soldiers, adding that 3,825 soldiers had been wounded";
"російські посадовці назвали ...") give Russia's own count: out of scope. The General Staff's figure beside it is
still judged.

defence-blog.com (16 Apr 2022, attr10/19) set Zelensky's estimate, Russia's own toll and NATO's beside each
other; lexicon.OTHER_SOURCE read "Russia says", "the Russian military said", not "Russian (senior) (military)
officials", so Russia's 1,351 was judged against the General Staff's count (incorrect as of, unverifiable when
self-dated). Russia's officials, in English and Ukrainian, are now another counting body. True values come from
the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 4, 16)


@pytest.mark.parametrize("text", [
    "At a Moscow briefing on Friday, Russian senior military officials updated its losses in Ukraine to 1,351 "
    "soldiers, adding that 3,825 soldiers had been wounded.",
    "Російські військові посадовці заявили, що у війні загинули 1351 російських військових.",
])
def test_a_toll_russias_officials_give_is_not_judged(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []


def test_the_general_staffs_total_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Ukraine's General Staff says Russia has lost {value:,} soldiers. At a Moscow briefing, Russian senior "
            "military officials updated its losses to 1,351 soldiers.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
