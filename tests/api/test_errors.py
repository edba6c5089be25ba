"""Every 4xx/5xx is the one JSON error shape naming the offending input; limits hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attrition.api import create_app
from attrition.api.settings import ServeSettings, serve_settings
from attrition.errors import UsageError


def error(reply: Any, status: int) -> dict[str, Any]:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = reply.json()
    assert body["ok"] is False and body["status"] == status
    assert body["error"]["type"] and body["error"]["message"]
    return body


def test_unknown_category_is_404_naming_it(client: TestClient) -> None:
    body = error(client.get("/v1/losses/battleships"), 404)
    assert body["error"]["input"] == "battleships"


def test_bad_date_is_422_naming_the_field(client: TestClient) -> None:
    body = error(client.get("/v1/losses/personnel?on=2024-13-01"), 422)
    assert body["error"]["field"] == "on"
    assert body["errors"][0]["input"] == "2024-13-01"


def test_bad_choice_is_422(client: TestClient) -> None:
    body = error(client.get("/v1/periods/personnel?by=fortnight"), 422)
    assert body["error"]["field"] == "by"


def test_usage_error_from_the_library_is_400(client: TestClient) -> None:
    body = error(client.get("/v1/periods/personnel?by=custom"), 400)
    assert body["error"]["type"] == "UsageError"


def test_unknown_path_is_404_json(client: TestClient) -> None:
    assert "no such resource" in error(client.get("/v1/nothing"), 404)["error"]["message"]


def test_long_query_is_414(client: TestClient) -> None:
    error(client.get("/v1/latest?x=" + "a" * 3000), 414)


def test_large_body_is_413(client: TestClient) -> None:
    body = error(client.post("/v1/check", content=b"{" + b" " * 300_000 + b"}",
                             headers={"content-type": "application/json"}), 413)
    assert body["error"]["field"] == "body"


def test_chunked_large_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 10_000

    error(client.post("/v1/check", content=chunks(),
                      headers={"content-type": "application/json"}), 413)


def test_empty_text_is_422(client: TestClient) -> None:
    body = error(client.post("/v1/check", json={"text": ""}), 422)
    assert body["error"]["field"] == "text"


def test_unexpected_field_in_check_is_422(client: TestClient) -> None:
    error(client.post("/v1/check", json={"text": "x", "colour": "red"}), 422)


def test_update_is_refused_without_a_token(client: TestClient) -> None:
    error(client.post("/v1/update"), 403)


def test_update_needs_the_right_bearer_token(api_db: str) -> None:
    app = create_app(ServeSettings(db=api_db, api_token="s" * 32))
    with TestClient(app) as c:
        reply = c.post("/v1/update", headers={"Authorization": "Bearer wrong"})
        error(reply, 401)
        assert reply.headers["www-authenticate"] == "Bearer"


def test_an_unexpected_exception_is_500_json_without_internals(api_db: str) -> None:
    class Broken:
        def change_token(self) -> str:
            return "t"

        def latest(self, **_: Any) -> Any:
            raise RuntimeError("secret internals")

    app = create_app(ServeSettings(db=api_db), record=Broken())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        body = error(c.get("/v1/latest"), 500)
    assert "secret" not in str(body)


def test_settings_refuse_a_short_token() -> None:
    with pytest.raises(UsageError, match="at least 16"):
        ServeSettings(db=":memory:", api_token="short")


def test_settings_read_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTRITION_API_TOKEN", "t" * 20)
    assert serve_settings(":memory:").api_token == "t" * 20
