"""Open-data exports: the tidy long table, the wide daily table and the monthly table.

Formats: ``csv``, ``json``, ``parquet`` and ``datapackage`` (the CSVs plus a Frictionless
``datapackage.json``). Every format also writes ``latest.json`` (the newest figure of each
current category) and ``last_updated.txt`` (the latest report date, one line). File names
never change, so links to them keep working. Monthly sums come from
:mod:`attrition.analysis.periods` (loss-date convention); this module only shapes and writes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.analysis.periods import period_rows
from attrition.errors import UsageError
from attrition.model.categories import CURRENT_KEYS, get_category
from attrition.model.dates import DateConvention, loss_date
from attrition.publish.datapackage import (
    LONG,
    MONTHLY,
    TABLES,
    WIDE,
    TableSpec,
    source_entries,
    write_datapackage,
)
from attrition.publish.datasette import datasette_metadata
from attrition.publish.independent_tables import TABLES as INDEPENDENT_TABLES
from attrition.publish.inputs import Figure, Record
from attrition.publish.outputs import output_dir, writing
from attrition.publish.version import DataVersion, data_version

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FORMATS: tuple[str, ...] = ("csv", "json", "parquet", "datapackage")
LATEST_FILE = "latest.json"
LAST_UPDATED_FILE = "last_updated.txt"
DATASETTE_FILE = "metadata.json"  # datasette record.sqlite --metadata metadata.json
DATAPACKAGE_FILE = "datapackage.json"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    out_dir: Path
    format: str
    files: tuple[Path, ...]
    rows: dict[str, int]  # table name -> rows written
    version: DataVersion
    sources: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "out_dir": str(self.out_dir),
            "format": self.format,
            "files": [p.name for p in self.files],
            "rows": self.rows,
            "data_version": self.version.to_dict(),
            "sources": list(self.sources),
        }


def long_records(table: Mapping[str, Sequence[Figure]]) -> list[dict[str, Any]]:
    """Return the tidy long table: one record per category and report date."""
    out = []
    for key, rows in table.items():
        for row in rows:
            out.append({
                "category": key,
                "report_date": row.report_date,
                "loss_date": row.loss_date,
                "total": row.total,
                "daily": row.increment_diff,
                "span_days": row.span_days,
                "increment_printed": row.increment_printed,
                "has_correction": row.has_correction,
                "is_approximate": row.is_approximate,
                "sources": ";".join(row.sources),
            })
    return out


def wide_records(table: Mapping[str, Sequence[Figure]]) -> list[dict[str, Any]]:
    """Return the wide daily table: one record per loss date, one column per category."""
    by_day: dict[date, dict[str, Any]] = {}
    for key, rows in table.items():
        for row in rows:
            rec = by_day.setdefault(
                row.loss_date, {"loss_date": row.loss_date, "report_date": row.report_date}
            )
            rec[key] = row.increment_diff
    cols = WIDE.columns
    return [{c: by_day[d].get(c) for c in cols} for d in sorted(by_day)]


def monthly_records(record: Record) -> list[dict[str, Any]]:
    """Return monthly losses by loss date per category (from analysis.periods)."""
    out = []
    for key, rows in record.table.items():
        if not rows:
            continue
        series = record.series[key]
        for period in period_rows(series, "month", DateConvention.LOSS):
            if period.value is None:
                continue
            out.append({
                "category": key,
                "month": period.period,
                "loss": period.value,
                "days_present": period.days_present,
                "days_expected": period.days_expected,
                "is_complete": period.complete,
            })
    return out


def latest_payload(table: Mapping[str, Sequence[Figure]], version: DataVersion) -> dict[str, Any]:
    """Return latest.json: each current category's newest figure with both dates."""
    categories: dict[str, Any] = {}
    for key in CURRENT_KEYS:
        rows = table.get(key)
        if not rows:
            continue
        row, cat = rows[-1], get_category(key)
        categories[key] = {
            "label_en": cat.label_en,
            "label_uk": cat.label_uk,
            "unit_en": cat.unit_en,
            "report_date": row.report_date.isoformat(),
            "loss_date": row.loss_date.isoformat(),
            "total": row.total,
            "daily": row.increment_diff,
            "span_days": row.span_days,
            "increment_printed": row.increment_printed,
            "is_approximate": row.is_approximate,
            "sources": list(row.sources),
        }
    latest = version.latest_report_date
    return {
        "report_date": latest.isoformat() if latest else None,
        "loss_date": loss_date(latest).isoformat() if latest else None,
        "convention": "daily = total minus the previous report's total, dated by loss date",
        "source": "General Staff of the Armed Forces of Ukraine via attrition",
        "data_version": version.to_dict(),
        "categories": categories,
    }


def _frame(records: list[dict[str, Any]], table: TableSpec) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame.from_records(records, columns=table.columns)
    for spec in table.fields:
        col = frame[spec.name]
        if spec.type == "integer":
            frame[spec.name] = col.astype("Int64")
        elif spec.type == "boolean":
            frame[spec.name] = col.astype("boolean")
        elif spec.type == "date":
            frame[spec.name] = pd.to_datetime(col).dt.date
        else:
            frame[spec.name] = col.astype("string")
    return frame


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _write_table(records: list[dict[str, Any]], table: TableSpec, out_dir: Path,
                 fmt: str) -> Path:
    if fmt == "json":
        target = out_dir / f"{table.name}.json"
        rows = [{k: _json_value(rec.get(k)) for k in table.columns} for rec in records]
        target.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
        return target
    frame = _frame(records, table)
    if fmt == "parquet":
        target = out_dir / f"{table.name}.parquet"
        frame.to_parquet(target, index=False, engine="pyarrow")
        return target
    target = out_dir / f"{table.name}.csv"
    bools = [spec.name for spec in table.fields if spec.type == "boolean"]
    for name in bools:  # Table Schema booleans read best as lowercase true/false
        frame[name] = frame[name].map({True: "true", False: "false"}).astype("string")
    frame.to_csv(target, index=False, lineterminator="\n", encoding="utf-8")
    return target


def export(record: Record, out_dir: Path, fmt: str) -> ExportResult:
    """Write the export tables (as known on the record's as_of) in ``fmt`` into ``out_dir``.

    Raises:
        UsageError: an unknown format, or a store with no consensus figures.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}",
                         input=fmt)
    table = record.table
    if not any(table.values()):
        raise UsageError("nothing to export: the record holds no figures yet "
                         "(run `attrition ingest PATH` first)")
    version = data_version(record)
    output_dir(out_dir)
    records = {
        LONG.name: long_records(table),
        WIDE.name: wide_records(table),
        MONTHLY.name: monthly_records(record),
    }
    table_fmt = "csv" if fmt == "datapackage" else fmt
    with writing(out_dir):
        return _write_all(record, out_dir, fmt, table_fmt, records, version, table)


def _write_all(record: Any, out_dir: Path, fmt: str, table_fmt: str,
               records: dict[str, Any], version: Any, table: Any) -> ExportResult:
    files = {t.name: _write_table(records[t.name], t, out_dir, table_fmt) for t in TABLES}
    extra = record.independent.records() if record.independent is not None else {}
    specs = [t for t in INDEPENDENT_TABLES if t.name in extra]
    for spec in specs:  # beside the official tables, never merged into them
        records[spec.name] = extra[spec.name]
        files[spec.name] = _write_table(extra[spec.name], spec, out_dir, table_fmt)
    written = list(files.values())
    summaries = record.sources
    used = sorted({s for rows in table.values() for r in rows for s in r.sources})
    independent = sorted(record.independent.sources) if record.independent is not None else []
    if fmt == "datapackage":
        entries = source_entries([s for s in summaries if s.name in {*used, *independent}])
        written.append(write_datapackage(out_dir, files=files, sources=entries,
                                         version=version.to_dict(), extra=specs))
    latest = out_dir / LATEST_FILE
    latest.write_text(json.dumps(latest_payload(table, version), ensure_ascii=False, indent=2)
                      + "\n", encoding="utf-8")
    stamp = out_dir / LAST_UPDATED_FILE
    day = version.latest_report_date
    stamp.write_text((day.isoformat() if day else "") + "\n", encoding="utf-8")
    datasette = out_dir / DATASETTE_FILE
    datasette.write_text(json.dumps(datasette_metadata(used), ensure_ascii=False, indent=2)
                         + "\n", encoding="utf-8")
    written += [latest, stamp, datasette]
    return ExportResult(out_dir, fmt, tuple(written),
                        {name: len(recs) for name, recs in records.items()}, version,
                        tuple(used))
