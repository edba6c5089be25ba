"""Russia's own toll stays Russia's when its body is named around the figure, not in its clause (real articles).

"1,351 Russian soldiers have been killed since the Russian invasion of Ukraine. After more than a
month of fighting, the Russian Defense Ministry released the latest figures on Friday." (fortunenews,
25 Mar 2022): the ministry is named in the sentence after. "'To date, 1,351 servicemen have died and
3,825 have been injured,' said ... Colonel General Sergey Rudskoy, at a press briefing" (devotedlvr,
25 Mar 2022): Russia's general by name. "Russia has publicly acknowledged the deaths of just over
6,000 soldiers" (an AP story on the CSIS report, Dayton Daily News, 28 Jan 2026). Each was judged
against the General Staff's series (1,351 called incorrect; 6,000 'correct' as a milestone long passed).
They are now another counting body's figures; Kyiv's figure beside them is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

MAR25 = date(2022, 3, 25)
OTHER = "another counting body's figure"


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=MAR25)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    ("1,351 Russian soldiers have been killed since the Russian invasion of Ukraine. After more than a month of "
     "fighting, the Russian Defense Ministry released the latest figures on Friday.", 1351),
    ("\"Unfortunately, during the special military operation, there were casualties among our comrades-in-arms. "
     "To date, 1,351 servicemen have died and 3,825 have been injured,\" said Colonel General Sergey Rudskoy, "
     "at a press briefing.", 1351),
    ("Neither Moscow nor Kyiv gives timely data on military losses. Russia has publicly acknowledged the deaths "
     "of just over 6,000 soldiers.", 6000),
])
def test_russias_own_toll_is_another_bodys(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, value) == OTHER


def test_kyivs_figure_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    gs = total(petro_series["personnel"], MAR25)
    text = ("1,351 Russian soldiers have been killed since the Russian invasion of Ukraine. After more than a "
            "month of fighting, the Russian Defense Ministry released the latest figures on Friday. Ukraine's "
            f"General Staff said that {gs:,} Russian soldiers had been killed and wounded.")
    assert _outcome(text, petro_series, 1351) == OTHER
    assert _outcome(text, petro_series, gs) is VerdictKind.CORRECT
