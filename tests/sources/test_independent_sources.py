"""The Oryx, Mediazona and DeepState importers: layouts, known defects, and bad input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition.errors import ParseError
from attrition.model.records import RawDocument
from attrition.sources.deepstate import SOURCE as DEEPSTATE
from attrition.sources.mediazona import SOURCE as MEDIAZONA
from attrition.sources.oryx import SOURCE as ORYX

AT = datetime(2025, 1, 1, tzinfo=UTC)


def _doc(name: str, text: str, source: str) -> RawDocument:
    return RawDocument(source, f"/data/{name}", text.encode(), AT, "text/plain")


TOTALS = (
    "country,equipment_type,destroyed,abandoned,captured,damaged,type_total\n"
    "Russia,All Types,17198,1178,3096,909,22381\n"
    'Russia,"Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425",'
    "13425,1122,2244,803,17594\n"
    "Russia,Tanks,2991,392,533,158,4074\n"
    "Ukraine,Tanks,896,96,147,81,1220\n"
)


def test_oryx_totals_keep_states_countries_and_the_crosswalk_category() -> None:
    batch = ORYX.parse(_doc("totals_by_type.csv", TOTALS, "oryx"))
    tanks = {(c.country, c.status): c for c in batch.counts if c.item == "Tanks"}
    assert tanks[("Russia", "total")].value == 4074
    assert tanks[("Russia", "captured")].value == 533
    assert tanks[("Ukraine", "destroyed")].value == 896
    assert tanks[("Russia", "total")].category == "tanks"
    assert tanks[("Russia", "total")].as_of_date == date(2025, 7, 19)  # the known snapshot
    assert tanks[("Russia", "total")].line_no == 4
    summary = {c.item for c in batch.counts if c.category is None}
    assert summary == {"All Types", "Losses excluding Recon Drones and Trucks"}
    assert not batch.observations  # an independent source never adds official observations


def test_oryx_label_split_at_its_commas_is_rejoined_and_noted() -> None:
    text = TOTALS.replace(
        '"Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425"',
        "Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425",
    )
    batch = ORYX.parse(_doc("totals_by_type.csv", text, "oryx"))
    assert [f.kind for f in batch.findings] == ["oryx_layout_defect"]
    assert batch.findings[0].details["lines"] == [3]
    assert {c.item for c in batch.counts} >= {"Losses excluding Recon Drones and Trucks", "Tanks"}


def test_oryx_shifted_number_names_file_line_and_field() -> None:
    text = TOTALS.replace("Russia,Tanks,2991,392", "Russia,Tanks,lots,392")
    with pytest.raises(ParseError) as err:
        ORYX.parse(_doc("totals_by_type.csv", text, "oryx"))
    assert err.value.line_no == 4 and err.value.field == "destroyed"
    assert err.value.path == "/data/totals_by_type.csv"


def test_an_oryx_table_repeating_one_row_is_refused_naming_the_line_past_the_limit() -> None:
    """Issue 14: 20 MB of one repeated byType row was 1.6 million counts, 847 MB RSS to
    ingest. Up to 100 rows may repeat a (day, country, type) read before (real files:
    none); the next one is a ParseError naming its line and the line it repeats."""
    head, row = TOTALS.splitlines(keepends=True)[0], "Russia,Tanks,2991,392,533,158,4074\n"
    batch = ORYX.parse(_doc("totals_by_type.csv", head + row * 101, "oryx"))
    assert len(batch.counts) == 101 * 5
    with pytest.raises(ParseError) as err:
        ORYX.parse(_doc("totals_by_type.csv", head + row * 102 + "Russia,Tanks,lots\n", "oryx"))
    assert (err.value.line_no, err.value.field) == (103, "equipment_type")
    assert "repeats line 2" in err.value.message


def test_dated_tables_of_more_days_than_a_history_can_hold_are_refused() -> None:
    """Issue 14: 20 MB of rows dated day after day into later centuries: an Oryx history
    took 328 MB, a Mediazona daily file 343 MB. 10,000 days are read (a day each from the
    war's start reaches that in 2049); the next one is a ParseError."""
    from datetime import timedelta

    days = [date(2022, 2, 24) + timedelta(days=i) for i in range(10_001)]
    head = ("snapshot_date,commit_time,source_commit,equipment_type,destroyed,abandoned,"
            "captured,damaged,type_total\n")
    rows = [f"{d.isoformat()},x,a,Tanks,1,0,0,0,{i}\n" for i, d in enumerate(days)]
    assert len(ORYX.parse(_doc("history.csv", head + "".join(rows[:10_000]), "oryx")).counts) \
        == 50_000
    with pytest.raises(ParseError) as err:
        ORYX.parse(_doc("history.csv", head + "".join(rows) + "x\n", "oryx"))
    assert (err.value.line_no, err.value.field) == (10_002, "date")
    entries = [f'"{d.isoformat()}": {{"deaths": 1, "total": 1}}' for d in days]
    name = "russia_daily_2025-11-08.json"
    daily = MEDIAZONA.parse(_doc(name, "{" + ", ".join(entries[:10_000]) + "}", "mediazona"))
    assert len(daily.counts) == 10_000
    with pytest.raises(ParseError) as err:
        MEDIAZONA.parse(_doc(name, "{" + ", ".join(entries) + "}", "mediazona"))
    assert err.value.field == "period" and err.value.input == days[-1].isoformat()


def test_an_independent_count_holds_its_fields_in_slots_not_a_dict() -> None:
    """A 20 MB Oryx table is up to a million counts: ~700 B each with a per-instance
    ``__dict__``, ~120 B in slots."""
    from attrition.model.independent import IndependentCount

    count = IndependentCount("oryx", "Russia", "Tanks", "total", date(2025, 7, 19), 1)
    assert not hasattr(count, "__dict__")


def test_oryx_history_total_that_falls_is_a_finding() -> None:
    text = (
        "snapshot_date,commit_time,source_commit,equipment_type,destroyed,abandoned,captured,"
        "damaged,type_total\n"
        "2022-03-27,x,a,All Types,500,200,700,30,1430\n"
        "2022-03-28,x,b,All Types,100,232,745,38,1115\n"
    )
    batch = ORYX.parse(_doc("history.csv", text, "oryx"))
    (finding,) = batch.findings
    assert finding.kind == "independent_count_fell"
    assert finding.report_date == date(2022, 3, 28)
    assert finding.details["falls"][0]["before"] == 1430


def test_mauforonda_log_keeps_changes_and_reads_the_layout_bug_as_russia() -> None:
    text = (
        "timestamp,country,category,state,value\n"
        "2024-09-01 10:00:00,Russia,tanks,destroyed,2\n"
        '2024-09-02 10:00:00,"Losses of Armoured Combat Vehicles\xa0[Tanks, AFVs]",tanks,'
        "captured,-1\n"
        "2022-12-26 01:21:40,Russia,tured: 569),tured,569\n"
    )
    batch = ORYX.parse(_doc("log.csv", text, "oryx"))
    assert [(c.country, c.value, c.is_change) for c in batch.counts] == [
        ("Russia", 2, True), ("Russia", -1, True)
    ]
    assert {f.kind for f in batch.findings} == {"oryx_layout_defect", "oryx_row_skipped"}


MILESTONES = (
    "as_of,confirmed_names,approx_date,counting_body,quoted_in,source_url,note\n"
    "2025-12-30,160000,yes,BBC News Russian + Mediazona,BBC,https://example.org/a,"
    '"""almost 160,000""; BBC estimates the named list covers 45-65% of deaths"\n'
)


def test_named_deaths_keep_the_as_of_date_and_estimates_as_intervals() -> None:
    batch = MEDIAZONA.parse(_doc("press_milestones_confirmed_names.csv", MILESTONES, "mediazona"))
    names, estimate = batch.counts
    assert (names.value, names.as_of_date, names.item) == (
        160000, date(2025, 12, 30), "confirmed names"
    )
    assert (estimate.low, estimate.high) == (246154, 355556)


def test_mediazona_missing_field_names_file_line_and_field() -> None:
    text = MILESTONES.replace("2025-12-30,160000", "2025-12-30,")
    with pytest.raises(ParseError) as err:
        MEDIAZONA.parse(_doc("press_milestones_confirmed_names.csv", text, "mediazona"))
    assert (err.value.line_no, err.value.field) == (2, "confirmed_names")


def _square(x0: float, y0: float, size: float) -> list[list[list[float]]]:
    return [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]]


def _daily(coords: list[list[list[float]]], crs: str = "urn:ogc:def:crs:OGC:1.3:CRS84") -> str:
    return json.dumps({
        "type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": crs}},
        "features": [{"type": "Feature", "properties": {},
                      "geometry": {"type": "Polygon", "coordinates": coords}}],
    })


def test_daily_file_area_is_geodesic_and_dated_by_the_map_state() -> None:
    doc = _doc("deepstatemap_data_20241201.geojson", _daily(_square(37.0, 48.0, 0.1)),
               "deepstate")
    (snap,) = DEEPSTATE.parse(doc).territory
    assert snap.map_state_date == date(2024, 11, 30)
    # a 0.1° square at 48°N: 11.13 km (lat) × 7.46 km (lon) ≈ 83 km²
    assert snap.area_km2 == pytest.approx(82.9, abs=0.3)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        pytest.param(_daily(_square(37.0, 48.0, 0.1))[:60], "json", id="truncated"),
        pytest.param(_daily(_square(37.0, 48.0, 0.1), crs="urn:ogc:def:crs:EPSG::3857"), "crs",
                     id="wrong-crs"),
        pytest.param(_daily(_square(4_000_000.0, 6_000_000.0, 1000.0), crs=""), "crs",
                     id="projected-coordinates-claiming-no-crs"),
        pytest.param(_daily([[[37, 48], [37.1, 48.1], [37.1, 48], [37, 48.1], [37, 48]]]),
                     "features[0].geometry", id="self-intersecting"),
    ],
)
def test_bad_geojson_names_file_and_field(text: str, field: str) -> None:
    with pytest.raises(ParseError) as err:
        DEEPSTATE.parse(_doc("deepstatemap_data_20241201.geojson", text, "deepstate"))
    assert err.value.path == "/data/deepstatemap_data_20241201.geojson"
    assert (err.value.field or "").startswith(field.split(".")[0])


def test_api_layout_unions_occupied_crimea_and_ordlo_only() -> None:
    def feature(name: str, coords: list[list[list[float]]]) -> dict[str, object]:
        return {"type": "Feature", "properties": {"name": name},
                "geometry": {"type": "Polygon", "coordinates": coords}}

    data = {"type": "FeatureCollection", "features": [
        feature("Окуповано /// Occupied /// geoJSON.status.occupied", _square(37.0, 48.0, 0.1)),
        feature("ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo", _square(37.05, 48.0, 0.1)),
        feature("Тузла /// Tuzla /// geoJSON.territories.tuzla", _square(36.5, 45.2, 0.05)),
        feature("Статус невідомий /// Unknown /// geoJSON.status.unknown", _square(38, 48, 0.1)),
    ]}
    doc = _doc("1733001699.geojson", json.dumps(data), "deepstate")
    (snap,) = DEEPSTATE.parse(doc).territory
    assert snap.map_state_date == date(2024, 11, 30)  # published 2024-11-30 21:21 UTC
    assert snap.area_km2 == pytest.approx(82.9 * 1.5, abs=0.5)  # overlap counted once


def test_recognises_only_its_own_files(tmp_path: Path) -> None:
    assert ORYX.recognises(Path("x.csv"), TOTALS.encode())
    assert not ORYX.recognises(Path("x.csv"), b"date,day,personnel\n")
    assert MEDIAZONA.recognises(Path("m.csv"), MILESTONES.encode())
    assert DEEPSTATE.recognises(Path("deepstatemap_data_20240101.geojson"), b"{")
    assert not DEEPSTATE.recognises(Path("occupied_area_daily_from_cyterat.csv"), b"file_date")


# --- fuzz findings (issue 14): every crash class found, a ParseError naming the field ----------
_WIDE = "destroyed,abandoned,captured,damaged,type_total"
_API_FEATURE = ('{"type": "Feature", "properties": %s, "geometry": {"type": "Polygon", '
                '"coordinates": [[[37.8,48.6],[37.9,48.6],[37.9,48.7],[37.8,48.6]]]}}')


@pytest.mark.parametrize(
    ("name", "text", "field"),
    [
        pytest.param("totals_by_type.csv", f"country,equipment_type,{_WIDE}\n"
                     "Russia,Tanks,1e400,0,0,0,1\n", "destroyed", id="oryx-infinite-count"),
        pytest.param("totals_by_type.csv", f"country,equipment_type,{_WIDE}\n"
                     "Russia,Tanks,1,0,0,0," + "9" * 40 + "\n", "type_total",
                     id="oryx-count-past-int64"),
        pytest.param("byType_x.csv", f'"","country","equipment_type",{_WIDE}\n'
                     '"1","Russia","Tanks",1,0,0,0,1\n', "Date", id="oryx-by-type-without-date"),
        pytest.param("totals_by_type.csv", f"country,equipment_type,{_WIDE}\n"
                     'Russia,"' + "x" * 140_000 + '",1,0,0,0,1\n', None,
                     id="oryx-field-past-csv-limit"),
        pytest.param("russia_losses_equipment_oryx.json",
                     '[{"equipment_oryx": "Tanks", "model": "T", "losses_total": '
                     + "9" * 5000 + "}]", None, id="oryx-json-number-past-4300-digits"),
        pytest.param("russia_losses_equipment_oryx.json", "[" * 100_000, None,
                     id="oryx-json-nested-too-deeply"),
        pytest.param("russia_losses_equipment_oryx.json",
                     '[{"equipment_oryx": "Tanks", "model": "T", "losses_total": true}]',
                     "losses_total", id="oryx-json-boolean-count"),
    ],
)
def test_oryx_bad_input_is_a_parse_error(name: str, text: str, field: str | None) -> None:
    with pytest.raises(ParseError) as err:
        ORYX.parse(_doc(name, text, "oryx"))
    assert err.value.path == f"/data/{name}"
    assert err.value.field == field


def test_oryx_does_not_recognise_a_header_with_a_lone_carriage_return() -> None:
    head = b"snapshot_date,commit_time,source_commit,equipment_type,destr\roy\n"
    assert ORYX.recognises(Path("history.csv"), head) is False


_MILESTONE_HEAD = "as_of,confirmed_names,approx_date,counting_body,quoted_in,source_url,note\n"


@pytest.mark.parametrize(
    ("name", "text", "field"),
    [
        pytest.param("hardcoded-casualty-totals.json",
                     '{"russia": {"total_losses": 1, "last_updated": "yesterday"}}',
                     "russia.last_updated", id="totals-date-not-iso"),
        pytest.param("hardcoded-casualty-totals.json", '{"russia": true}', "russia",
                     id="totals-entry-not-an-object"),
        pytest.param("hardcoded-casualty-totals.json",
                     '{"russia": {"total_losses": "many", "last_updated": "2025-11-08"}}',
                     "russia.total_losses", id="totals-count-not-a-number"),
        pytest.param("hardcoded-casualty-totals.json",
                     '{"russia": {"total_losses": 1e300, "last_updated": "2025-11-08"}}',
                     "russia.total_losses", id="totals-count-huge"),
        pytest.param("russia_weekly_x.json", '{"2022-W09": {"deaths": ' + "9" * 30 + "}}",
                     "2022-W09.deaths", id="aggregate-count-past-int64"),
        pytest.param("russia_weekly_x.json", '{"2022-W09": {"deaths": ' + "9" * 5000 + "}}",
                     None, id="aggregate-number-past-4300-digits"),
        pytest.param("press_milestones_confirmed_names.csv",
                     _MILESTONE_HEAD + '2024-02-16,44654,no,M,KI,u,"covers 0-0% of deaths"\n',
                     "note", id="milestone-coverage-zero"),
        pytest.param("press_milestones_confirmed_names.csv",
                     _MILESTONE_HEAD + '2024-02-16,44654,no,M,KI,u,"covers 45-' + "9" * 5000
                     + '%"\n', "note", id="milestone-coverage-huge"),
        pytest.param("press_milestones_confirmed_names.csv",
                     _MILESTONE_HEAD + "2024-02-16," + "9" * 400 + ",no,M,KI,u,covers 45-65%\n",
                     "confirmed_names", id="milestone-names-huge"),
        pytest.param("press_milestones_confirmed_names.csv",
                     _MILESTONE_HEAD + '2024-02-16,1,no,M,KI,u,"' + "x" * 140_000 + '"\n', None,
                     id="milestone-field-past-csv-limit"),
    ],
)
def test_mediazona_bad_input_is_a_parse_error(name: str, text: str, field: str | None) -> None:
    with pytest.raises(ParseError) as err:
        MEDIAZONA.parse(_doc(name, text, "mediazona"))
    assert err.value.path == f"/data/{name}"
    assert err.value.field == field


@pytest.mark.parametrize(
    ("name", "text", "field"),
    [
        pytest.param("deepstatemap_data_20241399.geojson", _daily(_square(37.0, 48.0, 0.1)),
                     "name", id="daily-name-not-a-date"),
        pytest.param("deepstatemap_data_00010101.geojson", _daily(_square(37.0, 48.0, 0.1)),
                     "name", id="daily-name-first-day-of-the-calendar"),
        pytest.param("1730409422.geojson", '{"type": "FeatureCollection", "features": ['
                     + _API_FEATURE % "[1, 2]" + "]}", "features", id="api-properties-a-list"),
        pytest.param("deepstatemap_data_20241201.geojson", '{"type": "FeatureCollection", '
                     '"crs": {"properties": "CRS84"}, "features": []}', "crs",
                     id="crs-properties-a-string"),
        pytest.param("deepstatemap_data_20241201.geojson", '{"type": "FeatureCollection", '
                     '"features": [{"geometry": {"type": "x", "coordinates": []}}]}',
                     "features[0].geometry", id="unknown-geometry-type"),
        pytest.param("deepstatemap_data_20241201.geojson", '{"type": "FeatureCollection", '
                     '"features": [{"geometry": {"type": "Polygon", "coordinates": '
                     "[[[1e400, 1], [2, 2], [3, 1], [1e400, 1]]]}}]}",
                     "features[0].geometry.coordinates", id="infinite-coordinate"),
        pytest.param("deepstatemap_data_20241201.geojson", '{"type": "FeatureCollection", '
                     '"features": [' + "[" * 100_000 + "]}", "json", id="nested-too-deeply"),
    ],
)
def test_deepstate_bad_input_is_a_parse_error(name: str, text: str, field: str) -> None:
    with pytest.raises(ParseError) as err:
        DEEPSTATE.parse(_doc(name, text, "deepstate"))
    assert err.value.path == f"/data/{name}"
    assert err.value.field == field
