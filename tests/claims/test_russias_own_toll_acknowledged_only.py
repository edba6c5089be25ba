"""Russia's own toll given as what it "acknowledged only" ("Russia has publicly acknowledged only just over
6,000 soldier deaths, a figure widely disputed") is Russia's count: out of scope, never a milestone of the
General Staff's.

britbrief.co.uk (28 Jan 2026, oos9/08) set CSIS's estimate beside Russia's own acknowledged toll; lexicon.
OTHER_SOURCE read "Russia has (publicly) acknowledged its / the deaths / to", not "acknowledged only", so
"just over 6,000" was judged a mark the General Staff's count had passed ("correct"). Russia's acknowledgement
now takes "only" after its verb as it takes "its" and "to". True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2026, 1, 28)


def test_a_toll_russia_acknowledged_only_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia has publicly acknowledged only just over 6,000 soldier deaths, a figure widely disputed."
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.value for o in report.out_of_scope] == [6000]


def test_the_general_staffs_total_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Ukraine's General Staff says Russia has lost {value:,} soldiers. Russia has publicly acknowledged "
            "only just over 6,000 soldier deaths.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
