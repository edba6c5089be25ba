"""A bound on the running total ("over 500,000") dates an undated article no earlier than the report that passed it.

Breitbart (31 May 2024, date8's n31 page 31): "Russian deaths and wounded crossed the half-million mark in
the past week ... a 'psychologically important milestone' of ... over 500,000 Russian 'killed or seriously
injured'", with an embedded post of 14 February 2024 on 3,000 tanks; IBTimes (28 Mar 2023, oos8's n31 page
30): "Russia has reportedly lost more than 171,700 military personnel since the war began". A bound names
no report, so it dated nothing: the first page was dated by the embedded post (14 Feb 2024: "over 500,000"
incorrect against 398,140), the second by the caller's today. An article that says the total is over N
speaks on or after the first report whose total passed N, so that report now joins the reports the
figures date when nothing names the article's report (the latest wins). "Almost" or "under" bounds
nothing from below, and a printed total still names its report first. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

TODAY = date(2026, 12, 4)


def _first_above(series: LossSeries, value: int) -> date:
    return min(r.report_date for r in series.rows if r.total > value)


def test_a_milestone_passed_dates_the_article_after_an_older_date(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian deaths and wounded crossed the half-million mark in the past week, per Ukraine's publicly "
            "stated estimate. Ukrinform reports the war has now reached a psychologically important milestone of "
            "over 500,000 Russian killed or seriously injured.\n\nRussia Has Likely Lost 3,000 Tanks in Ukraine, "
            "But Can Sustain Such Losses For Years More Says IISS — Breitbart London, February 14, 2024")
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == _first_above(petro_series["personnel"], 500_000)
    assert [v.verdict for v in report.verdicts if v.claim.value == 500_000] == [VerdictKind.CORRECT]


def test_a_hedged_total_alone_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia has reportedly lost more than 171,700 military personnel since the war began."
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == _first_above(petro_series["personnel"], 171_700)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.ROUNDED]


def test_almost_bounds_nothing_from_below(petro_series: dict[str, LossSeries]) -> None:
    # guard: "almost 171,700" says the total is not there yet: the caller's today, as before
    text = "Russia has reportedly lost almost 171,700 military personnel since the war began."
    report = check_text(text, petro_series, today=TODAY)
    assert (report.as_of, report.as_of_source) == (TODAY, "today")


def test_a_printed_total_still_names_its_report(petro_series: dict[str, LossSeries]) -> None:
    # guard: the exact total of a later report names it; the bound does not pull the date back
    later = date(2024, 6, 20)
    exact = max(r.total for r in petro_series["personnel"].rows if r.report_date == later)
    text = f"Russia has lost over 500,000 troops. The General Staff said Russia had lost {exact:,} soldiers."
    assert check_text(text, petro_series, today=TODAY).as_of == later
