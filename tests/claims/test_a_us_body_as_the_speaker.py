"""The United States as the speaker ("'Well over' 100,000 Russian troops killed or wounded in Ukraine, U.S.
says") and its Defense Intelligence Agency ("Lt. Gen. Scott D. Berrier, director the Defense Intelligence
Agency, told House lawmakers that the best estimate is between 2,000 and 4,000 Russian fatalities") give their
own estimates, out of scope; the General Staff's figure in the same text is still judged.

The Washington Post (10 Nov 2022, oos9's n32 page 19) headlined Milley's estimate with "U.S. says";
ayaksizgazete.com retelling the Washington Post (8 Mar 2022, page 20) gave the DIA director's range. Both were
judged against the General Staff's count (incorrect, both modes): lexicon.OTHER_SOURCE read "U.S. officials /
intelligence / estimates / believes", not "U.S. says / said / claims / assesses", nor the agency's name.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("'Well over' 100,000 Russian troops killed or wounded in Ukraine, U.S. says", date(2022, 11, 10)),
    ("Lt. Gen. Scott D. Berrier, director the Defense Intelligence Agency, told House lawmakers that the best "
     "estimate is between 2,000 and 4,000 Russian fatalities.", date(2022, 3, 8)),
])
def test_a_us_bodys_estimate_is_not_judged(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []


def test_the_general_staffs_total_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    day = date(2022, 11, 10)
    value = total(petro_series["personnel"], day)
    text = (f"'Well over' 100,000 Russian troops killed or wounded in Ukraine, U.S. says, while Ukraine's General "
            f"Staff puts Russia's losses at {value:,} troops.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
