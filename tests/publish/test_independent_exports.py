"""Exports gain the independent tables beside the official ones, with licence per source."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import attrition
from attrition.ingest import ingest_paths
from attrition.store import open_store

pytestmark = pytest.mark.integration


def test_datapackage_describes_independent_tables_and_their_sources(
    shared_data: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite"
    store = open_store(db)
    deepstate = shared_data / "deepstate" / "cyterat-daily-geojson"
    files = [shared_data / "petroivaniuk" / "russia_losses_personnel.json",
             shared_data / "mediazona",
             deepstate / "deepstatemap_data_20241101.geojson",
             deepstate / "deepstatemap_data_20241201.geojson"]
    ingest_paths(store, files, now=datetime(2026, 8, 23, tzinfo=UTC))
    store.close()
    out = tmp_path / "out"
    with attrition.open(db) as record:
        record.export(out, "datapackage")
    package = json.loads((out / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert {"losses_long", "losses_independent", "territory_daily",
            "territory_monthly"} <= names
    licences = {s["name"] if "name" in s else s.get("title"): s for s in package["sources"]}
    assert any("DeepState" in json.dumps(s) for s in licences.values())
    assert any("Mediazona" in json.dumps(s) for s in licences.values())
    with (out / "territory_monthly.csv").open() as handle:
        (nov,) = list(csv.DictReader(handle))
    assert nov["month"] == "2024-11" and float(nov["net_km2"]) == pytest.approx(725.9, abs=0.1)
    with (out / "losses_long.csv").open() as handle:  # the official table has no independent rows
        assert {r["sources"] for r in csv.DictReader(handle)} == {"petroivaniuk"}
