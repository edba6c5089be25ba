"""Run every benchmark in this folder and print each result as a ratio against its baseline.

Each ``bench_*.py`` module exposes ``main() -> list[dict]`` with rows
``{name, value, unit, baseline, ratio, target}``; the baseline is timed in the same run.
Usage: ``make bench`` (or ``python benchmarks/run.py [name ...]``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    """Run the selected (default: all) benchmarks and print a table; exit 1 if a target is missed."""
    wanted = set(argv)
    rows: list[dict] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and path.stem.removeprefix("bench_") not in wanted and path.stem not in wanted:
            continue
        print(f"# {path.stem}", file=sys.stderr, flush=True)
        result = _load(path).main()
        rows.extend(result if isinstance(result, list) else [result])
    width = max((len(r["name"]) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'value':>12}  {'unit':<10} {'baseline':>12}  {'ratio':>8}  target  ok")
    missed = 0
    for r in rows:
        ok = r.get("ok")
        missed += ok is False
        base = r.get("baseline")
        ratio = r.get("ratio")
        print(
            f"{r['name']:<{width}}  {r['value']:>12.4g}  {r.get('unit', ''):<10} "
            f"{(f'{base:.4g}' if isinstance(base, int | float) else '-'):>12}  "
            f"{(f'{ratio:.2f}' if isinstance(ratio, int | float) else '-'):>8}  "
            f"{r.get('target', '-')}  {'yes' if ok else ('NO' if ok is False else '-')}"
        )
    (HERE.parent / "out").mkdir(exist_ok=True)
    (HERE.parent / "out" / "bench.json").write_text(json.dumps(rows, indent=2, default=str))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
