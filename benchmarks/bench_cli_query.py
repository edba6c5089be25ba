"""Wall time of the hot CLI queries vs starting Python (issue 9 targets).

Each query runs as a subprocess against a database holding the full history
(PetroIvaniuk + lod-db + minfin, imported once before timing). The baseline is
``python -c 'import sqlite3'`` with the same interpreter (``sys.executable``; a
``python3`` found on PATH may be a slower shim, which would flatter the ratio), timed
in the same run, interleaved with the queries. Each side is the median of ``REPEATS``
runs, after a warm-up run. Both sides run with bytecode caching on (a private
``PYTHONPYCACHEPREFIX``, PYTHONDONTWRITEBYTECODE unset): an installed CLI has its .pyc
files, and the baseline's stdlib has them, so compiling attrition's sources on every
call would time the compiler, not the command. Likewise ``check`` keeps its compiled regular
expressions in a private ``ATTRITION_CACHE_DIR``, filled by the warm-up run (an installed CLI
has them in the user cache after its first run). Targets (ratio to the baseline):

* ``losses personnel --on 2024-12-02 --json`` ≤ 2
* ``losses personnel --by month --json`` ≤ 4
* ``extremes personnel --top 5 --json`` ≤ 4

And ``check ARTICLE --json`` of the 5,027-word article (bench_claims._long_article: the real
articles of ../shared/articles, headers dropped) in a fresh process, against the same
baseline; target (issue 11): ≤ 300 ms wall.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CHECK_TARGET_S = 0.300
REPEATS = 10
QUERIES: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("cli_losses_on_day", ("losses", "personnel", "--on", "2024-12-02", "--json"), 2.0),
    ("cli_losses_by_month", ("losses", "personnel", "--by", "month", "--json"), 4.0),
    ("cli_extremes_top5", ("extremes", "personnel", "--top", "5", "--json"), 4.0),
)


def _median_wall(cmd: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _build(db: Path) -> None:
    from attrition.ingest import ingest_paths
    from attrition.store import open_store

    store = open_store(db)
    try:
        folders = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv")
        ingest_paths(store, [DATA / f for f in folders], now=datetime.now(UTC))
    finally:
        store.close()


def command_env(tmp: Path) -> dict[str, str]:
    """The environment a timed command runs in: as an installed CLI's, caches on (see above).

    Bytecode is cached under ``tmp`` (PYTHONDONTWRITEBYTECODE unset, a private
    ``PYTHONPYCACHEPREFIX``) and so are check's kept patterns (``ATTRITION_CACHE_DIR``); no
    other ``ATTRITION_`` setting of the caller leaks in. Warm up once before timing.
    """
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("ATTRITION_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env["ATTRITION_CACHE_DIR"] = str(tmp / "cache")  # check's kept patterns, like the .pyc files
    return env


def main() -> list[dict[str, Any]]:
    """Build the database, then time each query and the baseline."""
    if not DATA.is_dir():
        raise SystemExit(f"shared data not found at {DATA}")
    exe = Path(sys.executable).parent / "attrition"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "attrition"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = command_env(Path(tmp))
        db = Path(tmp) / "history.sqlite"
        _build(db)
        for name, query, target in QUERIES:
            cmd = [*command, *query, "--db", str(db)]
            out = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True).stdout)
            assert out["ok"] and out["data"], out
            if name == "cli_losses_on_day":
                assert out["data"][0]["total"] == 745_700, out
            baseline = [sys.executable, "-c", "import sqlite3"]
            subprocess.run(baseline, env=env, check=True)  # warm-up: writes the caches
            value = _median_wall(cmd, env)
            base = _median_wall(baseline, env)
            ratio = value / base
            rows.append({"name": name, "value": value, "unit": "s", "baseline": base,
                         "ratio": ratio, "target": f"ratio <= {target:g}", "ok": ratio <= target})
        rows.append(_check_row(command, db, env, Path(tmp)))
    return rows


def _check_row(command: list[str], db: Path, env: dict[str, str], tmp: Path) -> dict[str, Any]:
    """Time ``check ARTICLE --json`` of the long article in a fresh process, and the baseline in turn."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_claims", Path(__file__).with_name("bench_claims.py"))
    assert spec and spec.loader
    claims = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(claims)
    article = tmp / "long.txt"
    article.write_text(claims._long_article(REPO.parent / "shared" / "articles"), encoding="utf-8")
    cmd = [*command, "check", str(article), "--json", "--db", str(db)]
    out = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True).stdout)
    assert out["ok"] and out["data"]["claims"], out
    value = _median_wall(cmd, env)
    base = _median_wall([sys.executable, "-c", "import sqlite3"], env)
    words = len(article.read_text(encoding="utf-8").split())
    return {"name": f"cli_check_{words}_words", "value": value, "unit": "s", "baseline": base,
            "ratio": value / base, "target": f"<= {CHECK_TARGET_S:g} s", "ok": value <= CHECK_TARGET_S}


if __name__ == "__main__":
    for row in main():
        print(json.dumps(row))
