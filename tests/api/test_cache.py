"""The reply cache: one computation per URL and data version; a new version recomputes."""

from __future__ import annotations

import asyncio
from typing import Any

from attrition.api.cache import CacheMiddleware, VersionWatch


def test_cache_computes_once_per_version_and_again_after_a_change() -> None:
    calls: list[str] = []
    token = ["v1"]

    async def app(scope: Any, receive: Any, send: Any) -> None:
        calls.append(scope["path"])
        body = f"{scope['path']} at {token[0]}".encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": body})

    watch = VersionWatch(lambda: token[0], check_s=0)
    cache = CacheMiddleware(app, watch, max_age_s=60)

    async def get(path: str) -> tuple[int, bytes, dict[bytes, bytes]]:
        sent: list[dict[str, Any]] = []

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
                 "headers": []}
        await cache(scope, receive, send)
        return sent[0]["status"], sent[1]["body"], dict(sent[0]["headers"])

    first = asyncio.run(get("/a"))
    second = asyncio.run(get("/a"))
    assert calls == ["/a"] and first == second
    token[0] = "v2"
    third = asyncio.run(get("/a"))
    assert calls == ["/a", "/a"] and third[1] == b"/a at v2"
    assert third[2][b"etag"] != first[2][b"etag"]
