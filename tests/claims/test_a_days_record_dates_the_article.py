"""A day's record with no date of its own ("the highest death toll for a single day ... 2,030 troops in the last 24
hours") is the latest day's figure, and votes for the reports that printed it, as a day's figure does. Found on the
New York Post's page of 29 Nov 2024 (sum3's n25 page, and its mirror on meilu.jpshuntong.com that sum7 found in n30):
"Russia lost more than 2,030 troops in the last 24 hours — the highest death toll for a single day ... The record
daily high of fatalities surpasses the 1,950 Russian deaths recorded on Nov. 12 ... more than 738,000 Russian
troops". The records voted for nothing (dating.dated_by_totals counted totals and day figures only), so the page
was dated by the one figure with a yearless day of its own, the previous record of 12 Nov 2024 (dating._dated_days),
and the new record and the total were judged seventeen days early: all three incorrect self-dated. A record the
text calls previous, or ranks below the first, still names no report. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

TODAY = date(2026, 12, 4)


def test_the_new_record_dates_the_page_over_the_old_ones_day(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    report, old = date(2024, 11, 29), date(2024, 11, 12)
    day = losses(s, report - timedelta(days=1), report - timedelta(days=1))
    before = losses(s, old - timedelta(days=1), old - timedelta(days=1))
    text = (f"Russia loses {day:,} troops in 24 hours — highest death toll in a day, Ukraine says\n"
            f"Russia lost more than {day:,} troops in the last 24 hours — the highest death toll for a single day "
            "in the ongoing war, Ukraine's military claimed Friday.\n"
            f"The record daily high of fatalities surpasses the {before:,} Russian deaths recorded on Nov. 12, "
            "according to the Ukrainian General Staff of the Armed Forces.\n"
            f"Ukraine claims more than {total(s, report) // 1000:,},000 Russian troops have now been killed so far.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert VerdictKind.INCORRECT not in [v.verdict for v in checked.verdicts]


def test_a_previous_record_alone_names_no_report(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    old = date(2024, 11, 12)
    before = losses(s, old - timedelta(days=1), old - timedelta(days=1))
    text = (f"The figure surpassed the previous record of {before:,} casualties. Russia has lost more than "
            f"{total(s, date(2024, 11, 29)) // 1000:,},000 troops, the General Staff said on Friday.")
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of != old
