"""A round mark the running total approaches or passed ("the 15,000 mark") names no report, even if one printed it.

Newsweek (4 May 2024): "Moscow's forces also lost another 27 armored fighting vehicles on
Friday for a total of 14,156—less than 900 away from the 15,000 mark." The mark was read as a
personnel milestone stated exactly, and the General Staff's report of 21 Mar 2022 printed a
personnel total of exactly 15,000, so dating.dated_by_totals took the mark for a printed total
that names its report and dated the page to 21 Mar 2022, over the tanks' and drones' totals of
4 May 2024 it states: every figure was judged three years early. A mark is a round figure the
total is measured against, not a total the article reads from a report: it names no report
(a milestone still votes with the other figures as before).
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)


def test_a_personnel_mark_printed_once_does_not_date_the_article(petro_series: dict[str, LossSeries]) -> None:
    mark = total(petro_series["personnel"], date(2022, 3, 21))
    assert mark % 1000 == 0  # the General Staff's early round total: the mark a later article names
    report = date(2024, 5, 4)
    tanks, drones = total(petro_series["tanks"], report), total(petro_series["uavs"], report)
    day_tanks = tanks - total(petro_series["tanks"], report - timedelta(days=1))
    day_drones = drones - total(petro_series["uavs"], report - timedelta(days=1))
    text = (f"Over the previous day Russia lost {day_tanks} tanks, which takes the total to {tanks:,}, and "
            f"{day_drones} drones, putting the total at {drones:,}. Russian troop losses are less than 900 "
            f"away from the {mark:,} mark.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
