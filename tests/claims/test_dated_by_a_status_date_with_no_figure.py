"""An undated article that gives its figures "станом на" / "as of" a full date is dated by it, figure or not.

RBC-Ukraine (22 Nov 2023): "Втрати Росії ... перевищили вже 320 тисяч окупантів. Лише за
останню добу ЗСУ знищили 850 загарбників. ... Загальні бойові втрати противника станом на
22 листопада 2023 року орієнтовно склали:" (the list itself an image). No figure is read beside
the date, so it dated nothing and the page was judged at today: 850 unverifiable and 320 thousand
"correct" against today's total. The words state the day of the report the article gives: the
article speaks on or after it, as after a date it states a figure for.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)
_UK_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
              "жовтня", "листопада", "грудня")


@pytest.mark.parametrize(("template", "report"), [
    ("Втрати Росії у війні проти України перевищили вже {k} тисяч окупантів. Лише за останню добу ЗСУ "
     "знищили {day} загарбників.\nПро це пише видання з посиланням на Генштаб.\n"
     "Загальні бойові втрати противника станом на {uk_date} орієнтовно склали:\n"
     "Наразі наступ українських військових зосередився на двох напрямках фронту.", date(2023, 11, 22)),
    ("Russia has lost more than {k},000 troops since the full-scale invasion, including {day} over the past "
     "day, Ukraine's General Staff said.\nThe full list of Russia's losses as of {en_date} is in the graphic "
     "below.", date(2025, 3, 10)),
])
def test_a_status_date_with_no_figure_dates_the_article(
    template: str, report: date, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    day = total(people, report) - total(people, report - timedelta(days=1))
    text = template.format(k=total(people, report) // 1000, day=day,
                           uk_date=f"{report.day} {_UK_MONTHS[report.month - 1]} {report.year} року",
                           en_date=f"{report:%B} {report.day}, {report.year}")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT, VerdictKind.CORRECT]


@pytest.mark.parametrize("text", [
    # no year: "станом на 22 листопада" names a day of any year
    "Росія втратила понад 300 тисяч військових. Загальні втрати противника станом на 22 листопада орієнтовно склали:",
    # a date still to come
    "Russia has lost more than 700,000 troops. The plan runs as of March 1, 2027.",
])
def test_a_status_date_without_a_year_or_to_come_dates_nothing(
    text: str, petro_series: dict[str, LossSeries],
) -> None:
    # the status date dates nothing (the bound before it, "понад 300 тисяч", dates the text by the first report
    # past it: test_a_bound_on_the_total_dates_the_article)
    checked = check_text(text, petro_series, today=TODAY)
    assert not any("states its figures at" in note for note in checked.notes)
    assert checked.notes[0].startswith("dated by a bound it puts on the total")
