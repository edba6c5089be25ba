"""The Frictionless data package descriptor of the exports: tables, fields, licences, provenance.

This module owns the field dictionary of the exported tables (names, types, descriptions) and
the licence note of each source, and writes ``datapackage.json`` with plain :mod:`json`; the
``frictionless`` library is only used by tests to validate what is written here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attrition.model.categories import CATEGORIES


@dataclass(frozen=True)
class FieldSpec:
    """One column of an exported table."""

    name: str
    type: str  # Table Schema type: string, date, integer, boolean, number
    description: str
    required: bool = False


@dataclass(frozen=True)
class TableSpec:
    """One exported table: stable base file name, title, columns and primary key."""

    name: str  # file stem and Frictionless resource name; never change (links depend on it)
    title: str
    description: str
    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        """Return the column names in order."""
        return [f.name for f in self.fields]


_CATEGORY = FieldSpec(
    "category", "string", "Category key from attrition.model.categories (docs/categories.md).", True
)
_REPORT = FieldSpec(
    "report_date", "date", "Date the General Staff published the report (its heading date).", True
)
_LOSS = FieldSpec("loss_date", "date", "Day whose losses the report counts: report_date - 1.", True)

LONG = TableSpec(
    "losses_long",
    "Daily losses, one row per category and report (tidy)",
    "The consensus of all sources per category and report date. `daily` is the difference of "
    "consecutive totals; after a missing report it covers `span_days` loss days.",
    (
        _CATEGORY,
        _REPORT,
        _LOSS,
        FieldSpec("total", "integer", "Cumulative total since 24.02.2022 as printed.", True),
        FieldSpec("daily", "integer", "total minus the previous report's total (blank on the "
                  "first report of a category)."),
        FieldSpec("span_days", "integer", "Loss days `daily` covers (more than 1 after a "
                  "missing report).", True),
        FieldSpec("increment_printed", "integer", "The '(+N)' printed in the report; blank when "
                  "no source states it."),
        FieldSpec("has_correction", "boolean", "The printed increment differs from `daily` on a "
                  "one-day span (a silent revision).", True),
        FieldSpec("is_approximate", "boolean", "Printed as 'about' (personnel).", True),
        FieldSpec("sources", "string", "Sources agreeing on the total, separated by ';'.", True),
    ),
    ("category", "report_date"),
)

_WIDE_FIELDS = (
    _LOSS,
    _REPORT,
    *(
        FieldSpec(c.key, "integer", f"Daily {c.label_en} ({c.unit_en}) by loss date.")
        for c in CATEGORIES
    ),
)
WIDE = TableSpec(
    "losses_daily_wide",
    "Daily losses by loss date, one column per category",
    "One row per report (dated by its loss date); each category column holds `daily` from "
    "losses_long. Blank = category not reported on that date.",
    _WIDE_FIELDS,
    ("loss_date",),
)

MONTHLY = TableSpec(
    "losses_monthly",
    "Monthly losses by loss date",
    "Sums of daily losses per calendar month of the loss date (the Ministry of Defence's "
    "convention): the total of the first report of the next month minus the total of the "
    "first report of the month. `is_complete` is false for a month still running or missing "
    "reports.",
    (
        _CATEGORY,
        FieldSpec("month", "string", "Calendar month of the loss date, YYYY-MM.", True),
        FieldSpec("loss", "integer", "Losses in the month, by loss date.", True),
        FieldSpec("days_present", "integer", "Loss days of the month covered by reports.", True),
        FieldSpec("days_expected", "integer", "Days in the calendar month.", True),
        FieldSpec("is_complete", "boolean", "The month has ended and no report is missing.", True),
    ),
    ("category", "month"),
)

TABLES: tuple[TableSpec, ...] = (LONG, WIDE, MONTHLY)

# Licence of each source's compilation (mirrors docs/sources.md; details in PROVENANCE.md).
SOURCE_NOTES: dict[str, dict[str, str]] = {
    "gs_text": {
        "title": "General Staff of the Armed Forces of Ukraine, daily report texts",
        "path": "https://www.mil.gov.ua/ and https://mod.gov.ua/",
        "licence": "official figures; no licence stated",
    },
    "telegram": {
        "title": "General Staff of the Armed Forces of Ukraine, Telegram channel",
        "path": "https://t.me/s/GeneralStaffZSU",
        "licence": "official figures; no licence stated",
    },
    "mod_site": {
        "title": "Ministry of Defence of Ukraine, news pages",
        "path": "https://mod.gov.ua/",
        "licence": "official figures; no licence stated",
    },
    "petroivaniuk": {
        "title": "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
        "path": "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
        "licence": "MIT (c) 2022 Petro Ivaniuk; figures are the General Staff's",
    },
    "lod_db": {
        "title": "lod-db/orc-losses",
        "path": "https://github.com/lod-db/orc-losses",
        "licence": "MIT (c) 2022-2026 Lod Softworks LLC and the Orc Losses contributors",
    },
    "minfin": {
        "title": "romansverdan/russian-Losses-in-Ukraine (index.minfin.com.ua scrape)",
        "path": "https://github.com/romansverdan/russian-Losses-in-Ukraine",
        "licence": "none stated; figures are the General Staff's",
    },
    "russianwarship": {
        "title": "russianwarship.rip API v2",
        "path": "https://russianwarship.rip/",
        "licence": "none stated; figures are the General Staff's",
    },
    "oryx": {
        "title": "Oryx visually confirmed losses, via scarnecchia/oryx_data (CC BY 4.0), "
                 "mauforonda/ukraine (no licence stated), leedrake5/Russia-Ukraine (MIT "
                 "(c) 2022 Lee Drake) and PetroIvaniuk's Oryx file (MIT); independent count",
        "path": "https://www.oryxspioenkop.com/",
        "licence": "per compilation as listed; attribute Oryx (Stijn Mitzer, Jakub Janovsky)",
    },
    "mediazona": {
        "title": "Named Russian dead: Mediazona + BBC News Russian milestones as quoted in the "
                 "press; ukrwarlosses aggregates (MIT, weak provenance); independent count",
        "path": "https://zona.media/casualties",
        "licence": "press figures with the article cited per row; attribute Mediazona and "
                   "BBC News Russian",
    },
    "deepstate": {
        "title": "DeepStateMap occupied territory, via cyterat/deepstate-map-data (GPL-3.0) "
                 "and DanielRose2310/deepstatemaps-history (no licence stated); areas "
                 "computed by attrition",
        "path": "https://deepstatemap.live/",
        "licence": "map (c) DeepState UA, attribute DeepState; compilations as listed",
    },
}


def file_sha256(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_schema(table: TableSpec) -> dict[str, Any]:
    """Return the Frictionless Table Schema of ``table``."""
    fields = []
    for spec in table.fields:
        item: dict[str, Any] = {"name": spec.name, "type": spec.type,
                                "description": spec.description}
        if spec.required:
            item["constraints"] = {"required": True}
        fields.append(item)
    return {"fields": fields, "primaryKey": list(table.primary_key), "missingValues": [""]}


def source_entries(summaries: Sequence[Any]) -> list[dict[str, Any]]:
    """Return the ``sources`` list: licence note and provenance of each stored source."""
    out = []
    for summary in summaries:
        name = str(summary.name)
        note = SOURCE_NOTES.get(name, {"title": name, "licence": "not stated"})
        entry: dict[str, Any] = {"title": note["title"], "name": name,
                                 "licence_note": note["licence"]}
        if "path" in note:
            entry["path"] = note["path"]
        for attr in ("documents", "observations", "first_report_date", "last_report_date",
                     "last_fetched_at", "last_ingested_at"):
            value = getattr(summary, attr, None)
            if value is not None:
                entry[attr] = value.isoformat() if hasattr(value, "isoformat") else value
        out.append(entry)
    return out


def write_datapackage(
    out_dir: Path,
    *,
    files: dict[str, Path],
    sources: list[dict[str, Any]],
    version: dict[str, Any],
    extra: Sequence[TableSpec] = (),
) -> Path:
    """Write ``datapackage.json`` describing the CSV ``files`` (table name → path) in ``out_dir``.

    ``extra``: further tables written beside the official ones (the independent counts and
    territory), described the same way.
    """
    resources = []
    for table in (*TABLES, *extra):
        if table.name not in files:
            continue
        path = files[table.name]
        resources.append({
            "name": table.name,
            "title": table.title,
            "description": table.description,
            "path": path.name,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": path.stat().st_size,
            "hash": f"sha256:{file_sha256(path)}",
            "schema": table_schema(table),
        })
    descriptor = {
        "profile": "tabular-data-package",
        "name": "attrition-russian-losses",
        "title": "Russia's losses as reported by the General Staff of the Armed Forces of Ukraine",
        "description": (
            "Daily cumulative totals from the General Staff's morning reports, reconciled across "
            "sources by attrition. Figures are the General Staff's own; personnel means killed "
            "and wounded; independent counts differ. Dates: report_date is the publication date, "
            "loss_date = report_date - 1; monthly sums use the loss date."
        ),
        "homepage": "https://github.com/attrition-data/attrition",
        "sources": sources,
        "x_attrition": version,
        "resources": resources,
    }
    if version.get("created"):  # the newest ingest, not the clock: exports are reproducible
        descriptor["created"] = version["created"]
    target = out_dir / "datapackage.json"
    target.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
