"""A span of days up to the latest report, "in the 14 days since ...", "a five-day total of", is that span's sum.

Newsweek (20 Feb 2023, sum8's n31 page 02): "a total of 11,520 Russian troops have been killed in the 14 days
since the first time Russia went over 1,000 daily deaths"; Newsweek retold on mhknewshub.blogspot.com (1 May
2024, page 08): "... with figures of 1,320 and 1,096 on Monday and the two preceding days, respectively,
culminating in a five-day total of 5,910 casualties". Neither span was a time of its own (only "the past N
days" was), so both sums were judged as the running total (incorrect against 143,680 and 468,720). "In the N
days since" the war began stays the war's running total (Business Insider on Yahoo, 6 Mar 2022: "Over 11,000
Russian troops have been killed in the 10 days since the invasion of Ukraine began"). True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total


def _span(series: LossSeries, as_of: date, days: int) -> int:
    return losses(series, as_of - timedelta(days=days), as_of - timedelta(days=1))


def test_the_days_since_an_event_up_to_the_latest_report(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2023, 2, 20)
    value = _span(petro_series["personnel"], as_of, 14)
    text = (f"According to daily updates by the General Staff of Ukraine's Armed Forces, a total of {value:,} Russian "
            "troops have been killed in the 14 days since the first time Russia went over 1,000 daily deaths.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_five_day_total(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 5, 1)
    value = _span(petro_series["personnel"], as_of, 5)
    text = ("According to Ukraine's defense ministry's latest update, released on Wednesday, Russia sustained heavy "
            f"losses within the preceding 24 hours, culminating in a five-day total of {value:,} casualties.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_the_days_since_the_invasion_began_are_the_war(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 3, 6)
    value = total(petro_series["personnel"], as_of)
    text = (f"Over {value:,} Russian troops have been killed in the 10 days since the invasion of Ukraine began, the "
            "Ukrainian military's general staff said on Sunday, according to Reuters.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] in (
        [(ClaimKind.TOTAL, VerdictKind.CORRECT)], [(ClaimKind.MILESTONE, VerdictKind.CORRECT)])
