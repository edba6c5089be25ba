"""Benchmark: General Staff report texts parsed per second, against a bare regex baseline.

Parses the 12 shared report texts (../shared/data/report-texts) repeatedly with
``attrition.sources.gs_text.parse_report`` and, in the same run, times a baseline that only
splits lines and runs one ``re.findall`` per text. Target: at least 5,000 reports/s.
Run: ``.venv/bin/python benchmarks/bench_parse.py``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from attrition.sources.gs_text import known_date_from_path, parse_report

REPORT_TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "report-texts"
TARGET_REPORTS_PER_SECOND = 5_000
_PASSES = 20  # passes over the 12 texts per timed run
Texts = list[tuple[str, str, date | None]]
_BASELINE = re.compile(r"(\D+?)\s*[-‒–—:]\s*(?:\D{0,20}?)(\d[\d ]*)\s*\(\+?(\d*)\)")


def _texts() -> Texts:
    files = sorted(REPORT_TEXTS.glob("*.txt"))
    if not files:
        raise SystemExit(f"no report texts found in {REPORT_TEXTS}")
    return [(f.read_text(encoding="utf-8"), str(f), known_date_from_path(f)) for f in files]


def _rate(run: Callable[[str, str, date | None], object], texts: Texts, repeat: int) -> float:
    """Return texts handled per second by ``run``: the best of ``repeat`` timed passes.

    Best-of-N (as ``timeit`` advises) keeps the number steady on a shared, busy machine.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(_PASSES):
            for text, path, known in texts:
                run(text, path, known)
        best = min(best, time.perf_counter() - start)
    return _PASSES * len(texts) / best


def _parse(text: str, path: str, known: date | None) -> None:
    parse_report(text, path=path, known_date=known)


def _baseline(text: str, path: str, known: date | None) -> None:
    for line in text.splitlines():
        _BASELINE.findall(line)


def main(repeat: int = 7) -> list[dict[str, object]]:
    """Time the parser and the baseline on the shared texts; return the row for run.py."""
    result = measure(repeat)
    return [
        {
            "name": f"report-text parser ({result['texts']} real texts)",
            "value": result["reports_per_second"],
            "unit": "reports/s",
            "baseline": result["baseline_reports_per_second"],
            "ratio": result["ratio_to_baseline"],
            "target": f">= {TARGET_REPORTS_PER_SECOND:,} reports/s",
            "ok": result["meets_target"],
        }
    ]


def measure(repeat: int = 7) -> dict[str, float | int | bool]:
    """Time the parser and the baseline on the shared texts; return rates and their ratio."""
    texts = _texts()
    for text, path, known in texts:  # warm caches and fail early on a parse error
        _parse(text, path, known)
    parser = _rate(_parse, texts, repeat)
    baseline = _rate(_baseline, texts, repeat)
    return {
        "texts": len(texts),
        "reports_per_second": round(parser, 1),
        "baseline_reports_per_second": round(baseline, 1),
        "ratio_to_baseline": round(parser / baseline, 3),
        "target_reports_per_second": TARGET_REPORTS_PER_SECOND,
        "meets_target": parser >= TARGET_REPORTS_PER_SECOND,
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
