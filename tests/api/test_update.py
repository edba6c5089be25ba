"""``POST /v1/update`` with the bearer token, against recorded responses on 127.0.0.1.

The sources are asked at the server's ``ATTRITION_BASE_URL`` (here the replay server);
what the update stores is what the next GET answers, under a new ETag.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attrition.api import create_app
from attrition.api.settings import ServeSettings, serve_settings

RW = "russianwarship-rip"
TOKEN = "s3cret-token-of-the-newsroom"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.integration
def test_update_stores_new_data_and_the_next_get_shows_it(
    http_replay: Any, shared_data: Path, tmp_path: Path
) -> None:
    http_replay.serve("/api/v2/statistics/latest", http_replay.Reply.file(
        shared_data / RW / "statistics_2022-04-14.response.json", ETag='"d50"'))
    settings = ServeSettings(db=str(tmp_path / "r.sqlite"), api_token=TOKEN,
                             base_url=http_replay.base_url)
    with TestClient(create_app(settings)) as client:
        before = client.get("/v1/latest")
        assert before.status_code == 200 and before.json()["data"] == []
        reply = client.post("/v1/update?source=russianwarship", headers=AUTH)
        assert reply.status_code == 200, reply.text
        (src,) = reply.json()["data"]["sources"]
        assert src["source"] == "russianwarship" and src["new_days"] == ["2022-04-14"]
        assert [h.path for h in http_replay.requests] == ["/api/v2/statistics/latest"]
        after = client.get("/v1/latest")
        assert after.headers["etag"] != before.headers["etag"]
        rows = after.json()["data"]
        assert {r["report_date"] for r in rows} == {"2022-04-14"} and len(rows) > 10
        stale = client.get("/v1/latest", headers={"If-None-Match": before.headers["etag"]})
        assert stale.status_code == 200  # the old ETag no longer matches


def test_update_of_an_unknown_source_is_a_clear_400(tmp_path: Path) -> None:
    settings = ServeSettings(db=str(tmp_path / "r.sqlite"), api_token=TOKEN,
                             base_url="http://127.0.0.1:9")
    with TestClient(create_app(settings)) as client:
        reply = client.post("/v1/update?source=pigeons", headers=AUTH)
    assert reply.status_code == 400
    assert "pigeons" in reply.json()["error"]["message"]


def test_serve_settings_take_the_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ATTRITION_BASE_URL", "http://127.0.0.1:8765")
    assert serve_settings(str(tmp_path / "r.sqlite")).base_url == "http://127.0.0.1:8765"
