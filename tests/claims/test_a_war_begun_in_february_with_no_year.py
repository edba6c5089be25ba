""""Since the conflict began in February last year" is the war's start, as "... in February 2022" is (real articles).

IBTimes (24 Jan 2023): "A total of 122,170 Russian combat losses have been recorded since the conflict
began in February last year, according to the latest casualty report released Tuesday by the General
Staff"; zlive-network (1 Sep 2023): "Russia has already lost 263,490 soldiers since the war of
aggression against Ukraine began in February last year". With no year after the month (or last year's),
"in February" was read as a month: each running total was judged as the total at the end of February
(5,300 and 149,240) and called incorrect. A war's noun and a verb of starting before "in February" with
no year, or with "last year", now name the invasion's start. An offensive that began in February is
still a month's. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

JAN24 = date(2023, 1, 24)
SEP01 = date(2023, 9, 1)


@pytest.mark.parametrize(("as_of", "sentence"), [
    (JAN24, "A total of {n:,} Russian combat losses have been recorded since the conflict began in February last "
            "year, according to the latest casualty report released Tuesday by the General Staff."),
    (SEP01, "The Ukrainian General Staff has said that Russia has already lost {n:,} soldiers since the war of "
            "aggression against Ukraine began in February last year."),
    (SEP01, "Russia has lost {n:,} troops since its invasion began in February, the General Staff said."),
])
def test_a_total_since_the_war_began_in_february_is_the_latest_reports(
    as_of: date, sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    n = total(petro_series["personnel"], as_of)
    found = {(v.claim.kind, v.verdict) for v in check_text(sentence.format(n=n), petro_series, as_of=as_of).verdicts
             if v.claim.value == n}
    assert found == {(ClaimKind.TOTAL, VerdictKind.CORRECT)}


def test_what_else_began_in_february_is_still_a_month(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia has lost 4,000 troops since the offensive began in February, the General Staff said."
    kinds = {v.claim.kind for v in check_text(text, petro_series, as_of=SEP01).verdicts if v.claim.value == 4000}
    assert kinds == {ClaimKind.PERIOD}
