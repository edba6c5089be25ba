"""Explanation templates: every one has an English and a Ukrainian form, filled the same way."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import explain
from attrition.claims.explain import EN, TEMPLATES, period_words, reason, say
from attrition.claims.explain_uk import UK
from attrition.claims.timeref import Reading
from attrition.model.dates import DateConvention

NBSP = "\u00a0"
CLAIMS_SRC = Path(explain.__file__).parent


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_english_template_has_a_ukrainian_form() -> None:
    missing = sorted(key for key, forms in TEMPLATES.items() if not forms["uk"].strip())
    assert not missing, f"templates without a Ukrainian form: {missing}"
    assert set(UK) == set(EN), f"Ukrainian templates with no English one: {sorted(set(UK) - set(EN))}"


@pytest.mark.parametrize("key", sorted(EN))
def test_ukrainian_template_uses_only_the_english_templates_fields(key: str) -> None:
    assert _fields(UK[key]) <= _fields(EN[key]), (key, UK[key])


def test_every_template_the_code_asks_for_exists() -> None:
    used: set[str] = set()
    for path in CLAIMS_SRC.glob("*.py"):
        used |= set(re.findall(r"\bsay\(\s*\"(\w+)\"", path.read_text(encoding="utf-8")))
        for a, b in re.findall(r"\bsay\(\s*\"(\w+)\" if .*? else \"(\w+)\"", path.read_text(encoding="utf-8")):
            used |= {a, b}
    assert used, "no say() calls found"
    assert used <= set(TEMPLATES), sorted(used - set(TEMPLATES))


def test_say_words_numbers_dates_and_conventions_for_each_language() -> None:
    args = {"loss": date(2024, 12, 19), "report": date(2024, 12, 20)}
    assert say("day_loss", "en", **args) == "the losses of 19 Dec 2024 (report of 20 Dec 2024)"
    assert say("day_loss", "uk", **args) == (
        f"втрати за 19{NBSP}грудня 2024{NBSP}року (звіт за 20{NBSP}грудня 2024{NBSP}року)"
    )
    assert say("up_from", "uk", total=798040) == f"у попередньому звіті було 798{NBSP}040"
    assert say("period_what", "uk", period="грудень", conv=DateConvention.REPORT) == "сума за грудень за датою звіту"


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2024, 12, 1), date(2024, 12, 31), f"грудень 2024{NBSP}року"),
    (date(2024, 1, 1), date(2024, 12, 31), f"2024{NBSP}рік"),
    (date(2024, 12, 19), date(2024, 12, 19), f"19{NBSP}грудня 2024{NBSP}року"),
    (date(2024, 12, 1), date(2024, 12, 15), f"1\u201315{NBSP}грудня 2024{NBSP}року"),
    (date(2024, 11, 27), date(2024, 12, 3), f"27{NBSP}листопада \u2013 3{NBSP}грудня 2024{NBSP}року"),
    (date(2024, 10, 15), None, f"період з 15{NBSP}жовтня 2024{NBSP}року"),
])
def test_ukrainian_period_is_worded_from_its_bounds(start: date, end: date | None, expected: str) -> None:
    reading = Reading("English label", start, end)
    assert period_words(reading, "uk") == expected
    assert period_words(reading, "en") == "English label"


@pytest.mark.parametrize(("english", "ukrainian"), [
    ("a figure for one place or direction; the General Staff reports national totals only",
     "це цифра для одного населеного пункту чи напрямку, а Генштаб подає лише загальні втрати"),
    ("it speaks of an unspecified number of days", "кількість днів не названо"),
])
def test_extraction_reasons_are_worded_in_ukrainian(english: str, ukrainian: str) -> None:
    assert reason(english, "uk") == ukrainian
    assert reason(english, "en") == english


def test_an_english_date_is_day_abbreviated_month_and_year_as_strftime_writes_it_for_every_day() -> None:
    from datetime import timedelta

    day = date(2021, 1, 1)
    while day < date(2029, 1, 1):  # every month name, leap days, one- and two-digit days
        assert explain.fmt_date(day) == f"{day.day} {day:%b} {day.year}"  # the C locale's %b, as the CLI runs
        day += timedelta(days=1)
    assert explain.fmt_date(date(2024, 9, 3)) == "3 Sep 2024"
