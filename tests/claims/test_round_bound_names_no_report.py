"""A round figure with a hedge ("over 800", "nearly 4,500") is a bound, not a printed total: it names no report.

Newsweek (16 Dec 2023): "Kyiv's estimates of Russian losses were roughly between 400 and 600 for
the first 10 months or so, although there were spikes of over 800 losses" and "on Sunday, Tuesday,
Wednesday, there were 700, 800 and 850 Russian losses". The General Staff's first report (24 Feb
2022) printed a total of exactly 800, so the undated article was dated 24 Feb 2022 by its figures
("the day figure 800 is the report of 24 Feb 2022"), and every figure judged against the first
days of the war. A hedged round figure now votes only for the reports whose total it fairly
describes (dating.dated_by_totals, as "about 836,000" already did), never for a report that
printed its value; a hedge on a figure printed to the ten ("over 1,080,480 troops") still names
its report.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text", [
    "There were three days this week in which Ukraine claimed more than 1,000 Russian troop losses. Meanwhile, "
    "on Sunday, Tuesday, Wednesday, there were 700, 800 and 850 Russian losses respectively.\n\n"
    "Kyiv's estimates of Russian losses were roughly between 400 and 600 for the first 10 months or so, "
    "although there were spikes of over 800 losses.",
    "Russia has lost nearly 4,500 soldiers, the General Staff said, and over 800 of them in the past day.",
])
def test_a_round_bound_dates_no_article(text: str, petro_series: dict[str, LossSeries]) -> None:
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of_source != "figures"
    assert checked.as_of.year != 2022


def test_a_hedge_on_a_total_printed_to_the_ten_still_names_its_report(petro_series: dict[str, LossSeries]) -> None:
    report = date(2025, 8, 29)
    now = total(petro_series["personnel"], report)
    assert now % 100  # printed to the ten
    text = f"Russia has lost over {now:,} troops since the start of the full-scale invasion, the General Staff said."
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
