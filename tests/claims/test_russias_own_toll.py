"""Russia's own toll of its dead is Russia's figure, not the General Staff's: out of scope.

Found on three rewrites of 25 Mar 2022 (Hindustan Times / AP, CNN live, fortunenews): "Russia says 1,351
soldiers died in Ukraine", "The deputy head of Russia's military general staff says that 1,351 Russian
soldiers have died in Ukraine", "The Russian military said in a briefing on Friday that 1,351 military
personnel had been killed" were judged as the General Staff's total (incorrect: 16,100); and the n25 class
"Russia last gave an update in March when it said 1,351 of its troops had been killed". "military general
staff" is Russia's own, not Ukraine's ("the Russian General Staff" is not: an aggregator's slip for
Ukraine's in the development set). The General Staff's figure beside them is
still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

MAR25 = date(2022, 3, 25)


@pytest.mark.parametrize("text", [
    "Russia says 1,351 soldiers died in Ukraine.",
    "The deputy head of Russia's military general staff says that 1,351 Russian soldiers have died in Ukraine.",
    "The Russian military said in a briefing on Friday that 1,351 military personnel had been killed in Ukraine.",
    "Russia last gave an update in March when it said 1,351 of its troops had been killed.",
])
def test_russias_own_toll_is_out_of_scope(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=MAR25)
    assert 1_351 not in {v.claim.value for v in report.verdicts}
    assert 1_351 in {o.value for o in report.out_of_scope}


def test_the_general_staffs_total_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    troops = total(petro_series["personnel"], MAR25)
    text = (f"Russia says 1,351 soldiers died in Ukraine. Ukraine's General Staff says Russia has lost {troops:,} "
            "troops since February 24.")
    report = check_text(text, petro_series, as_of=MAR25)
    assert [v.claim.value for v in report.verdicts] == [troops]
