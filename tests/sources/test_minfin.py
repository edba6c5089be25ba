"""minfin importer: both CSV exports, blank cells not reported, `day` ignored, bad cells refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition.errors import ParseError
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources import get_source
from attrition.sources.base import Source, read_document
from attrition.sources.minfin import SOURCE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minfin"
HISTORY_DIRS = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv", "russianwarship-rip")
HEADER = "date,day,personnel,tanks,apv\n"


def _doc(text: str) -> RawDocument:
    return RawDocument(
        "minfin", "mem/russia_losses.csv", text.encode(), datetime(2026, 1, 1, tzinfo=UTC)
    )


def _by(batch: ParsedBatch, category: str) -> dict[date, int]:
    return {o.report_date: o.total for o in batch.observations if o.category == category}


def test_source_satisfies_protocol_and_is_registered() -> None:
    assert isinstance(SOURCE, Source)
    assert get_source("minfin") is SOURCE
    assert (SOURCE.name, SOURCE.priority, SOURCE.is_official) == ("minfin", 40, False)


def test_blank_cell_is_not_reported() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russia_losses.csv", "minfin"))
    first_day = {o.category for o in batch.observations if o.report_date == date(2022, 2, 24)}
    assert first_day == {
        "personnel",
        "tanks",
        "armoured_vehicles",
        "aircraft",
        "helicopters",
        "uavs",
        "ships",
    }
    assert min(_by(batch, "submarines")) == date(2025, 11, 9)


def test_day_column_is_ignored_and_line_is_kept() -> None:
    # the fixture's `day` jumps 1356 → 1358 (the scraper bug from 2025-11-09); nothing uses it
    batch = SOURCE.parse(read_document(FIXTURES / "russia_losses.csv", "minfin"))
    obs = next(o for o in batch.observations if o.report_date == date(2025, 11, 10))
    assert (obs.category, obs.total, obs.line_no, obs.is_approximate) == (
        "personnel",
        1159400,
        6,
        True,
    )
    assert obs.raw is not None and obs.raw.startswith("2025-11-10,1358,1159400,")
    assert obs.increment_printed is None


def test_repeated_personnel_is_a_finding() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russia_losses.csv", "minfin"))
    unchanged = [f for f in batch.findings if f.kind == "personnel_unchanged"]
    assert [(f.report_date, f.details["prev_report_date"]) for f in unchanged] == [
        (date(2022, 3, 14), "2022-03-13"),
    ]
    assert not [f for f in batch.findings if f.kind == "repeated_day"]  # equipment moved


def test_old_export_without_submarines_and_a_duplicate_date() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "russia_losses-2022.csv", "minfin"))
    assert "submarines" not in {o.category for o in batch.observations}
    assert _by(batch, "cruise_missiles") == {date(2022, 5, 1): 0, date(2022, 5, 2): 0}
    [duplicate] = [f for f in batch.findings if f.kind == "duplicate_date"]
    assert (duplicate.report_date, duplicate.details["line_no"]) == (date(2022, 5, 2), 4)
    assert duplicate.details["same_values"] is True
    decreased = [f for f in batch.findings if f.kind == "total_decreased"]
    assert [(f.category, f.details["prev"], f.details["new"]) for f in decreased] == [
        ("tanks", 1048, 1045),
    ]


@pytest.mark.parametrize(
    ("row", "field", "cell"),
    [
        pytest.param("2022-03-01,6,5710,12a4,816", "tanks", "12a4", id="garbled"),
        pytest.param("2022-03-01,6,5710,-3,816", "tanks", "-3", id="negative"),
        pytest.param("2022-03-01,6,5710,211.5,816", "tanks", "211.5", id="fraction"),
        pytest.param("2022-3-1,6,5710,211,816", "date", "2022-3-1", id="bad-date"),
        pytest.param(",6,5710,211,816", "date", "", id="no-date"),
    ],
)
def test_bad_cell_names_csv_line_column_and_text(row: str, field: str, cell: str) -> None:
    text = HEADER + "2022-02-28,5,5300,191,816\n" + row + "\n"
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert (err.value.path, err.value.line_no, err.value.field, err.value.input) == (
        "mem/russia_losses.csv",
        3,
        field,
        cell,
    )


def test_whole_float_cell_is_accepted() -> None:
    batch = SOURCE.parse(_doc(HEADER + "2022-02-28,5,5300,191.0,816\n"))
    assert _by(batch, "tanks") == {date(2022, 2, 28): 191}


def test_unknown_column_is_an_error_on_the_header_line() -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc("date,day,personnel,tanks,trains\n2022-02-28,5,5300,191,3\n"))
    assert (err.value.line_no, err.value.field, err.value.input) == (1, "trains", "trains")


def test_short_row_is_an_error_naming_the_line() -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(HEADER + "2022-02-28,5,5300\n"))
    assert err.value.line_no == 2


# --- the real dataset ----------------------------------------------------------------


@pytest.mark.integration
def test_recognises_exactly_its_own_shared_files(shared_data: Path) -> None:
    files = [p for d in HISTORY_DIRS for p in sorted((shared_data / d).iterdir())]
    seen = {p.name for p in files if SOURCE.recognises(p, p.read_bytes()[:4096])}
    assert seen == {"russia_losses.csv", "russia_losses-2022.csv"}


@pytest.mark.integration
def test_history_matches_provenance(shared_data: Path) -> None:
    batch = SOURCE.parse(read_document(shared_data / "minfin-csv" / "russia_losses.csv", "minfin"))
    dates = {o.report_date for o in batch.observations}
    assert (len(dates), min(dates), max(dates)) == (1641, date(2022, 2, 24), date(2026, 8, 22))
    assert _by(batch, "personnel")[date(2024, 12, 3)] == 745700
    assert min(_by(batch, "cruise_missiles")) == date(2022, 5, 1)
    assert min(_by(batch, "special_equipment")) == date(2022, 3, 16)
    assert min(_by(batch, "submarines")) == date(2023, 9, 14)
    assert date(2022, 2, 24) not in _by(batch, "artillery")
    unchanged = {f.report_date for f in batch.findings if f.kind == "personnel_unchanged"}
    assert {date(2022, 3, 14), date(2022, 4, 2)} <= unchanged
    typo = [
        f
        for f in batch.findings
        if f.kind == "total_decreased" and f.report_date == date(2024, 9, 24)
    ]
    assert [(f.category, f.details["new"]) for f in typo] == [("vehicles_fuel_tanks", 15175)]


@pytest.mark.integration
def test_old_2022_export_has_no_submarines(shared_data: Path) -> None:
    path = shared_data / "minfin-csv" / "russia_losses-2022.csv"
    batch = SOURCE.parse(read_document(path, "minfin"))
    dates = {o.report_date for o in batch.observations}
    assert (len(dates), max(dates)) == (311, date(2022, 12, 31))
    assert "submarines" not in {o.category for o in batch.observations}


@pytest.mark.parametrize(
    "cell", ["0", "0012", "191", " 191", "191 ", "191.0", "999999999999999", "1" * 16, "１２", "²"]
)
def test_a_cell_reads_as_read_total_text_reads_it(cell: str) -> None:
    from attrition.sources.bulk import read_total_text

    doc = _doc(HEADER + f"2022-02-28,5,5300,{cell},816\n")
    try:
        expected: object = read_total_text(cell, doc, 2, "tanks")
    except ParseError as err:
        expected = (err.message, err.line_no, err.field, err.input)
    try:
        got: object = _by(SOURCE.parse(doc), "tanks")[date(2022, 2, 28)]
    except ParseError as err:
        got = (err.message, err.line_no, err.field, err.input)
    assert got == expected


_HEADER = "date,day,personnel,tanks\n"


def test_a_file_repeating_one_row_is_refused_naming_the_line_past_the_limit() -> None:
    """Issue 14: 20 MB of one repeated row took 711 MB RSS to ingest (every row held
    until the end, one finding each). Up to MAX_DUPLICATE_DATES repeats are findings, as
    before; the next repeat is a ParseError naming its line and the line it repeats."""
    MAX_DUPLICATE_DATES = 100  # noqa: N806 - history.MAX_DUPLICATE_DATES
    row = "2023-05-01,433,193410,3700\n"
    batch = SOURCE.parse(_doc(_HEADER + row * (MAX_DUPLICATE_DATES + 1)))
    assert sum(f.kind == "duplicate_date" for f in batch.findings) == MAX_DUPLICATE_DATES
    with pytest.raises(ParseError) as caught:
        SOURCE.parse(_doc(_HEADER + row * (MAX_DUPLICATE_DATES + 2) + "not,a,row\n"))
    err = caught.value
    assert (err.line_no, err.field) == (MAX_DUPLICATE_DATES + 3, "date")
    assert "repeats line 2" in err.message



def test_a_file_of_more_report_dates_than_a_history_can_hold_is_refused() -> None:
    """Issue 14: 20 MB of rows dated day after day into later centuries (150,000 report
    dates) took 4.2 GB and 123 s to ingest. 10,000 report dates (reached in 2049) are
    read; the next one is a ParseError naming its line."""
    from datetime import timedelta

    days = [date(2022, 2, 24) + timedelta(days=i) for i in range(10_001)]
    rows = [f"{day.isoformat()},{i + 1},{1000 + i * 10},{i}\n" for i, day in enumerate(days)]
    batch = SOURCE.parse(_doc(_HEADER + "".join(rows[:10_000])))
    assert len({o.report_date for o in batch.observations}) == 10_000
    with pytest.raises(ParseError) as caught:
        SOURCE.parse(_doc(_HEADER + "".join(rows) + "not,a,row\n"))
    assert (caught.value.line_no, caught.value.field) == (10_002, "date")
    assert "more than 10,000 report dates" in caught.value.message
