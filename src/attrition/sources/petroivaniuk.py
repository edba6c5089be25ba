"""PetroIvaniuk/2022-Ukraine-Russia-War-Dataset: the official daily totals, copied by hand.

Owns reading the dataset's three data files (equipment totals, personnel with POW, and
the correction file of stated silent revisions) into observations and corrections. The
Oryx per-model file is not dated loss data: it is not recognised and parse refuses it.
The dataset prints totals only, so ``increment_printed`` is always None. A key absent
on a date means "not reported" and yields no observation. Parse is pure.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from attrition.errors import ParseError
from attrition.model.records import (
    MAX_TOTAL,
    ParsedBatch,
    RawDocument,
    StatedCorrection,
)
from attrition.sources.base import MirrorSource
from attrition.sources.bulk import (
    CategoryResolver,
    head_keys,
    head_text,
    new_observation,
    read_date,
    read_json_array,
    read_total,
)
from attrition.sources.history import Row, Rows, build_batch

_FILES = {
    "russia_losses_equipment.json": "equipment",
    "russia_losses_personnel.json": "personnel",
    "russia_losses_equipment_correction.json": "correction",
}
# Documented fields that carry no loss figure, per file.
_NON_CATEGORY = {
    "equipment": ("date", "day", "greatest losses direction"),
    "personnel": ("date", "day", "personnel*"),
    "correction": ("date", "day"),
}
_ORYX_KEYS = frozenset({"equipment_oryx", "model", "manufacturer", "losses_total", "equipment_ua"})
_QUALIFIER = "personnel*"
_IS_APPROXIMATE = {"about": True, "more": False}  # "more" (понад) is a lower bound, kept in note
# The correction file dates entries by report date, except this one (see PROVENANCE.md).
_CORRECTION_DATE_SHIFT = {date(2023, 5, 27): date(2023, 5, 28)}
_LINE_NO = "line on which the record's JSON object starts"
# json.dumps(value, separators=(",", ":")), without making an encoder per call
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def _file_name(locator: str) -> str:
    return locator.replace("\\", "/").split("?", 1)[0].rsplit("/", 1)[-1].lower()


def _kind(doc: RawDocument, items: list[tuple[int, dict[str, Any]]]) -> str:
    """Return "equipment", "personnel" or "correction" from the file name, else the shape."""
    first_line, first = items[0] if items else (None, {})
    if _ORYX_KEYS & first.keys():
        raise ParseError(
            "Oryx per-model totals are undated and not loss reports; not imported",
            path=doc.locator,
            line_no=first_line,
            field="equipment_oryx",
            source=doc.source,
        )
    kind = _FILES.get(_file_name(doc.locator))
    if kind is not None:
        return kind
    if _QUALIFIER in first:
        return "personnel"
    return "correction" if "personnel" in first else "equipment"


def _parse_equipment(doc: RawDocument, items: list[tuple[int, dict[str, Any]]]) -> ParsedBatch:
    resolve = CategoryResolver(doc, _NON_CATEGORY["equipment"])
    rows = Rows(doc)
    directions: dict[str, str] = {}
    for line_no, item in items:
        report_date = read_date(item.get("date"), doc, line_no)
        row = Row(line_no, report_date)
        for key, column, value in zip(item, resolve.columns(item, line_no), item.values(),
                                      strict=True):
            if column is None:
                if key == "greatest losses direction":
                    directions[report_date.isoformat()] = str(value)
                continue
            # the hot loop of the largest file: plain non-negative ints skip the checker
            total = (
                value if type(value) is int and 0 <= value <= MAX_TOTAL else read_total(value, doc, line_no, key)
            )
            raw = f"{column.raw_prefix}{value}}}"
            row.observations.append(
                new_observation(column.key, report_date, total, None, False, line_no, raw)
            )
        rows.append(row)
    meta = {"file": "equipment", "line_no": _LINE_NO, "greatest_losses_direction": directions}
    return build_batch(doc, rows, meta=meta)


def _parse_personnel(doc: RawDocument, items: list[tuple[int, dict[str, Any]]]) -> ParsedBatch:
    resolve = CategoryResolver(doc, _NON_CATEGORY["personnel"])
    rows = Rows(doc)
    for line_no, item in items:
        report_date = read_date(item.get("date"), doc, line_no)
        qualifier = item.get(_QUALIFIER)
        if qualifier is not None and qualifier not in _IS_APPROXIMATE:
            raise ParseError(
                f"unknown qualifier; expected one of {', '.join(_IS_APPROXIMATE)}",
                path=doc.locator,
                line_no=line_no,
                field=_QUALIFIER,
                input=str(qualifier),
                source=doc.source,
            )
        row = Row(line_no, report_date)
        for key, column, value in zip(item, resolve.columns(item, line_no), item.values(),
                                      strict=True):
            if column is None:
                continue
            total = read_total(value, doc, line_no, key)
            if column.key == "personnel":  # the qualifier belongs to personnel alone
                stated = {key: value} if qualifier is None else {key: value, _QUALIFIER: qualifier}
                approximate = _IS_APPROXIMATE.get(qualifier or "", False)
                raw = _COMPACT.encode(stated)
                note = "qualifier: more" if qualifier == "more" else None
            else:
                approximate, raw, note = column.is_approximate, f"{column.raw_prefix}{value}}}", None
            row.observations.append(
                new_observation(column.key, report_date, total, None, approximate, line_no, raw, note)
            )
        rows.append(row)
    return build_batch(doc, rows, meta={"file": "personnel", "line_no": _LINE_NO})


def _parse_correction(doc: RawDocument, items: list[tuple[int, dict[str, Any]]]) -> ParsedBatch:
    resolve = CategoryResolver(doc, _NON_CATEGORY["correction"])
    corrections: list[StatedCorrection] = []
    for line_no, item in items:
        stated_date = read_date(item.get("date"), doc, line_no)
        report_date = _CORRECTION_DATE_SHIFT.get(stated_date, stated_date)
        note = None
        if report_date != stated_date:
            note = (
                f"dated {stated_date} in the source; belongs to the {report_date} report "
                "(shifted, see PROVENANCE.md)"
            )
        for key, value in item.items():
            column = resolve(key, line_no)
            if column is None:
                continue
            amount = read_total(value, doc, line_no, key, signed=True)
            if amount:
                corrections.append(StatedCorrection(column.key, report_date, amount, line_no, note))
    return build_batch(
        doc, [], corrections=corrections, meta={"file": "correction", "line_no": _LINE_NO}
    )


_PARSERS = {
    "equipment": _parse_equipment,
    "personnel": _parse_personnel,
    "correction": _parse_correction,
}


RAW_URLS: tuple[str, ...] = (
    "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/HEAD/data/russia_losses_equipment.json",
    "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/HEAD/data/russia_losses_personnel.json",
    "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/HEAD/data/russia_losses_equipment_correction.json",
)
"""The raw files `attrition update` fetches (``MirrorSource.fetch``)."""


class PetroIvaniukSource(MirrorSource):
    """The PetroIvaniuk dataset: equipment, personnel and correction JSON files."""

    name = "petroivaniuk"
    title = "PetroIvaniuk 2022-Ukraine-Russia-War-Dataset (GS/MoD daily totals)"
    raw_urls = RAW_URLS

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for the equipment, personnel or correction file (never the Oryx one)."""
        if path.name.lower() not in _FILES:
            return False
        keys = head_keys(head)
        return head_text(head).startswith("[") and "date" in keys and not keys & _ORYX_KEYS

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one of the three data files; the kind comes from the name, else the shape."""
        items = read_json_array(doc)
        return _PARSERS[_kind(doc, items)](doc, items)


SOURCE = PetroIvaniukSource()
