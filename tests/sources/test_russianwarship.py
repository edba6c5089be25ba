"""russianwarship.rip importer: single-day and paged API shapes; the terms endpoint refused."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import ParseError
from attrition.model.records import Observation, ParsedBatch, RawDocument
from attrition.sources import get_source
from attrition.sources.base import Source, read_document
from attrition.sources.russianwarship import SOURCE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "russianwarship"
HISTORY_DIRS = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv", "russianwarship-rip")
DAY: dict[str, Any] = {
    "date": "2022-10-03",
    "day": 222,
    "resource": "https://www.facebook.com/x",
    "stats": {"personnel_units": 60430, "tanks": 2380},
    "increase": {"personnel_units": 320, "tanks": 3},
}


def _doc(payload: Any, name: str = "statistics_latest.json") -> RawDocument:
    text = payload if isinstance(payload, str) else json.dumps(payload, indent=1)
    return RawDocument(
        "russianwarship", f"mem/{name}", text.encode(), datetime(2026, 1, 1, tzinfo=UTC)
    )


def _single(**changes: Any) -> dict[str, Any]:
    if "stats" in changes:
        changes.setdefault("increase", {})
    return {"message": "ok", "data": {**DAY, **changes}}


def _obs(batch: ParsedBatch) -> dict[tuple[str, date], Observation]:
    return {(o.category, o.report_date): o for o in batch.observations}


def test_source_satisfies_protocol_and_is_registered() -> None:
    assert isinstance(SOURCE, Source)
    assert get_source("russianwarship") is SOURCE
    assert (SOURCE.name, SOURCE.priority, SOURCE.is_official) == ("russianwarship", 20, False)


def test_single_day_keeps_increase_and_resource() -> None:
    batch = SOURCE.parse(_doc(_single()))
    personnel = _obs(batch)["personnel", date(2022, 10, 3)]
    assert (personnel.total, personnel.increment_printed, personnel.is_approximate) == (
        60430,
        320,
        True,
    )
    assert personnel.note == "resource=https://www.facebook.com/x"
    tanks = _obs(batch)["tanks", date(2022, 10, 3)]
    assert (tanks.total, tanks.increment_printed, tanks.is_approximate) == (2380, 3, False)
    assert tanks.raw == '{"stats":{"tanks":2380},"increase":{"tanks":3}}'


def test_paged_list_reads_every_record_and_keeps_the_paginator() -> None:
    batch = SOURCE.parse(read_document(FIXTURES / "statistics_page.json", "russianwarship"))
    obs = _obs(batch)
    assert (
        obs["tanks", date(2022, 10, 4)].increment_printed == -3
    )  # printed increments may be negative
    assert obs["cruise_missiles", date(2022, 10, 4)].increment_printed is None  # not stated
    assert obs["personnel", date(2022, 10, 4)].line_no == 2
    assert batch.meta["paginator"]["next_url"].endswith("offset=2&limit=2")
    [finding] = [f for f in batch.findings if f.kind == "total_decreased"]
    assert (finding.category, finding.report_date, finding.source) == (
        "tanks",
        date(2022, 10, 4),
        "russianwarship",
    )


def test_atgm_srbm_maps_to_srbm_launchers_within_its_period() -> None:
    batch = SOURCE.parse(_doc(_single(date="2022-04-14", stats={"atgm_srbm_systems": 4})))
    assert _obs(batch)["srbm_launchers", date(2022, 4, 14)].total == 4


def test_back_filled_zero_before_a_category_existed_is_not_an_observation() -> None:
    batch = SOURCE.parse(_doc(_single(date="2022-04-14", stats={"submarines": 0, "tanks": 753})))
    assert {o.category for o in batch.observations} == {"tanks"}
    assert batch.meta["outside_period_zeros"] == {"submarines": 1}
    assert batch.findings == ()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param(_single(stats={"tanks": 1, "trains": 2}), "trains", id="unknown-stat"),
        pytest.param(_single(colour="red"), "colour", id="unknown-day-field"),
        pytest.param(_single(date=None), "date", id="no-date"),
        pytest.param(_single(date="2022-02-30"), "date", id="bad-date"),
        pytest.param(_single(stats={"tanks": 2.5}), "stats.tanks", id="fraction"),
        pytest.param(_single(stats={"tanks": -1}), "stats.tanks", id="negative"),
        pytest.param(_single(increase={"mlrs": 1}), "increase.mlrs", id="increase-without-total"),
        pytest.param(
            {"message": "ok", "data": {"records": [DAY, {**DAY, "date": "x"}]}},
            "date",
            id="paged-bad-date",
        ),
    ],
)
def test_bad_response_raises_parse_error_naming_field(payload: Any, field: str) -> None:
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(payload))
    assert (err.value.path, err.value.field) == ("mem/statistics_latest.json", field)


def test_truncated_json_names_path_line_and_column() -> None:
    text = json.dumps(_single(), indent=1)[:120]
    with pytest.raises(ParseError) as err:
        SOURCE.parse(_doc(text))
    assert err.value.path == "mem/statistics_latest.json"
    assert err.value.line_no == text.count("\n") + 1
    assert "column" in err.value.message


# --- the recorded responses ----------------------------------------------------------


@pytest.mark.integration
def test_recognises_statistics_responses_but_not_terms(shared_data: Path) -> None:
    files = [p for d in HISTORY_DIRS for p in sorted((shared_data / d).iterdir())]
    seen = {p.name for p in files if SOURCE.recognises(p, p.read_bytes()[:4096])}
    assert seen == {"statistics_2022-04-14.response.json", "statistics_2022-10-03.response.json"}


@pytest.mark.integration
def test_2022_04_14_response(shared_data: Path) -> None:
    path = shared_data / "russianwarship-rip" / "statistics_2022-04-14.response.json"
    obs = _obs(SOURCE.parse(read_document(path, "russianwarship")))
    day = date(2022, 4, 14)
    assert (obs["tanks", day].total, obs["tanks", day].increment_printed) == (753, 14)
    assert obs["personnel", day].is_approximate is True
    assert obs["srbm_launchers", day].total == 4
    assert ("submarines", day) not in obs  # a back-filled 0, not reported on that day
    assert obs["tanks", day].note == (
        "resource=https://www.facebook.com/MinistryofDefence.UA/posts/295952562717203"
    )


@pytest.mark.integration
def test_2022_10_03_older_shape_has_no_submarines(shared_data: Path) -> None:
    path = shared_data / "russianwarship-rip" / "statistics_2022-10-03.response.json"
    batch = SOURCE.parse(read_document(path, "russianwarship"))
    categories = {o.category for o in batch.observations}
    assert "submarines" not in categories
    assert {"personnel", "cruise_missiles", "vehicles_fuel_tanks"} <= categories
    [stale] = [f for f in batch.findings if f.kind == "outside_category_period"]
    assert stale.category == "srbm_launchers"  # the API still carries the 2022-04 figure


@pytest.mark.integration
def test_terms_response_is_not_loss_data(shared_data: Path) -> None:
    path = shared_data / "russianwarship-rip" / "terms_en.response.json"
    assert not SOURCE.recognises(path, path.read_bytes())
    with pytest.raises(ParseError) as err:
        SOURCE.parse(read_document(path, "russianwarship"))
    assert err.value.field == "data"
