"""The General Staff daily report-text parser: real texts, every layout variant, bad inputs."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.errors import ParseError
from attrition.model.records import ParsedReport, RawDocument
from attrition.sources.base import Source, read_document
from attrition.sources.gs_text import (
    SOURCE,
    html_to_text,
    known_date_from_path,
    parse_report,
    parse_reports,
    report_findings,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"

# PetroIvaniuk mirror keys for our category keys
PETRO_KEYS = {
    "tanks": "tank",
    "armoured_vehicles": "APC",
    "artillery": "field artillery",
    "mlrs": "MRL",
    "air_defense": "anti-aircraft warfare",
    "aircraft": "aircraft",
    "helicopters": "helicopter",
    "uavs": "drone",
    "cruise_missiles": "cruise missiles",
    "ships": "naval ship",
    "submarines": "submarines",
    "vehicles_fuel_tanks": "vehicles and fuel tanks",
    "special_equipment": "special equipment",
    "ground_robots": "ground robotic systems",
}
SHARED_TEXTS = (
    "2022-09-27_uk_republished_lviv.media.txt",
    "2023-04-24_uk_republished_lviv.media.txt",
    "2023-05-01_en_kmu.gov.ua.txt",
    "2023-05-28_en_kmu.gov.ua.txt",
    "2023-06-25_en_kmu.gov.ua.txt",
    "2023-08-29_en_kmu.gov.ua.txt",
    "2023-09-20_uk_mil.gov.ua_list-only.txt",
    "2023-10-23_en_kmu.gov.ua.txt",
    "2023-12-29_en_kmu.gov.ua.txt",
    "2024-01-25_en_kmu.gov.ua.txt",
    "2024-02-19_uk-en_bilingual_cripo.com.ua.txt",
    "2026-04-12_en_mod.gov.ua_fragment.txt",
)
# documented typo in one copy: 2023-10-23 prints 294799 where 294700 was meant
KNOWN_TYPOS = {("2023-10-23", "personnel"): (294799, 294700)}
_NOW = datetime(2024, 1, 1, tzinfo=UTC)
_PRINTED_INCREMENT = re.compile(r"\(\+\s*(\d[\d \u00a0]*)\)")


def _fixture(name: str) -> ParsedReport:
    path = FIXTURES / name
    return parse_report(
        path.read_text(encoding="utf-8"), path=str(path), known_date=known_date_from_path(path)
    )


def _figures(report: ParsedReport) -> dict[str, tuple[int, int | None, bool]]:
    return {
        o.category: (o.total, o.increment_printed, o.is_approximate) for o in report.observations
    }


def _load_mirror(shared: Path) -> dict[str, dict[str, int]]:
    mirror: dict[str, dict[str, int]] = {}
    folder = shared / "petroivaniuk"
    for row in json.loads((folder / "russia_losses_equipment.json").read_text(encoding="utf-8")):
        mirror[row["date"]] = {k: row[v] for k, v in PETRO_KEYS.items() if v in row}
    for row in json.loads((folder / "russia_losses_personnel.json").read_text(encoding="utf-8")):
        mirror.setdefault(row["date"], {})["personnel"] = row["personnel"]
    return mirror


# --- the 12 real texts -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def mirror(shared_data: Path) -> dict[str, dict[str, int]]:
    """PetroIvaniuk figures by report date and category key."""
    return _load_mirror(shared_data)


@pytest.fixture(scope="module")
def languages(shared_data: Path) -> dict[str, str]:
    """The language INDEX.csv states for each shared report text."""
    with (shared_data / "report-texts" / "INDEX.csv").open(encoding="utf-8") as fh:
        return {row["file"]: row["language"] for row in csv.DictReader(fh)}


@pytest.mark.integration
@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in SHARED_TEXTS])
def test_real_text_matches_the_mirror(
    name: str, shared_data: Path, mirror: dict[str, dict[str, int]], languages: dict[str, str]
) -> None:
    path = shared_data / "report-texts" / name
    batch = SOURCE.parse(read_document(path, "gs_text"))
    (report,) = batch.reports
    assert report.report_date == known_date_from_path(path)
    assert report.language == languages[name]
    assert batch.observations == report.observations
    assert report.observations, "no observations"
    day = report.report_date.isoformat()
    for obs in report.observations:
        expected = mirror[day][obs.category]
        if (day, obs.category) in KNOWN_TYPOS:
            assert (obs.total, expected) == KNOWN_TYPOS[(day, obs.category)]
            assert "not_multiple_of_10" in {f.kind for f in batch.findings}
        else:
            assert obs.total == expected, obs.raw
        printed = _PRINTED_INCREMENT.search(obs.raw or "")
        if printed is None:
            assert obs.increment_printed is None
        else:
            assert obs.increment_printed == int(re.sub(r"\D", "", printed.group(1)))
        assert obs.raw is not None and obs.line_no is not None
        line = path.read_text(encoding="utf-8").splitlines()[obs.line_no - 1].strip()
        assert obs.raw in line or obs.raw.endswith(line)  # an item of the line, or label + figure


@pytest.mark.integration
def test_typo_in_a_total_is_parsed_as_printed_and_flagged(shared_data: Path) -> None:
    path = shared_data / "report-texts" / "2023-10-23_en_kmu.gov.ua.txt"
    batch = SOURCE.parse(read_document(path, "gs_text"))
    personnel = next(o for o in batch.observations if o.category == "personnel")
    assert (personnel.total, personnel.increment_printed) == (294799, 870)
    (finding,) = [f for f in batch.findings if f.kind == "not_multiple_of_10"]
    assert finding.category == "personnel" and finding.report_date == date(2023, 10, 23)


@pytest.mark.integration
def test_heading_date_typo_keeps_the_file_date_and_is_flagged(shared_data: Path) -> None:
    path = shared_data / "report-texts" / "2023-12-29_en_kmu.gov.ua.txt"
    batch = SOURCE.parse(read_document(path, "gs_text"))
    (report,) = batch.reports
    assert report.report_date == date(2023, 12, 29)
    assert report.heading_date == date(2023, 12, 28)
    assert "heading_date_mismatch" in report.flags
    assert [f.kind for f in batch.findings] == ["heading_date_mismatch"]


@pytest.mark.integration
def test_printed_increment_kept_when_it_disagrees_with_totals(
    shared_data: Path, mirror: dict[str, dict[str, int]]
) -> None:
    path = shared_data / "report-texts" / "2023-05-28_en_kmu.gov.ua.txt"
    report = parse_report(path.read_text(encoding="utf-8"), path=str(path))
    uavs = next(o for o in report.observations if o.category == "uavs")
    assert uavs.increment_printed == 3
    assert uavs.total - mirror["2023-05-27"]["uavs"] == 52
    assert "warning_line" in report.flags
    assert report.notes[0].startswith("WARNING!")


@pytest.mark.integration
def test_2026_fragment_takes_the_date_from_the_heading(shared_data: Path) -> None:
    path = shared_data / "report-texts" / "2026-04-12_en_mod.gov.ua_fragment.txt"
    report = parse_report(path.read_text(encoding="utf-8"), path=str(path))  # no known date
    assert report.report_date == date(2026, 4, 12)
    assert _figures(report) == {"personnel": (1311180, 1070, True)}
    assert report.observations[0].line_no == 5
    assert "loss_day_headline" in report.flags
    assert "headline_date_mismatch" not in report.flags
    assert not any(o.category == "personnel" and o.total == 1070 for o in report.observations[1:])


@pytest.mark.integration
def test_source_recognises_report_texts_only(shared_data: Path) -> None:
    texts = shared_data / "report-texts"
    for name in SHARED_TEXTS:
        assert SOURCE.recognises(texts / name, (texts / name).read_bytes()[:4096]), name
    assert not SOURCE.recognises(texts / "INDEX.csv", (texts / "INDEX.csv").read_bytes()[:4096])
    provenance = shared_data / "PROVENANCE.md"
    assert not SOURCE.recognises(provenance, provenance.read_bytes()[:4096])


@pytest.mark.integration
def test_dump_of_real_texts_splits_into_reports(shared_data: Path) -> None:
    names = SHARED_TEXTS[2:5] + SHARED_TEXTS[10:]
    text = "\n\n".join(
        (shared_data / "report-texts" / n).read_text(encoding="utf-8") for n in names
    )
    reports = parse_reports(text)
    assert [r.report_date for r in reports] == [known_date_from_path(n) for n in names]
    assert [len(r.observations) for r in reports] == [13, 13, 13, 14, 1]
    assert reports[1].notes[0].startswith("WARNING!")  # the WARNING opens the 2023-05-28 post


# --- hand-written variants -----------------------------------------------------------------------
def test_source_satisfies_the_protocol() -> None:
    assert isinstance(SOURCE, Source)
    assert (SOURCE.name, SOURCE.priority, SOURCE.is_official) == ("gs_text", 0, True)
    assert not SOURCE.recognises(Path("2024-01-01.csv"), b"tanks - 5 (+1)\nAPV - 6\nMLRS - 7\n")


def test_source_recognises_every_dated_fixture() -> None:
    dated = [p for p in sorted(FIXTURES.iterdir()) if known_date_from_path(p)]
    assert len(dated) >= 13
    for path in dated:
        assert SOURCE.recognises(path, path.read_bytes()[:4096]), path.name
    empty = FIXTURES / "empty.txt"
    assert not SOURCE.recognises(empty, empty.read_bytes())


def test_html_head_with_only_a_heading_is_recognised() -> None:
    title = b"<title>Total russian combat losses in Ukraine as of April 12, 2026</title>"
    head = (b"<!doctype html><html><head>" + title + b"<script>" + b"x" * 5000)[:4096]
    assert SOURCE.recognises(Path("page.html"), head)
    assert not SOURCE.recognises(Path("page.txt"), head)


def test_known_date_comes_from_the_file_name_prefix() -> None:
    assert known_date_from_path("a/b/2023-12-29_en_kmu.gov.ua.txt") == date(2023, 12, 29)
    assert known_date_from_path(Path("2026-04-12.html")) == date(2026, 4, 12)
    assert known_date_from_path("ukr_reports/ukraine_stats_2023-12-29.html") == date(2023, 12, 29)
    assert known_date_from_path("2023-12-29-notes/report.txt") is None  # a folder, not the name
    assert known_date_from_path("report20231229.txt") is None
    assert known_date_from_path("2023-13-40_x.txt") is None
    assert known_date_from_path(None) is None


def test_early_2022_categories_and_yearless_heading() -> None:
    report = _fixture("2022-03-25_uk_early_categories.txt")
    figures = _figures(report)
    assert report.report_date == date(2022, 3, 25) and report.language == "uk"
    assert figures["military_auto"] == (1089, None, False)
    assert figures["fuel_tanks"] == (72, None, False)
    assert figures["srbm_launchers"] == (4, None, False)
    assert figures["personnel"] == (16100, None, True)
    assert len(figures) == 14
    assert {"greatest_losses_direction", "data_being_updated"} <= set(report.flags)
    assert report.notes == (
        "Найбільших втрат противник зазнав на Ізюмському напрямку.",
        "Дані уточнюються.",
    )


def test_one_paragraph_items_share_the_line_number() -> None:
    report = _fixture("2022-10-02_uk_one_paragraph.txt")
    assert {o.line_no for o in report.observations} == {1}
    assert _figures(report) == {
        "personnel": (60110, 430, True),
        "tanks": (2354, 5, False),
        "armoured_vehicles": (4923, 13, False),
        "mlrs": (338, 0, False),
        "air_defense": (178, 1, False),
        "uavs": (1019, 5, False),
        "vehicles_fuel_tanks": (3800, 23, False),
        "special_equipment": (132, 0, False),
    }
    assert report.notes[0] == "Міноборони оприлюднило оновлені цифри."
    assert "greatest_losses_direction" in report.flags


@pytest.mark.parametrize(
    ("name", "category", "total", "increment"),
    [
        pytest.param("2024-11-30_en_separators.txt", "personnel", 742860, 1740, id="nbsp"),
        pytest.param("2024-11-30_en_separators.txt", "tanks", 9463, 2, id="thin-space"),
        pytest.param("2024-11-30_en_separators.txt", "armoured_vehicles", 19310, 26, id="narrow"),
        pytest.param("2024-11-30_en_separators.txt", "artillery", 20865, 24, id="comma"),
        pytest.param("2024-11-30_en_separators.txt", "uavs", 19880, 115, id="space"),
        pytest.param("2023-04-24_en_dashes.txt", "tanks", 3683, 8, id="figure-dash"),
        pytest.param("2023-04-24_en_dashes.txt", "armoured_vehicles", 7139, 8, id="en-dash"),
        pytest.param("2023-04-24_en_dashes.txt", "artillery", 2849, 12, id="em-dash"),
        pytest.param("2023-04-24_en_dashes.txt", "mlrs", 539, 0, id="hyphen"),
        pytest.param("2023-04-24_en_dashes.txt", "aircraft", 308, 0, id="colon"),
        pytest.param("2023-04-24_en_dashes.txt", "helicopters", 294, 0, id="no-dash"),
        pytest.param("2023-04-24_en_dashes.txt", "uavs", 2413, 11, id="dash-glued"),
        pytest.param("2023-04-24_en_dashes.txt", "cruise_missiles", 911, 0, id="minus-sign"),
        pytest.param("2023-04-24_en_dashes.txt", "special_equipment", 339, 0, id="bar"),
        pytest.param("2023-04-24_uk_increments.txt", "tanks", 3683, 8, id="plus-space"),
        pytest.param("2023-04-24_uk_increments.txt", "armoured_vehicles", 7139, None, id="empty"),
        pytest.param("2023-04-24_uk_increments.txt", "artillery", 2849, None, id="missing"),
        pytest.param("2023-04-24_uk_increments.txt", "mlrs", 539, 0, id="period-before-unit"),
        pytest.param("2023-04-24_uk_increments.txt", "air_defense", 289, 4, id="unit-glued"),
        pytest.param("2023-04-24_uk_increments.txt", "aircraft", 308, 0, id="words-inside"),
        pytest.param("2023-04-24_uk_increments.txt", "helicopters", 294, 1070, id="spaced"),
        pytest.param("2023-04-24_uk_increments.txt", "ships", 18, None, id="semicolon"),
    ],
)
def test_numbers_dashes_and_increments_in_every_printed_form(
    name: str, category: str, total: int, increment: int | None
) -> None:
    figures = _figures(_fixture(name))
    assert figures[category][:2] == (total, increment)


def test_approximate_markers_in_both_languages() -> None:
    figures = _figures(_fixture("2024-01-25_en_approximate.txt"))
    assert {k: v[2] for k, v in figures.items()} == {
        "personnel": True,
        "tanks": True,
        "armoured_vehicles": True,
        "artillery": True,
        "mlrs": False,
    }
    assert figures["personnel"][:2] == (379610, 950)


def test_bilingual_layout_resolves_either_side_of_the_slash() -> None:
    report = _fixture("2024-02-19_uk-en_bilingual.txt")
    assert report.language == "uk+en"
    assert _figures(report) == {
        "personnel": (403720, 1290, True),
        "helicopters": (325, 0, False),
        "ships": (25, 0, False),
        "vehicles_fuel_tanks": (12767, 31, False),
        "special_equipment": (1545, 5, False),
    }
    assert "url_line" in report.flags
    assert report.heading_line == 1


def test_html_page_in_the_2026_layout() -> None:
    report = _fixture("2026-04-12_en_mod_page.html")
    assert report.report_date == date(2026, 4, 12)
    assert _figures(report) == {
        "personnel": (1311180, 1070, True),
        "tanks": (11874, 2, False),
        "air_defense": (1301, 1, False),
        "uavs": (208118, 2081, False),
        "ground_robots": (1520, 12, False),
    }
    assert "label_joined" in report.flags and "loss_day_headline" in report.flags
    assert not any("__DATA__" in note for note in report.notes)


def test_full_portal_page_keeps_only_the_report() -> None:
    report = _fixture("2023-07-22_en_kmu_page.html")
    assert report.report_date == date(2023, 7, 22) and report.language == "en"
    assert len(report.observations) == 13
    assert _figures(report)["personnel"] == (241330, 640, True)
    assert _figures(report)["special_equipment"] == (691, 5, False)
    # sidebar headings of other days, and "Contacts: 01008" in the footer, are not the report
    assert {"other_heading", "unknown_label_outside_report"} <= set(report.flags)
    assert "Contacts: 01008" in report.notes
    text = (FIXTURES / "2023-07-22_en_kmu_page.html").read_text(encoding="utf-8")
    assert [r.report_date for r in parse_reports(text)] == [date(2023, 7, 22)]


def test_unknown_label_inside_the_report_of_a_page_is_an_error() -> None:
    text = (FIXTURES / "2023-07-22_en_kmu_page.html").read_text(encoding="utf-8")
    with pytest.raises(ParseError) as info:
        parse_report(text.replace("MLRS – 693", "howitzers – 693"), path="page.html")
    assert (info.value.field, info.value.input, info.value.line_no) == ("label", "howitzers", 21)


def test_html_to_text_puts_blocks_on_lines_and_decodes_entities() -> None:
    text = html_to_text("<p>tanks &#8210; 11&nbsp;874<br>APV &ndash; 5</p><script>x=1</script>")
    assert text == "tanks \u2012 11\u00a0874\nAPV \u2013 5\n"


def test_2026_ukrainian_layout_with_genitive_month() -> None:
    report = _fixture("2026-04-12_uk_mod_layout.txt")
    assert (report.report_date, report.heading_date, report.language) == (
        date(2026, 4, 12),
        date(2026, 4, 12),
        "uk",
    )
    assert _figures(report) == {
        "personnel": (1311180, 1070, True),
        "tanks": (11874, 2, False),
        "ground_robots": (1520, 12, False),
    }
    assert report.observations[0].raw == "Особовий склад: близько 1 311 180 (+1 070) осіб."


def test_2026_layout_without_heading_dates_the_report_by_its_headline() -> None:
    text = "Total russian military losses on April 11, 2026: 1,070 personnel.\ntanks ‒ 5 (+1);\n"
    report = parse_report(text)
    assert report.report_date == date(2026, 4, 12)
    assert "report_date_from_headline" in report.flags


def test_colon_after_the_label_and_2026_english_labels() -> None:
    report = _fixture("2026-01-18_en_colon_layout.txt")
    assert report.report_date == date(2026, 1, 18)
    assert _figures(report) == {
        "personnel": (1226420, 830, True),
        "armoured_vehicles": (24127, 4, False),
        "air_defense": (1270, 1, False),
        "ships": (28, 0, False),
        "ground_robots": (12, 1, False),
    }


def test_warning_and_update_lines_are_notes_not_categories() -> None:
    report = _fixture("2023-05-28_en_warning.txt")
    assert set(_figures(report)) == {"personnel", "uavs"}
    assert {"warning_line", "data_being_updated"} <= set(report.flags)
    assert len(report.notes) == 4
    assert report.heading_line == 2


def test_label_broken_by_markup_and_stray_urls() -> None:
    report = _fixture("2023-05-01_en_broken_label.txt")
    assert _figures(report) == {"air_defense": (295, 0, False), "cruise_missiles": (932, 0, False)}
    air = report.observations[0]
    assert (air.line_no, air.raw) == (4, "Anti-aircraft warfare systems ‒ 295 (+0),")
    assert {"url_line", "label_joined", "duplicate_category"} <= set(report.flags)


def test_heading_date_mismatch_with_the_file_name() -> None:
    report = _fixture("2023-12-29_en_heading_mismatch.txt")
    assert (report.report_date, report.heading_date) == (date(2023, 12, 29), date(2023, 12, 28))
    findings = report_findings(report)
    assert [f.kind for f in findings] == ["heading_date_mismatch"]
    assert findings[0].details["heading_date"] == "2023-12-28"


def test_heading_date_used_when_no_date_is_known() -> None:
    text = (FIXTURES / "2023-12-29_en_heading_mismatch.txt").read_text(encoding="utf-8")
    report = parse_report(text)
    assert report.report_date == date(2023, 12, 28)
    assert "heading_date_mismatch" not in report.flags


def test_category_outside_its_validity_window_is_a_finding() -> None:
    text = "The total combat losses of the enemy from 24.02.22 to 01.06.23 were approximately:\n"
    text += "fuel tanks ‒ 60 (+0),\nground robotic systems ‒ 3 (+1),\ntanks ‒ 3800 (+5),\n"
    report = parse_report(text)
    findings = report_findings(report)
    assert {(f.kind, f.category) for f in findings} == {
        ("outside_category_period", "fuel_tanks"),
        ("outside_category_period", "ground_robots"),
    }


def test_parse_reports_splits_at_headings_and_moves_a_warning_forward() -> None:
    text = (FIXTURES / "dump_of_posts.txt").read_text(encoding="utf-8")
    reports = parse_reports(text, path="dump_of_posts.txt")
    assert [r.report_date for r in reports] == [date(2023, 5, d) for d in (1, 2, 3)]
    assert [r.language for r in reports] == ["en", "en", "uk"]
    assert [_figures(r)["tanks"][0] for r in reports] == [3700, 3706, 3708]
    assert reports[0].notes == ("Data are being updated.",)
    assert reports[1].notes[0].startswith("WARNING!") and reports[1].heading_line == 7
    assert reports[2].observations[0].line_no == 12


def test_parse_report_refuses_two_reports_in_one_text() -> None:
    text = (FIXTURES / "dump_of_posts.txt").read_text(encoding="utf-8")
    with pytest.raises(ParseError) as info:
        parse_report(text, path="dump_of_posts.txt")
    assert (info.value.field, info.value.line_no) == ("heading", 7)


def test_a_headline_with_another_date_and_no_figures_is_only_a_note() -> None:
    text = "The total combat losses of the enemy from 24.02.22 to 01.05.23 were approximately:\n"
    text += "tanks ‒ 3700 (+1),\nRelated: Combat losses of the enemy as of April 30, 2023\n"
    report = parse_report(text)
    assert report.report_date == date(2023, 5, 1) and "other_heading" in report.flags


# --- bad inputs ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "line_no", "field", "bad_input"),
    [
        pytest.param("bad_number.uk.txt", 3, "tanks", "9 6З7", id="garbled-number"),
        pytest.param("bad_label.uk.txt", 3, "label", "гармат-гаубиць", id="unknown-label"),
        pytest.param("bad_increment.en.txt", 2, "tanks", "(+2б)", id="garbled-increment"),
        pytest.param(
            "no_date.en.txt",
            1,
            "report_date",
            "personnel ‒ about 742860 (+1740) persons,",
            id="no-date",
        ),
        pytest.param("empty.txt", None, "text", "", id="empty"),
    ],
)
def test_bad_line_names_file_line_and_field(
    name: str, line_no: int | None, field: str, bad_input: str
) -> None:
    with pytest.raises(ParseError) as info:
        _fixture(name)
    err = info.value
    assert (err.path, err.line_no, err.field, err.input) == (
        str(FIXTURES / name),
        line_no,
        field,
        bad_input,
    )
    assert err.source == "gs_text"


def test_bad_number_renders_path_line_field_and_input() -> None:
    with pytest.raises(ParseError) as info:
        parse_report("tanks ‒ 9 6З7 (+5) units,\n", path="reports/2024-11-30.uk.txt")
    assert str(info.value) == "reports/2024-11-30.uk.txt:1: tanks: '9 6З7' is not a number"


def test_no_report_date_raises_from_the_source_parse() -> None:
    content = (FIXTURES / "no_date.en.txt").read_bytes()
    doc = RawDocument("gs_text", "inbox/no_date.en.txt", content, fetched_at=_NOW)
    with pytest.raises(ParseError) as info:
        SOURCE.parse(doc)
    assert (info.value.path, info.value.field) == ("inbox/no_date.en.txt", "report_date")


def test_text_without_category_lines_is_an_error() -> None:
    with pytest.raises(ParseError) as info:
        parse_report("Some words.\nMore words, 5 of them.\n", path="x.txt")
    assert (info.value.field, info.value.line_no, info.value.input) == ("text", 1, "Some words.")


def test_value_line_without_a_label_is_an_error() -> None:
    text = "Total russian combat losses in Ukraine as of April 12, 2026\napproximately 5 (+1) persons.\n"
    with pytest.raises(ParseError) as info:
        parse_report(text)
    assert (info.value.field, info.value.line_no) == ("label", 2)


def test_prose_with_numbers_is_not_a_category_line() -> None:
    text = "The total combat losses of the enemy from 24.02.22 to 01.05.23 were approximately:\n"
    text += "tanks ‒ 3700 (+1),\nЗа добу відбито 39 атак противника на 5 напрямках.\n"
    report = parse_report(text)
    assert set(_figures(report)) == {"tanks"} and "extra_text" in report.flags


# --- property: a rendered report parses back to its numbers -----------------------------------------
LABELS = {
    "personnel": ("особового складу", "personnel"),
    "tanks": ("танків", "tanks"),
    "armoured_vehicles": ("бойових броньованих машин", "APV"),
    "artillery": ("артилерійських систем", "artillery systems"),
    "mlrs": ("РСЗВ", "MLRS"),
    "air_defense": ("засоби ППО", "Anti-aircraft warfare systems"),
    "uavs": ("БПЛА оперативно-тактичного рівня", "UAV operational-tactical level"),
    "ships": ("кораблі /катери", "warships / boats"),
    "vehicles_fuel_tanks": ("автомобільної техніки та автоцистерн", "vehicles and fuel tanks"),
    "special_equipment": ("спеціальна техніка", "special equipment"),
}
UK_MONTHS = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DASHES = ("‒", "–", "—", "-", ":", "")
SEPARATORS = ("", " ", "\u00a0", ",", "\u2009")
UNITS = {
    ("uk", True): ("", "осіб", "осіб ліквідовано"),
    ("uk", False): ("", "од", "од."),
    ("en", True): ("", "persons", "persons were liquidated"),
    ("en", False): ("", "units"),
}
APPROX = {"uk": ("близько", "~", ""), "en": ("about", "approximately", "~", "")}


def _number(value: int, sep: str) -> str:
    text = f"{value:,}"
    return text.replace(",", sep)


@st.composite
def _reports(draw: st.DrawFn) -> tuple[str, date, dict[str, tuple[int, int | None, bool]]]:
    day = draw(st.dates(date(2022, 5, 1), date(2026, 12, 31)))
    language = draw(st.sampled_from(("uk", "en", "uk+en")))
    layout = draw(st.sampled_from(("lines", "paragraph", "mod2026")))
    keys = draw(
        st.lists(st.sampled_from(sorted(LABELS)), min_size=1, max_size=len(LABELS), unique=True)
    )
    sep = draw(st.sampled_from(SEPARATORS))
    expected: dict[str, tuple[int, int | None, bool]] = {}
    items: list[str] = []
    lang_words = "en" if language == "en" else "uk"
    for key in keys:
        total = draw(st.integers(0, 2_000_000))
        increment = draw(st.none() | st.integers(0, 5_000))
        uk, en = LABELS[key]
        label = {"uk": uk, "en": en, "uk+en": f"{uk} / {en}"}[language]
        approx = draw(st.sampled_from(APPROX[lang_words])) if key == "personnel" else ""
        dash = draw(st.sampled_from(DASHES))
        glued = dash not in ("", ":") and not approx and draw(st.booleans())
        inc_text = (
            ""
            if increment is None
            else draw(st.sampled_from((f"(+{_number(increment, sep)})", f"(+ {increment})")))
        )
        if increment is None and draw(st.booleans()):
            inc_text = "(+)"
        number = _number(total, sep)
        unit = draw(st.sampled_from(UNITS[(lang_words, key == "personnel")]))
        value = " ".join(p for p in (approx, number, inc_text, unit) if p)
        if layout == "mod2026" and key == "personnel":
            items.append(("Personnel:" if lang_words == "en" else "Особовий склад:") + "\n" + value)
        elif glued:
            items.append(f"{label} {dash}{value}")
        else:
            items.append(f"{label}{' ' if dash != ':' else ''}{dash} {value}".replace("  ", " "))
        expected[key] = (total, increment, bool(approx))
    heading_uk = f"Загальні бойові втрати противника з 24.02.22 по {day:%d.%m.%y} орієнтовно склали"
    heading_en = (
        f"The total combat losses of the enemy from 24.02.2022 to {day:%d.%m.%Y} were approximately"
    )
    if layout == "mod2026":
        heading = (
            f"Total russian combat losses in Ukraine as of {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
            if lang_words == "en"
            else f"Загальні бойові втрати росії станом на {day.day} {UK_MONTHS[day.month - 1]} {day.year} року"
        )
        text = heading + "\n" + "\n".join(f"{item};" for item in items) + "\n"
    else:
        heading = {"uk": heading_uk, "en": heading_en, "uk+en": f"{heading_uk} / {heading_en}"}[
            language
        ]
        joiner = ",\u00a0" if layout == "paragraph" else ",\n"
        text = heading + (": " if layout == "paragraph" else ":\n") + joiner.join(items) + ".\n"
    return text, day, expected


@settings(max_examples=150, deadline=None)
@given(_reports())
def test_rendered_report_parses_back_to_its_numbers(
    case: tuple[str, date, dict[str, tuple[int, int | None, bool]]],
) -> None:
    text, day, expected = case
    report = parse_report(text)
    assert report.report_date == day
    assert _figures(report) == expected


# --- issue 14: bounded time, clean errors ----------------------------------------------------
_BODY = "tanks ‒ 6500 (+10)\nartillery systems ‒ 10000 (+30)\n"


def test_repeated_unit_words_do_not_make_a_line_backtrack(time_bound: Any) -> None:
    """Item 1: ``(?:unit\\s*/?\\s*)*`` took 28 s on 12 words and x4 per extra word."""
    line = "personnel ‒ 403720 (+1290)" + " persons  " * 40 + "/9"
    text = "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(5.0):
        for _ in range(20):
            with pytest.raises(ParseError) as caught:
                parse_report(text + line + "\n" + _BODY)
    assert caught.value.field == "personnel" and caught.value.line_no == 2


@pytest.mark.parametrize(
    "known", [pytest.param(None, id="no-known-date"), pytest.param(date(2026, 3, 1), id="known")]
)
def test_29_february_without_a_year_is_resolved_not_a_crash(known: date | None) -> None:
    """Item 9: ``day is out of range for month`` / ``min() arg is an empty sequence``."""
    text = ("The total combat losses of the enemy from 24.02.2022 to 29.2 were approximately:\n"
            "personnel ‒ about 403720 (+1290) persons\n" + _BODY)
    report = parse_report(text, known_date=known)
    assert report.heading_date is not None
    assert (report.heading_date.month, report.heading_date.day) == (2, 29)
    assert "heading_year_inferred" in report.flags
    assert report.report_date == (known or report.heading_date)


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param("99999999999999999999", id="20-digits"),
        pytest.param("1" * 5000, id="5000-digits"),
        pytest.param("403720 (+" + "9" * 30 + ")", id="huge-increment"),
    ],
)
def test_a_total_too_large_to_store_is_a_parse_error(figure: str) -> None:
    """Item 7: text totals >= 2**63 reached the store as an OverflowError."""
    text = ("The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
            f"personnel ‒ {figure} persons\n" + _BODY)
    with pytest.raises(ParseError, match="too large") as caught:
        parse_report(text, path="r.txt")
    assert (caught.value.path, caught.value.line_no, caught.value.field) == ("r.txt", 2, "personnel")


@pytest.mark.parametrize("slashes", [10, 4000])
def test_a_label_of_many_slashes_costs_a_bounded_number_of_lookups(
    slashes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fuzz (issue 14): "a/a/…/a" tried every split, one lookup per slash: > 1 s at 4,000."""
    from attrition.sources.gs_text import items

    calls: list[str] = []
    real = items.find_category
    monkeypatch.setattr(items, "find_category", lambda label: calls.append(label) or real(label))
    items.resolve_label.cache_clear()
    text = ("The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
            + "a/" * slashes + "b ‒ 6500 (+10)\n" + _BODY)
    with pytest.raises(ParseError) as caught:
        parse_report(text, path="r.txt")
    assert (caught.value.line_no, caught.value.field) == (2, "label")
    assert len(calls) <= 10  # the whole label, then the first and last splits only


def test_a_bilingual_slash_label_still_names_its_category() -> None:
    text = ("The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
            "кораблі / катери / warships / boats ‒ 28 (+0)\n" + _BODY)
    assert _figures(parse_report(text))["ships"][0] == 28


# --- issue 14 item 1, the same class in the HTML conversion -----------------------------------
_HTML_TOKENS = st.sampled_from([
    "<", ">", "<!--", "-->", "<!-", "<script>", "</script>", "<SCRIPT x>", "</script >", "<style",
    "</style>", "<svg", "</svg>", "<head>", "</head>", "<br>", "<br", "<p>", "</p>", "<div class='a'>",
    "</div>", "<divs>", "x", " ", "\n", "&amp;", "tanks ‒ 11 874", "'", '"',
])


def _html_to_text_by_the_rule(text: str) -> str:
    import html

    from attrition.sources.gs_text import lines as gl

    text = gl._HTML_TAG.sub("", gl._HTML_BLOCK.sub("\n", gl._HTML_DROP.sub(" ", text)))
    kept = (gl._INLINE_SPACE.sub(" ", line).strip() for line in html.unescape(text).split("\n"))
    return "\n".join(line for line in kept if line) + "\n"


@settings(max_examples=500, deadline=None)
@given(st.lists(_HTML_TOKENS, max_size=40).map("".join))
def test_html_to_text_drops_what_its_patterns_drop(text: str) -> None:
    assert html_to_text(text) == _html_to_text_by_the_rule(text)


@pytest.mark.parametrize("unit", ["<!--", "<script", "<", "<br", "<p "])
def test_html_with_openers_that_never_close_converts_in_linear_time(
    unit: str, time_bound: Any
) -> None:
    """Each opener searched to the end of the text: 200 KB of "<!--" took ~37 s (quadratic)."""
    text = "<p>tanks</p>" + unit * (200_000 // len(unit))  # no closer after the openers
    with time_bound(5.0):
        assert html_to_text(text).startswith("tanks\n")


_MANY_TANKS_HEAD = (
    "The total combat losses of the enemy from 24.02.22 to 01.05.23 were approximately:\n"
    "personnel ‒ about 190960 (+450) persons were liquidated,\n"
)


def test_a_category_on_more_lines_than_a_report_prints_is_an_error_naming_the_line() -> None:
    """Issue 14: an 18 MB text of `tanks ‒ 1 (+1)` lines was a 'report' of a million items
    (1.0 GB RSS to ingest). A report prints a category once (a bilingual one twice): a fifth
    line of one category is not one report, and the error names that line."""
    text = _MANY_TANKS_HEAD + "tanks ‒ 1 (+1)\n" * 4
    assert [o.total for o in parse_report(text).observations] == [190960, 1]
    with pytest.raises(ParseError) as caught:
        parse_report(text + "tanks ‒ 1 (+1)\n" * 1000)
    err = caught.value
    assert (err.line_no, err.field) == (7, "tanks")
    assert "more than 4 lines" in err.message


def test_a_report_is_read_line_by_line_so_the_error_comes_before_later_lines_are_read() -> None:
    """The lines of a report are read one at a time, not all first (each read line held
    ~1 KB: a million lines took 1 GB): the fifth tanks line fails before the garbled
    line after it is ever read (reading every line first raised that line's error)."""
    garbled = "tanks ‒ 9 6З7 (+2)\n"
    with pytest.raises(ParseError) as caught:
        parse_report(_MANY_TANKS_HEAD + "tanks ‒ 1 (+1)\n" * 5 + garbled)
    assert caught.value.line_no == 7
    with pytest.raises(ParseError) as caught:
        parse_report(_MANY_TANKS_HEAD + "tanks ‒ 1 (+1)\n" + garbled)
    assert caught.value.line_no == 4  # the garbled line, when it is reached


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "Anti", "-aircraft warfare systems – 295", "tanks ‒ 1",
                                 "\r", "\r\n", "x "]), max_size=12).map("\n".join))
def test_lines_read_one_at_a_time_are_the_lines_of_the_text(text: str) -> None:
    """split_lines (now a generator) gives the lines of the old list version: CR/LF ends,
    a label broken across two lines joined."""
    from attrition.sources.gs_text import items as gi
    from attrition.sources.gs_text.lines import split_lines

    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    expected, i = [], 0
    while i < len(raw_lines):
        raw = raw_lines[i].rstrip()
        clean = gi.clean_line(raw)
        if clean and i + 1 < len(raw_lines) and gi.BROKEN_LABEL_HEAD.match(clean):
            nxt = gi.clean_line(raw_lines[i + 1])
            if gi.BROKEN_LABEL_TAIL.match(nxt):
                expected.append((i + 2, raw.strip() + raw_lines[i + 1].strip(), clean + nxt, True))
                i += 2
                continue
        expected.append((i + 1, raw, clean, False))
        i += 1
    assert [(x.line_no, x.raw, x.text, x.joined) for x in split_lines(text)] == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(_HTML_TOKENS, max_size=40).map("".join), st.integers(1, 12))
def test_html_to_text_read_in_parts_drops_what_its_patterns_drop(text: str, chunk: int) -> None:
    """Issue 14: a 20 MB page is converted ~1 MB at a time (the whole page at once held
    ~300 MB of pieces); parts of any size give the same text as the patterns."""
    from attrition.sources.gs_text import lines as gl

    whole, gl._CHUNK_CHARS = gl._CHUNK_CHARS, chunk
    try:
        assert html_to_text(text) == _html_to_text_by_the_rule(text)
    finally:
        gl._CHUNK_CHARS = whole


@pytest.mark.parametrize("inc", ["(" + " " * 2000 + "5 5)", "(+" + " " * 2000 + "5 5)"])
def test_a_garbled_increment_with_a_run_of_spaces_fails_at_once(inc: str, time_bound: Any) -> None:
    """Issue 14 (regex audit): _INC_INNER split the spaces between its \\s parts: 160 took ~2 s (~n^4)."""
    line = "personnel ‒ 403720 " + inc
    text = "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(5.0), pytest.raises(ParseError) as caught:
        parse_report(text + line + "\n" + _BODY)
    assert caught.value.field == "personnel" and caught.value.line_no == 2


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" +-−–—,.'’x5)(1\u00a0", max_size=12), st.sampled_from([")", "", "x"]))
def test_the_increment_shape_accepts_exactly_what_the_increment_pattern_matches(body: str, end: str) -> None:
    from attrition.sources.gs_text import items as gi

    text = "(" + body + end
    assert bool(gi._INC_SHAPE.match(text)) == bool(gi._INC_INNER.match(text))


@pytest.mark.parametrize("run", ["втратa" * 33_000 + " 1", "втрати " * 28_000 + "1"])
def test_a_long_run_of_letters_after_losses_is_read_in_linear_time(run: str, time_bound: Any) -> None:
    """Issue 14 (item 1's class): the heading patterns read "втрат" + the rest of its word with
    ``[^\\W\\d_]*``, scanned to the end of the run of letters (and back) at every "втрат": a line
    of 12,000 letters took 59 s CPU to parse, 200,000 would take hours. Now 0.2 s."""
    text = "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(10.0):
        report = parse_report(text + run + "\n" + _BODY)
    assert report.observations


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="втрaтиамз ф1.24:0лютогоnsfromlse\n", max_size=40),
       st.sampled_from(["втрати з 24.02.2022 по 03.12.2024", "втратами станом на 3 грудня 2024",
                        "втрат за добу", "втрати за 3.12.2024", "losses from 24 Feb 2022 to 3.12.24"]))
def test_the_heading_patterns_read_what_the_unbounded_word_rest_read(noise: str, heading: str) -> None:
    """The bounded word rest (20 letters, never given back) finds the same headings as ``*``
    did, in any surroundings, on words of real length."""

    from attrition.sources.gs_text import dates as gd

    old = {name: re.compile(getattr(gd, name).pattern.replace(gd._WORD_REST, r"[^\W\d_]*"),
                            getattr(gd, name).flags)
           for name in ("_RANGE_HEADING", "_AS_OF_HEADING", "_HEADLINE")}
    for text in (noise + heading, heading + noise, noise + " " + heading + " " + noise):
        for name, pattern in old.items():
            new = getattr(gd, name)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in pattern.finditer(text)], (name, text)


def test_a_long_prose_line_of_letters_after_greatest_is_read_in_linear_time(time_bound: Any) -> None:
    """Issue 14 (item 1's class): GREATEST read "найбільш" + ``\\w*`` in every prose line, so a
    search scanned to the end of a run of letters and back at every "найбільш": a 198,000-letter
    line took 24 s CPU to parse. Now 0.01 s."""
    text = "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(10.0):
        report = parse_report(text + "найбільшa" * 22_000 + "\n" + _BODY)
    assert report.observations


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="найбільшихвтрат гео\n.", max_size=40),
       st.sampled_from(["Найбільших втрат ворог зазнав", "найбільші втрати", "the heaviest losses"]))
def test_greatest_finds_what_the_unbounded_word_rest_found(noise: str, phrase: str) -> None:
    """The bounded word rest (20 characters, never given back) flags the same lines as ``\\w*`` did."""
    from attrition.sources.gs_text import items as gi

    old = re.compile(gi.GREATEST.pattern.replace(r"\w{0,20}+", r"\w*"), gi.GREATEST.flags)
    for text in (noise + phrase, phrase + noise, noise + " " + phrase + " " + noise, noise):
        assert bool(gi.GREATEST.search(text)) == bool(old.search(text)), text


@pytest.mark.parametrize("line", ["7 777 units" + " " * 200_000 + "/9", "tanks ‒ 5 " + "killed " * 28_000 + "/9",
                                  "tanks ‒ 7" + " 777" * 50_000 + "/9", "tanks ‒ 5 " + "(+1) " * 40_000])
def test_a_long_figure_first_or_unit_line_is_read_in_linear_time(line: str, time_bound: Any) -> None:
    """Issue 14 (item 1's class, found by the regex audit's growth check): a figure-first line
    split its spaces three ways at every end its label tried (_NUMBER_FIRST), and a garbled
    figure's unit words were re-read from the end of each (_UNIT_TAIL): each line ran > 15 s
    (hours at this length). Now 0.02-0.03 s, the same answer."""
    text = "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(10.0):
        try:
            report = parse_report(text + line + "\n" + _BODY)
        except ParseError as exc:
            assert exc.field == "tanks" and exc.line_no == 2
        else:
            assert report.observations


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["5", " ", "  ", "killed", "units", "од.", "осіб", "were", "liquidated", ".", ",",
                                 ":", "a", "/", "9", "\n"]), max_size=25).map("".join))
def test_the_unit_tail_searched_near_the_end_drops_what_the_whole_search_dropped(figure: str) -> None:
    """Within UNIT_TAIL_WINDOW characters the windowed search drops the same tail as the old
    ``_UNIT_TAIL.sub`` over the whole figure text (the old pattern kept here, not possessive)."""
    from attrition.sources.gs_text import items as gi

    old = re.compile(gi._UNIT_TAIL.pattern.replace(")++[", ")+["), gi._UNIT_TAIL.flags)
    assert ")++[" in gi._UNIT_TAIL.pattern
    for text in (figure, "x" * (gi.UNIT_TAIL_WINDOW - len(figure)) + figure):
        tail = gi._UNIT_TAIL.search(text, max(0, len(text) - gi.UNIT_TAIL_WINDOW))
        assert (text if tail is None else text[: tail.start()]) == old.sub("", text)


def test_a_long_run_of_heading_words_before_a_heading_is_read_in_linear_time(time_bound: Any) -> None:
    """_HEADING_PREFIX (``(?:(?:total|combat|…)\\s+)+$``) is quadratic when searched over a run of
    its words, but it is searched only in the 60 characters before a heading."""
    text = "total " * 33_000 + "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately:\n"
    with time_bound(10.0):
        report = parse_report(text + _BODY)
    assert report.observations
