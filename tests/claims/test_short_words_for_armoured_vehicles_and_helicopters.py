"""The news' short words for two of the General Staff's lines (real articles).

Hromadske (2 Oct 2024) headlined the day's report "російські війська втратили ще тисячу солдатів та 32
бронемашини", and irtafax (2 Sep 2025) gave the ministry's August as "знищено 87 танків та 161
бронемашину": "бронемашина" was no category noun, so the figures were left out as "not a loss figure"
(a missed claim each). "Гвинтокрил", the purist word for a helicopter, was none either. Both are now
aliases of their lines in the registry (``model/categories.py``); "бронетехніка" (armour, tanks included)
stays no line. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total  # noqa: E402


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


def test_bronemashyny_in_a_headline_are_the_days_armoured_vehicles(petro_series: dict[str, LossSeries]) -> None:
    report = date(2024, 10, 2)
    series = petro_series["armoured_vehicles"]
    day = total(series, report) - total(series, report - timedelta(days=1))
    text = f"російські війська втратили ще тисячу солдатів та {day} бронемашини — Генштаб ЗСУ"
    assert _judged(text, petro_series, report)[day] == ("armoured_vehicles", ClaimKind.DAY, VerdictKind.CORRECT)


def test_bronemashynu_in_a_months_list_is_the_months_armoured_vehicles(
    petro_series: dict[str, LossSeries],
) -> None:
    first, last = date(2024, 8, 1), date(2024, 8, 31)
    tanks = losses(petro_series["tanks"], first, last)
    vehicles = losses(petro_series["armoured_vehicles"], first, last)
    text = ("Окупаційна армія втратила у серпні 2024 року чимало техніки. Лише за один місяць було знищено "
            f"{tanks} танків та {vehicles} бронемашину.")
    judged = _judged(text, petro_series, date(2024, 9, 2))
    assert judged[vehicles] == ("armoured_vehicles", ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[tanks] == ("tanks", ClaimKind.PERIOD, VerdictKind.CORRECT)  # guard: the line beside it


def test_hvyntokryly_are_helicopters(petro_series: dict[str, LossSeries]) -> None:
    report = date(2022, 3, 23)
    aircraft, helicopters = total(petro_series["aircraft"], report), total(petro_series["helicopters"], report)
    text = (f"Станом на ранок 23 березня Росія втратила у війні проти України {aircraft} літак, "
            f"{helicopters} гвинтокрили та 42 оперативно-тактичні безпілотники.")
    judged = _judged(text, petro_series, report)
    assert judged[helicopters] == ("helicopters", ClaimKind.TOTAL, VerdictKind.CORRECT)
    assert judged[aircraft] == ("aircraft", ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_armour_as_a_whole_stays_no_line(petro_series: dict[str, LossSeries]) -> None:
    text = "З початку наступу українські війська знищили до 400 одиниць бронетехніки, повідомив Генштаб."
    report = check_text(text, petro_series, as_of=date(2023, 10, 10))
    assert 400 not in {v.claim.value for v in report.verdicts}
