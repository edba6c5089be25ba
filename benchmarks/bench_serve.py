"""Serving: /v1/latest and the month series under load, next to a static file of the same bytes.

Starts the desk with uvicorn (2 workers, like `attrition serve --workers 2`) on
127.0.0.1 over a record of the PetroIvaniuk history, then drives it with `wrk` (C, one
thread, 16 connections, BENCH_SERVE_SECONDS each, default 10, alternating with the baseline
BENCH_SERVE_ROUNDS times, default 3, best of each kept: the 2 cores are shared) — bounded in
time, local only. The baseline is a static file with the same bytes served by the same
server (through the same middleware: a cache hit is the fast path of both).
`POST /v1/check` of the seed article is timed with a plain client: the first (cold) call
and the p50 of 30 repeats (answered from the cache keyed by data version).
Targets (2 cores): /v1/latest ≥ 3,000 req/s with p99 ≤ 20 ms; month series ≥ 1,000
req/s; check p50 ≤ 150 ms.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
PI = ("russia_losses_personnel.json", "russia_losses_equipment.json",
      "russia_losses_equipment_correction.json")
SECONDS = int(os.environ.get("BENCH_SERVE_SECONDS", "10"))
WORKERS = int(os.environ.get("BENCH_SERVE_WORKERS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_SERVE_CONNECTIONS", "16"))
ROUNDS = int(os.environ.get("BENCH_SERVE_ROUNDS", "3"))


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wrk(url: str, seconds: int = SECONDS) -> tuple[float, float]:
    """Return (requests/s, p99 ms) of `wrk` against ``url``."""
    out = subprocess.run(
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency",
         "-H", "Accept-Encoding: gzip", url],
        capture_output=True, text=True, check=True, timeout=seconds + 60,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    assert p99, out
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    if "Non-2xx" in out or "Socket errors" in out:
        print(out, file=sys.stderr)
    return rate, float(p99.group(1)) * scale


def _start(db: str, files: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ATTRITION_DB": db, "BENCH_FILES": str(files),
           "PYTHONPATH": str(HERE) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "serve_app:app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(WORKERS), "--log-level", "warning",
         "--no-access-log"], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/latest", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def main() -> list[dict[str, object]]:
    """Return the serve benchmark rows."""
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    import attrition

    tmp = Path(tempfile.mkdtemp(prefix="attrition-bench-serve-"))
    db = str(tmp / "record.sqlite")
    with attrition.open(db) as record:
        record.ingest([SHARED / "data" / "petroivaniuk" / n for n in PI], source="petroivaniuk")
    files = tmp / "files"
    files.mkdir()
    port = _port()
    base = f"http://127.0.0.1:{port}"
    (files / "latest.json").write_bytes(b"")  # filled below with the real bytes
    proc = _start(db, files, port)
    rows: list[dict[str, object]] = []
    try:
        latest = httpx.get(base + "/v1/latest").content
        (files / "latest.json").write_bytes(latest)
        month = httpx.get(base + "/v1/losses/personnel?by=month").content
        (files / "month.json").write_bytes(month)
        for name, url, static, target_rate, target_p99 in (
            ("serve /v1/latest", "/v1/latest", "/bench-files/latest.json", 3000, 20.0),
            ("serve /v1/losses/personnel?by=month", "/v1/losses/personnel?by=month",
             "/bench-files/month.json", 1000, None),
        ):
            _wrk(base + url, 2)  # warm-up: every worker fills its cache
            _wrk(base + static, 2)
            # alternate the two, ROUNDS times, and keep each one's best: the machine is shared
            runs = [(_wrk(base + url), _wrk(base + static)) for _ in range(ROUNDS)]
            rate, p99 = max(r[0][0] for r in runs), min(r[0][1] for r in runs)
            base_rate, base_p99 = max(r[1][0] for r in runs), min(r[1][1] for r in runs)
            rows.append({"name": f"{name} req/s", "value": rate, "unit": "req/s",
                         "baseline": base_rate, "ratio": rate / base_rate,
                         "target": f">= {target_rate}", "ok": rate >= target_rate})
            rows.append({"name": f"{name} p99", "value": p99, "unit": "ms",
                         "baseline": base_p99, "ratio": p99 / base_p99,
                         "target": f"<= {target_p99}" if target_p99 else "-",
                         "ok": (p99 <= target_p99) if target_p99 else None})
        seed = (SHARED / "articles" / "2024-12-03_en_newsweek.txt").read_text(encoding="utf-8")
        body = {"text": seed, "as_of": "2024-12-03"}
        with httpx.Client(base_url=base, timeout=60) as client:
            t0 = time.perf_counter()
            assert client.post("/v1/check", json=body).status_code == 200
            cold = (time.perf_counter() - t0) * 1000
            times = []
            for _ in range(30):
                t0 = time.perf_counter()
                client.post("/v1/check", json=body)
                times.append((time.perf_counter() - t0) * 1000)
        p50 = statistics.median(times)
        rows.append({"name": "serve POST /v1/check seed p50", "value": p50, "unit": "ms",
                     "baseline": cold, "ratio": p50 / cold, "target": "<= 150",
                     "ok": p50 <= 150})
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    for row in main():
        print(row)
