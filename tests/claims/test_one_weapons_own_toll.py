"""One weapon's own toll ("стінгерами було збито сім гелікоптерів") is no General Staff figure.

dsnews.ua (26 Feb 2022) quoted the defence minister: "Учора стінгерами було збито сім гелікоптерів". Once
"сім" was read as 7 (numbers written in words), the seven helicopters downed by Stingers were judged as
the whole day's helicopters and found incorrect. A weapon named as the means of the losses (instrumental
case, "за допомогою ...", "by/with/using ...") makes the figure that weapon's part of the count, out of
scope as one unit's own count is (lexicon.UNITS). A weapon named otherwise, as what was delivered, leaves
the General Staff's total judged. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses, total


@pytest.mark.parametrize(("sentence", "value"), [
    ("\"Учора стінгерами було збито {n} гелікоптерів\", — зазначив очільник Міноборони.", "сім"),
    ("За допомогою джавелінів учора знищено {n} російських танків.", "12"),
    ("Ukrainian forces shot down {n} Russian helicopters with Stinger missiles yesterday.", "seven"),
])
def test_one_weapons_toll_is_not_judged(sentence: str, value: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(sentence.format(n=value), petro_series, as_of=date(2022, 2, 26))
    assert list(report.verdicts) == []
    assert {o.reason for o in report.out_of_scope} == {SECTOR_REASON}


def test_the_total_beside_a_weapon_delivered_is_judged(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 3, 10)
    tanks = total(petro_series["tanks"], as_of)
    day = losses(petro_series["helicopters"], date(2022, 3, 9), date(2022, 3, 9))
    text = (f"Russia has lost {tanks} tanks, the General Staff said, as more Javelins arrive from the United States.\n\n"
            f"Over the past day Ukraine's forces shot down {day} Russian helicopters, the General Staff said.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [
        (tanks, VerdictKind.CORRECT), (day, VerdictKind.CORRECT)]
