"""Russia's own toll given as the death toll it "announced" ("The last time Russia publicly announced the death
toll from the war was in September 2022, when it said 5,937 troops had been killed") is Russia's count.

HuffPost UK (20 May 2024, scope11/21) closed its General Staff figures so. lexicon.OTHER_SOURCE read Russia's
admissions as "Russia (publicly) reported / acknowledged / ... its / the deaths / to / only", not "announced
the death toll", so 5,937 was judged as the General Staff's September 2022 (11,260; incorrect). "announced"
and "the (death) toll" now name Russia's admission too. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 5, 20)
_RUSSIA = ("The last time Russia publicly announced the death toll from the war was in September 2022, when it said "
           "5,937 troops had been killed in combat.")


def test_a_toll_russia_announced_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    report = check_text(_RUSSIA, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert 5937 in [o.value for o in report.out_of_scope]


def test_the_general_staffs_total_before_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = f"This takes Russia's total personnel losses since the war began to {value:,}, according to Ukraine. {_RUSSIA}"
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
