"""Layouts of real republished General Staff reports, reduced to small hand-written fixtures.

Each fixture keeps the structure of a real copy (2022 first-week posts, figure-first lists,
POW and SRBM lines, round bullets, Russian-language copies, Telegram emoji posts, 2026 English
pages) with figures checked against the PetroIvaniuk mirror for that report date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attrition.model.records import ParsedReport
from attrition.sources.gs_text import known_date_from_path, parse_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"

Figures = dict[str, tuple[int, int | None, bool]]

# (file, dated by "heading" or by the "file" name, language, category -> (total, (+N), about))
CASES = [
    pytest.param(
        "2022-02-25_uk_first_day_paragraph.txt", "heading", "uk",
        {"aircraft": (10, None, False), "helicopters": (7, None, False),
         "tanks": (80, None, False), "armoured_vehicles": (516, None, False),
         "artillery": (49, None, False), "mlrs": (4, None, False),
         "military_auto": (100, None, False), "fuel_tanks": (60, None, False),
         "ships": (2, None, False), "personnel": (2800, None, True)},
        id="2022-02-25-uk-first-day-one-line",
    ),
    pytest.param(
        "2022-03-01_en_early_pow.txt", "heading", "en",
        {"personnel": (5710, None, True), "pow": (200, None, False),
         "aircraft": (29, None, False), "helicopters": (29, None, False),
         "tanks": (198, None, False), "armoured_vehicles": (846, None, False),
         "artillery": (77, None, False), "mlrs": (24, None, False),
         "air_defense": (7, None, False), "military_auto": (305, None, False),
         "fuel_tanks": (60, None, False), "uavs": (3, None, False), "ships": (2, None, False)},
        id="2022-03-01-en-pow-and-abbreviation-in-parentheses",
    ),
    pytest.param(
        "2022-03-03_uk_figure_first.txt", "file", "uk",
        {"aircraft": (30, None, False), "helicopters": (31, None, False),
         "tanks": (217, None, False), "armoured_vehicles": (900, None, False),
         "artillery": (90, None, False), "air_defense": (11, None, False),
         "mlrs": (42, None, False), "fuel_tanks": (60, None, False), "uavs": (3, None, False),
         "ships": (2, None, False), "military_auto": (374, None, False)},
        id="2022-03-03-uk-figure-before-label",
    ),
    pytest.param(
        "2022-03-26_uk_srbm_pow_paragraph.txt", "heading", "uk",
        {"personnel": (16400, None, True), "tanks": (575, None, False),
         "armoured_vehicles": (1640, None, False), "artillery": (293, None, False),
         "mlrs": (91, None, False), "air_defense": (51, None, False),
         "aircraft": (117, None, False), "helicopters": (127, None, False),
         "military_auto": (1131, None, False), "ships": (7, None, False),
         "fuel_tanks": (73, None, False), "uavs": (56, None, False),
         "special_equipment": (19, None, False), "srbm_launchers": (2, None, False),
         "pow": (412, None, False)},
        id="2022-03-26-uk-srbm-launchers-and-pow",
    ),
    pytest.param(
        "2022-04-23_en_eliminated_automotive.txt", "heading", "en",
        {"personnel": (21600, None, True), "tanks": (854, None, False),
         "armoured_vehicles": (2205, None, False), "artillery": (403, None, False),
         "mlrs": (143, None, False), "air_defense": (69, None, False),
         "aircraft": (177, None, False), "helicopters": (154, None, False),
         "military_auto": (1543, None, False), "ships": (8, None, False),
         "fuel_tanks": (76, None, False), "uavs": (182, None, False),
         "special_equipment": (27, None, False), "srbm_launchers": (4, None, False)},
        id="2022-04-23-en-people-eliminated-automotive-equipment",
    ),
    pytest.param(
        "2022-05-04_en_units_before_increment.txt", "file", "en",
        {"armoured_vehicles": (2610, 43, False), "artillery": (491, 16, False),
         "mlrs": (163, 1, False), "aircraft": (194, None, False),
         "vehicles_fuel_tanks": (1867, 24, False), "ships": (10, None, False),
         "uavs": (303, 12, False), "special_equipment": (38, None, False)},
        id="2022-05-04-en-units-before-increment-prose-before-colon",
    ),
    pytest.param(
        "2022-06-18_uk_round_bullets.txt", "file", "uk",
        {"tanks": (1465, 9, False), "armoured_vehicles": (3573, 10, False),
         "mlrs": (233, None, False), "air_defense": (98, 1, False),
         "helicopters": (180, None, False), "uavs": (594, 1, False), "ships": (14, 1, False),
         "vehicles_fuel_tanks": (2513, 17, False), "special_equipment": (55, None, False)},
        id="2022-06-18-uk-round-bullets-two-items-a-line",
    ),
    pytest.param(
        "2023-05-07_uk_as_of_day_month.txt", "file", "uk",
        {"personnel": (194430, 660, True), "tanks": (3723, 6, False), "mlrs": (554, 2, False),
         "ships": (18, 0, False), "vehicles_fuel_tanks": (5952, 16, False),
         "special_equipment": (380, 5, False)},
        id="2023-05-07-uk-as-of-day-and-month-in-prose",
    ),
    pytest.param(
        "2023-05-08_uk_genitive_y_conjunction.txt", "file", "uk",
        {"tanks": (3730, 7, False), "mlrs": (554, None, False),
         "vehicles_fuel_tanks": (5958, 6, False), "special_equipment": (384, 4, False)},
        id="2023-05-08-uk-vehicles-with-y-conjunction",
    ),
    pytest.param(
        # Cyrillic script: the model knows only "uk", "en" and "uk+en"
        "2024-04-21_ru_republished_list.txt", "file", "uk",
        {"tanks": (7229, 16, False), "armoured_vehicles": (13896, 23, False),
         "mlrs": (1046, None, False), "air_defense": (767, 4, False),
         "aircraft": (348, None, False), "helicopters": (325, None, False),
         "uavs": (9379, 38, False), "cruise_missiles": (2115, 6, False),
         "ships": (26, None, False), "submarines": (1, None, False),
         "vehicles_fuel_tanks": (15785, 68, False), "special_equipment": (1926, 8, False)},
        id="2024-04-21-russian-language-copy",
    ),
    pytest.param(
        "2024-11-23_uk_increment_with_words.txt", "file", "uk",
        {"tanks": (9419, 20, False), "armoured_vehicles": (19192, 36, False),
         "air_defense": (1004, None, False), "ships": (28, None, False),
         "vehicles_fuel_tanks": (29850, 73, False), "special_equipment": (3678, 3, False)},
        id="2024-11-23-uk-nominative-labels-increment-with-words",
    ),
    pytest.param(
        "2026-08-08_uk_telegram_emoji.txt", "heading", "uk",
        {"personnel": (1456610, 1190, True), "tanks": (12251, 4, False),
         "artillery": (47580, 58, False), "ground_robots": (2162, 10, False),
         "uavs": (449606, 1751, False)},
        id="2026-08-08-uk-telegram-emoji-hashtags-date-in-words",
    ),
    pytest.param(
        "2026-08-08_en_morning_of.txt", "heading", "en",
        {"personnel": (1456610, 1190, True), "tanks": (12251, 4, False),
         "ground_robots": (2162, 10, False), "ships": (35, 1, False),
         "submarines": (2, None, False)},
        id="2026-08-08-en-as-of-the-morning-of-ground-robots",
    ),
]  # fmt: skip


def _parse(name: str, dated_by: str) -> ParsedReport:
    path = FIXTURES / name
    known = known_date_from_path(path) if dated_by == "file" else None
    return parse_report(path.read_text(encoding="utf-8"), path=str(path), known_date=known)


def _figures(name: str, dated_by: str) -> Figures:
    report = _parse(name, dated_by)
    return {
        o.category: (o.total, o.increment_printed, o.is_approximate) for o in report.observations
    }


@pytest.mark.parametrize(("name", "dated_by", "language", "figures"), CASES)
def test_real_layout_gives_date_language_and_every_figure(
    name: str, dated_by: str, language: str, figures: Figures
) -> None:
    report = _parse(name, dated_by)
    assert report.report_date == known_date_from_path(name)
    assert report.language == language
    assert _figures(name, dated_by) == figures


# our keys -> PetroIvaniuk keys (equipment file; personnel and POW are in the personnel file)
_PETRO = {
    "tanks": "tank", "armoured_vehicles": "APC", "artillery": "field artillery", "mlrs": "MRL",
    "air_defense": "anti-aircraft warfare", "aircraft": "aircraft", "helicopters": "helicopter",
    "uavs": "drone", "cruise_missiles": "cruise missiles", "ships": "naval ship",
    "submarines": "submarines", "vehicles_fuel_tanks": "vehicles and fuel tanks",
    "special_equipment": "special equipment", "ground_robots": "ground robotic systems",
    "military_auto": "military auto", "fuel_tanks": "fuel tank",
    "srbm_launchers": "mobile SRBM system", "personnel": "personnel", "pow": "POW",
}  # fmt: skip


@pytest.mark.integration
@pytest.mark.parametrize(("name", "dated_by", "language", "figures"), CASES)
def test_real_layout_totals_match_the_mirror(
    shared_data: Path, name: str, dated_by: str, language: str, figures: Figures
) -> None:
    folder = shared_data / "petroivaniuk"
    day = known_date_from_path(name).isoformat()  # type: ignore[union-attr]
    row: dict[str, int] = {}
    for file in ("russia_losses_equipment.json", "russia_losses_personnel.json"):
        rows = json.loads((folder / file).read_text(encoding="utf-8"))
        row |= next(r for r in rows if r["date"] == day)
    assert {key: total for key, (total, _, _) in figures.items()} == {
        key: row[_PETRO[key]] for key in figures
    }


def test_figure_first_lines_beside_dash_lines_are_notes_not_figures() -> None:
    text = (
        "Загальні втрати росії за 11 квітня 2026 року:\n2 081 БпЛА\n"
        "Особовий склад:\nблизько 1 311 180 (+1 070) осіб.\n"
        "БпЛА оперативно-тактичного рівня ‒ 200 000 (+2 081);\n"
    )
    report = parse_report(text)
    figures = {o.category: (o.total, o.increment_printed) for o in report.observations}
    assert figures == {"personnel": (1311180, 1070), "uavs": (200000, 2081)}
    assert "figure_first_ignored" in report.flags
    assert "2 081 БпЛА" in report.notes


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param(
            "Втрати ворога станом на ранок 25 листопада 2026 року:", "2026-11-25", id="ранок"
        ),
        pytest.param("Втрати противника станом на 06.00 25.11.2026", "2026-11-25", id="time"),
        pytest.param(
            "Russian losses as of the morning of November 25, 2026", "2026-11-25", id="en"
        ),
    ],
)
def test_as_of_heading_may_name_the_morning_or_an_hour(heading: str, expected: str) -> None:
    report = parse_report(f"{heading}\nтанків ‒ 12 410 (+3) од\n")
    assert report.report_date.isoformat() == expected


def test_automotive_equipment_is_military_auto_only_before_the_may_2022_merge() -> None:
    line = "automotive equipment - 1543 units,\n"
    before = parse_report("The total combat losses of the enemy from 24.02 to 23.04 are:\n" + line)
    after = parse_report("The total combat losses of the enemy from 24.02 to 23.05 are:\n" + line)
    assert [o.category for o in before.observations] == ["military_auto"]
    assert [o.category for o in after.observations] == ["vehicles_fuel_tanks"]
