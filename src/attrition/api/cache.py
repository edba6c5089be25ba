"""Replies cached by data version: ``ETag``, ``Cache-Control``, ``304`` and gzip for every GET.

A GET answer depends only on its URL and the data, so a worker keeps the bytes of each
answer until the data changes. "Changed" is the store's cheap change token, asked at
most once every ``check_s`` seconds (:class:`VersionWatch`), so a finished
``attrition update`` is seen within that time by every worker, each with its own copy.
This is plain ASGI: a hit never reaches the router.
"""

from __future__ import annotations

import gzip
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_ENTRIES = 2048
MAX_ENTRY_BYTES = 16 * 1024 * 1024
GZIP_MIN_BYTES = 1024
_KEEP_HEADERS = {b"content-type", b"content-disposition", b"content-language", b"link"}


class VersionWatch:
    """The data's change token, re-read from the store at most every ``check_s`` seconds."""

    def __init__(self, read_token: Callable[[], str], check_s: float) -> None:
        self._read = read_token
        self._check_s = check_s
        self._token = ""
        self._checked = float("-inf")

    def current(self) -> str:
        """Return the change token (cached for ``check_s`` seconds)."""
        now = time.monotonic()
        if now - self._checked >= self._check_s:
            self._token = self._read()
            self._checked = now
        return self._token

    def expire(self) -> None:
        """Make the next :meth:`current` read the store (after a write by this process)."""
        self._checked = float("-inf")


@dataclass
class Entry:
    """One cached answer."""

    token: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes
    gzipped: bytes | None = field(default=None)
    replies: dict[bool, list[tuple[bytes, bytes]]] = field(default_factory=dict)

    def compressed(self) -> bytes:
        """Return the gzipped body (made once)."""
        if self.gzipped is None:
            self.gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        return self.gzipped


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def _etag_matches(header: bytes | None, etag: bytes) -> bool:
    if header is None:
        return False
    tags = {t.strip().removeprefix(b"W/") for t in header.split(b",")}
    return b"*" in tags or etag in tags


class CacheMiddleware:
    """Serve GETs from memory while the data version holds; ETag/304/gzip/Cache-Control."""

    def __init__(
        self,
        app: ASGIApp,
        watch: VersionWatch,
        max_age_s: int,
        skip: Callable[[str], bool] = lambda path: False,
        cors_any_origin: bool = False,
    ) -> None:
        self.app = app
        self.watch = watch
        self.fixed = [(b"cache-control", f"public, max-age={max_age_s}".encode()),
                      (b"vary", b"Accept-Encoding")]
        if cors_any_origin:  # public data: a hit answers CORS itself, without the middleware
            self.fixed += [(b"access-control-allow-origin", b"*"),
                           (b"access-control-expose-headers", b"ETag")]
        self.skip = skip
        self.entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] not in ("GET", "HEAD")
                or self.skip(scope["path"]) or _header(scope, b"authorization") is not None):
            await self.app(scope, receive, send)
            return
        token = self.watch.current()
        key = (scope["path"], scope["query_string"])
        entry = self.entries.get(key)
        if entry is None or entry.token != token:
            entry = await self._fill(scope, receive, token)
            if entry.status == 200 and len(entry.body) <= MAX_ENTRY_BYTES:
                self.entries[key] = entry
                if len(self.entries) > MAX_ENTRIES:
                    self.entries.popitem(last=False)
        else:
            self.entries.move_to_end(key)
        await self._reply(scope, send, entry)

    async def _fill(self, scope: Scope, receive: Receive, token: str) -> Entry:
        inner = dict(scope)
        inner["headers"] = [(k, v) for k, v in scope["headers"]
                            if k not in (b"accept-encoding", b"if-none-match")]
        inner["method"] = "GET"
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        await self.app(inner, receive, capture)
        body = b"".join(chunks)
        headers = [(bytes(k).lower(), bytes(v)) for k, v in started.get("headers", [])]
        kept = [(k, v) for k, v in headers if k in _KEEP_HEADERS]
        digest = hashlib.sha256(body).hexdigest()[:16]
        etag = f'"{digest}"'.encode()
        status = int(started.get("status", 500))
        if status != 200:
            kept = [(k, v) for k, v in headers if k not in (b"content-length",)]
        return Entry(token, status, kept, body, etag)

    async def _reply(self, scope: Scope, send: Send, entry: Entry) -> None:
        if entry.status != 200:
            await send({"type": "http.response.start", "status": entry.status,
                        "headers": [*entry.headers,
                                    (b"content-length", str(len(entry.body)).encode())]})
            await send({"type": "http.response.body", "body": entry.body})
            return
        if _etag_matches(_header(scope, b"if-none-match"), entry.etag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [*entry.headers, (b"etag", entry.etag), *self.fixed]})
            await send({"type": "http.response.body", "body": b""})
            return
        accept = _header(scope, b"accept-encoding") or b""
        zipped = len(entry.body) >= GZIP_MIN_BYTES and b"gzip" in accept
        body = entry.compressed() if zipped else entry.body
        headers = entry.replies.get(zipped)
        if headers is None:
            headers = [*entry.headers, (b"etag", entry.etag), *self.fixed,
                       (b"content-length", str(len(body)).encode())]
            if zipped:
                headers.append((b"content-encoding", b"gzip"))
            entry.replies[zipped] = headers
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body",
                    "body": b"" if scope["method"] == "HEAD" else body})
