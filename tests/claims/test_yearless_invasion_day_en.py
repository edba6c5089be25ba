""""Since February 24", "from February 24 until March 4", "between February 24 and March 4" with no year:
the invasion's day, as the Ukrainian "з 24 лютого" already reads. Found on real 2022 pages (thenewsmill.com and
newstracklive, 4-5 Mar 2022, retelling the ministry's 4 March figures: "from February 24 until March 4, Russia
has also lost 939 armoured combat vehicles ... 251 tanks"; crooksandliars, 23 Dec 2022: "since Moscow's invasion
began on February 24"). Checked without a date, the article was read as speaking today, so the English
yearless 24 February became this year's 24 February: each total turned into the sum of a week of this year
(10 incorrect verdicts on one page), and the totals, having a date of their own, could not date the article.
A 24 February written with a year stays that day, and a range whose end carries a later year stays a period.
True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total


@pytest.mark.parametrize("template", [
    "Since February 24, Russia has lost {v:,} troops, according to the General Staff.",
    "Since Feb. 24, Russia has lost {v:,} troops, according to the General Staff.",
    "Russia has lost {v:,} troops since 24 February, the General Staff said.",
])
def test_since_a_yearless_february_24_is_the_war(template: str, petro_series: dict[str, LossSeries]) -> None:
    report_day = date(2022, 12, 22)
    value = total(petro_series["personnel"], report_day)
    report = check_text(template.format(v=value), petro_series)  # dated by the article itself
    assert report.as_of == report_day
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


@pytest.mark.parametrize("opening", ["From February 24 until March 4", "Between February 24 and March 4"])
def test_a_range_from_a_yearless_february_24_is_a_total(opening: str, petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], date(2022, 3, 4))
    armour = total(petro_series["armoured_vehicles"], date(2022, 3, 4))
    text = f"{opening}, Russia has lost {armour:,} armoured combat vehicles and {tanks:,} tanks, the ministry said."
    report = check_text(text, petro_series)
    found = sorted((v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts)
    assert found == sorted([(tanks, ClaimKind.TOTAL, VerdictKind.CORRECT),
                            (armour, ClaimKind.TOTAL, VerdictKind.CORRECT)])


def test_a_dated_february_24_of_a_later_year_stays_a_period(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2023, 3, 7)
    value = losses(petro_series["personnel"], date(2023, 2, 24), date(2023, 3, 6))
    text = f"Since February 24, 2023, Russia has lost {value:,} troops, the General Staff said."
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_week_ending_on_a_dated_day_stays_a_week(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 2, 24), date(2025, 3, 2))
    text = f"From February 24 to March 2, 2025, Russia lost {value:,} troops, the General Staff said."
    report = check_text(text, petro_series, as_of=date(2025, 3, 3))
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]
