"""A weekday's day figure printed in one of the six reports after the one the figures found dates the article to it.

Newsweek (16 May 2024, retold by headlinenavi: date11's page 21): "By Monday morning, Russia had lost 1,740
troops over the past 24 hours ... marking the highest number of daily Russian casualties since the start of the
full-scale war. On Tuesday the losses over a similar period were 1,400 soldiers, followed by 1,510, on Wednesday
and 1,520 on Thursday." Monday's record, printed by one report only, dated the page to 13 May, and the weekdays,
read from that date, went back to the week before: the three later figures were judged incorrect. A weekday lies
within the week up to the article's date, so a day's figure printed on that weekday (or the day after it, by loss
date) by one of the six reports after the one found moves the date to that report. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

TODAY = date(2026, 12, 4)


def _day(series: LossSeries, report: date) -> int:
    return losses(series, report - timedelta(days=1), report - timedelta(days=1))


def _text(series: LossSeries, later: str) -> str:
    monday = _day(series, date(2024, 5, 13))
    return (f"By Monday morning, Russia had lost {monday:,} troops over the past 24 hours, marking the highest "
            f"number of daily Russian casualties since the start of the full-scale war. {later}")


def test_thursdays_figure_dates_the_article_to_thursdays_report(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    tue, wed, thu = (_day(s, date(2024, 5, d)) for d in (14, 15, 16))
    text = _text(s, f"On Tuesday the losses over a similar period were {tue:,} soldiers, followed by {wed:,} on "
                    f"Wednesday and {thu:,} on Thursday.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (date(2024, 5, 16), "figures")
    weekdays = [v for v in checked.verdicts if v.claim.value in {tue, wed, thu}]
    assert len(weekdays) == 3
    assert VerdictKind.INCORRECT not in [v.verdict for v in weekdays]


def test_mondays_figure_alone_keeps_mondays_report(petro_series: dict[str, LossSeries]) -> None:
    # guard: with no later weekday, the record's report stands
    checked = check_text(_text(petro_series["personnel"], ""), petro_series, today=TODAY)
    assert checked.as_of == date(2024, 5, 13)


def test_a_figure_printed_on_another_weekday_moves_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: Thursday's figure said of Tuesday, and Tuesday's of Thursday, name no report; Wednesday's still does
    s = petro_series["personnel"]
    tue, wed, thu = (_day(s, date(2024, 5, d)) for d in (14, 15, 16))
    text = _text(s, f"On Tuesday the losses over a similar period were {thu:,} soldiers, followed by {wed:,} on "
                    f"Wednesday and {tue:,} on Thursday.")
    assert check_text(text, petro_series, today=TODAY).as_of == date(2024, 5, 15)
