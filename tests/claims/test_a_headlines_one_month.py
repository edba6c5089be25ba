"""A headline's "in One Month" ("Russia Lost 413 Tanks, Nearly 30,000 Troops in One Month") is the month just ended, or the past month.

The Defense Post retold Newsweek on 3 Jan 2024 (en9 page 08) under "Russia Lost 413 Tanks, Nearly 30,000
Troops in One Month: Ukraine"; the body says "in just one month of fighting" and, later, that the figures
were recorded in December. "in a week" was a period but "in one month" named none: the headline's
figures were judged as the war's totals (413 against 5,990 tanks, "nearly 30,000" against 361,500) and
the body's "nearly 30,000 ... in just one month" was set aside as a restatement. relative: "in|within|
during (just) a|one|1 month" reads the calendar month just ended and the past month up to the latest
report; "in one month of the war" (its first) is not. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

_JAN3 = date(2024, 1, 3)


def _judged(text: str, series: dict[str, LossSeries], as_of: date = _JAN3) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


def test_a_headlines_one_month_is_the_month_just_ended(petro_series: dict[str, LossSeries]) -> None:
    tanks = losses(petro_series["tanks"], date(2023, 12, 1), date(2023, 12, 31))
    troops = losses(petro_series["personnel"], date(2023, 12, 1), date(2023, 12, 31))
    text = (f"Russia Lost {tanks} Tanks, {troops:,} Troops in One Month: Ukraine\n\n"
            "The figures were recorded during the 22nd month of the invasion.")
    judged = _judged(text, petro_series)
    assert judged[tanks] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[troops] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_one_month_of_the_war_is_no_month_just_ended(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 3, 24)
    war = total(petro_series["personnel"], as_of)
    text = f"Russia has lost {war:,} troops in one month of the war, the General Staff says."
    assert _judged(text, petro_series, as_of)[war] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
