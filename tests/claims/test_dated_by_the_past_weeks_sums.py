"""An undated article whose sums over "the past N days" fit one report with its other figures is dated by it.

Newsweek (12 May 2024): "Moscow's forces lost 8,030 fighters and 79 tanks in the past seven
days ... Russia had sustained 1,260 casualties in the past day"; headlinenavi's Newsweek piece
(16 Dec 2023): "Russia Loses 6,700 Soldiers, 88 Tanks in One Week"; rtnewstoday (1 May 2024):
"5,910 over the past five days". A sum stated exactly over the days up to the latest report is
the difference of two printed totals, so it names the reports whose last N days summed to it,
as a day's "(+N)" names the reports that printed it: such sums now vote with the day figures,
and the report that all of them fit dates the article (three figures, as before). Before, they
counted for nothing, and the pages were judged at today: every figure unverifiable. Bounds
("over 8,000", "nearly 80") vote for nothing, and fewer than three figures date nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

TODAY = date(2026, 12, 4)


def test_a_weeks_sums_and_the_day_date_the_article(petro_series: dict[str, LossSeries]) -> None:
    report = date(2024, 5, 12)
    last = report - timedelta(days=1)
    week = losses(petro_series["personnel"], last - timedelta(days=6), last)
    tanks = losses(petro_series["tanks"], last - timedelta(days=6), last)
    day = losses(petro_series["personnel"], last, last)
    text = (f"Moscow's forces lost {week:,} fighters and {tanks} tanks in the past seven days, according to "
            f"statistics from Kyiv's military. Russia had sustained {day:,} casualties in the past day, "
            "Kyiv's armed forces said.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT] * 3


def test_ukrainian_sums_over_the_past_days_date_the_article(petro_series: dict[str, LossSeries]) -> None:
    report = date(2024, 11, 21)
    last = report - timedelta(days=1)
    week = losses(petro_series["personnel"], last - timedelta(days=6), last)
    tanks = losses(petro_series["tanks"], last - timedelta(days=6), last)
    five = losses(petro_series["personnel"], last - timedelta(days=4), last)
    text = (f"За останні сім днів росія втратила {uk(week)} військових і {tanks} танків. "
            f"За останні 5 днів окупанти втратили {uk(five)} осіб.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT] * 3


def test_bounds_and_too_few_sums_date_nothing(petro_series: dict[str, LossSeries]) -> None:
    last = date(2024, 5, 11)
    week = losses(petro_series["personnel"], last - timedelta(days=6), last)
    day = losses(petro_series["personnel"], last, last)
    bounds = (f"Russia has lost more than {week // 1000},000 soldiers and almost 80 tanks in the past week. "
              f"It lost {day:,} in the past day.")
    assert check_text(bounds, petro_series, today=TODAY).as_of_source == "today"
    two = f"Moscow's forces lost {week:,} fighters in the past seven days and {day:,} in the past day."
    assert check_text(two, petro_series, today=TODAY).as_of_source == "today"
