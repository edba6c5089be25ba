"""An undated article that names the day of the war it speaks on is dated by it.

"Триває 1078-ма доба повномасштабної російсько-української війни" (bukvy, 5 Feb 2025),
"Почалася 438 доба протистояння … вторгненню" (zn.ua, 7 May 2023), "Today is the 1057th day
of what Russia considered a three-day war" (UNN, 15 Jan 2025): 24 February 2022 is the war's
first day, so its N-th day is a calendar day the text states. Before, such a page with no
stamp or exact total was judged at today (or at the latest year it named: bukvy's "за 2024 рік"
gave 1 Jan 2025), and its totals came out wrong or unverifiable.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("template", "day"), [
    ("Триває {n}-ма доба повномасштабної російсько-української війни. За цей час втрати військ РФ у живій "
     "силі (вбиті та поранені) сягли понад {k} тисячі осіб.", date(2025, 2, 5)),
    ("Почалася {n} доба протистояння українців повномасштабному російському вторгненню. Росія втратила "
     "вже понад {k} тисяч військових.", date(2023, 5, 7)),
    ("Генштаб на початку {n}-ї доби масштабного російського вторгнення повідомив, що росія втратила "
     "понад {k} тисяч військових.", date(2022, 4, 18)),
    ("Today is the {n:,}th day of what Russia considered a three-day war. Russia has lost more than "
     "{k},000 troops since the invasion, according to Ukraine's General Staff.", date(2025, 1, 15)),
    ("On the {n:,}th day of Russia's full-scale invasion, Ukraine's General Staff said Russia had lost "
     "over {k},000 soldiers.", date(2024, 11, 19)),
])
def test_an_undated_article_is_dated_by_the_day_of_the_war_it_names(
    template: str, day: date, petro_series: dict[str, LossSeries],
) -> None:
    n = (day - date(2022, 2, 24)).days + 1
    k = total(petro_series["personnel"], day) // 1000
    checked = check_text(template.format(n=n, k=k), petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (day, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


@pytest.mark.parametrize("text", [
    # a count of days, not the day: a cardinal ("31 день", "500 днів") or no ordinal in English
    "За 31 день війни росія втратила понад 5 тисяч військових.",
    "За 500 днів війни росія втратила понад 240 тисяч військових.",
    "In 1,000 days of war Russia has lost more than 700,000 troops.",
    # the day of another operation than the war
    "On the 100th day of the Kursk operation, Russia had lost more than 700,000 troops.",
    # a day still to come
    "На 2000-й день війни росія втратить понад 1 500 тисяч військових.",
])
def test_a_count_of_days_or_another_days_number_dates_nothing(
    text: str, petro_series: dict[str, LossSeries],
) -> None:
    checked = check_text(text, petro_series, today=TODAY)
    # no day of the war dates the text (a bound such as "понад 5 тисяч" may: the first report past it)
    assert not any(note.startswith("dated by the day of the war") for note in checked.notes)
    assert checked.as_of_source == "today" or checked.notes[0].startswith("dated by a bound it puts on the total")


def test_the_day_of_the_war_leaves_an_as_of_date_alone(petro_series: dict[str, LossSeries]) -> None:
    text = "Триває 1078-ма доба повномасштабної війни. Втрати ворога сягли понад 844 тисячі осіб."
    checked = check_text(text, petro_series, as_of=date(2025, 3, 1), today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (date(2025, 3, 1), "argument")
