"""A local HTTP server replaying recorded responses, so no test touches the internet.

A stdlib ``ThreadingHTTPServer`` on 127.0.0.1 (port 0: the OS picks one) answers each
request path from a script of :class:`Reply` objects: a fixed response, a sequence
(500, 500, 200 — the last one repeats), a slow reply (to provoke a client timeout), or
a conditional reply that answers 304 when ``If-None-Match`` carries its ETag.

Recorded responses live in ``tests/fixtures/http/<source>/<case>/`` as three files:
``status`` (e.g. ``200``), ``headers.json`` (an object) and ``body`` (raw bytes). See
``tests/fixtures/http/README.md`` for which were written by hand. Real recorded API
responses from ``../shared/data`` are read from there at test time (never copied).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "http"


@dataclass(frozen=True)
class Reply:
    """One scripted response."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_s: float = 0.0  # sleep before answering (a client with a shorter timeout gives up)
    etag: str | None = None  # answer 304 when the request's If-None-Match equals this
    drip_s: float = 0.0  # send the body one byte at a time, sleeping this long between bytes
    stream: Callable[[], Iterator[bytes]] | None = None  # a body of unknown length (no
    # Content-Length; the connection closes after it): a huge download without holding it

    @classmethod
    def json(cls, payload: Any, status: int = 200, **headers: str) -> Reply:
        """Return a JSON reply."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return cls(status, {"Content-Type": "application/json", **headers}, body)

    @classmethod
    def file(cls, path: Path, content_type: str = "application/json", **headers: str) -> Reply:
        """Return a 200 reply whose body is the bytes of ``path`` (read now).

        An ``ETag`` given among ``headers`` makes the reply conditional.
        """
        return cls(200, {"Content-Type": content_type, **headers}, path.read_bytes(),
                   etag=headers.get("ETag"))

    @classmethod
    def recorded(cls, source: str, case: str) -> Reply:
        """Return the reply recorded in tests/fixtures/http/<source>/<case>/.

        A recorded ``ETag`` header makes the reply conditional (304 on a matching
        ``If-None-Match``), as a real server would answer.
        """
        folder = FIXTURES / source / case
        status = int((folder / "status").read_text(encoding="utf-8").strip())
        headers_file = folder / "headers.json"
        headers = json.loads(headers_file.read_text(encoding="utf-8")) if headers_file.exists() else {}
        etag = next((v for k, v in headers.items() if k.lower() == "etag"), None)
        return cls(status, dict(headers), (folder / "body").read_bytes(), etag=etag)


@dataclass(frozen=True)
class SeenRequest:
    """A request the server received."""

    method: str
    path: str  # path and query, as sent
    headers: dict[str, str]


Responder = Callable[[SeenRequest], Reply]


class ReplayServer:
    """Serve scripted replies on 127.0.0.1; unknown paths get 404."""

    Reply = Reply  # so that tests using the fixture need no import

    def __init__(self) -> None:
        self._routes: dict[str, list[Reply] | Responder] = {}
        self._lock = threading.Lock()
        self.requests: list[SeenRequest] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        """Return ``http://127.0.0.1:<port>``."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.base_url + path

    def serve(self, path: str, *replies: Reply | Responder) -> None:
        """Answer ``path`` (with its query, or the path alone for any query) with ``replies``.

        Several replies are served in order; the last one repeats. A single callable
        computes the reply from the request.
        """
        if len(replies) == 1 and callable(replies[0]) and not isinstance(replies[0], Reply):
            self._routes[path] = replies[0]
        else:
            self._routes[path] = [r for r in replies if isinstance(r, Reply)]

    def hits(self, path: str) -> list[SeenRequest]:
        """Return the requests received for ``path`` (path and query, or path alone)."""
        return [r for r in self.requests if r.path == path or urlsplit(r.path).path == path]

    def _reply_for(self, seen: SeenRequest) -> Reply:
        with self._lock:
            self.requests.append(seen)
            route = self._routes.get(seen.path)
            if route is None:
                route = self._routes.get(urlsplit(seen.path).path)
            if route is None:
                return Reply(404, {"Content-Type": "text/plain"}, b"not found")
            if callable(route):
                return route(seen)
            reply = route[0]
            if len(route) > 1:
                route.pop(0)
            return reply

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server naming
                seen = SeenRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                reply = server._reply_for(seen)
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                status, body, headers = reply.status, reply.body, dict(reply.headers)
                if reply.etag is not None:
                    headers["ETag"] = reply.etag
                    if seen.headers.get("if-none-match") == reply.etag:
                        status, body = 304, b""
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    if reply.stream is not None:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                        self.end_headers()
                        for chunk in reply.stream():
                            self.wfile.write(chunk)
                        return
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if reply.drip_s:
                        for i in range(len(body)):
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(reply.drip_s)
                        return
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        return Handler

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def replay_server() -> Iterator[ReplayServer]:
    """Yield a running ReplayServer (the body of the ``http_replay`` fixture)."""
    with ReplayServer() as server:
        yield server
