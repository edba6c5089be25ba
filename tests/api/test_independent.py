"""``/v1/compare/{category}`` and ``/v1/territory`` over the real independent data (Oryx, Mediazona,
DeepState), through the library's compare/named_deaths/territory answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import attrition
from attrition.api import create_app
from attrition.api.settings import ServeSettings

PI = ("russia_losses_personnel.json", "russia_losses_equipment.json")


@pytest.fixture(scope="module")
def client(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = str(tmp_path_factory.mktemp("independent-api") / "r.sqlite")
    with attrition.open(db) as record:
        record.ingest([shared_data / "petroivaniuk" / n for n in PI], source="petroivaniuk")
        record.ingest([shared_data / d for d in ("oryx", "mediazona", "deepstate")])
    with TestClient(create_app(ServeSettings(db=db))) as test_client:
        yield test_client


def test_compare_on_a_day_gives_both_figures_the_ratio_and_caveats(client: TestClient) -> None:
    body = client.get("/v1/compare/tanks", params={"on": "2025-07-19"}).json()
    on = body["data"]["on"]
    assert (on["official_total"], on["independent_total"], on["ratio"]) == (11032, 4074, 2.71)
    assert any("photo" in c for c in body["data"]["caveats"])
    assert set(body["data"]["conventions"]) == {"official", "independent"}
    assert body["meta"]["sources"] == ["consensus", "oryx"] and body["meta"]["data_version"]


def test_compare_by_month_from_a_date(client: TestClient) -> None:
    body = client.get("/v1/compare/tanks?by=month&from=2025-01-01&to=2025-03-31").json()
    assert [m["month"] for m in body["data"]["months"]] == ["2025-01", "2025-02", "2025-03"]
    assert body["data"]["on"] is None


def test_compare_personnel_is_the_named_dead_with_intervals(client: TestClient) -> None:
    body = client.get("/v1/compare/personnel.json").json()
    estimate = next(r for r in body["data"]["rows"] if r["item"] == "estimated deaths")
    assert estimate["low"] < estimate["value"] < estimate["high"]
    assert any("wounded" in c for c in body["data"]["caveats"])


@pytest.mark.parametrize(("url", "status"), [
    pytest.param("/v1/compare/battleships", 404, id="unknown-category"),
    pytest.param("/v1/compare/tanks?by=week", 422, id="by-week"),
    pytest.param("/v1/compare/tanks?on=yesterday", 422, id="bad-date"),
    pytest.param("/v1/territory?by=year", 422, id="territory-by-year"),
    pytest.param("/v1/territory?on=2021-01-01", 400, id="no-change-that-month"),
])
def test_bad_questions_get_the_error_shape(client: TestClient, url: str, status: int) -> None:
    reply = client.get(url)
    assert reply.status_code == status
    assert reply.json()["ok"] is False


def test_territory_of_a_month_is_ranked_and_sized(client: TestClient) -> None:
    body = client.get("/v1/territory?on=2024-11-30&compare=true").json()
    (nov,) = body["data"]["changes"]
    assert nov["net_km2"] == pytest.approx(725.9, rel=0.005)
    assert body["data"]["ranking"]["is_largest_in_series"] is True
    assert body["data"]["size"]["text_en"] == "≈ Singapore (735 km²)"
    assert body["meta"]["convention"] == "map_state"


def test_territory_by_month_and_the_static_file_agree(client: TestClient) -> None:
    plain = client.get("/v1/territory?by=month").json()
    assert plain == client.get("/v1/territory.json").json()
    starts = [c["period_start"] for c in plain["data"]["changes"]]
    assert "2024-11-01" in starts and starts == sorted(starts)


def test_compare_and_territory_specs_draw_both_sides(client: TestClient) -> None:
    spec = client.get("/v1/specs/uk/compare/tanks.json").json()
    sides = {v["who"] for v in spec["data"]["values"]}
    assert sides == {"Генштаб", "Oryx (підтверджено фото)"}
    bars = client.get("/v1/specs/en/territory.json").json()
    assert any(v["period"] == "2024-11" and v["net"] == pytest.approx(725.9, abs=0.1)
               for v in bars["data"]["values"])
