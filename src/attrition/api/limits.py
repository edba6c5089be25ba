"""Request limits, checked before any route runs: query length (414) and body size (413)."""

from __future__ import annotations

from attrition.api.cache import ASGIApp, Message, Receive, Scope, Send
from attrition.api.envelope import dumps, error_payload


async def _refuse(send: Send, status: int, message: str, field: str) -> None:
    body = dumps(error_payload(status, {"type": "LimitError", "message": message,
                                        "field": field}))
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class LimitsMiddleware:
    """Refuse a query string over ``max_query`` characters or a body over ``max_body`` bytes."""

    def __init__(self, app: ASGIApp, max_query: int, max_body: int) -> None:
        self.app = app
        self.max_query = max_query
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope["query_string"]) > self.max_query:
            await _refuse(send, 414, f"query string longer than {self.max_query} characters",
                          "query")
            return
        for key, value in scope["headers"]:
            if key == b"content-length" and value.isdigit() and int(value) > self.max_body:
                await _refuse(send, 413, f"request body larger than {self.max_body} bytes",
                              "body")
                return
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # Read the (small) body here, so a chunked upload over the limit is refused whole.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = bytes(message.get("body", b""))
            seen += len(chunk)
            if seen > self.max_body:
                await _refuse(send, 413, f"request body larger than {self.max_body} bytes",
                              "body")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
