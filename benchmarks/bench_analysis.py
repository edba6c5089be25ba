"""Benchmark: period sums, one forecast with intervals, one-method backtest (issue 3 targets).

Uses the real PetroIvaniuk history (../shared/data/petroivaniuk), built as LossSeries with
the importer. Each timing is the best of N runs (as ``timeit`` advises) and has a baseline
timed in the same run:

* period sums — every category under both conventions, by month as ``period_rows``
  (target ≤ 20 ms), and by every period kind (day+week+month+quarter+year) as the columnar
  ``period_table`` (target ≤ 20 ms for the whole lot) and as ``period_rows``; "cold" wraps
  the rows in fresh LossSeries objects so the per-series array cache is empty (what a CLI
  call pays). Baseline: a plain pandas ``to_frame`` → ``groupby(month).sum()`` of the
  daily diffs.
* one forecast with 50/80/95% intervals from its calibration (target ≤ 50 ms; the
  library keeps the calibration in the store per data version). Baseline: the point
  forecast alone (EWMA rate, gap / rate). The calibration itself is timed once, no target.
* one-method backtest of personnel, milestones every 50,000 (target ≤ 5 s). Baseline:
  the same weekly origins cut with ``upto`` and a point forecast only.

Run: ``.venv/bin/python benchmarks/bench_analysis.py`` (or ``make bench``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from attrition.analysis.backtest import backtest
from attrition.analysis.forecast import forecast
from attrition.analysis.forecast_calibration import calibrate
from attrition.analysis.period_table import period_table
from attrition.analysis.periods import period_rows
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "petroivaniuk"
FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json",
         "russia_losses_equipment_correction.json")


def _load() -> dict[str, LossSeries]:
    """Every PetroIvaniuk category as the record builds it: ingested into a store."""
    from datetime import UTC, datetime

    from attrition.ingest import ingest_paths
    from attrition.store import open_store

    store = open_store(":memory:")
    ingest_paths(store, [DATA / name for name in FILES], now=datetime.now(UTC))
    series = {key: store.series(key) for key in store.consensus_categories()}
    store.close()
    return series


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _row(name: str, seconds: float, baseline: float | None, target_ms: float | None,
         unit: str = "ms") -> dict[str, Any]:
    scale = 1000.0 if unit == "ms" else 1.0
    value = seconds * scale
    row: dict[str, Any] = {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline * scale, 3),
        "ratio": None if not baseline else round(seconds / baseline, 2),
    }
    if target_ms is not None:
        row.update(target=f"<= {target_ms:g} {unit}", ok=value <= target_ms)
    return row


def main(repeat: int = 7) -> list[dict[str, Any]]:
    """Time the analysis targets on the full history; return benchmark rows."""
    series = _load()
    conventions = tuple(DateConvention)

    def periods(by: tuple[str, ...], fresh: bool, fn: Callable[..., object] = period_rows
                ) -> Callable[[], None]:
        def run() -> None:
            for s in series.values():
                target = LossSeries(s.category, s.rows) if fresh else s
                for conv in conventions:
                    for kind in by:
                        fn(target, kind, conv)
        return run

    def pandas_months() -> None:
        for s in series.values():
            for conv in conventions:
                frame = s.to_frame(conv)
                col = "loss_date" if conv is DateConvention.LOSS else "report_date"
                frame.groupby(frame[col].map(lambda d: (d.year, d.month)))["daily"].sum()

    periods(("month",), False)()  # warm imports
    base = _best(pandas_months, repeat)
    all_kinds = ("day", "week", "month", "quarter", "year")
    rows = [
        _row("period sums by month, all categories × 2 conventions (cold)",
             _best(periods(("month",), True), repeat), base, 20),
        _row("period sums by month, all categories × 2 conventions (warm)",
             _best(periods(("month",), False), repeat), base, 20),
        _row("period_table day+week+month+quarter+year, all categories × 2 conventions (cold)",
             _best(periods(all_kinds, True, period_table), repeat), base, 20),
        _row("period_table day+week+month+quarter+year, all categories × 2 conventions (warm)",
             _best(periods(all_kinds, False, period_table), repeat), base, 20),
        _row("period_rows day+week+month+quarter+year, all categories × 2 conventions (cold)",
             _best(periods(all_kinds, True), repeat), base, None),
    ]

    personnel = series["personnel"]
    as_of = date(2025, 10, 1)

    # the library keeps one calibration per data version in the store; a forecast reads it
    cal = calibrate(personnel, as_of=as_of)

    def one_forecast() -> None:
        forecast(LossSeries(personnel.category, personnel.rows), DateConvention.LOSS,
                 as_of=as_of, milestones=[1_200_000, 1_250_000, 1_300_000],
                 on=[date(2025, 12, 31)], calibration=cal)

    def point_only() -> None:
        cut = personnel.upto(as_of)
        alpha = 1 - 0.5 ** (1 / 7)
        rate = float(cut.rows[1].increment_diff or 0)
        for r in cut.rows[1:]:
            rate = alpha * (r.increment_diff or 0) + (1 - alpha) * rate
        _ = [(m - cut.rows[-1].total) / rate for m in (1_200_000, 1_250_000, 1_300_000)]

    one_forecast()
    rows.append(_row("one forecast with 50/80/95% intervals (personnel)",
                     _best(one_forecast, repeat), _best(point_only, repeat), 50))

    rows.append(_row("one calibration (auto: 3 methods, rolling origins; once per data "
                     "version)", _best(lambda: calibrate(personnel, as_of=as_of), 1), None, None,
                     unit="s"))

    def run_backtest() -> None:
        backtest(personnel, step=50_000, method="ewma7")

    def point_backtest() -> None:
        o = date(2023, 1, 2)
        while o <= personnel.rows[-1].report_date - timedelta(days=120):
            cut = personnel.upto(o)
            alpha = 1 - 0.5 ** (1 / 7)
            rate = float(cut.rows[1].increment_diff or 0)
            for r in cut.rows[1:]:
                rate = alpha * (r.increment_diff or 0) + (1 - alpha) * rate
            o += timedelta(days=7)

    rows.append(_row("one-method backtest, personnel, step 50,000", _best(run_backtest, 3),
                     _best(point_backtest, 3), 5, unit="s"))
    return rows


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
