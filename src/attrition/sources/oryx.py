"""Oryx's photo-confirmed equipment losses, from the scrapers' files in ``oryx/`` (independent).

Six layouts, recognised by their header (see docs/sources.md and the data's PROVENANCE):

* ``scarnecchia`` ``totals_by_type.csv`` — one snapshot of the page (dated by its known
  snapshot, see :data:`SNAPSHOT_DATES`);
* ``scarnecchia`` ``daily_count.csv`` — cumulative counts per ``date_recorded`` (sparse);
* the per-day history built from the git history of ``totals_by_type.csv``
  (``snapshot_date``, ``commit_time``, ``source_commit``, then the Oryx columns);
* ``mauforonda`` ``log.csv`` — *changes* of a count (``value`` may be negative) with the
  UTC moment they were seen; ``summary.csv`` — the latest totals;
* ``leedrake5`` ``byType`` — one snapshot with its ``Date``;
* PetroIvaniuk's per-model file (``equipment_oryx``, ``model``, ``losses_total``), undated.

Known defects are findings, not crashes: summary labels whose commas shift the columns
(re-joined into the label when the numbers then line up), the country column that reads
"Losses of Armoured Combat Vehicles …" instead of "Russia" (page layout change, kept as
Russia), states that are fragments of a label (skipped, counted), and type names the
crosswalk does not know. A row whose numbers do not parse after that is a ParseError
naming the file, line and field: nothing of the file is stored.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from attrition.errors import ParseError
from attrition.model.crosswalk import oryx_type
from attrition.model.independent import SERIES_ORYX, IndependentCount
from attrition.model.records import (
    MAX_TOTAL_DIGITS,
    Finding,
    ParsedBatch,
    RawDocument,
    total_too_large,
)
from attrition.sources.base import SourceBase, decode_text
from attrition.sources.bulk import load_json, read_total
from attrition.sources.history import MAX_REPORT_DATES, too_many_dates

NAME = "oryx"
STATES = ("destroyed", "damaged", "abandoned", "captured")
_COLUMNS = (*STATES, "type_total")

# Snapshots that carry no date of their own, by file name -> the snapshot's date
# (PROVENANCE.md: scarnecchia/oryx_data a8624b47 of 2025-07-19; mauforonda/ukraine
# 534a8beb of 2025-08-29; PetroIvaniuk 37655f8b of 2026-08-08). Any other undated
# copy is dated by its file time.
_SNAPSHOT_BY_NAME: dict[str, date] = {
    "totals_by_type.csv": date(2025, 7, 19),
    "summary.csv": date(2025, 8, 29),
    "russia_losses_equipment_oryx.json": date(2026, 8, 8),
}

# rows of a wide table that repeat a (day, country, type) read before: real files have
# none; past this many the file is refused (20 MB of one row was 1.6 M counts, 850 MB)
MAX_REPEATED_ROWS = 100

_HEADERS: dict[str, tuple[str, ...]] = {
    "history": ("snapshot_date", "commit_time", "source_commit", "equipment_type"),
    "daily_count": ("country", "equipment_type", *_COLUMNS[:1]),
    "log": ("timestamp", "country", "category", "state", "value"),
    "summary": ("country", "category", "state", "value"),
    "by_type": ("", "country", "equipment_type"),
}


# the columns a wide layout needs besides the four states and the total
_DATED_BY: dict[str, tuple[str, ...]] = {
    "history": ("snapshot_date",), "daily_count": ("country", "date_recorded"),
    "by_type": ("country", "Date"), "totals": ("country",),
}


def _kind(header: Sequence[str]) -> str | None:
    head = tuple(h.strip().strip('"') for h in header)
    if head[:4] == _HEADERS["history"]:
        return "history"
    if head[:5] == _HEADERS["log"]:
        return "log"
    if head[:4] == _HEADERS["summary"]:
        return "summary"
    if head[:3] == _HEADERS["by_type"]:
        return "by_type"
    if head[:3] == ("country", "equipment_type", "destroyed"):
        return "daily_count" if "date_recorded" in head else "totals"
    return None


def _country(raw: str, line_no: int, bugs: list[int]) -> str:
    """Return "Russia"/"Ukraine"; the layout-change label counts as Russia (noted)."""
    text = raw.replace("\xa0", " ").strip()
    if text.startswith("Losses of Armoured Combat Vehicles"):
        bugs.append(line_no)
        return "Russia"
    return text


class _Reader:
    """Rows of one CSV document with line numbers, re-joining labels split by commas."""

    def __init__(self, doc: RawDocument) -> None:
        self.doc = doc
        self.text = decode_text(doc)
        self.rejoined: list[int] = []

    def rows(self, label_index: int, width: int) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(io.StringIO(self.text))
        next(reader, None)
        for row in reader:
            if not row:
                continue
            line_no = reader.line_num
            if len(row) > width:  # an unquoted label with commas: join it back
                extra = len(row) - width
                row = [*row[:label_index], ",".join(row[label_index:label_index + extra + 1]),
                       *row[label_index + extra + 1:]]
                self.rejoined.append(line_no)
            if len(row) != width:
                raise ParseError(
                    f"expected {width} columns, found {len(row)}", path=self.doc.locator,
                    line_no=line_no, source=NAME,
                )
            yield line_no, row

    def number(self, value: str, line_no: int, field: str) -> int:
        """Return a count cell ("" is 0, "12.0" is 12); inf, NaN and huge are ParseErrors."""
        if not value.strip():
            return 0
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if math.isnan(number):
            raise ParseError(
                f"{field} is not a number (shifted columns?)", path=self.doc.locator,
                line_no=line_no, field=field, input=value[:80], source=NAME,
            )
        if total_too_large(number):  # also inf, and a 5,000-digit cell (float() gives inf)
            raise ParseError(
                f"{field} is too large (a count has at most {MAX_TOTAL_DIGITS} digits)",
                path=self.doc.locator, line_no=line_no, field=field, input=value[:80],
                source=NAME,
            )
        return int(number)

    def day(self, value: str, line_no: int, field: str) -> date:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ParseError(
                f"{field} is not a date (shifted columns?)", path=self.doc.locator,
                line_no=line_no, field=field, input=value, source=NAME,
            ) from None


def _item(label: str) -> tuple[str, str | None]:
    """Return (the label in Oryx's current spelling, its official category) for a type label."""
    entry = oryx_type(label)
    if entry is None:
        return " ".join(label.replace("\xa0", " ").split()), None
    return entry.label, entry.category


def _counts(
    country: str, label: str, values: dict[str, int], day: date, line_no: int,
    unknown: set[str], *, complete: bool = True,
) -> list[IndependentCount]:
    item, category = _item(label)
    if oryx_type(label) is None:
        unknown.add(item)
    return [
        IndependentCount(SERIES_ORYX, country, item, status, day, value, line_no, category,
                         is_complete=complete)
        for status, value in values.items()
    ]


def _parse_wide(doc: RawDocument, kind: str) -> tuple[list[IndependentCount], list[str], list[int]]:
    """The layouts with one row per type and the four states + total as columns."""
    reader = _Reader(doc)
    header = next(csv.reader(io.StringIO(reader.text)))
    cols = {h.strip().strip('"'): i for i, h in enumerate(header)}
    width = len(header)
    label_at = cols["equipment_type"]
    for name in _COLUMNS:
        if name not in cols:
            raise ParseError(f"missing column {name!r}", path=doc.locator, line_no=1,
                             field=name, source=NAME)
    out: list[IndependentCount] = []
    unknown: set[str] = set()
    bugs: list[int] = []
    for name in _DATED_BY.get(kind, ()):
        if name not in cols:
            raise ParseError(f"missing column {name!r}", path=doc.locator, line_no=1,
                             field=name, source=NAME)
    fixed = _snapshot_date(doc) if kind in ("totals",) else None
    first_line: dict[tuple[date, str, str], int] = {}  # (day, country, type) -> its first line
    repeats = 0
    days: set[date] = set()
    for line_no, row in reader.rows(label_at, width):
        values = {
            ("total" if c == "type_total" else c): reader.number(row[cols[c]], line_no, c)
            for c in _COLUMNS
        }
        if kind == "history":
            day = reader.day(row[cols["snapshot_date"]], line_no, "snapshot_date")
            country = "Russia"
        elif kind == "daily_count":
            day = reader.day(row[cols["date_recorded"]], line_no, "date_recorded")
            country = _country(row[cols["country"]], line_no, bugs)
        elif kind == "by_type":
            day = reader.day(row[cols["Date"]], line_no, "Date")
            country = _country(row[cols["country"]], line_no, bugs)
        else:
            assert fixed is not None
            day, country = fixed, _country(row[cols["country"]], line_no, bugs)
        if day not in days:
            if len(days) >= MAX_REPORT_DATES:
                raise too_many_dates(doc, day.isoformat(), line_no=line_no, unit="days",
                                     kind="Oryx table")
            days.add(day)
        key = (day, country, row[label_at])
        if first_line.setdefault(key, line_no) != line_no:
            repeats += 1
            if repeats > MAX_REPEATED_ROWS:
                raise ParseError(
                    f"more than {MAX_REPEATED_ROWS} rows repeat a type and day read before "
                    f"(this one repeats line {first_line[key]}): not one Oryx table",
                    path=doc.locator, line_no=line_no, field="equipment_type",
                    input=row[label_at][:80], source=NAME,
                )
        # daily_count is sparse (a row only when a type changed that day): not complete
        out += _counts(country, row[label_at], values, day, line_no, unknown,
                       complete=kind != "daily_count")
    return out, sorted(unknown), reader.rejoined + bugs


def _snapshot_date(doc: RawDocument) -> date:
    known = _SNAPSHOT_BY_NAME.get(Path(doc.locator).name)
    if known is None:
        return doc.fetched_at.date()
    return known


def _parse_log(doc: RawDocument, kind: str) -> tuple[list[IndependentCount], list[Finding]]:
    """mauforonda's log (changes with a UTC moment) or summary (latest totals)."""
    reader = _Reader(doc)
    width = 5 if kind == "log" else 4
    out: list[IndependentCount] = []
    bugs: list[int] = []
    odd: dict[str, list[int]] = defaultdict(list)
    unknown: set[str] = set()
    summary_day = _snapshot_date(doc) if kind == "summary" else None
    for line_no, row in reader.rows(2 if kind == "log" else 1, width):
        if kind == "log":
            day = reader.day(row[0], line_no, "timestamp")
            country, label, state, raw = row[1], row[2], row[3], row[4]
        else:
            assert summary_day is not None
            day, (country, label, state, raw) = summary_day, row
        state = state.strip()
        if state not in STATES:
            odd[state].append(line_no)
            continue
        value = reader.number(raw, line_no, "value")
        item, category = _item(label)
        if oryx_type(label) is None:
            unknown.add(item)
        out.append(IndependentCount(
            SERIES_ORYX, _country(country, line_no, bugs), item, state, day, value, line_no,
            category, is_change=kind == "log",
        ))
    found = _common_findings(doc, out, sorted(unknown), bugs)
    if odd:
        found.append(Finding(
            "oryx_row_skipped",
            f"{doc.locator}: {sum(map(len, odd.values()))} rows whose state is a label "
            f"fragment ({', '.join(map(repr, sorted(odd)))}) were skipped",
            source=NAME, details={"lines": {k: v[:20] for k, v in sorted(odd.items())}},
        ))
    return out, found


def _parse_models(doc: RawDocument) -> tuple[list[IndependentCount], list[Finding]]:
    """PetroIvaniuk's per-model Oryx totals (undated: dated by its known snapshot)."""
    items = load_json(doc)
    if not isinstance(items, list):
        raise ParseError("expected a JSON array", path=doc.locator, source=NAME)
    day = _snapshot_date(doc)
    out: list[IndependentCount] = []
    for i, item in enumerate(items):
        for field in ("equipment_oryx", "model", "losses_total"):
            if not isinstance(item, dict) or field not in item:
                raise ParseError(f"item {i} has no {field!r}", path=doc.locator, field=field,
                                 source=NAME)
        value = item["losses_total"]
        if type(value) is not int:  # bool is not a count
            raise ParseError(f"item {i}: losses_total is not an integer", path=doc.locator,
                             field="losses_total", input=str(value)[:80], source=NAME)
        value = read_total(value, doc, None, "losses_total")
        _label, category = _item(str(item["equipment_oryx"]))
        out.append(IndependentCount(
            "oryx_models", "Russia", f"{item['equipment_oryx']}: {item['model']}", "total", day,
            value, i + 1, category, note=str(item.get("manufacturer") or "") or None,
        ))
    return out, []


def _common_findings(
    doc: RawDocument, counts: list[IndependentCount], unknown: Sequence[str], lines: list[int],
) -> list[Finding]:
    found: list[Finding] = []
    if lines:
        found.append(Finding(
            "oryx_layout_defect",
            f"{doc.locator}: {len(lines)} rows with a shifted or mislabelled column "
            "(a summary label split at its commas, or the country column reading "
            "'Losses of Armoured Combat Vehicles …'); read as Oryx meant them",
            source=NAME, details={"lines": sorted(lines)[:50], "file": doc.locator},
        ))
    if unknown:
        found.append(Finding(
            "oryx_unknown_type",
            f"{doc.locator}: Oryx types not in the crosswalk: {', '.join(unknown)}",
            source=NAME, details={"types": list(unknown), "file": doc.locator},
        ))
    found += count_fell(counts, doc.locator)
    return found


def count_fell(counts: Sequence[IndependentCount], locator: str) -> list[Finding]:
    """Findings where a cumulative Oryx type total falls from one dated value to the next.

    Only Oryx's own ``total`` per type is watched (a move between states, e.g. abandoned
    to captured, is a re-classification, not a fall). One finding per day (the affected types and states are in ``details``); a fall is a
    restructured page, a re-classification or a scraper slip, never a "negative loss".
    """
    series: dict[tuple[str, str, str], list[tuple[date, int, int | None]]] = defaultdict(list)
    for c in counts:
        if not c.is_change and c.status == "total":
            series[(c.country, c.item, c.status)].append((c.as_of_date, c.value, c.line_no))
    by_day: dict[date, list[dict[str, object]]] = defaultdict(list)
    for (country, item, status), points in series.items():
        points.sort()
        for (d0, v0, _l0), (d1, v1, l1) in zip(points, points[1:], strict=False):
            if v1 < v0 and d1 > d0:
                by_day[d1].append({"country": country, "item": item, "status": status,
                                   "before": v0, "after": v1, "since": d0.isoformat(),
                                   "line": l1})
    found = []
    for day, falls in sorted(by_day.items()):
        worst = min(falls, key=lambda f: int(str(f["after"])) - int(str(f["before"])))
        found.append(Finding(
            "independent_count_fell",
            f"{locator}: {len(falls)} Oryx counts fell on {day.isoformat()}, e.g. "
            f"{worst['country']} {worst['item']} {worst['status']} {worst['before']} → "
            f"{worst['after']} (restructured page or re-classification)",
            report_date=day, source=NAME, details={"falls": falls[:40], "file": locator},
        ))
    return found


class OryxSource(SourceBase):
    """Oryx counts from the scrapers' CSV files and PetroIvaniuk's per-model JSON."""

    name = NAME
    title = "Oryx (visually confirmed equipment losses; independent)"

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for an Oryx CSV (by header) or PetroIvaniuk's Oryx JSON."""
        if path.suffix.lower() == ".json":
            return b'"equipment_oryx"' in head
        if path.suffix.lower() != ".csv":
            return False
        first = head.split(b"\n", 1)[0].decode("utf-8-sig", "replace")
        try:
            return _kind(next(csv.reader([first]), [])) is not None
        except csv.Error:  # a lone "\r" inside the first line: not a header of ours
            return False

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one Oryx file into IndependentCounts and findings."""
        try:
            return self._parse(doc)
        except csv.Error as exc:  # a field past the csv module's size limit
            raise ParseError(f"not readable as CSV: {exc}", path=doc.locator,
                             source=NAME) from None

    def _parse(self, doc: RawDocument) -> ParsedBatch:
        if doc.locator.lower().endswith(".json"):
            counts, found = _parse_models(doc)
            return ParsedBatch(NAME, (), tuple(found), counts=tuple(counts))
        text = decode_text(doc)
        header = next(csv.reader(io.StringIO(text)), [])
        kind = _kind(header)
        if kind is None:
            raise ParseError("not an Oryx table (unknown header)", path=doc.locator, line_no=1,
                             input=",".join(header)[:200], source=NAME)
        if kind in ("log", "summary"):
            counts, found = _parse_log(doc, kind)
        else:
            counts, unknown, lines = _parse_wide(doc, kind)
            found = _common_findings(doc, counts, unknown, lines)
        return ParsedBatch(NAME, (), tuple(found), counts=tuple(counts))


SOURCE = OryxSource()
