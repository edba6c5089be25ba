"""An undated article whose only figure is an exact equipment total is dated by it (real articles).

Newsweek (10 Aug 2023) writes "Russia has lost a total of 4,278 tanks since launching its
full-scale invasion of Ukraine on February 24, 2022, the General Staff ... said in an update on
Thursday morning"; a retold piece (Feb 2025) "Ukraine's General Staff noted that Moscow's tank losses
reached 10,014". A personnel total changes every day and names its report, and already dated such
articles; an equipment total was never read for the date, so an article with one alone was dated
by today and its total judged against the latest report (incorrect). An equipment total stands
still for days, but one that a single report printed names that report. It dates the article only
when no personnel total names one and the figures do not agree on a report as a whole; a round
mark ("more than 10,000 tanks") and a total printed by many reports date nothing. True values come
from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

TODAY = date(2026, 12, 4)


def _printed_once(series: LossSeries, report: date) -> int:
    """The total of ``report``, asserted to be printed by that report alone (the reading's premise)."""
    total = next(r.total for r in series.rows if r.report_date == report)
    assert [r.report_date for r in series.rows if r.total == total] == [report]
    return total


@pytest.mark.parametrize(("category", "make", "report"), [
    ("tanks", lambda n: f"Russia has lost a total of {n:,} tanks since launching its full-scale invasion of Ukraine, "
                        f"the General Staff of Ukraine's Armed Forces said in an update.", date(2023, 8, 10)),
    ("tanks", lambda n: f"Ukraine's General Staff noted that Moscow's tank losses reached {n:,}.", date(2025, 2, 11)),
    ("artillery", lambda n: f"Russia has also lost {n:,} artillery systems since the start of the invasion, "
                            f"according to Kyiv.", date(2024, 11, 3)),
])
def test_an_equipment_total_printed_by_one_report_dates_the_article(
    category: str, make: object, report: date, petro_series: dict[str, LossSeries],
) -> None:
    text = make(_printed_once(petro_series[category], report))  # type: ignore[operator]
    result = check_text(text, petro_series, today=TODAY)
    assert (result.as_of, result.as_of_source) == (report, "figures")
    assert [v.verdict.value for v in result.verdicts] == ["correct"]


def test_a_round_mark_or_a_standing_total_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    aircraft = petro_series["aircraft"]
    standing = next(r.total for r in aircraft.rows if r.report_date == date(2024, 11, 3))
    assert sum(r.total == standing for r in aircraft.rows) > 1  # printed by many reports
    for text in ("Russia has lost more than 10,000 tanks since the start of the invasion.",
                 f"Russia has lost {standing} aircraft since the start of the invasion."):
        assert check_text(text, petro_series, today=TODAY).as_of_source == "today"


def test_a_personnel_total_still_names_the_report(petro_series: dict[str, LossSeries]) -> None:
    people, tanks = petro_series["personnel"], petro_series["tanks"]
    later = _printed_once(people, date(2023, 8, 12))
    text = (f"Russia has lost {later:,} troops, Kyiv said. Earlier this month, on the 10th, it put tank losses "
            f"at {_printed_once(tanks, date(2023, 8, 10)):,}.")
    assert check_text(text, petro_series, today=TODAY).as_of == date(2023, 8, 12)
