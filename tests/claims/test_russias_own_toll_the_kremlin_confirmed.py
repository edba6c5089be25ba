"""Russia's own toll given as what the Kremlin "has confirmed" ("the Kremlin has confirmed just fewer than 6,000
troop deaths") is Russia's count: out of scope, never a figure of the General Staff's.

Newsmax (12 Dec 2022, scope11/07) quoted Newsweek: "Moscow's public statistics typically don't come close to
resembling the numbers provided by Ukraine. For example, the Kremlin has confirmed just fewer than 6,000 troop
deaths." lexicon.OTHER_SOURCE read "the Kremlin says / said / admitted / claims", not "has confirmed", so the
figure was judged against the General Staff's total (incorrect). The Kremlin's "confirmed" and
"acknowledged", with "has" or "had", are now its own count as Moscow's are. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 12, 12)


@pytest.mark.parametrize("verb", ["has confirmed", "confirmed", "had acknowledged"])
def test_a_toll_the_kremlin_confirmed_is_not_judged(verb: str, petro_series: dict[str, LossSeries]) -> None:
    text = f"For example, the Kremlin {verb} just fewer than 6,000 troop deaths."
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.value for o in report.out_of_scope] == [6000]


def test_the_general_staffs_total_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Ukraine's General Staff says Russia has lost {value:,} troops. For example, the Kremlin has confirmed "
            "just fewer than 6,000 troop deaths.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
