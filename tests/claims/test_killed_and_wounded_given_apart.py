"""The dead and the wounded given apart in one sentence are two parts, neither the General Staff's
count of killed and wounded together: "Zelensky also reported that Russia had lost 198,000 soldiers and
another 550,000 wounded" (euromedia24, 9 Dec 2024), "He said that about 350,000 Russians were killed in
the war, 600,000 to 700,000 Russians have been injured" (timelinenews.com.pk, Zelensky to Piers Morgan,
Feb 2025), and a wounded figure with its own noun ("370,000 soldiers were wounded"). Before, the killed
figures and the wounded one were judged as the personnel total (incorrect). A figure said killed with no
wounded figure beside it stays the General Staff's, as English media word it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

KILLED = "killed only (the General Staff counts killed and wounded together)"
WOUNDED = "wounded only (the General Staff counts killed and wounded together)"


@pytest.mark.parametrize(("text", "value", "reason"), [
    ("Zelensky also reported that Russia had lost 198,000 soldiers and another 550,000 wounded.", 198000, KILLED),
    ("He said that about 350,000 Russians were killed in the war, 600,000 to 700,000 Russians have been "
     "injured, and many Russian army officers are still missing.", 350000, KILLED),
    ("He also reported that 370,000 soldiers were wounded, 50 percent of whom are returning to service.",
     370000, WOUNDED),
])
def test_a_part_given_apart_is_not_the_count(
    text: str, value: int, reason: str, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 2, 5))
    assert [v.claim.value for v in report.verdicts if v.claim.value == value] == []
    assert [o.reason for o in report.out_of_scope if o.value == value] == [reason]


def test_killed_with_no_wounded_beside_it_stays_the_count(petro_series: dict[str, LossSeries]) -> None:
    day = date(2023, 3, 7)
    series = petro_series["personnel"]
    daily = total(series, day) - total(series, day - timedelta(days=1))
    text = (f"In an update, the General Staff of the Ukrainian Armed Forces said that {daily:,} Russian personnel "
            f"had been killed the previous day, taking Moscow's total losses since the start of the invasion "
            f"to {total(series, day):,}.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == daily]
    assert found == [(ClaimKind.DAY, VerdictKind.CORRECT)]


def test_wounded_killed_or_captured_is_all_of_them(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    month = total(series, date(2024, 12, 1)) - total(series, date(2024, 11, 1))
    text = (f"Ukraine's Defense Ministry said on Dec. 1 that Russian losses throughout November amounted to "
            f"{month:,} soldiers wounded, killed, or captured, as well as over $3 billion worth of equipment.")
    report = check_text(text, petro_series, as_of=date(2024, 12, 11))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == month]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
