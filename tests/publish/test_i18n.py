"""Ukrainian and English wording: numbers, dates, plurals, ranks, labels."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.errors import UnknownCategoryError, UsageError
from attrition.model.categories import get_category
from attrition.publish.i18n import (
    NBSP,
    category_label,
    check_lang,
    convention_label,
    days_phrase,
    format_date,
    format_number,
    format_percent,
    format_range,
    format_signed,
    month_name,
    month_short,
    ordinal,
    plural_uk,
)


def test_ukrainian_numbers_group_thousands_with_a_no_break_space() -> None:
    assert format_number(745_700, "uk") == f"745{NBSP}700"
    assert format_number(1_456_610, "uk") == f"1{NBSP}456{NBSP}610"
    assert format_number(12.5, "uk", decimals=1) == "12,5"


def test_english_numbers_group_thousands_with_commas() -> None:
    assert format_number(745_700, "en") == "745,700"
    assert format_number(12.5, "en", decimals=1) == "12.5"


def test_signed_numbers_use_a_true_minus_and_no_sign_for_zero() -> None:
    assert format_signed(1_670, "en") == "+1,670"
    assert format_signed(-59, "uk") == "\u221259"
    assert format_signed(0, "en") == "0"
    assert format_percent(0.237, "uk", decimals=1) == f"+23,7{NBSP}%"
    assert format_percent(-0.05, "en") == "\u22125%"


def test_ukrainian_dates_use_the_genitive_month_and_roku() -> None:
    assert format_date(date(2024, 12, 3), "uk").replace(NBSP, " ") == "3 грудня 2024 року"
    assert format_date(date(2024, 12, 3), "uk", with_year=False).replace(NBSP, " ") == "3 грудня"
    assert format_date(date(2024, 12, 3), "en").replace(NBSP, " ") == "3 December 2024"


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        pytest.param(date(2024, 12, 1), date(2024, 12, 3), "en", "1–3 December 2024", id="same-month"),
        pytest.param(date(2024, 11, 27), date(2024, 12, 3), "uk",
                     "27 листопада – 3 грудня 2024 року", id="two-months-uk"),
        pytest.param(date(2023, 12, 30), date(2024, 1, 2), "en",
                     "30 December 2023 – 2 January 2024", id="two-years"),
        pytest.param(date(2024, 5, 5), date(2024, 5, 5), "uk", "5 травня 2024 року", id="one-day"),
    ],
)
def test_ranges_name_the_year_once_and_the_month_once(
    start: date, end: date, lang: str, expected: str
) -> None:
    assert format_range(start, end, lang).replace(NBSP, " ") == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "день"), (2, "дні"), (4, "дні"), (5, "днів"), (11, "днів"), (14, "днів"),
     (21, "день"), (22, "дні"), (131, "день"), (112, "днів")],
)
def test_ukrainian_plurals_agree_with_the_number(count: int, expected: str) -> None:
    assert plural_uk(count, "день", "дні", "днів") == expected
    assert days_phrase(count, "uk") == f"{count}{NBSP}{expected}"


def test_months_in_both_languages() -> None:
    assert month_name(2024, 11, "en") == "November 2024"
    assert month_name(2024, 11, "uk").replace(NBSP, " ") == "листопад 2024 року"
    assert month_name(2024, 11, "uk", case="loc").replace(NBSP, " ") == "у листопаді 2024 року"
    assert [month_short(m, "uk") for m in (1, 3, 9)] == ["січ.", "бер.", "вер."]


def test_ranks_in_both_languages() -> None:
    assert [ordinal(n, "en") for n in (1, 2, 3, 11, 12, 13, 15, 21, 22, 103)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "15th", "21st", "22nd", "103rd"]
    assert ordinal(1015, "uk") == "1015-й"


def test_category_names_come_from_the_model() -> None:
    for key in ("personnel", "armoured_vehicles", "mlrs", "ships"):
        cat = get_category(key)
        assert category_label(key, "uk") == cat.label_uk
        assert category_label(key, "en") == cat.label_en
    assert category_label("tanks", "uk", capitalise=True) == "Танки"
    assert category_label("mlrs", "uk", capitalise=True) == "РСЗВ"
    with pytest.raises(UnknownCategoryError):
        category_label("drones_of_doom", "en")


def test_convention_labels_and_languages() -> None:
    assert convention_label("loss", "en") == "by loss date"
    assert convention_label("report", "uk") == "за датою звіту"
    assert check_lang("uk") == "uk"
    with pytest.raises(UsageError):
        check_lang("de")
