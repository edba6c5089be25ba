"""Dates and periods in English and Ukrainian, resolved against the as-of date."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims.dateline import find_dateline
from attrition.claims.dates import find_times
from attrition.model.dates import WAR_START

AS_OF = date(2025, 1, 16)  # a Thursday


def _one(text: str):  # noqa: ANN202 - test helper
    refs = find_times(text, AS_OF)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("on January 7", date(2025, 1, 7), id="month-day"),
        pytest.param("on Jan. 7, 2025", date(2025, 1, 7), id="abbrev-year"),
        pytest.param("on December 19", date(2024, 12, 19), id="year-inferred-back"),
        pytest.param("7 січня 2025 року", date(2025, 1, 7), id="uk-genitive"),
        pytest.param("19 грудня", date(2024, 12, 19), id="uk-no-year"),
        pytest.param("07.01.2025", date(2025, 1, 7), id="numeric"),
        pytest.param("2025-01-07", date(2025, 1, 7), id="iso"),
        pytest.param("yesterday", date(2025, 1, 15), id="yesterday"),
        pytest.param("вчора", date(2025, 1, 15), id="вчора"),
        pytest.param("on Monday", date(2025, 1, 13), id="weekday"),
        pytest.param("у п'ятницю", date(2025, 1, 10), id="uk-weekday"),
        pytest.param("between November 28 and 29", date(2024, 11, 28), id="gs-day-between"),
    ],
)
def test_day_references(text: str, day: date) -> None:
    ref = _one(text)
    assert ref.kind == "day"
    assert ref.day == day


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        pytest.param("in December", date(2024, 12, 1), date(2024, 12, 31), "month", id="month"),
        pytest.param("in December 2023", date(2023, 12, 1), date(2023, 12, 31), "month", id="month-year"),
        pytest.param("у грудні", date(2024, 12, 1), date(2024, 12, 31), "month", id="uk-month"),
        pytest.param("за грудень 2024 року", date(2024, 12, 1), date(2024, 12, 31), "month", id="uk-за"),
        pytest.param("in 2024", date(2024, 1, 1), date(2024, 12, 31), "year", id="year"),
        pytest.param("у 2024 році", date(2024, 1, 1), date(2024, 12, 31), "year", id="uk-year"),
        pytest.param("last month", date(2024, 12, 1), date(2024, 12, 31), "month", id="last-month"),
        pytest.param("last week", date(2025, 1, 6), date(2025, 1, 12), "week", id="last-week"),
        pytest.param("from 1 to 7 January", date(2025, 1, 1), date(2025, 1, 7), "range", id="range"),
        pytest.param("з 1 по 7 січня", date(2025, 1, 1), date(2025, 1, 7), "range", id="uk-range"),
        pytest.param("over the past week", date(2025, 1, 9), date(2025, 1, 15), "rolling", id="rolling"),
        pytest.param("за останні 30 днів", date(2024, 12, 17), date(2025, 1, 15), "rolling", id="uk-rolling"),
    ],
)
def test_period_references(text: str, start: date, end: date, granularity: str) -> None:
    ref = _one(text)
    assert (ref.kind, ref.granularity) == ("period", granularity)
    assert (ref.primary.start, ref.primary.end) == (start, end)


def test_rolling_week_offers_the_report_before_as_second_reading() -> None:
    ref = _one("over the past week")
    assert [r.start for r in ref.readings] == [date(2025, 1, 9), date(2025, 1, 8)]


@pytest.mark.parametrize(
    ("text", "first_start"),
    [
        pytest.param("since mid-October", date(2024, 10, 15), id="mid"),
        pytest.param("з середини жовтня", date(2024, 10, 15), id="uk-mid"),
        pytest.param("since the start of October", date(2024, 10, 1), id="start-of"),
        pytest.param("this month", date(2025, 1, 1), id="this-month"),
        pytest.param("з початку року", date(2025, 1, 1), id="uk-year-start"),
    ],
)
def test_open_periods_run_to_the_latest_report(text: str, first_start: date) -> None:
    ref = _one(text)
    assert ref.primary.start == first_start
    assert ref.primary.end is None


@pytest.mark.parametrize(
    "text",
    [
        "since the start of the full-scale invasion",
        "since February 2022",
        "since Russia's full-scale invasion began",
        "від початку повномасштабного вторгнення",
        "з початку великої війни",
        "від початку вторгнення в лютому 2022 року",
        "з 24 лютого 2022 року",
    ],
)
def test_war_phrases_mean_since_the_invasion(text: str) -> None:
    ref = _one(text)
    assert ref.kind == "war" and ref.primary.start == WAR_START


def test_general_staff_heading_gives_the_report_date() -> None:
    ref = _one("з 24.02.22 по 15.01.25 орієнтовно становлять")
    assert ref.kind == "war" and ref.is_as_of and ref.primary.end == date(2025, 1, 15)


def test_as_of_marks_a_total_date() -> None:
    assert _one("as of Jan. 19").is_as_of
    assert _one("станом на 19 січня").is_as_of


def test_past_day_is_the_latest_report_with_the_one_before_as_alternative() -> None:
    ref = _one("за минулу добу")
    assert ref.granularity == "latest"
    assert [r.start for r in ref.readings] == [date(2025, 1, 15), date(2025, 1, 14)]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        pytest.param("KYIV, Jan 16 (Reuters) - Russia lost", date(2025, 1, 16), id="agency"),
        pytest.param("January 16, 2025\nRussia lost", date(2025, 1, 16), id="date-line"),
        pytest.param("KYIV, January 16, 2025. Russia has lost", date(2025, 1, 16),
                     id="place-date-full-stop"),
        pytest.param("Київ, 16 січня 2025. Росія втратила", date(2025, 1, 16),
                     id="uk-place-date-full-stop"),
        pytest.param("16 січня 2025, 10:15\nРосія втратила", date(2025, 1, 16), id="uk-date-time"),
        pytest.param("Published: 2025-01-16\nText", date(2025, 1, 16), id="published"),
        pytest.param("Дата: 16.01.2025\nТекст", date(2025, 1, 16), id="uk-дата"),
    ],
)
def test_dateline_at_the_top_sets_the_article_date(head: str, day: date) -> None:
    assert find_dateline(head, date(2025, 3, 1)) == day


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    assert find_dateline("Russia lost 1,550 troops on January 5, officials said.", AS_OF) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("since mid-December", date(2024, 12, 15), None, id="since-part"),
        pytest.param("since early January", date(2025, 1, 1), None, id="since-part-this-year"),
        pytest.param("in late December", date(2024, 12, 21), date(2024, 12, 31), id="part"),
        pytest.param("in early January", date(2025, 1, 1), date(2025, 1, 10), id="part-this-year"),
        pytest.param("in the first half of December", date(2024, 12, 1), date(2024, 12, 15), id="half"),
        pytest.param("у середині грудня", date(2024, 12, 11), date(2024, 12, 20), id="uk-part"),
        pytest.param("in late February 2024", date(2024, 2, 21), date(2024, 2, 29), id="part-year-written"),
        pytest.param("з середини грудня 2023 року", date(2023, 12, 15), None, id="uk-since-part-year-written"),
    ],
)
def test_a_part_of_a_month_without_its_year_is_in_the_latest_such_month(
    text: str, start: date, end: date | None,
) -> None:
    # "mid-", "late", "the first half of" a month: its own year when written, else the latest
    # such month by the as-of date (the one rule of _month_part)
    ref = _one(text)
    assert (ref.primary.start, ref.primary.end) == (start, end)
