"""lod-db importer: newest-first array, nulls not reported, sourceUri and slug figure in note."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition.errors import ParseError
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources import get_source
from attrition.sources.base import Source, read_document
from attrition.sources.lod_db import SOURCE, personnel_increment_from_slug

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lod_db"
HISTORY_DIRS = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv", "russianwarship-rip")


def _doc(text: str) -> RawDocument:
    return RawDocument(
        "lod_db", "mem/russian-losses.json", text.encode(), datetime(2026, 1, 1, tzinfo=UTC)
    )


def _by(batch: ParsedBatch, category: str) -> dict[date, int]:
    return {o.report_date: o.total for o in batch.observations if o.category == category}


def test_source_satisfies_protocol_and_is_registered() -> None:
    assert isinstance(SOURCE, Source)
    assert get_source("lod_db") is SOURCE
    assert (SOURCE.name, SOURCE.priority, SOURCE.is_official) == ("lod_db", 30, False)


def test_null_is_not_reported_and_source_uri_is_kept() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russian-losses.json", "lod_db"))
    assert _by(batch, "submarines") == {date(2024, 12, 3): 1, date(2024, 12, 2): 1}
    personnel = {o.report_date: o for o in batch.observations if o.category == "personnel"}
    latest = personnel[date(2024, 12, 3)]
    assert (latest.total, latest.increment_printed, latest.is_approximate) == (745700, None, True)
    assert latest.note is not None
    assert latest.note.startswith("sourceUri=https://mod.gov.ua/news/zagalni-bojovi")
    assert latest.note.endswith("; slug_personnel_increment=1780")
    assert personnel[date(2024, 12, 2)].note == "sourceUri=https://mod.gov.ua/news/post-12345"
    tanks = next(o for o in batch.observations if o.category == "tanks")
    assert tanks.note == latest.note.split(";")[0]
    assert (tanks.line_no, tanks.raw) == (2, '{"tanks":9486}')


def test_findings_are_in_date_order_although_the_file_is_newest_first() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russian-losses.json", "lod_db"))
    decreased = [f for f in batch.findings if f.kind == "total_decreased"]
    assert [
        (f.category, f.report_date, f.details["prev"], f.details["new"]) for f in decreased
    ] == [
        ("tanks", date(2024, 12, 3), 9488, 9486),
    ]


def test_value_outside_category_period_is_a_finding_not_an_observation() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russian-losses.json", "lod_db"))
    assert "vehicles_fuel_tanks" not in {o.category for o in batch.observations}
    [finding] = [f for f in batch.findings if f.kind == "outside_category_period"]
    assert (finding.category, finding.report_date, finding.details["count"]) == (
        "vehicles_fuel_tanks",
        date(2022, 4, 30),
        1,
    )


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        pytest.param(
            "zagalni-bojovi-vtrati-rosiyan-za-dobu-1-780-okupantiv-31-bpla", 1780, id="grouped"
        ),
        pytest.param(
            "zagalni-bojovi-vtrati-rosiyan-za-dobu-990-okupantiv-1-074-bpla", 990, id="plain"
        ),
        pytest.param(
            "zagalni-bojovi-vtrati-rosiyan-za-dobu-1130-okupantiv-654-bpla", 1130, id="ungrouped"
        ),
        pytest.param(
            "zagalni-bojovi-vtrati-rosiyan-za-dobu-1-1-220-osib-60-bpla", None, id="garbled"
        ),
        pytest.param(
            "zagalni-bojovi-vtrati-voroga-na-18-sichnya-2026-roku-845-bpla-830-okupantiv-ta-33",
            830,
            id="2026-form",
        ),
        pytest.param(
            "zagalni-bojovi-vtrati-voroga-na-19-sichnya-2026-roku-1-020-okupantiv-765-bpla",
            1020,
            id="2026-grouped",
        ),
        pytest.param(
            "ponad-800-okupantiv-24-bbm-zagalni-vtrati-rosiyan-za-dobu", None, id="approximate"
        ),
        pytest.param(
            "rosiya-vtratila-vzhe-410-700-osib-genshtab-zsu", None, id="total-not-increment"
        ),
        pytest.param("bojovi-vtrati-voroga-na-22-serpnya-2026-roku", None, id="no-number"),
    ],
)
def test_slug_increment_is_read_only_from_per_day_forms(slug: str, expected: int | None) -> None:
    assert personnel_increment_from_slug(f"https://mod.gov.ua/news/{slug}") == expected


def test_unknown_key_is_an_error_naming_line_and_field() -> None:
    text = '[\n  {"date": "2024-12-03", "sourceUri": "u", "tanks": 1, "trains": 2}\n]'
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert (err.value.path, err.value.line_no, err.value.field, err.value.input) == (
        "mem/russian-losses.json",
        2,
        "trains",
        "trains",
    )


def test_truncated_json_names_path_line_and_column() -> None:
    text = '[\n  {\n    "date": "2024-12-03",\n    "tanks": 9'
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert (err.value.path, err.value.line_no) == ("mem/russian-losses.json", 4)
    assert "column" in err.value.message


def test_record_without_valid_date_is_an_error_on_date() -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc('[{"date": "2024-13-03", "tanks": 1}]'))
    assert (err.value.field, err.value.input, err.value.line_no) == ("date", "2024-13-03", 1)


def test_negative_total_is_rejected() -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc('[{"date": "2024-12-03", "tanks": -3}]'))
    assert (err.value.field, err.value.input) == ("tanks", "-3")


# --- the real dataset ----------------------------------------------------------------


@pytest.mark.integration
def test_recognises_only_the_data_file_not_its_schema(shared_data: Path) -> None:
    files = [p for d in HISTORY_DIRS for p in sorted((shared_data / d).iterdir())]
    seen = {p.name for p in files if SOURCE.recognises(p, p.read_bytes()[:4096])}
    assert seen == {"russian-losses.json"}
    schema = shared_data / "lod-db-orc-losses" / "russian-losses.en.schema.json"
    assert not SOURCE.recognises(schema, schema.read_bytes())


@pytest.mark.integration
def test_history_matches_provenance(shared_data: Path) -> None:
    path = shared_data / "lod-db-orc-losses" / "russian-losses.json"
    batch = SOURCE.parse(read_document(path, "lod_db"))
    dates = {o.report_date for o in batch.observations}
    assert (len(dates), min(dates), max(dates)) == (1449, date(2022, 2, 27), date(2026, 8, 22))
    personnel = _by(batch, "personnel")
    assert personnel[date(2024, 12, 3)] == 745700
    assert personnel[date(2023, 1, 12)] == 113990  # the dataset's own figure, kept as stated
    assert len(_by(batch, "submarines")) == 1449 - 489
    assert len(_by(batch, "special_equipment")) == 1449 - 64
    unchanged = {f.report_date for f in batch.findings if f.kind == "personnel_unchanged"}
    assert {
        date(2024, 10, 7),
        date(2024, 11, 3),
        date(2025, 10, 27),
        date(2025, 11, 5),
    } <= unchanged
    repeated = {f.report_date for f in batch.findings if f.kind == "repeated_day"}
    assert date(2024, 11, 3) in repeated
    [outside] = [f for f in batch.findings if f.kind == "outside_category_period"]
    assert (outside.category, outside.details["count"]) == ("vehicles_fuel_tanks", 55)
