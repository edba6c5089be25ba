"""'Within (a mere) 48 hours' / 'in 48hrs' is the latest two reports' days, and a figure above any day is their sum.
Found on a Sun mirror page (13 Nov 2024, sum5's n27 page p12): 'RUSSIA has suffered its deadliest days yet with
Vladimir Putin losing nearly 4,000 troops within a mere 48 hours' (headline: '... nearly 4,000 troops in 48hrs').
Only 'the past/last 48 hours' named two days, so the 4,000 had no time, and 'deadliest days' made it a record
since the war began: the highest day so far (incorrect against 1,950). A figure no single day reaches, over a
window of days named relative to the article, is now the window's sum (the month's rule beside it already
read 'a record 48,670 in December' so). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 11, 13)  # the latest two reports: the losses of 11 and 12 Nov 2024
DAYS = (date(2024, 11, 11), date(2024, 11, 12))


def _found(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_within_a_mere_48_hours(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], *DAYS)
    text = f"Russia has suffered its deadliest days yet, losing {p:,} troops within a mere 48 hours."
    assert _found(text, petro_series) == [(p, ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_in_48hrs_headline(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], *DAYS)
    text = f"Russia suffers back-to-back deadliest days as Putin loses {p:,} troops in 48hrs"
    assert _found(text, petro_series) == [(p, ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_days_record_stays_a_record(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], DAYS[1], DAYS[1])
    text = f"On Tuesday Russia lost {p:,} troops, its deadliest day of the war so far, the General Staff said."
    kinds = [k for _, k, _ in _found(text, petro_series)]
    assert ClaimKind.RECORD in kinds and ClaimKind.PERIOD not in kinds
