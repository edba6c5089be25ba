"""A figure written "646 тис. 400" (thousands abbreviated, then the rest) and a list written
number first with its day's "(+N)" before the noun ("8 тис. 815 (+15) одиниць танків").

Ukrainian outlets write the General Staff's list this way (UNIAN, 2024); before, "646 тис. 400"
was two figures (646,000 and 400) and every item took the personnel category.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import total


def _abbreviated(n: int) -> str:
    """``n`` as "N тис. MMM" (the form needs a three-digit rest)."""
    assert n >= 1000 and n % 1000 >= 100, n
    return f"{n // 1000} тис. {n % 1000}"


def _day(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, report - timedelta(days=1))


@pytest.mark.parametrize(("text", "value"), [
    ("646 тис. 400 осіб", 646_400),
    ("(+1 тис. 250 за добу)", 1_250),
    ("18\u00a0тис.\u00a0549 артилерійських систем", 18_549),
])
def test_thousands_abbreviated_then_three_digits_is_one_figure(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(("text", "values"), [
    ("близько 31 тис.\n\n150 з них", [31_000, 150]),  # a line break: the next line's figure
    ("8 тис. 81 танк", [8_000, 81]),  # two digits are no thousands group
    ("понад 20 тис. 1500 окупантів", [20_000, 1_500]),
])
def test_a_figure_after_the_abbreviation_that_is_no_thousands_group_stays_apart(
    text: str, values: list[int],
) -> None:
    assert [n.value for n in find_numbers(text)] == values


def test_the_general_staff_list_in_abbreviated_thousands_is_judged_item_by_item(
    petro_series: dict[str, LossSeries],
) -> None:
    report_date = date(2024, 11, 4)
    people, tanks, armour = (petro_series[k] for k in ("personnel", "tanks", "armoured_vehicles"))
    text = (
        "Загальні бойові втрати противника орієнтовно склали близько "
        f"{_abbreviated(total(people, report_date))} (+{_abbreviated(_day(people, report_date))} за добу) осіб. "
        f"Серед втрат у техніці, зокрема {_abbreviated(total(tanks, report_date))} (+{_day(tanks, report_date)}) "
        f"одиниць танків та {_abbreviated(total(armour, report_date))} (+{_day(armour, report_date)}) "
        "бойові броньовані машини."
    )
    report = check_text(text, petro_series, as_of=report_date)
    got = [(v.claim.category, v.claim.kind, v.claim.value, v.verdict) for v in report.verdicts]
    correct = VerdictKind.CORRECT
    assert got == [
        ("personnel", ClaimKind.TOTAL, total(people, report_date), correct),
        ("personnel", ClaimKind.DAY, _day(people, report_date), correct),
        ("tanks", ClaimKind.TOTAL, total(tanks, report_date), correct),
        ("tanks", ClaimKind.DAY, _day(tanks, report_date), correct),
        ("armoured_vehicles", ClaimKind.TOTAL, total(armour, report_date), correct),
        ("armoured_vehicles", ClaimKind.DAY, _day(armour, report_date), correct),
    ]


def test_an_item_written_number_first_takes_the_noun_after_its_day_figure(
    petro_series: dict[str, LossSeries],
) -> None:
    report_date = date(2025, 3, 2)
    vehicles, drones = petro_series["vehicles_fuel_tanks"], petro_series["uavs"]
    text = (
        f"Крім того, з початку війни знищено {total(vehicles, report_date)} (+{_day(vehicles, report_date)}) "
        "одиниць автомобільної техніки та автоцистерн, а також "
        f"{total(drones, report_date)} (+{_day(drones, report_date)}) безпілотників оперативно-тактичного рівня."
    )
    report = check_text(text, petro_series, as_of=report_date)
    got = [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts]
    assert got == [
        ("vehicles_fuel_tanks", total(vehicles, report_date), VerdictKind.CORRECT),
        ("vehicles_fuel_tanks", _day(vehicles, report_date), VerdictKind.CORRECT),
        ("uavs", total(drones, report_date), VerdictKind.CORRECT),
        ("uavs", _day(drones, report_date), VerdictKind.CORRECT),
    ]


def test_a_labelled_item_and_a_personnel_total_keep_their_reading(
    petro_series: dict[str, LossSeries],
) -> None:
    report_date = date(2025, 3, 2)
    people, tanks = petro_series["personnel"], petro_series["tanks"]
    text = (
        f"Загальні бойові втрати противника склали: особового складу — близько {total(people, report_date)} "
        f"(+{_day(people, report_date)}) осіб, танків — {total(tanks, report_date)} (+{_day(tanks, report_date)}) од."
    )
    report = check_text(text, petro_series, as_of=report_date)
    got = [(v.claim.category, v.claim.quote, v.verdict) for v in report.verdicts]
    assert got == [
        ("personnel", f"особового складу — близько {total(people, report_date)}", VerdictKind.CORRECT),
        ("personnel", f"(+{_day(people, report_date)})", VerdictKind.CORRECT),
        ("tanks", f"танків — {total(tanks, report_date)}", VerdictKind.CORRECT),
        ("tanks", f"(+{_day(tanks, report_date)})", VerdictKind.CORRECT),
    ]
