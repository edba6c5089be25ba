"""Forecasts through the library: no look-ahead against a truncated store, cached calibration."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import attrition
from attrition.model.dates import DateConvention

CUT = "2024-06-30"  # the truncated store holds reports published up to about this day


def _truncated_copy(folder: Path, into: Path, cut: str) -> Path:
    into.mkdir()
    for src in folder.glob("*.json"):
        rows = json.loads(src.read_text())
        if isinstance(rows, list) and rows and isinstance(rows[0], dict) and "date" in rows[0]:
            rows = [r for r in rows if r["date"] <= cut]
        (into / src.name).write_text(json.dumps(rows))
    return into


@pytest.mark.integration
@pytest.mark.parametrize("category", ["uavs", "personnel"])
def test_a_forecast_as_of_a_day_equals_one_from_a_store_truncated_there(
    shared_data: Path, tmp_path: Path, category: str,
) -> None:
    folder = shared_data / "petroivaniuk"
    short = _truncated_copy(folder, tmp_path / "short", CUT)
    with attrition.open(tmp_path / "short.sqlite") as small:
        small.ingest([short])
        origin = small.loss_series(category).rows[-1].report_date
        seen = small.forecast(category, [3_000_000, 4_000_000], convention="report").forecast
    with attrition.open(tmp_path / "full.sqlite") as full:
        full.ingest([folder])
        assert full.loss_series(category).rows[-1].report_date > origin
        then = full.forecast(category, [3_000_000, 4_000_000], as_of=origin,
                             convention="report").forecast
        scored = full.backtest(category, step=250_000 if category == "personnel" else 20_000,
                               start=origin, as_of=None).backtest
    assert seen == then
    assert seen.as_of == origin and set(seen.method.split("+")) <= {"ewma7", "trend", "growth"}
    assert scored.first_origin == origin  # the backtest's first origin is the same forecast


@pytest.mark.integration
def test_the_calibration_is_computed_once_per_data_version(
    shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from attrition.analysis import forecast_calibration

    calls: list[str] = []
    real = forecast_calibration.calibrate

    def counting(*args: object, **kwargs: object) -> forecast_calibration.Calibration:
        calls.append(str(kwargs.get("method")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(forecast_calibration, "calibrate", counting)
    short = _truncated_copy(shared_data / "petroivaniuk", tmp_path / "short", CUT)
    with attrition.open(tmp_path / "db.sqlite") as record:
        record.ingest([short])
        first = record.forecast("tanks", method="ewma7").forecast
        again = record.forecast("tanks", method="ewma7", convention=DateConvention.REPORT).forecast
        assert calls == ["ewma7"]  # the second call read the store
        assert again.crossings[0].report_date == first.crossings[0].report_date
        record.ingest([shared_data / "petroivaniuk"])  # new data: a new version
        later = record.forecast("tanks", method="ewma7").forecast
        assert calls == ["ewma7", "ewma7"] and later.as_of > first.as_of
        record.forecast("tanks", method="ewma7", as_of=date(2024, 1, 1))
        assert len(calls) == 3  # a past origin is its own version


@pytest.mark.integration
def test_the_brief_and_the_chart_print_the_kept_auto_forecast(
    shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from attrition.analysis import forecast_calibration

    calls: list[str] = []
    real = forecast_calibration.calibrate

    def counting(*args: object, **kwargs: object) -> forecast_calibration.Calibration:
        calls.append(str(kwargs.get("method")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(forecast_calibration, "calibrate", counting)
    short = _truncated_copy(shared_data / "petroivaniuk", tmp_path / "short", CUT)
    with attrition.open(tmp_path / "db.sqlite") as record:
        record.ingest([short])
        fact = next(f for f in record.brief("uavs").brief.facts if f.kind == "milestone")
        assert calls == ["auto"]  # the brief computed and kept the auto calibration ...
        milestone = fact.data["milestone"]
        fc = record.forecast("uavs", [milestone]).forecast
        assert calls == ["auto"]  # ... which the forecast then read, not recomputed
        assert fact.data["method"] == fc.method
        assert fact.data["crossing"]["loss_date"] == fc.crossings[0].loss_date
        record.chart("cumulative", "uavs", output=tmp_path / "c.png")
        assert calls == ["auto"]
