"""The real Oryx, Mediazona and DeepState folders: imported beside the record, never voting."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from attrition.ingest import ingest_paths
from attrition.store import Store, open_store

pytestmark = pytest.mark.integration
NOW = datetime(2026, 8, 23, tzinfo=UTC)


@pytest.fixture(scope="module")
def store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = open_store(tmp_path_factory.mktemp("independent") / "db.sqlite")
    ingest_paths(db, [shared_data / "petroivaniuk"], now=NOW)
    folders = [shared_data / d for d in ("oryx", "mediazona", "deepstate")]
    result = ingest_paths(db, folders, now=NOW)
    yield {"db": db, "result": result, "shared": shared_data}
    db.close()


def test_independent_folders_import_every_data_file_and_skip_the_derived_ones(
    store: dict[str, Any],
) -> None:
    result = store["result"]
    names = {Path(d.locator).name for d in result.documents}
    assert {"daily_count.csv", "totals_by_type.csv", "log.csv", "summary.csv",
            "byType_2025-12-31.csv", "byType_2026-08-01.csv",
            "oryx_russia_totals_by_type_history_scarnecchia.csv",
            "press_milestones_confirmed_names.csv", "hardcoded-casualty-totals.json",
            "1730409422.geojson", "1733001699.geojson"} <= names
    assert sum(n.endswith(".geojson") for n in names) == 116 + 2
    skipped = {Path(s.path).name for s in result.skipped}
    assert skipped == {"occupied_area_daily_from_cyterat.csv",
                       "occupied_area_monthly_change.csv",
                       "occupied_area_snapshots_from_deepstate_history.csv"}
    assert result.categories == ()  # nothing entered the official consensus


def test_official_personnel_is_unchanged_by_independent_sources(store: dict[str, Any]) -> None:
    db: Store = store["db"]
    (row,) = db.consensus_rows("personnel", date(2024, 12, 3), date(2024, 12, 3))
    assert row.total == 745_700
    assert "oryx" not in row.sources and "mediazona" not in row.sources


def test_november_2024_net_gain_matches_the_derived_series(store: dict[str, Any]) -> None:
    db: Store = store["db"]
    months = {c.period_start: c for c in db.territory_changes("month")}
    nov = months[date(2024, 11, 1)]
    assert nov.net_km2 == pytest.approx(725.9, rel=0.005)
    assert nov.gained_km2 == pytest.approx(732.7, rel=0.005)
    assert nov.lost_km2 == pytest.approx(6.8, abs=0.2)
    assert (nov.from_date, nov.to_date) == (date(2024, 10, 31), date(2024, 11, 30))
    derived = store["shared"] / "deepstate" / "derived" / "occupied_area_monthly_change.csv"
    with derived.open() as handle:
        for row in csv.DictReader(handle):
            start = date.fromisoformat(row["month"] + "-01")
            ours = months.get(start)
            if ours is None or not row["cyterat_change_km2"]:
                continue
            if row["cyterat_start_file"][-2:] == "01" and row["cyterat_end_file"][-2:] == "01":
                assert ours.net_km2 == pytest.approx(float(row["cyterat_change_km2"]), abs=0.2)


def test_daily_areas_match_the_derived_cyterat_areas(store: dict[str, Any]) -> None:
    db: Store = store["db"]
    ours = {s.map_state_date: s.area_km2 for s in db.territory_snapshots()
            if s.layout == "occupied_union"}
    derived = store["shared"] / "deepstate" / "derived" / "occupied_area_daily_from_cyterat.csv"
    with derived.open() as handle:
        rows = {date.fromisoformat(r["map_state_as_of"]): float(r["occupied_area_km2"])
                for r in csv.DictReader(handle)}
    assert len(ours) == 116
    for day, area in ours.items():
        assert area == pytest.approx(rows[day], abs=0.1), day


def test_api_snapshot_agrees_with_the_daily_file_of_the_same_map_state(
    store: dict[str, Any],
) -> None:
    db: Store = store["db"]
    by_layout = {(s.map_state_date, s.layout): s.area_km2 for s in db.territory_snapshots()}
    day = date(2024, 11, 30)
    assert by_layout[(day, "deepstate_api")] == pytest.approx(
        by_layout[(day, "occupied_union")], abs=86
    )


def test_oryx_tanks_on_2025_07_19_is_4074(store: dict[str, Any]) -> None:
    db: Store = store["db"]
    rows = db.independent_totals("oryx", "Russia", "tanks",
                                 ("destroyed", "damaged", "abandoned", "captured"))
    on_day = {r[0]: r[1] for r in rows if r[0] == date(2025, 7, 19)}
    assert on_day == {date(2025, 7, 19): 4074}
    provenance = db.independent_rows(series="oryx", country="Russia", item="Tanks")
    assert all(r["document_sha256"] and r["line_no"] for r in provenance)
