"""PetroIvaniuk importer: equipment, personnel and correction files; the Oryx file refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition.errors import ParseError
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources import get_source
from attrition.sources.base import Source, read_document
from attrition.sources.petroivaniuk import SOURCE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "petroivaniuk"
HISTORY_DIRS = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv", "russianwarship-rip")
OWN_FILES = {
    "russia_losses_equipment.json",
    "russia_losses_personnel.json",
    "russia_losses_equipment_correction.json",
}


def _doc(text: str, name: str = "russia_losses_equipment.json") -> RawDocument:
    return RawDocument(
        "petroivaniuk", f"mem/{name}", text.encode(), datetime(2026, 1, 1, tzinfo=UTC)
    )


def _parse(path: Path) -> ParsedBatch:
    return SOURCE.parse(read_document(path, "petroivaniuk"))


def _by(batch: ParsedBatch, category: str) -> dict[date, int]:
    return {o.report_date: o.total for o in batch.observations if o.category == category}


def test_source_satisfies_protocol_and_is_registered() -> None:
    assert isinstance(SOURCE, Source)
    assert get_source("petroivaniuk") is SOURCE
    assert (SOURCE.name, SOURCE.priority, SOURCE.is_official) == ("petroivaniuk", 10, False)


def test_absent_key_is_not_reported_and_json_line_is_kept() -> None:
    batch = _parse(FIXTURES / "russia_losses_equipment.json")
    assert _by(batch, "military_auto") == {date(2022, 4, 30): 1701}
    assert date(2022, 4, 30) not in _by(batch, "vehicles_fuel_tanks")
    first = batch.observations[0]
    assert (first.category, first.line_no, first.raw) == ("aircraft", 2, '{"aircraft":190}')
    assert first.increment_printed is None
    assert _by(batch, "special_equipment")[date(2022, 5, 2)] == 38  # 38.0 is a whole number
    assert batch.meta["greatest_losses_direction"] == {"2022-04-30": "Izyum"}


def test_decreasing_total_is_a_finding_not_a_fix() -> None:
    batch = _parse(FIXTURES / "russia_losses_equipment.json")
    assert _by(batch, "tanks")[date(2022, 5, 2)] == 1045
    [finding] = [f for f in batch.findings if f.kind == "total_decreased"]
    assert (finding.category, finding.report_date, finding.source) == (
        "tanks",
        date(2022, 5, 2),
        "petroivaniuk",
    )
    assert (finding.details["prev"], finding.details["new"]) == (1048, 1045)


def test_personnel_qualifier_sets_approximate_and_more_goes_to_note() -> None:
    batch = _parse(FIXTURES / "russia_losses_personnel.json")
    personnel = {o.report_date: o for o in batch.observations if o.category == "personnel"}
    assert personnel[date(2022, 3, 11)].is_approximate is True
    assert personnel[date(2022, 3, 11)].note is None
    assert personnel[date(2022, 3, 13)].is_approximate is False
    assert personnel[date(2022, 3, 13)].note == "qualifier: more"
    assert personnel[date(2022, 3, 13)].raw == '{"personnel":12005,"personnel*":"more"}'
    assert set(_by(batch, "pow")) == {date(2022, 3, 11), date(2022, 3, 12), date(2022, 3, 13)}
    kinds = {(f.kind, f.report_date) for f in batch.findings}
    assert ("not_multiple_of_10", date(2022, 3, 13)) in kinds
    assert ("repeated_day", date(2022, 3, 12)) in kinds
    assert ("personnel_unchanged", date(2022, 3, 12)) in kinds


def test_corrections_skip_zeros_and_shift_the_2023_05_27_entry() -> None:
    batch = _parse(FIXTURES / "russia_losses_equipment_correction.json")
    assert batch.observations == ()
    stated = {(c.category, c.report_date): c for c in batch.corrections}
    assert set(stated) == {
        ("tanks", date(2023, 5, 28)),
        ("armoured_vehicles", date(2023, 5, 28)),
        ("personnel", date(2025, 2, 28)),
    }
    assert stated["tanks", date(2023, 5, 28)].amount == -5
    assert "2023-05-27" in (stated["tanks", date(2023, 5, 28)].note or "")
    assert stated["personnel", date(2025, 2, 28)].note is None


def test_unknown_key_is_an_error_naming_line_and_field() -> None:
    text = '[\n  {"date": "2022-02-25", "tank": 80},\n  {"date": "2022-02-26", "tankz": 90}\n]'
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert (err.value.path, err.value.line_no, err.value.field) == (
        "mem/russia_losses_equipment.json",
        3,
        "tankz",
    )


def test_truncated_json_names_path_line_and_column() -> None:
    text = '[\n  {"date": "2022-02-25", "tank": 80},\n  {"date": "2022-02-26", "ta'
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert err.value.path == "mem/russia_losses_equipment.json"
    assert err.value.line_no == 3
    assert "line 3, column" in err.value.message


@pytest.mark.parametrize(
    ("record", "field"),
    [
        pytest.param('{"day": 2, "tank": 80}', "date", id="missing-date"),
        pytest.param('{"date": "25.02.2022", "tank": 80}', "date", id="bad-date"),
        pytest.param('{"date": "2022-02-25", "tank": 80.5}', "tank", id="fraction"),
        pytest.param('{"date": "2022-02-25", "tank": -1}', "tank", id="negative"),
        pytest.param('{"date": "2022-02-25", "tank": "80"}', "tank", id="string"),
        pytest.param('{"date": "2022-02-25", "tank": true}', "tank", id="boolean"),
    ],
)
def test_bad_record_raises_parse_error_naming_field(record: str, field: str) -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(f"[\n{record}\n]"))
    assert (err.value.line_no, err.value.field) == (2, field)


def test_duplicate_date_keeps_first_and_reports_it() -> None:
    text = '[{"date": "2022-02-25", "tank": 80},\n {"date": "2022-02-25", "tank": 81}]'
    batch = SOURCE.parse(_doc(text))
    assert _by(batch, "tanks") == {date(2022, 2, 25): 80}
    [finding] = batch.findings
    assert finding.kind == "duplicate_date"
    assert finding.details["same_values"] is False


def test_oryx_shape_is_refused_by_parse() -> None:
    text = '[{"equipment_oryx": "Tanks", "model": "T-62M", "manufacturer": "x", "losses_total": 1}]'
    with pytest.raises(ParseError, match="Oryx"):
        SOURCE.parse(_doc(text, "russia_losses_equipment_oryx.json"))


# --- the real dataset ----------------------------------------------------------------


def _shared_files(shared_data: Path) -> list[Path]:
    return [p for d in HISTORY_DIRS for p in sorted((shared_data / d).iterdir())]


@pytest.mark.integration
@pytest.mark.parametrize("head_size", [256, 4096])
def test_recognises_exactly_its_own_shared_files(shared_data: Path, head_size: int) -> None:
    seen = {
        p.name
        for p in _shared_files(shared_data)
        if SOURCE.recognises(p, p.read_bytes()[:head_size])
    }
    assert seen == OWN_FILES  # not the Oryx file, nor any other dataset's


@pytest.mark.integration
def test_equipment_history_matches_provenance(shared_data: Path) -> None:
    batch = _parse(shared_data / "petroivaniuk" / "russia_losses_equipment.json")
    dates = {o.report_date for o in batch.observations}
    assert (len(dates), min(dates), max(dates)) == (1626, date(2022, 2, 25), date(2026, 8, 8))
    assert min(_by(batch, "vehicles_fuel_tanks")) == date(2022, 5, 1)
    assert min(_by(batch, "special_equipment")) == date(2022, 3, 16)
    assert max(_by(batch, "military_auto")) == date(2022, 4, 30)
    assert min(_by(batch, "ground_robots")) == date(2026, 5, 3)
    assert _by(batch, "tanks")[date(2023, 10, 2)] == 4712  # as printed by the dataset
    assert all(o.increment_printed is None for o in batch.observations)
    decreases = [f for f in batch.findings if f.kind == "total_decreased"]
    assert len(decreases) == 13
    special = [f for f in decreases if f.category == "special_equipment"]
    assert (special[0].report_date, special[0].details["prev"], special[0].details["new"]) == (
        date(2024, 11, 30),
        3700,
        3617,
    )


@pytest.mark.integration
def test_personnel_history_matches_provenance(shared_data: Path) -> None:
    batch = _parse(shared_data / "petroivaniuk" / "russia_losses_personnel.json")
    personnel = {o.report_date: o for o in batch.observations if o.category == "personnel"}
    assert len(personnel) == 1626
    assert personnel[date(2024, 12, 3)].total == 745700
    assert sum(o.is_approximate for o in personnel.values()) == 1620
    assert sum(o.note == "qualifier: more" for o in personnel.values()) == 6
    assert max(_by(batch, "pow")) == date(2022, 4, 27)


@pytest.mark.integration
def test_correction_history_states_revisions(shared_data: Path) -> None:
    batch = _parse(shared_data / "petroivaniuk" / "russia_losses_equipment_correction.json")
    personnel = {c.report_date: c.amount for c in batch.corrections if c.category == "personnel"}
    assert personnel == {date(2025, 2, 28): 1650, date(2025, 4, 22): 160}
    days = {c.report_date for c in batch.corrections}
    assert date(2023, 5, 27) not in days
    assert date(2023, 5, 28) in days
    assert all(c.amount != 0 for c in batch.corrections)


@pytest.mark.integration
def test_oryx_file_is_not_loss_data(shared_data: Path) -> None:
    with pytest.raises(ParseError, match="Oryx"):
        _parse(shared_data / "petroivaniuk" / "russia_losses_equipment_oryx.json")
