"""HTTP habits: ETag + Cache-Control from the data version, 304, gzip, CORS, offline docs."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

import attrition
from attrition.api import create_app
from attrition.api.settings import ServeSettings


def test_get_has_etag_and_cache_control_and_304(client: TestClient) -> None:
    first = client.get("/v1/latest")
    etag = first.headers["etag"]
    assert first.headers["cache-control"].startswith("public, max-age=")
    again = client.get("/v1/latest", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/v1/latest", headers={"If-None-Match": '"nope"'})
    assert other.status_code == 200 and other.content == first.content


def test_gzip_when_asked(client: TestClient) -> None:
    reply = client.get("/v1/findings", headers={"Accept-Encoding": "gzip"})
    assert reply.headers["content-encoding"] == "gzip"
    assert reply.json()["ok"] is True  # the client decodes it
    plain = client.get("/v1/findings", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


def test_cors_allows_get_from_anywhere(client: TestClient) -> None:
    reply = client.get("/v1/latest", headers={"Origin": "https://example.org"})
    assert reply.headers["access-control-allow-origin"] == "*"


def test_openapi_is_3_1_and_lists_the_resources(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    paths = set(schema["paths"])
    for path in ("/v1/latest", "/v1/losses/{category}", "/v1/periods/{category}",
                 "/v1/extremes/{category}", "/v1/trend/{category}", "/v1/forecast/{category}",
                 "/v1/findings", "/v1/status", "/v1/check",
                 "/v1/charts/{lang}/{kind}/{category}.{fmt}", "/v1/exports/{fmt}.zip"):
        assert path in paths


def test_docs_page_loads_only_local_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") for s in sources), sources
    for src in sources:
        if src.startswith("/static/"):
            assert client.get(src).status_code == 200


def test_a_finished_ingest_changes_the_answer_and_the_etag(tmp_path: Path,
                                                         shared_data: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    folder = shared_data / "petroivaniuk"
    with attrition.open(db) as record:
        record.ingest([folder / "russia_losses_personnel.json"], source="petroivaniuk")
    app = create_app(ServeSettings(db=db, version_check_s=0))
    with TestClient(app) as c:
        before = c.get("/v1/latest")
        assert "tanks" not in [r["category"] for r in before.json()["data"]]
        with attrition.open(db) as writer:  # another connection, as `attrition update` is
            writer.ingest([folder / "russia_losses_equipment.json"], source="petroivaniuk")
        after = c.get("/v1/latest", headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200
        assert "tanks" in [r["category"] for r in after.json()["data"]]
        assert after.headers["etag"] != before.headers["etag"]
