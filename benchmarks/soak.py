"""Soak: a fixed request rate for a bounded time, with an ingest (as `attrition update` does)
in the middle, started once every URL has answered once (readiness); reports errors, latency and the server's memory over time.

Usage: ``make soak`` (defaults: 300 s at 50 req/s, 2 workers) or
``python benchmarks/soak.py SECONDS RATE``. Local only (127.0.0.1), bounded in time and
count. The ingest at the half-way mark adds the equipment history to a record that starts
with personnel only, through its own connection while the workers keep reading; replies
must stay 200 and the answers must change after it (the cache follows the data version).
Exit 1 on any error or if resident memory grows by more than 25 % after warm-up.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
PI = HERE.parents[1] / "shared" / "data" / "petroivaniuk"
URLS = ("/v1/latest", "/v1/losses/personnel?by=month", "/v1/periods/personnel?by=week",
        "/v1/losses/tanks?on=2024-12-02", "/", "/explore/", "/v1/specs/en/personnel/month/loss.json",
        "/v1/status")


def _rss_kib(pid: int) -> int:
    """Return the resident memory of ``pid`` and its children (KiB)."""
    total = 0
    pids = [pid] + [int(p) for p in subprocess.run(
        ["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def main(seconds: int = 300, rate: int = 50) -> int:
    """Run the soak; return the exit status."""
    import attrition

    tmp = Path(tempfile.mkdtemp(prefix="attrition-soak-"))
    db = str(tmp / "record.sqlite")
    with attrition.open(db) as record:
        record.ingest([PI / "russia_losses_personnel.json"], source="petroivaniuk")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "ATTRITION_DB": db}
    server = subprocess.Popen(
        [sys.executable, "-m", "attrition", "serve", "--port", str(port), "--workers", "2"],
        env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    errors: list[str] = []
    latencies: list[float] = []
    memory: list[tuple[float, int]] = []
    changed: dict[str, bool] = {}
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/v1/latest", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        # readiness: each URL answers once before the clock starts (a cold start computes the
        # brief's forecast calibration, ~5 s CPU per worker; a load balancer would wait too)
        for url in URLS:
            httpx.get(base + url, timeout=180)
        before = httpx.get(base + "/v1/latest").json()["data"]

        def update() -> None:
            with attrition.open(db) as writer:
                writer.ingest([PI / "russia_losses_equipment.json"], source="petroivaniuk")

        updater = threading.Timer(seconds / 2, update)
        updater.start()
        start = time.monotonic()
        n = 0
        with httpx.Client(base_url=base, timeout=10) as client:
            while (now := time.monotonic() - start) < seconds:
                url = URLS[n % len(URLS)]
                t0 = time.perf_counter()
                try:
                    reply = client.get(url)
                    if reply.status_code != 200:
                        errors.append(f"{now:.1f}s {url} {reply.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{now:.1f}s {url} {exc!r}")
                latencies.append((time.perf_counter() - t0) * 1000)
                n += 1
                if n % (rate * 10) == 0:
                    memory.append((now, _rss_kib(server.pid)))
                pause = start + n / rate - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
        updater.join()
        after = httpx.get(base + "/v1/latest").json()["data"]
        changed["latest"] = len(after) > len(before)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    warm = [m for t, m in memory if t > 30] or [m for _, m in memory]
    growth = (warm[-1] - warm[0]) / warm[0] if len(warm) > 1 else 0.0
    q = statistics.quantiles(latencies, n=100)
    print(f"soak: {len(latencies):,} requests in {seconds} s at {rate}/s target; "
          f"errors {len(errors)}; p50 {q[49]:.1f} ms, p99 {q[98]:.1f} ms, max {max(latencies):.0f} ms")
    print("memory (RSS of the server, KiB) every 10 s: " + ", ".join(str(m) for _, m in memory))
    print(f"memory growth after warm-up: {growth:+.1%}; answers changed after the update: "
          f"{changed.get('latest')}")
    for line in errors[:20]:
        print("error:", line)
    ok = not errors and growth <= 0.25 and changed.get("latest", False)
    return 0 if ok else 1


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))
