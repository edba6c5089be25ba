"""The chart route serves the charts beside the record: compare (with Oryx) and territory."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from attrition.api import create_app
from attrition.api.settings import ServeSettings
from attrition.ingest import ingest_paths
from attrition.store import open_store

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def beside_client(shared_data: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("api-charts") / "db.sqlite"
    store = open_store(path)
    deepstate = shared_data / "deepstate" / "cyterat-daily-geojson"
    try:
        ingest_paths(store, [shared_data / "petroivaniuk" / "russia_losses_equipment.json",
                             shared_data / "oryx" / "derived",
                             deepstate / "deepstatemap_data_20241101.geojson",
                             deepstate / "deepstatemap_data_20241201.geojson"],
                     now=datetime(2026, 8, 23, tzinfo=UTC))
    finally:
        store.close()
    with TestClient(create_app(ServeSettings(db=str(path)))) as client:
        yield client


@pytest.mark.parametrize(("path", "words"), [
    pytest.param("/v1/charts/en/compare/tanks.svg", "General Staff ÷ Oryx", id="compare"),
    pytest.param("/v1/charts/en/territory/territory.svg", "occupied area, km²", id="territory"),
])
def test_chart_route_draws_the_independent_kinds(beside_client: TestClient, path: str,
                                                 words: str) -> None:
    reply = beside_client.get(path)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("image/svg+xml")
    assert words in reply.text and "<desc id=\"chart-desc\">" in reply.text


def test_chart_route_refuses_compare_of_a_category_oryx_does_not_count(
    beside_client: TestClient,
) -> None:
    reply = beside_client.get("/v1/charts/en/compare/personnel.png")
    assert reply.status_code == 400
    assert "Oryx has no type that maps to personnel" in reply.text
