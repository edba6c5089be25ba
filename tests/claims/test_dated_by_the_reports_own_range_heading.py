"""An undated article that heads its list with the report's own range, from the invasion's first day to a
full date ("з 24 лютого 2022 року до 26 листопада 2025 року включно ... склали:", "з 24.02.22 по
26.11.25"), is dated by that date, figure or not, as by "станом на" a date.

Found on RBC-Ukraine (26 Nov 2025, new9's n32 page 35): "Росіяни за добу, станом на ранок 26 листопада,
втратили на фронті 980 одиниць живої сили та понад 700 ворожих безпілотників. ... Таким чином, з 24 лютого
2022 року до 26 листопада 2025 року включно орієнтовні бойові втрати противника склали:" (the list itself an
image). Read without a date, the day figures had no year and were unverifiable. dating.as_of_stated now
also reads the end of such a range (the General Staff's heading, in its words or its numbers). A range end
written without its year dates nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

TODAY = date(2026, 12, 4)
NOV26 = date(2025, 11, 26)


@pytest.mark.parametrize("heading", [
    "Таким чином, з 24 лютого 2022 року до 26 листопада 2025 року включно орієнтовні бойові втрати противника "
    "склали:",
    "Загальні бойові втрати противника з 24.02.22 по 26.11.25 орієнтовно склали:",
])
def test_the_reports_range_heading_dates_the_article(heading: str, petro_series: dict[str, LossSeries]) -> None:
    people = petro_series["personnel"]
    day = total(people, NOV26) - total(people, NOV26 - timedelta(days=1))
    text = (f"Росіяни за минулу добу втратили на фронті {uk(day)} одиниць живої сили.\n"
            f"Про це повідомляє видання з посиланням на Генштаб.\n{heading}\n"
            "Зазначимо, що на фронті тривають бої.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (NOV26, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


def test_a_range_end_without_its_year_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    text = ("Росіяни за добу втратили на фронті 980 одиниць живої сили.\n"
            "Таким чином, з 24 лютого 2022 року до 26 листопада включно орієнтовні бойові втрати противника склали:")
    checked = check_text(text, petro_series, today=TODAY)
    assert not any("states its figures at" in note for note in checked.notes)
