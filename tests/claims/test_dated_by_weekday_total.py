"""An undated article whose total is said of a weekday or of "today" is dated by that total (real articles).

Newsweek writes "Moscow lost 610 soldiers over the past 24 hours, according to the military's
Wednesday casualty toll of Russian troops—bringing the total to 200,590", Georgia Today "The
General Staff ... reported today that Russia has seen a total of 834,670 casualties". A total with
a time of its own was taken to say nothing of the article's date; but a weekday or "today" is read
from the article's date, so it names no other report. Such totals were left out, and the article
was dated by a day figure printed on many days (200,590's article dated 7 Sep 2023, every figure
then wrong) or by the day before. "Today"'s total now names its report, as an undated total
does; a weekday's total votes for its report with the article's other figures (it may be the
previous report's: "up to Wednesday"). A dateline still comes first. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

TODAY = date(2026, 12, 4)


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


@pytest.mark.parametrize(("make", "report"), [
    (lambda t, d: f"Moscow lost {d} soldiers over the past 24 hours, according to the military's Wednesday casualty "
                  f"toll of Russian troops, bringing the total to {t:,}.", date(2023, 5, 17)),
    (lambda t, d: f"Over the past week, Moscow lost thousands of soldiers, including {d:,} over the past 24 hours, "
                  f"according to the military's Friday casualty toll, bringing the total to {t:,}.", date(2023, 6, 9)),
    (lambda t, d: f"The General Staff of the Ukrainian Armed Forces reported today that Russia has seen a total of "
                  f"{t:,} casualties. Of these, {d:,} casualties were reported in the past 24 hours.", date(2025, 1, 29)),
    (lambda t, d: f"On Tuesday, Kyiv said the Russian military had lost {t:,} troops since February 2022, "
                  f"including {d:,} over the past day.", date(2024, 9, 24)),
])
def test_a_total_said_of_a_weekday_or_today_dates_the_article(
    make: Callable[[int, int], str], report: date, petro_series: dict[str, LossSeries],
) -> None:
    series = petro_series["personnel"]
    text = make(_total(series, report), _day(series, report))
    assert check_text(text, petro_series, today=TODAY).as_of == report


def test_the_previous_reports_weekday_total_only_votes(petro_series: dict[str, LossSeries]) -> None:
    thu = date(2022, 8, 25)
    people, tanks = petro_series["personnel"], petro_series["tanks"]
    text = (f"Russia lost {_day(people, thu)} personnel and {_day(tanks, thu)} tanks in a single day, the General Staff "
            f"said. Russian losses also included {_total(tanks, thu):,} tanks. The previous casualty report, which "
            f"recorded losses up to Wednesday, claimed Russia lost {_total(people, thu - timedelta(days=1)):,} personnel.")
    assert check_text(text, petro_series, today=TODAY).as_of == thu


def test_a_dateline_still_comes_before_the_figures(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    text = (f"KYIV, May 18, 2023 (Reuters) - Russia lost {_day(series, date(2023, 5, 17))} soldiers, according to the "
            f"military's Wednesday casualty toll, bringing the total to {_total(series, date(2023, 5, 17)):,}.")
    report = check_text(text, petro_series, today=TODAY)
    assert (report.as_of, report.as_of_source) == (date(2023, 5, 18), "dateline")
