"""`attrition update` against hostile servers on 127.0.0.1: time and peak memory (issue 14).

Every live source is pointed at one local server (``ATTRITION_BASE_URL``) that answers
every request in one of three ways:

* ``404`` — every URL is missing (the quick failure: a baseline for time and memory);
* ``drip`` — headers, then one body byte per second of a 1 MB body: only the deadline
  can stop it (``ATTRITION_UPDATE_DEADLINE`` = :data:`DEADLINE_S` here);
* ``endless`` — a body of unknown length sent as fast as it is read: only the download
  cap (50 MB by default) can stop it.

Each row is one ``attrition update --json`` process on a fresh database: wall time,
CPU time and peak RSS from ``getrusage(RUSAGE_CHILDREN)`` in a fresh measuring interpreter
(so the numbers are that update's alone). Targets: the
whole update process (start-up and exit included: the deadline counts from the
command's start) ends within its deadline and exits 1 with a clean error (no traceback),
and its peak memory stays under 300 MB. ``BENCH_UPDATE_DEFAULT=1`` adds one ``drip``
run with the default 120 s deadline (takes two minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DEADLINE_S = 20.0
DEFAULT_DEADLINE_S = 120.0
MEMORY_TARGET_MB = 300.0
STOP = threading.Event()


class Hostile(BaseHTTPRequestHandler):
    """Answers every GET as ``server.mode`` says; stops when STOP is set."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        mode = getattr(self.server, "mode", "404")
        try:
            if mode == "404":
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif mode == "drip":
                self.send_response(200)
                self.send_header("Content-Length", str(1 << 20))  # under the download cap
                self.end_headers()
                while not STOP.is_set():
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    STOP.wait(1.0)
            else:
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                chunk = b"y" * 65536
                while not STOP.is_set():
                    self.wfile.write(chunk)
        except OSError:  # the client gave up
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return


def _run(mode: str, deadline_s: float | None) -> dict[str, Any]:
    """Run one ``attrition update --json`` against a server in ``mode``; return its measures."""
    STOP.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    server.mode = mode  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    exe = Path(sys.executable).parent / "attrition"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "ATTRITION_BASE_URL": f"http://127.0.0.1:{server.server_port}",
               "ATTRITION_DB": str(Path(tmp) / "a.db"), "NO_COLOR": "1"}
        env.pop("ATTRITION_UPDATE_DEADLINE", None)
        if deadline_s is not None:
            env["ATTRITION_UPDATE_DEADLINE"] = str(deadline_s)
        started = time.monotonic()
        child = subprocess.Popen([str(exe), "update", "--json"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = child.communicate()
        wall = time.monotonic() - started
    STOP.set()
    server.shutdown()
    server.server_close()
    return {"wall": wall, "code": child.returncode, "out": out, "err": err}


def _answer(mode: str, deadline_s: float | None) -> dict[str, Any]:
    """Run one update and report it with this process's ``RUSAGE_CHILDREN`` (that update alone)."""
    import resource

    result = _run(mode, deadline_s)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": result["wall"], "code": result["code"],
            "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "traceback": b"Traceback" in result["err"] + result["out"],
            "ok_false": b'"ok": false' in result["out"] or b'"ok":false' in result["out"],
            "tail": (result["out"] + result["err"]).decode("utf-8", "replace")[-300:]}


def _measure(mode: str, deadline_s: float | None) -> dict[str, Any]:
    """Measure one update from a fresh, small interpreter, not a fork of this one.

    Linux keeps a process's peak RSS across ``fork`` and ``exec``: an update started from a
    fork of the benchmark runner (which holds every earlier benchmark's data, ~260 MB) reported
    the runner's peak as its own. A new interpreter running only this module starts small, so
    the peak its child reports is the update's.
    """
    argv = [sys.executable, str(Path(__file__).resolve()), "--measure", mode,
            "" if deadline_s is None else str(deadline_s)]
    done = subprocess.run(argv, capture_output=True, check=True)
    measured: dict[str, Any] = json.loads(done.stdout)
    return measured


def main() -> list[dict[str, Any]]:
    """Time the three hostile servers (and the default deadline when asked)."""
    runs = [("404", DEADLINE_S), ("drip", DEADLINE_S), ("endless", DEADLINE_S)]
    if os.environ.get("BENCH_UPDATE_DEFAULT") == "1":
        runs.append(("drip", None))
    results = {}
    rows: list[dict[str, Any]] = []
    for mode, deadline in runs:
        label = f"update_{mode}" + ("_default_deadline" if deadline is None else "")
        measured = _measure(mode, deadline)
        results[label] = measured
        print(f"# {label}: {json.dumps(measured)[:400]}", file=sys.stderr, flush=True)
        limit = (deadline or DEFAULT_DEADLINE_S)
        clean = measured["code"] == 1 and not measured["traceback"]
        rows.append({
            "name": f"{label}_wall", "value": measured["wall"], "unit": "s",
            "baseline": limit, "ratio": measured["wall"] / limit,
            "target": f"<= deadline {limit:g} s (whole process), exit 1, no traceback",
            "ok": measured["wall"] <= limit and clean,
        })
        rows.append({"name": f"{label}_cpu", "value": measured["cpu"], "unit": "s CPU",
                     "baseline": None, "ratio": None, "target": "-", "ok": None})
        base = results["update_404"]["peak_mb"]
        rows.append({
            "name": f"{label}_peak_rss", "value": measured["peak_mb"], "unit": "MB",
            "baseline": base, "ratio": measured["peak_mb"] / base,
            "target": f"< {MEMORY_TARGET_MB:g} MB", "ok": measured["peak_mb"] < MEMORY_TARGET_MB,
        })
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(_answer(sys.argv[2], float(sys.argv[3]) if sys.argv[3] else None)))
    else:
        for row in main():
            print(row)
