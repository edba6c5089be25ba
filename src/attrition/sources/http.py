"""The one configured HTTP client: the only place httpx is set up.

``make_client`` returns an ``httpx.Client`` whose transport is wrapped by
:class:`PoliteTransport`, which adds, for every request:

* a per-host rate limit (a minimum interval between two requests to one host);
* retries with exponential backoff and jitter on connect errors, timeouts,
  dropped connections, HTTP 5xx and HTTP 429 — honouring ``Retry-After`` given
  in seconds or as an HTTP date;
* conditional requests: ``If-None-Match`` / ``If-Modified-Since`` from a small
  validator cache the caller passes in (``url -> {"etag", "last_modified", ...}``),
  and the validators of every 200 response recorded back into it.

``sleep``, the monotonic ``clock``, the ``wall`` clock and the jitter ``random``
are injected so tests run without waiting. :func:`get_document` turns a response
into a :class:`RawDocument` (``None`` for 304 Not Modified) and every failure into
a :class:`SourceError` naming the URL. Nothing here parses or stores.

Bounds (issue 14): a body is streamed and counted, and the download is abandoned
past ``max_body_bytes`` (50 MB by default); every request has an overall deadline
(``request_deadline_s``) on top of httpx's per-read timeout, and a caller may bind a
longer-lived :class:`Deadline` (one ``update`` run) to the client with
:func:`bind_deadline`. Each read timeout is clamped to what is left of the deadline,
retries are not attempted past it, and every socket operation (connect, TLS, each
read and write, headers and body alike) waits at most what is left of the deadline of
the request in progress (:class:`DeadlineHTTPTransport`), so a server that drips one
byte at a time, or stalls mid-body, fails at the deadline instead of one read timeout
after it (or never).
"""

from __future__ import annotations

import json
import os
import random as _random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

from attrition.errors import SourceError
from attrition.log import get_logger
from attrition.model.records import RawDocument

log = get_logger(__name__)

ValidatorCache = MutableMapping[str, dict[str, str]]

# Errors worth another attempt: the network or the server may recover.
RETRY_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
ATTEMPTS_EXTENSION = "attrition_attempts"
DEADLINE_EXTENSION = "attrition_deadline"

MAX_BODY_BYTES = 50 * 1024 * 1024  # default cap of one download
REQUEST_DEADLINE_S = 60.0  # default overall time of one request, retries included
UPDATE_DEADLINE_S = 120.0  # default overall time of one update run (all sources)


class Deadline:
    """A point on the monotonic clock after which no more network time is spent."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic, *,
                 start: float | None = None, margin: float = 0.0) -> None:
        """Pass at ``start`` (a ``clock()`` value; default now) + ``seconds`` − ``margin``.

        ``seconds`` is the deadline as set (and as error messages name it); ``margin`` is
        kept back for what must still happen after the last network wait (a clean error,
        the exit).
        """
        self.seconds = seconds
        self._clock = clock
        self.at = (clock() if start is None else start) + seconds - margin

    def remaining(self) -> float:
        """Return the seconds left (negative once passed)."""
        return self.at - self._clock()

    @property
    def expired(self) -> bool:
        """Return True once the deadline has passed."""
        return self.remaining() <= 0

    def earliest(self, other: Deadline | None) -> Deadline:
        """Return whichever of ``self`` and ``other`` comes first."""
        return other if other is not None and other.at < self.at else self


class DeadlineExceeded(httpx.TimeoutException):
    """The overall deadline of a request (or of the whole run) has passed."""

    def __init__(self, deadline: Deadline, request: httpx.Request | None = None) -> None:
        super().__init__(f"deadline of {deadline.seconds:g}s passed", request=request)
        self.deadline = deadline


# the deadline of the request this thread is sending or reading (set by get_document)
_ACTIVE_DEADLINE: ContextVar[Deadline | None] = ContextVar("attrition_deadline", default=None)


def _clamp(timeout: float | None, kind: type[httpcore.TimeoutException]) -> float | None:
    """Return ``timeout`` cut to what is left of the active deadline; raise once it passed."""
    deadline = _ACTIVE_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise kind(f"deadline of {deadline.seconds:g}s passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait ends by the active deadline (see :func:`_clamp`)."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with :class:`_DeadlineStream` streams."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineHTTPTransport(httpx.HTTPTransport):
    """httpx's transport, each socket wait clamped to the active request's deadline.

    httpx takes a read timeout once per response and applies it to every read, so a
    deadline checked between reads is overrun by one read timeout when a server stalls
    (3-4 s past a 15 s deadline, measured; issue 14). httpcore's pool accepts a network
    backend; httpx does not pass one through, so it is set on the pool it built.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        pool = self._pool
        if not hasattr(pool, "_network_backend"):  # pragma: no cover - guarded by a test
            raise RuntimeError("httpcore's pool has no _network_backend: update the transport")
        pool._network_backend = _DeadlineBackend(pool._network_backend)


class BodyTooLarge(Exception):
    """A response body went past the download cap (internal; becomes a SourceError)."""


@dataclass(frozen=True)
class FetchRequest:
    """What one ``fetch(client, request)`` call asks a source for."""

    since: date | None = None  # report (or publication) dates on or after this one
    today: date | None = None  # the run's Kyiv date: the upper end of a date range
    base_url: str | None = None  # another server for this source (a private mirror, a test server)
    fetched_at: datetime | None = None  # stamped on every document (UTC)
    progress: Callable[[int, int | None], None] | None = None  # (done, total) on long fetches


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a request is retried."""

    attempts: int = 3  # total tries, the first included
    backoff_s: float = 1.0  # base delay; doubles with every retry
    max_backoff_s: float = 60.0
    max_retry_after_s: float = 300.0  # a longer Retry-After is not waited for

    def backoff(self, attempt: int, jitter: float) -> float:
        """Return the delay after failed try ``attempt`` (1-based); ``jitter`` in [0, 1)."""
        base = min(self.max_backoff_s, self.backoff_s * 2.0 ** (attempt - 1))
        return base * (0.5 + jitter)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Return the delay a ``Retry-After`` header asks for (seconds or HTTP date), else None."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class PoliteTransport(httpx.BaseTransport):
    """Wrap a transport with rate limiting, retries and conditional requests."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retry: RetryPolicy,
        cache: ValidatorCache | None,
        min_interval_s: float,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
        wall: Callable[[], datetime],
        random: Callable[[], float],
    ) -> None:
        self._inner = inner
        self._retry = retry
        self._cache = cache
        self._min_interval_s = min_interval_s
        self._sleep = sleep
        self._clock = clock
        self._wall = wall
        self._random = random
        self._last_request_at: dict[str, float] = {}

    def _throttle(self, host: str) -> None:
        last = self._last_request_at.get(host)
        if last is not None:
            wait = last + self._min_interval_s - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request_at[host] = self._clock()

    def _add_validators(self, request: httpx.Request) -> None:
        if self._cache is None or request.method not in ("GET", "HEAD"):
            return
        if "if-none-match" in request.headers or "if-modified-since" in request.headers:
            return
        entry = self._cache.get(str(request.url))
        if not entry:
            return
        if entry.get("etag"):
            request.headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            request.headers["If-Modified-Since"] = entry["last_modified"]

    def _record_validators(self, request: httpx.Request, response: httpx.Response) -> None:
        if self._cache is None or response.status_code != 200 or request.method != "GET":
            return
        etag = response.headers.get("etag")
        modified = response.headers.get("last-modified")
        if etag or modified:
            entry = {"etag": etag or "", "last_modified": modified or ""}
            self._cache[str(request.url)] = {k: v for k, v in entry.items() if v}

    def _within_deadline(self, request: httpx.Request, wait: float = 0.0) -> None:
        """Clamp the request's timeouts to what is left of its deadline; raise once it passed."""
        deadline: Deadline | None = request.extensions.get(DEADLINE_EXTENSION)
        if deadline is None:
            return
        left = deadline.remaining() - wait
        if left <= 0:
            raise DeadlineExceeded(deadline, request)
        timeouts = dict(request.extensions.get("timeout") or {})
        request.extensions["timeout"] = {
            key: left if value is None else min(value, left)
            for key, value in {**dict.fromkeys(("connect", "read", "write", "pool")),
                               **timeouts}.items()
        }

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying what is worth retrying; return the last response."""
        self._add_validators(request)
        host = request.url.host
        attempts = max(1, self._retry.attempts)
        for attempt in range(1, attempts + 1):
            self._throttle(host)
            self._within_deadline(request)
            try:
                response = self._inner.handle_request(request)
            except RETRY_EXCEPTIONS as exc:
                if attempt == attempts or isinstance(exc, DeadlineExceeded):
                    raise
                delay = self._retry.backoff(attempt, self._random())
                self._within_deadline(request, wait=delay)
                log.info("%s %s: %s; retry %d in %.1fs", request.method, request.url,
                         type(exc).__name__, attempt, delay)
                self._sleep(delay)
                continue
            status = response.status_code
            if (status >= 500 or status == 429) and attempt < attempts:
                asked = retry_after_seconds(response.headers.get("retry-after"), self._wall())
                if asked is not None and asked > self._retry.max_retry_after_s:
                    response.extensions[ATTEMPTS_EXTENSION] = attempt
                    return response  # not worth blocking for; the caller reports it
                delay = asked if asked is not None else self._retry.backoff(attempt, self._random())
                deadline: Deadline | None = request.extensions.get(DEADLINE_EXTENSION)
                if deadline is not None and deadline.remaining() <= delay:
                    response.extensions[ATTEMPTS_EXTENSION] = attempt
                    return response  # no time left to retry; the caller reports the status
                response.close()
                log.info("%s %s: HTTP %d; retry %d in %.1fs", request.method, request.url,
                         status, attempt, delay)
                self._sleep(delay)
                continue
            self._record_validators(request, response)
            response.extensions[ATTEMPTS_EXTENSION] = attempt
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class BoundedClient(httpx.Client):
    """An ``httpx.Client`` that carries the download bounds :func:`get_document` enforces."""

    def __init__(self, *, max_body_bytes: int, request_deadline_s: float,
                 deadline: Deadline | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_body_bytes = max_body_bytes
        self.request_deadline_s = request_deadline_s
        self.deadline = deadline  # a run-wide deadline (one update), or None


def bind_deadline(client: httpx.Client, deadline: Deadline | None) -> None:
    """Make every later request of ``client`` end by ``deadline`` (a plain client is left as is)."""
    if isinstance(client, BoundedClient):
        client.deadline = deadline


def make_client(
    user_agent: str,
    timeout: float,
    transport: httpx.BaseTransport | None = None,
    *,
    cache: ValidatorCache | None = None,
    retry: RetryPolicy | None = None,
    min_interval_s: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    wall: Callable[[], datetime] | None = None,
    random: Callable[[], float] = _random.random,
    max_body_bytes: int = MAX_BODY_BYTES,
    request_deadline_s: float = REQUEST_DEADLINE_S,
    deadline: Deadline | None = None,
) -> BoundedClient:
    """Return the configured client: timeouts, User-Agent, retries, rate limit, validators.

    ``max_body_bytes`` caps one download and ``request_deadline_s`` one request (retries
    included); ``deadline`` bounds every request of the client (see :func:`bind_deadline`).
    """
    polite = PoliteTransport(
        transport or DeadlineHTTPTransport(),
        retry=retry or RetryPolicy(),
        cache=cache,
        min_interval_s=min_interval_s,
        sleep=sleep,
        clock=clock,
        wall=wall or (lambda: datetime.now(UTC)),
        random=random,
    )
    return BoundedClient(
        max_body_bytes=max_body_bytes,
        request_deadline_s=request_deadline_s,
        deadline=deadline,
        transport=polite,
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": user_agent},
        follow_redirects=True,
    )


def rebase_url(url: str, base_url: str | None) -> str:
    """Return ``url`` with its scheme and host (and a path prefix) taken from ``base_url``."""
    if not base_url:
        return url
    base = urlsplit(base_url.rstrip("/"))
    parts = urlsplit(url)
    return urlunsplit((base.scheme, base.netloc, base.path + parts.path, parts.query, ""))


def get_document(
    client: httpx.Client,
    url: str,
    *,
    source: str,
    params: Mapping[str, str | int] | None = None,
    fetched_at: datetime | None = None,
) -> RawDocument | None:
    """GET ``url`` as a RawDocument of ``source``; None when the server says 304 Not Modified.

    Raises:
        SourceError: naming the URL, for a network failure, a timeout or an HTTP error status.
    """
    max_bytes = getattr(client, "max_body_bytes", MAX_BODY_BYTES)
    deadline = Deadline(getattr(client, "request_deadline_s", REQUEST_DEADLINE_S)).earliest(
        getattr(client, "deadline", None))
    if deadline.expired:
        raise SourceError(f"not fetched: the deadline of {deadline.seconds:g}s has passed",
                          url=url, source=source)
    active = _ACTIVE_DEADLINE.set(deadline)
    try:
        with client.stream("GET", url, params=params,
                           extensions={DEADLINE_EXTENSION: deadline}) as response:
            content = _read_body(response, max_bytes, deadline)
    except BodyTooLarge as exc:
        raise SourceError(f"response body exceeds the download limit of {_size(max_bytes)} "
                          f"({exc})", url=url, source=source) from None
    except httpx.TimeoutException as exc:
        passed = isinstance(exc, DeadlineExceeded) or deadline.expired
        what = f"deadline of {deadline.seconds:g}s passed" if passed else type(exc).__name__
        raise SourceError(f"timed out ({what}) after retries", url=url,
                          source=source) from exc
    except httpx.HTTPError as exc:
        raise SourceError(f"request failed: {type(exc).__name__}: {exc}", url=url,
                          source=source) from exc
    finally:
        _ACTIVE_DEADLINE.reset(active)
    return _to_document(response, content, source=source, fetched_at=fetched_at)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _read_body(response: httpx.Response, max_bytes: int, deadline: Deadline) -> bytes:
    """Return the (decoded) body, refusing more than ``max_bytes`` or a passed deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and response.status_code == 200:
        raise BodyTooLarge(f"Content-Length {int(declared)} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise BodyTooLarge(f"more than {size} bytes received")
            if deadline.expired:
                raise DeadlineExceeded(deadline, response.request)
            chunks.append(chunk)
    except BaseException:
        # the error's traceback keeps this frame alive as long as the caller keeps the
        # error (update keeps one per failed source): drop the body read so far, or five
        # failed 50 MB downloads held 250 MB (issue 14, bench_update_bounds)
        chunks.clear()
        raise
    return b"".join(chunks)


def _to_document(response: httpx.Response, content: bytes, *, source: str,
                 fetched_at: datetime | None) -> RawDocument | None:
    where = str(response.url)
    attempts = response.extensions.get(ATTEMPTS_EXTENSION, 1)
    if response.status_code == 304:
        log.info("%s: %s not modified", source, where)
        return None
    if response.status_code == 429:
        raise SourceError(
            f"rate limited (HTTP 429) after {attempts} attempt(s); Retry-After="
            f"{response.headers.get('retry-after', '-')}", url=where, source=source)
    if response.is_error:
        raise SourceError(
            f"HTTP {response.status_code} {response.reason_phrase} after {attempts} attempt(s)",
            url=where, source=source)
    media_type = response.headers.get("content-type", "application/octet-stream")
    return RawDocument(
        source=source,
        locator=where,
        content=content,
        fetched_at=fetched_at or datetime.now(UTC),
        media_type=media_type.split(";")[0].strip() or "application/octet-stream",
        meta={"status": response.status_code, "etag": response.headers.get("etag"),
              "last_modified": response.headers.get("last-modified")},
    )


def fetch_files(
    client: httpx.Client, urls: tuple[str, ...], *, source: str, request: FetchRequest
) -> list[RawDocument]:
    """GET whole files (a bulk mirror's raw URLs), skipping those the server says are unchanged."""
    docs = []
    for done, url in enumerate(urls, start=1):
        doc = get_document(client, rebase_url(url, request.base_url), source=source,
                           fetched_at=request.fetched_at)
        if doc is not None:
            docs.append(doc)
        if request.progress is not None:
            request.progress(done, len(urls))
    return docs


def decode_json(doc: RawDocument) -> Any:
    """Return a fetched document's JSON, raising SourceError (URL, position) if it is not JSON."""
    try:
        return json.loads(doc.content.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"response is not UTF-8 (byte {exc.start})", url=doc.locator,
                          source=doc.source) from exc
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"response is not valid JSON ({exc.msg} at char {exc.pos} of "
            f"{len(doc.content)} bytes; truncated?)", url=doc.locator, source=doc.source,
        ) from exc
    except (ValueError, RecursionError) as exc:  # a number past 4300 digits, deep nesting
        raise SourceError(f"response is not usable JSON ({type(exc).__name__})",
                          url=doc.locator, source=doc.source) from None


class JsonFileCache(MutableMapping[str, dict[str, str]]):
    """A validator cache kept in a small JSON file (written atomically by :meth:`save`)."""

    def __init__(self, path: Path, entries: dict[str, dict[str, str]] | None = None) -> None:
        self.path = path
        self._entries: dict[str, dict[str, str]] = dict(entries or {})

    @classmethod
    def load(cls, path: Path) -> JsonFileCache:
        """Read the cache at ``path``; a missing or unreadable file gives an empty cache."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        entries = {
            str(url): {str(k): str(v) for k, v in entry.items()}
            for url, entry in (data.items() if isinstance(data, dict) else [])
            if isinstance(entry, dict)
        }
        return cls(path, entries)

    def save(self) -> None:
        """Write the cache next to where it was loaded from (temp file, then rename)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._entries, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def __getitem__(self, key: str) -> dict[str, str]:
        return self._entries[key]

    def __setitem__(self, key: str, value: dict[str, str]) -> None:
        self._entries[key] = value

    def __delitem__(self, key: str) -> None:
        del self._entries[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)
