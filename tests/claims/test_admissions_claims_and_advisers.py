"""Russia's admission ("Russia has admitted to only losing some 500 soldiers"), another's claim named as a
noun ("Donald Trump's claim Russia has lost around 600,000 troops") and a presidential adviser's count
("Ukraine's presidential advisor ... claims more than 7,000") are not the General Staff's, out of scope:

- Times of Israel (22 Mar 2022): "Russia has admitted to only losing some 500 soldiers, ... On Monday, a
  Kremlin mouthpiece published an article saying nearly 10,000 troops had been killed";
- Euromaidan Press (9 Dec 2024): "Russia has not publicly disclosed its casualties, while slamming Donald
  Trump's claim Russia has lost around 600,000 troops in the Ukraine war.";
- intelliphants retelling Sky News (2 Mar 2022): "However, Ukraine's presidential advisor puts the figure much
  higher and claims more than 7,000 Russian troops have been killed."

Each was judged as the General Staff's personnel figure (incorrect). True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("Russia has admitted to only losing some 500 soldiers, but the real number is thought to be much higher. On "
     "Monday, a Kremlin mouthpiece published an article saying nearly 10,000 troops had been killed, but removed "
     "the piece after a day and later said it had been hacked.", date(2022, 3, 22)),
    ("Russia has not publicly disclosed its casualties, while slamming Donald Trump's claim Russia has lost around "
     "600,000 troops in the Ukraine war.", date(2024, 12, 9)),
    ("However, Ukraine's presidential advisor puts the figure much higher and claims more than 7,000 Russian "
     "troops have been killed.", date(2022, 3, 2)),
])
def test_admissions_claims_and_advisers_are_not_judged(
    text: str, as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert report.out_of_scope


def test_the_general_staffs_figure_beside_trumps_is_judged(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 12, 9)
    value = total(petro_series["personnel"], day)
    text = ("Russia has not publicly disclosed its casualties, while slamming Donald Trump's claim Russia has lost "
            f"around 600,000 troops in the Ukraine war. Ukraine's General Staff said Russia has lost {value:,} "
            "troops since February 24, 2022.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
