"""Ingesting the Oryx, Mediazona and DeepState folders, and `attrition territory --by month`.

1. ``ingest_independent``: wall time of ingesting ``oryx/``, ``mediazona/`` and
   ``deepstate/`` into a fresh database (areas computed geodesically at ingest).
   Target: ≤ 10 s (absolute; the baseline column shows a bare interpreter start).
2. ``cli_territory_by_month``: wall time of ``attrition territory --by month --json``
   over the whole stored history vs ``python -c 'import sqlite3'`` with the same
   interpreter, each the median of bench_cli_query.REPEATS runs. Target: ratio ≤ 3.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "data"
INGEST_TARGET_S = 10.0
QUERY_TARGET = 3.0


def _median_wall(cmd: list[str], env: dict[str, str]) -> float:
    """The CLI benchmark's timing rule (bench_cli_query._median_wall), loaded by path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_cli_query", HERE / "bench_cli_query.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    timed: float = module._median_wall(cmd, env)
    return timed


def _ingest(db: Path) -> float:
    from attrition.ingest import ingest_paths
    from attrition.store import open_store

    store = open_store(db)
    try:
        start = time.perf_counter()
        ingest_paths(store, [DATA / f for f in ("oryx", "mediazona", "deepstate")],
                     now=datetime.now(UTC))
        return time.perf_counter() - start
    finally:
        store.close()


def main() -> list[dict[str, Any]]:
    """Time the ingest once, then the territory query against its database."""
    if not DATA.is_dir():
        raise SystemExit(f"shared data not found at {DATA}")
    exe = Path(sys.executable).parent / "attrition"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "attrition"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATTRITION_")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "independent.sqlite"
        ingest = _ingest(db)
        cmd = [*command, "territory", "--by", "month", "--json", "--db", str(db)]
        out = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True).stdout)
        assert any(c["period_start"] == "2024-11-01" for c in out["data"]["changes"]), out
        value = _median_wall(cmd, env)
        base = _median_wall([sys.executable, "-c", "import sqlite3"], env)
    return [
        {"name": "ingest_independent", "value": ingest, "unit": "s", "baseline": base,
         "ratio": None, "target": f"<= {INGEST_TARGET_S:g} s", "ok": ingest <= INGEST_TARGET_S},
        {"name": "cli_territory_by_month", "value": value, "unit": "s", "baseline": base,
         "ratio": value / base, "target": f"ratio <= {QUERY_TARGET:g}",
         "ok": value / base <= QUERY_TARGET},
    ]


if __name__ == "__main__":
    for row in main():
        print(row)
