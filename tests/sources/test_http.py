"""The configured HTTP client: retries, Retry-After, validators, rate limit — against 127.0.0.1."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from attrition.errors import SourceError
from attrition.model.records import RawDocument
from attrition.sources.http import (
    JsonFileCache,
    RetryPolicy,
    decode_json,
    get_document,
    make_client,
    rebase_url,
    retry_after_seconds,
)

UA = "attrition-tests/1.0 (+https://example.org)"


class FakeTime:
    """A monotonic clock that only moves when ``sleep`` is called."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def client(fake: FakeTime, *, cache: Any = None, timeout: float = 5.0, **kw: Any) -> Any:
    return make_client(UA, timeout, cache=cache, sleep=fake.sleep, clock=fake.clock,
                       random=lambda: 0.5, **kw)


def test_client_sends_the_descriptive_user_agent(http_replay: Any) -> None:
    http_replay.serve("/x", http_replay.Reply(200, {"Content-Type": "text/plain"}, b"ok"))
    with client(FakeTime()) as c:
        doc = get_document(c, http_replay.url("/x"), source="test")
    assert doc is not None and doc.content == b"ok" and doc.media_type == "text/plain"
    assert http_replay.hits("/x")[0].headers["user-agent"] == UA


def test_500_three_times_gives_up_with_an_error_naming_the_url(http_replay: Any) -> None:
    R = http_replay.Reply
    http_replay.serve("/flaky", R(500), R(500), R(500), R(200, body=b"too late"))
    fake = FakeTime()
    with client(fake) as c, pytest.raises(SourceError) as caught:
        get_document(c, http_replay.url("/flaky"), source="test")
    assert len(http_replay.hits("/flaky")) == 3
    assert "HTTP 500" in caught.value.message and "3 attempt" in caught.value.message
    assert caught.value.url == http_replay.url("/flaky")
    assert fake.sleeps == [1.0, 2.0]  # backoff doubles; jitter fixed at the midpoint


def test_timeout_then_success(http_replay: Any) -> None:
    R = http_replay.Reply
    http_replay.serve("/slow", R(200, body=b"late", delay_s=1.0), R(200, body=b"fresh"))
    with client(FakeTime(), timeout=0.2) as c:
        doc = get_document(c, http_replay.url("/slow"), source="test")
    assert doc is not None and doc.content == b"fresh"
    assert len(http_replay.hits("/slow")) == 2


def test_timeouts_every_time_raise_a_source_error(http_replay: Any) -> None:
    http_replay.serve("/slow", http_replay.Reply(200, body=b"late", delay_s=1.0))
    with client(FakeTime(), timeout=0.2, retry=RetryPolicy(attempts=2)) as c, \
            pytest.raises(SourceError, match="timed out"):
        get_document(c, http_replay.url("/slow"), source="test")


def test_429_waits_as_long_as_retry_after_says(http_replay: Any) -> None:
    R = http_replay.Reply
    http_replay.serve("/busy", R(429, {"Retry-After": "7"}), R(200, body=b"ok"))
    fake = FakeTime()
    with client(fake) as c:
        doc = get_document(c, http_replay.url("/busy"), source="test")
    assert doc is not None and doc.content == b"ok"
    assert 7.0 in fake.sleeps


def test_retry_after_longer_than_the_cap_is_reported_not_waited(http_replay: Any) -> None:
    http_replay.serve("/busy", http_replay.Reply(429, {"Retry-After": "86400"}))
    fake = FakeTime()
    with client(fake) as c, pytest.raises(SourceError, match="429"):
        get_document(c, http_replay.url("/busy"), source="test")
    assert fake.sleeps == [] and len(http_replay.hits("/busy")) == 1


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 8, 8, 6, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120.0
    assert retry_after_seconds("Sat, 08 Aug 2026 06:01:30 GMT", now) == 90.0
    assert retry_after_seconds("Sat, 08 Aug 2026 05:00:00 GMT", now) == 0.0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def test_etag_makes_the_second_request_conditional(http_replay: Any) -> None:
    R = http_replay.Reply
    http_replay.serve("/data.json", R(200, {"Content-Type": "application/json"}, b"[1]",
                                      etag='"v1"'))
    cache: dict[str, dict[str, str]] = {}
    with client(FakeTime(), cache=cache) as c:
        first = get_document(c, http_replay.url("/data.json"), source="test")
        second = get_document(c, http_replay.url("/data.json"), source="test")
    assert first is not None and second is None  # 304: unchanged, nothing downloaded
    assert cache[http_replay.url("/data.json")]["etag"] == '"v1"'
    hits = http_replay.hits("/data.json")
    assert "if-none-match" not in hits[0].headers
    assert hits[1].headers["if-none-match"] == '"v1"'


def test_last_modified_is_sent_back_as_if_modified_since(http_replay: Any) -> None:
    stamp = "Sat, 08 Aug 2026 04:36:00 GMT"
    http_replay.serve("/page", http_replay.Reply(200, {"Last-Modified": stamp}, b"x"))
    cache: dict[str, dict[str, str]] = {}
    with client(FakeTime(), cache=cache) as c:
        get_document(c, http_replay.url("/page"), source="test")
        get_document(c, http_replay.url("/page"), source="test")
    assert http_replay.hits("/page")[1].headers["if-modified-since"] == stamp


def test_requests_to_one_host_are_spaced_by_the_rate_limit(http_replay: Any) -> None:
    http_replay.serve("/a", http_replay.Reply(200, body=b"a"))
    fake = FakeTime()
    with client(fake, min_interval_s=2.5) as c:
        for _ in range(3):
            get_document(c, http_replay.url("/a"), source="test")
    assert fake.sleeps == [2.5, 2.5]


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    fake = FakeTime()
    with client(fake) as c, pytest.raises(SourceError, match="ConnectError") as caught:
        get_document(c, f"http://127.0.0.1:{port}/x", source="test")
    assert caught.value.url == f"http://127.0.0.1:{port}/x"
    assert len(fake.sleeps) == 2


def test_backoff_doubles_and_is_capped() -> None:
    policy = RetryPolicy(backoff_s=1.0, max_backoff_s=5.0)
    assert [policy.backoff(n, 0.5) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]
    assert policy.backoff(1, 0.0) == 0.5 and policy.backoff(1, 0.999) == pytest.approx(1.499)


def test_rebase_url_keeps_path_and_query() -> None:
    url = "https://russianwarship.rip/api/v2/statistics?offset=50&limit=50"
    assert rebase_url(url, "http://127.0.0.1:8765") == (
        "http://127.0.0.1:8765/api/v2/statistics?offset=50&limit=50")
    assert rebase_url(url, None) == url
    assert rebase_url("https://raw.githubusercontent.com/a/b/HEAD/f.json",
                      "http://mirror.local/gh/") == "http://mirror.local/gh/a/b/HEAD/f.json"


def test_truncated_json_names_the_url_and_position() -> None:
    doc = RawDocument("test", "http://x/y.json", b'{"data": [1, 2', datetime.now(UTC))
    with pytest.raises(SourceError, match="not valid JSON") as caught:
        decode_json(doc)
    assert caught.value.url == "http://x/y.json"


def test_json_file_cache_survives_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite.http-cache.json"
    cache = JsonFileCache.load(path)
    assert len(cache) == 0
    cache["http://x/a"] = {"etag": '"1"', "sha256": "ab"}
    cache.save()
    again = JsonFileCache.load(path)
    assert dict(again) == {"http://x/a": {"etag": '"1"', "sha256": "ab"}}
    path.write_text("{not json", encoding="utf-8")
    assert len(JsonFileCache.load(path)) == 0  # a damaged cache only costs a download


def test_fetched_at_is_stamped_on_the_document(http_replay: Any) -> None:
    http_replay.serve("/x", http_replay.Reply(200, body=b"ok"))
    when = datetime(2026, 8, 8, 5, 0, tzinfo=UTC)
    with client(FakeTime()) as c:
        doc = get_document(c, http_replay.url("/x"), source="test", fetched_at=when)
    assert doc is not None and doc.fetched_at == when and doc.locator == http_replay.url("/x")
    assert doc.fetched_at - when == timedelta(0)


# --- bounds (issue 14 items 4 and 5) -------------------------------------------------------


def test_drip_feed_server_fails_within_the_request_deadline(http_replay: Any) -> None:
    """Item 4: one byte every 50 ms never trips the per-read timeout; the deadline stops it."""
    import time

    http_replay.serve("/drip", http_replay.Reply(200, body=b"x" * 10_000, drip_s=0.05))
    started = time.monotonic()
    with client(FakeTime(), timeout=5.0, request_deadline_s=0.5) as c, \
            pytest.raises(SourceError, match="deadline of 0.5s passed") as caught:
        get_document(c, http_replay.url("/drip"), source="test")
    assert time.monotonic() - started < 0.5 + 0.5  # the deadline plus at most one byte's wait
    assert caught.value.url == http_replay.url("/drip")


def test_a_sleeping_server_costs_one_deadline_not_a_timeout_per_attempt(http_replay: Any) -> None:
    """Item 4: retries of a stalled server stop at the deadline (was 3 x 20 s + backoff)."""
    import time

    http_replay.serve("/stall", http_replay.Reply(200, body=b"late", delay_s=3.0))
    started = time.monotonic()
    with make_client(UA, 1.0, retry=RetryPolicy(attempts=5, backoff_s=0.01),
                     request_deadline_s=1.5) as c, pytest.raises(SourceError, match="timed out"):
        get_document(c, http_replay.url("/stall"), source="test")
    assert time.monotonic() - started < 2.5
    assert len(http_replay.hits("/stall")) <= 2


def test_oversized_streamed_body_is_abandoned_at_the_cap_with_bounded_memory(
    http_replay: Any,
) -> None:
    """Item 5: a body of unknown length is counted while streamed and dropped past the cap."""
    import tracemalloc

    sent = []

    def endless() -> Any:
        for _ in range(4096):  # 256 MB if nobody stopped reading
            sent.append(1)
            yield b"y" * 65536

    http_replay.serve("/huge", http_replay.Reply(200, {"Content-Type": "text/csv"},
                                                 stream=endless))
    tracemalloc.start()
    try:
        with client(FakeTime(), max_body_bytes=2 * 1024 * 1024) as c, \
                pytest.raises(SourceError, match="exceeds the download limit of 2 MB"):
            get_document(c, http_replay.url("/huge"), source="test")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    assert len(sent) < 4096


def test_declared_oversized_body_is_refused_before_reading(http_replay: Any) -> None:
    http_replay.serve("/big", http_replay.Reply(200, body=b"z" * 5000))
    with client(FakeTime(), max_body_bytes=1000) as c, \
            pytest.raises(SourceError, match="Content-Length 5000"):
        get_document(c, http_replay.url("/big"), source="test")


def test_the_default_download_cap_is_50_mb() -> None:
    from attrition.config import Settings
    from attrition.sources.http import MAX_BODY_BYTES

    assert MAX_BODY_BYTES == 50 * 1024 * 1024 == Settings(db="x").max_download_bytes


def test_a_server_that_stalls_mid_body_fails_at_the_deadline_not_a_read_timeout_later(
    http_replay: Any,
) -> None:
    """Item 4: the deadline was checked between chunks; a blocked read ran its full timeout."""
    import time

    def stalls() -> Any:
        yield b"a" * 1000
        time.sleep(2.5)  # longer than the deadline, shorter than the read timeout
        yield b"b" * 1000

    http_replay.serve("/stall-body", http_replay.Reply(200, stream=stalls))
    started = time.monotonic()
    with make_client(UA, 5.0, request_deadline_s=0.5) as c, \
            pytest.raises(SourceError, match="deadline of 0.5s passed"):
        get_document(c, http_replay.url("/stall-body"), source="test")
    assert time.monotonic() - started < 0.5 + 0.75  # was 2.5 s: the stall, not the deadline


def test_a_server_that_drips_its_headers_fails_at_the_deadline() -> None:
    """Item 4: each header byte within the read timeout kept the request alive past the deadline."""
    import socket
    import threading
    import time

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def drip() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            for _ in range(30):  # 3 s at most: the server stops by itself
                if stop.is_set():
                    return
                try:
                    conn.sendall(b"X")
                except OSError:
                    return
                time.sleep(0.1)

    server = threading.Thread(target=drip, daemon=True)
    server.start()
    started = time.monotonic()
    try:
        with make_client(UA, 5.0, request_deadline_s=0.5,
                         retry=RetryPolicy(attempts=1)) as c, \
                pytest.raises(SourceError, match="deadline of 0.5s passed"):
            get_document(c, f"http://127.0.0.1:{port}/headers", source="test")
        took = time.monotonic() - started
    finally:
        stop.set()
        server.join(5)
        listener.close()
    assert took < 0.5 + 0.75  # was the whole 3 s drip


def test_the_default_transport_clamps_socket_waits_to_the_deadline() -> None:
    """httpx does not pass a network backend through; the pool it builds must take ours."""
    from attrition.sources.http import DeadlineHTTPTransport, _DeadlineBackend

    transport = DeadlineHTTPTransport()
    assert isinstance(transport._pool._network_backend, _DeadlineBackend)


def test_a_kept_download_error_does_not_keep_the_body_read_so_far(http_replay: Any) -> None:
    """Item 5: the error's traceback held each abandoned body: 5 failed sources, 250 MB."""
    import tracemalloc

    def endless() -> Any:
        for _ in range(200):  # 12.5 MB if nobody stopped reading
            yield b"y" * 65536

    http_replay.serve("/huge", http_replay.Reply(200, stream=endless))
    kept = []
    tracemalloc.start()
    try:
        with client(FakeTime(), max_body_bytes=2 * 1024 * 1024) as c:
            for _ in range(3):
                with pytest.raises(SourceError, match="exceeds the download limit") as caught:
                    get_document(c, http_replay.url("/huge"), source="test")
                kept.append(caught.value)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(kept) == 3
    assert held < 2 * 1024 * 1024  # was 3 x 2 MB: one abandoned body per kept error
