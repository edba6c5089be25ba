"""A weekday's personnel total printed in one report only is a report the article speaks on or after.

Newsweek retold (1 Jan 2025, date8's n31 page 25): "Ukraine's defense ministry said on Wednesday that Russia
had lost 790,800 troops over the whole war", then "Kyiv's tally of Russian losses for 2023 was 253,290".
Newsweek (20 Feb 2023, sum8's n31 page 02): "Monday's estimate brings Ukraine's tally of Russian personnel
deaths to 143,680". A weekday's total only votes for its report (it may be the previous report's: "up to
Wednesday"), and alone it cannot carry the vote, so the first page was dated by the 2023 sum it closes
(1 Jan 2024: five figures incorrect) and the second by nothing (the caller's today). The article never
speaks before that report, so it is now one of the reports the figures date when nothing names the
article's report (the latest wins). A total whose weekday is not its report's dates nothing, and a dateline
still comes first. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

TODAY = date(2026, 12, 4)
_WEDNESDAY = date(2025, 1, 1)


def _text(series: LossSeries, weekday: str) -> str:
    return (f"Ukraine's defense ministry said on {weekday} that Russia had lost {total(series, _WEDNESDAY):,} troops "
            f"over the whole war. For comparison, Kyiv's tally of Russian losses for 2023 was "
            f"{losses(series, date(2023, 1, 1), date(2023, 12, 31)):,}.")


def test_a_weekday_total_dates_the_article_after_a_closed_year(petro_series: dict[str, LossSeries]) -> None:
    report = check_text(_text(petro_series["personnel"], "Wednesday"), petro_series, today=TODAY)
    assert report.as_of == _WEDNESDAY
    assert {v.verdict for v in report.verdicts} == {VerdictKind.CORRECT}


def test_a_weekday_total_alone_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    monday = date(2023, 2, 20)
    series = petro_series["personnel"]
    text = f"Monday's estimate brings Ukraine's tally of Russian personnel deaths to {total(series, monday):,}."
    assert check_text(text, petro_series, today=TODAY).as_of == monday


def test_a_total_on_another_weekday_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: 1 Jan 2025 was a Wednesday, so "on Friday" is not its report's day: the 2023 sum dates the article
    report = check_text(_text(petro_series["personnel"], "Friday"), petro_series, today=TODAY)
    assert report.as_of == date(2024, 1, 1)
