"""Periods real articles name and the checker must resolve (issue 11, time references).

Hours that make whole days, the weekend, a span of weekdays, a half, a quarter or a season
of a year, the first or last N days of a month, the past year and a half (calendar months),
and "by September". Each is pinned twice: the bounds ``find_times`` gives, and a sentence of
the kind outlets publish, checked against the record with the true figure computed from it.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.dates import find_times
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import total as _total

TUE = date(2024, 12, 3)  # a Tuesday


@pytest.mark.parametrize(("text", "as_of", "start", "end"), [
    pytest.param("in the last 48 hours", TUE, date(2024, 12, 1), date(2024, 12, 2), id="48-hours"),
    pytest.param("за останні 72 години", TUE, date(2024, 11, 30), date(2024, 12, 2), id="uk-72-hours"),
    pytest.param("over the weekend", date(2024, 12, 2), date(2024, 11, 30), date(2024, 12, 1), id="weekend"),
    pytest.param("за вихідні", date(2024, 12, 2), date(2024, 11, 30), date(2024, 12, 1), id="uk-weekend"),
    pytest.param("from Monday to Friday", date(2024, 12, 7), date(2024, 12, 2), date(2024, 12, 6),
                 id="weekday-span"),
    pytest.param("з понеділка по п'ятницю", date(2024, 12, 7), date(2024, 12, 2), date(2024, 12, 6),
                 id="uk-weekday-span"),
    pytest.param("during the first half of 2024", TUE, date(2024, 1, 1), date(2024, 6, 30), id="half"),
    pytest.param("у першій половині 2024 року", TUE, date(2024, 1, 1), date(2024, 6, 30), id="uk-half"),
    pytest.param("in the second half of the year", TUE, date(2024, 7, 1), date(2024, 12, 31),
                 id="half-of-the-year"),
    pytest.param("in Q3", TUE, date(2024, 7, 1), date(2024, 9, 30), id="q3"),
    pytest.param("in the third quarter of 2023", TUE, date(2023, 7, 1), date(2023, 9, 30), id="quarter"),
    pytest.param("у третьому кварталі 2024 року", TUE, date(2024, 7, 1), date(2024, 9, 30), id="uk-quarter"),
    pytest.param("in the autumn", TUE, date(2024, 9, 1), date(2024, 11, 30), id="autumn"),
    pytest.param("in the summer", date(2025, 3, 1), date(2024, 6, 1), date(2024, 8, 31), id="summer-last-year"),
    pytest.param("восени 2023 року", TUE, date(2023, 9, 1), date(2023, 11, 30), id="uk-autumn"),
    pytest.param("in the first 10 days of December", date(2024, 12, 12), date(2024, 12, 1),
                 date(2024, 12, 10), id="first-days"),
    pytest.param("за перші 10 днів грудня", date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 10),
                 id="uk-first-days"),
    pytest.param("over the past year and a half", TUE, date(2023, 6, 3), date(2024, 12, 2),
                 id="year-and-a-half"),
    pytest.param("за півтора року", TUE, date(2023, 6, 3), date(2024, 12, 2), id="uk-year-and-a-half"),
    pytest.param("over the past 18 months", TUE, date(2023, 6, 3), date(2024, 12, 2), id="18-months"),
    pytest.param("by September", date(2024, 10, 11), date(2024, 9, 1), date(2024, 9, 30), id="by-month"),
    pytest.param("до кінця вересня", date(2024, 10, 11), date(2024, 9, 1), date(2024, 9, 30), id="uk-by-month"),
    pytest.param("у другому півріччі", TUE, date(2024, 7, 1), date(2024, 12, 31), id="uk-half-year-no-year"),
    pytest.param("in the first week of December", date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 7),
                 id="first-week-of-month"),
    pytest.param("за другий тиждень листопада", TUE, date(2024, 11, 8), date(2024, 11, 14),
                 id="uk-second-week-of-month"),
    pytest.param("the last week of November", TUE, date(2024, 11, 24), date(2024, 11, 30),
                 id="last-week-of-month"),
    pytest.param("from January to March", TUE, date(2024, 1, 1), date(2024, 3, 31), id="month-span"),
    pytest.param("between January and June 2024", TUE, date(2024, 1, 1), date(2024, 6, 30), id="month-span-year"),
    pytest.param("from December to February", TUE, date(2023, 12, 1), date(2024, 2, 29),
                 id="month-span-across-years"),
    pytest.param("з січня по червень", TUE, date(2024, 1, 1), date(2024, 6, 30), id="uk-month-span"),
    pytest.param("за січень–березень", TUE, date(2024, 1, 1), date(2024, 3, 31), id="uk-month-dash-span"),
    pytest.param("від листопада 2023 року до березня 2024 року", TUE, date(2023, 11, 1), date(2024, 3, 31),
                 id="uk-month-span-years"),
    pytest.param("in the week to Sunday", TUE, date(2024, 11, 25), date(2024, 12, 1), id="week-to-weekday"),
    pytest.param("in the week ending December 1", TUE, date(2024, 11, 25), date(2024, 12, 1), id="week-ending"),
    pytest.param("in the first year of the war", date(2023, 3, 1), date(2022, 2, 24), date(2023, 2, 23),
                 id="war-year"),
    pytest.param("during the third year of the full-scale war", date(2025, 3, 1), date(2024, 2, 24),
                 date(2025, 2, 23), id="war-year-third"),
    pytest.param("за третій рік повномасштабної війни", date(2025, 3, 1), date(2024, 2, 24), date(2025, 2, 23),
                 id="uk-war-year"),
    pytest.param("during the winter of 2023-2024", TUE, date(2023, 12, 1), date(2024, 2, 29), id="winter-years"),
    pytest.param("взимку 2023–2024 років", TUE, date(2023, 12, 1), date(2024, 2, 29), id="uk-winter-years"),
    pytest.param("in the last month", TUE, date(2024, 11, 3), date(2024, 12, 2), id="the-last-month-rolling"),
    pytest.param("за останній місяць", date(2025, 3, 3), date(2025, 2, 3), date(2025, 3, 2),
                 id="uk-past-month-calendar"),
    pytest.param("last month", TUE, date(2024, 11, 1), date(2024, 11, 30), id="last-month-calendar"),
])
def test_a_period_resolves_to_its_calendar_bounds(text: str, as_of: date, start: date, end: date) -> None:
    (ref,) = find_times(text, as_of)
    assert ref.kind == "period"
    assert (ref.primary.start, ref.primary.end) == (start, end)


@pytest.mark.parametrize("text", [
    "over the past 24 hours",  # the latest report, as before
    "in the last 30 hours",  # no whole number of General Staff days
    "last year",  # the calendar year before, as before
    "in the winter",  # spans two years: not read
    "prices fall",  # a verb, not a season
])
def test_what_is_no_new_period_is_left_as_it_was(text: str) -> None:
    refs = find_times(text, TUE)
    assert all(r.granularity != "range" and r.granularity != "rolling" or "24" in text for r in refs)
    if text == "last year":
        assert [(r.primary.start, r.primary.end) for r in refs] == [(date(2023, 1, 1), date(2023, 12, 31))]
    if text in {"in the last 30 hours", "in the winter", "prices fall"}:
        assert refs == []


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, VerdictKind, str]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.value, v.verdict, v.claim.kind.value) for v in report.verdicts]


@pytest.mark.parametrize(("make", "as_of"), [
    (lambda n: f"Russia lost {n:,} troops in the last 48 hours, Ukraine's General Staff said.",
     (TUE, date(2024, 12, 1), date(2024, 12, 2))),
    (lambda n: f"За останні 48 годин росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (TUE, date(2024, 12, 1), date(2024, 12, 2))),
    (lambda n: f"Russia lost {n:,} troops over the weekend, the General Staff reported on Monday.",
     (date(2024, 12, 2), date(2024, 11, 30), date(2024, 12, 1))),
    (lambda n: f"За вихідні росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (date(2024, 12, 2), date(2024, 11, 30), date(2024, 12, 1))),
    (lambda n: f"From Monday to Friday, Russia lost {n:,} troops, the General Staff said.",
     (date(2024, 12, 7), date(2024, 12, 2), date(2024, 12, 6))),
    (lambda n: f"During the first half of 2024, Russia lost {n:,} troops, according to the General Staff.",
     (TUE, date(2024, 1, 1), date(2024, 6, 30))),
    (lambda n: f"У першій половині 2024 року росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (TUE, date(2024, 1, 1), date(2024, 6, 30))),
    (lambda n: f"In Q3, Russia lost {n:,} troops, according to Ukraine's General Staff.",
     (TUE, date(2024, 7, 1), date(2024, 9, 30))),
    (lambda n: f"In the autumn, Russia lost {n:,} troops, according to Ukraine's General Staff.",
     (TUE, date(2024, 9, 1), date(2024, 11, 30))),
    (lambda n: f"Восени росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (TUE, date(2024, 9, 1), date(2024, 11, 30))),
    (lambda n: f"In the first 10 days of December, Russia lost {n:,} soldiers, according to the General Staff.",
     (date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 10))),
    (lambda n: f"За перші 10 днів грудня росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 10))),
    (lambda n: f"In the first week of December, Russia lost {n:,} troops, the General Staff said.",
     (date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 7))),
    (lambda n: f"За перший тиждень грудня росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (date(2024, 12, 12), date(2024, 12, 1), date(2024, 12, 7))),
    (lambda n: f"У другому півріччі росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (TUE, date(2024, 7, 1), date(2024, 12, 2))),
    (lambda n: f"From January to March, Russia lost {n:,} troops, the General Staff said.",
     (TUE, date(2024, 1, 1), date(2024, 3, 31))),
    (lambda n: f"З січня по червень росія втратила {n:,} військових, повідомив Генштаб.".replace(",", " "),
     (TUE, date(2024, 1, 1), date(2024, 6, 30))),
    (lambda n: f"In the week to Sunday, Russia lost {n:,} troops, according to the General Staff.",
     (TUE, date(2024, 11, 25), date(2024, 12, 1))),
    (lambda n: f"During the third year of the full-scale war, Russia lost {n:,} troops, the General Staff said.",
     (date(2025, 3, 1), date(2024, 2, 24), date(2025, 2, 23))),
    (lambda n: f"За третій рік повномасштабної війни росія втратила {n:,} військових.".replace(",", " "),
     (date(2025, 3, 1), date(2024, 2, 24), date(2025, 2, 23))),
    (lambda n: f"During the winter of 2023-2024, Russia lost {n:,} troops, the General Staff said.",
     (TUE, date(2023, 12, 1), date(2024, 2, 29))),
])
def test_a_figure_for_a_named_period_is_judged_as_that_periods_sum(
    make, as_of: tuple[date, date, date], petro_series: dict[str, LossSeries],  # noqa: ANN001
) -> None:
    day, first, last = as_of
    true = _losses(petro_series["personnel"], first, last)
    assert _judged(make(true), petro_series, day) == [(true, VerdictKind.CORRECT, "period")]
    # a figure 20% off the same period is wrong, not rescued by another reading
    assert _judged(make(true * 6 // 5), petro_series, day)[0][1] is VerdictKind.INCORRECT


def test_a_week_of_a_month_is_also_read_as_its_monday_to_sunday_week() -> None:
    (ref,) = find_times("in the first week of December", date(2024, 12, 12))
    assert [(r.start, r.end) for r in ref.readings] == [
        (date(2024, 12, 1), date(2024, 12, 7)), (date(2024, 12, 2), date(2024, 12, 8))]
    (ref,) = find_times("the last week of November", TUE)  # 30 Nov 2024 is a Saturday
    assert (ref.readings[1].start, ref.readings[1].end) == (date(2024, 11, 18), date(2024, 11, 24))


def test_more_than_a_figure_over_the_past_year_and_a_half_counts_eighteen_calendar_months(
    petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], date(2023, 6, 3), date(2024, 12, 2))
    floor = true // 1000 * 1000
    for text in (f"Russia has lost more than {floor:,} troops over the past year and a half, the General Staff said.",
                 f"За півтора року росія втратила понад {floor:,} військових.".replace(",", " ")):
        ((value, verdict, kind),) = _judged(text, petro_series, TUE)
        assert (value, kind) == (floor, "period")
        assert verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}


def test_by_a_month_is_the_months_sum_for_a_monthly_figure_and_the_total_at_its_end_otherwise(
    petro_series: dict[str, LossSeries],
) -> None:
    personnel = petro_series["personnel"]
    month = _losses(personnel, date(2024, 9, 1), date(2024, 9, 30))
    text = f"Casualties hit over 35,000 in July alone, escalating to {month:,} by September."
    assert (month, VerdictKind.CORRECT, "period") in _judged(text, petro_series, date(2024, 10, 11))
    total = _total(personnel, date(2024, 10, 1))
    text = f"By September, Russia had lost {total:,} troops since the start of the full-scale invasion."
    ((value, verdict, kind),) = _judged(text, petro_series, date(2024, 10, 11))
    assert (value, kind) == (total, "total")
    assert verdict in {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}
    text = f"До кінця вересня росія втратила {total:,} військових, повідомив Генштаб.".replace(",", " ")
    ((value, verdict, kind),) = _judged(text, petro_series, date(2024, 10, 11))
    assert (value, kind) == (total, "total")
    assert verdict in {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


def _weeks(series: LossSeries, first: date, last: date) -> list[int]:
    """The sum of every seven consecutive loss days from ``first`` to ``last``."""
    return [_losses(series, first + timedelta(days=k), first + timedelta(days=k + 6))
            for k in range((last - first).days - 5)]


@pytest.mark.parametrize("make", [
    lambda n: f"In November 2024, a particularly grim snapshot emerged, showing {n:,} casualties within just one week.",
    lambda n: f"У листопаді 2024 року ворог втратив {n:,} військових лише за один тиждень.".replace(",", " "),
])
def test_one_week_after_a_month_in_the_sentence_is_some_week_of_that_month(
    make, petro_series: dict[str, LossSeries],  # noqa: ANN001
) -> None:
    weeks = _weeks(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    as_of = date(2024, 12, 12)  # the week before the article lies in December: not the one meant
    report = check_text(make(max(weeks)), petro_series, as_of=as_of)
    (verdict,) = report.verdicts
    assert verdict.verdict is VerdictKind.CORRECT
    assert verdict.claim.interpreted()["start"] == "2024-11-01"
    # more than any week of it: incorrect, explained by the week nearest the figure
    (verdict,) = check_text(make(max(weeks) * 6 // 5), petro_series, as_of=as_of).verdicts
    assert verdict.verdict is VerdictKind.INCORRECT
    assert verdict.expected == max(weeks)


def test_one_week_with_no_period_before_it_is_still_the_week_before_the_article(
    petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], date(2024, 11, 26), date(2024, 12, 2))
    text = f"Russian forces lost {true:,} troops within one week, according to Ukraine's General Staff."
    assert _judged(text, petro_series, TUE) == [(true, VerdictKind.CORRECT, "period")]


def test_an_as_of_day_inside_a_year_named_in_the_sentence_closes_that_year_at_its_report() -> None:
    text = "As of December 30, 2024, 427,000 Russian soldiers died or were injured in the war in 2024."
    refs = find_times(text, date(2025, 1, 8))
    closed = next(r for r in refs if r.text.startswith("December 30"))
    assert closed.kind == "period"
    assert [(r.start, r.end) for r in closed.readings] == [
        (date(2024, 1, 1), date(2024, 12, 29)),  # loss dates up to the report of 30 Dec
        (date(2023, 12, 31), date(2024, 12, 29)),  # the same reports by report date, from the report of 1 Jan
    ]
    # a day after the year named is no end of it: "as of 1 January 2025, ... in 2024"
    refs = find_times("As of January 1, 2025, Russia had lost 430,790 troops in 2024.", date(2025, 1, 8))
    assert any(r.kind == "day" and r.is_as_of for r in refs)


@pytest.mark.parametrize("make", [
    lambda n: f"As of December 30, 2024, {n:,} Russian soldiers died or were injured in the war in 2024.",
    lambda n: f"Станом на 30 грудня 2024 року у 2024 році росія втратила {n:,} військових.".replace(",", " "),
])
def test_a_figure_for_a_year_as_of_a_day_is_that_years_sum_to_the_days_report(
    make, petro_series: dict[str, LossSeries],  # noqa: ANN001
) -> None:
    personnel = petro_series["personnel"]
    by_loss = _total(personnel, date(2024, 12, 30)) - _total(personnel, date(2024, 1, 1))
    by_report = _total(personnel, date(2024, 12, 30)) - _total(personnel, date(2023, 12, 31))
    for value in (by_loss, by_report):
        (verdict,) = check_text(make(value), petro_series, as_of=date(2025, 1, 8)).verdicts
        assert (verdict.claim.kind.value, verdict.verdict) == ("period", VerdictKind.CORRECT)
    (verdict,) = check_text(make(by_loss * 6 // 5), petro_series, as_of=date(2025, 1, 8)).verdicts
    assert verdict.verdict is VerdictKind.INCORRECT
    assert verdict.expected == by_loss


@pytest.mark.parametrize("make", [
    lambda n: f"On November 30 and December 1, Russia lost {n:,} troops over the two days, the General Staff said.",
    lambda n: f"Russia lost {n:,} troops on November 30 and December 1 combined, the General Staff said.",
    lambda n: f"30 листопада і 1 грудня росія втратила разом {n:,} військових, повідомив Генштаб.".replace(",", " "),
])
def test_a_figure_said_to_cover_two_named_consecutive_days_is_their_sum(
    make, petro_series: dict[str, LossSeries],  # noqa: ANN001
) -> None:
    true = _losses(petro_series["personnel"], date(2024, 11, 30), date(2024, 12, 1))
    assert _judged(make(true), petro_series, TUE) == [(true, VerdictKind.CORRECT, "period")]


def test_two_named_days_without_words_for_both_stay_two_days() -> None:
    refs = find_times("On November 30 and December 1, Russia lost 1,740 and 1,790 troops.", TUE)
    assert [(r.kind, r.day) for r in refs] == [("day", date(2024, 11, 30)), ("day", date(2024, 12, 1))]
