"""Named Russian war dead: Mediazona/BBC milestones and the ukrwarlosses aggregates (independent).

* ``press_milestones_confirmed_names.csv`` — confirmed names as of a date, each with the
  article that quoted it. A note such as "the named list covers 45-65% of deaths" becomes
  an estimate with an interval (names ÷ 0.65 … names ÷ 0.45), kept as an interval.
* ``russia_{daily,weekly,monthly}_*.json`` — named dead counted by **date of death**
  (``{"2022-03": {"deaths": n, "total": n}}``); the period's first day is the
  ``as_of_date``. Provenance is weak (a mirror of unknown standing): a finding says so.
* ``hardcoded-casualty-totals.json`` — the same project's grand totals per country.

A missing column or field is a ParseError naming the file, line and field.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from attrition.errors import ParseError
from attrition.model.independent import (
    SERIES_DEATHS_BY_DATE,
    SERIES_NAMED_DEATHS,
    IndependentCount,
)
from attrition.model.records import Finding, ParsedBatch, RawDocument
from attrition.sources.base import SourceBase, decode_text
from attrition.sources.bulk import load_json, read_total, read_total_text
from attrition.sources.history import MAX_REPORT_DATES, too_many_dates

NAME = "mediazona"
MILESTONE_FIELDS = ("as_of", "confirmed_names", "approx_date", "counting_body", "quoted_in",
                    "source_url", "note")
_COVERAGE = re.compile(r"covers\s+(\d+)\s*[-–]\s*(\d+)\s*%")
_PERIOD = re.compile(r"^(daily|weekly|monthly)_")


def _error(doc: RawDocument, message: str, **kw: Any) -> ParseError:
    return ParseError(message, path=doc.locator, source=NAME, **kw)


def _milestones(doc: RawDocument) -> ParsedBatch:
    reader = csv.DictReader(io.StringIO(decode_text(doc)))
    missing = [f for f in MILESTONE_FIELDS[:2] if f not in (reader.fieldnames or ())]
    if missing:
        raise _error(doc, f"missing column {missing[0]!r}", line_no=1, field=missing[0])
    out: list[IndependentCount] = []
    for row in reader:
        line_no = reader.line_num
        for field in ("as_of", "confirmed_names"):
            if not (row.get(field) or "").strip():
                raise _error(doc, f"empty {field}", line_no=line_no, field=field)
        try:
            day = date.fromisoformat(row["as_of"].strip())
        except ValueError:
            raise _error(doc, "as_of is not a date", line_no=line_no, field="as_of",
                         input=row["as_of"]) from None
        names = read_total_text(row["confirmed_names"].replace(",", ""), doc, line_no,
                                "confirmed_names")
        body = (row.get("counting_body") or "Mediazona + BBC News Russian").strip()
        approx = (row.get("approx_date") or "").strip().lower() == "yes"
        note = "; ".join(x for x in (
            body, f"quoted in {row.get('quoted_in')}" if row.get("quoted_in") else "",
            row.get("source_url") or "", "date approximate" if approx else "",
        ) if x)
        out.append(IndependentCount(SERIES_NAMED_DEATHS, "Russia", "confirmed names", "total",
                                    day, names, line_no, "personnel", note=note))
        share = _COVERAGE.search(row.get("note") or "")
        if share:
            lo, hi = _coverage(doc, share, line_no)
            out.append(IndependentCount(
                SERIES_NAMED_DEATHS, "Russia", "estimated deaths", "total", day,
                round(names / ((lo + hi) / 200)), line_no, "personnel",
                low=round(names / (hi / 100)), high=round(names / (lo / 100)),
                note=f"{body}: the named list is estimated to cover {lo}-{hi}% of deaths",
            ))
    return ParsedBatch(NAME, (), (), counts=tuple(out))


def _coverage(doc: RawDocument, share: re.Match[str], line_no: int) -> tuple[int, int]:
    """Return (low, high) of a "covers 45-65%" note; ParseError unless 0 < low <= high <= 100."""
    lo, hi = share.group(1).lstrip("0"), share.group(2).lstrip("0")
    if 0 < len(lo) <= 3 and 0 < len(hi) <= 3 and 0 < int(lo) <= int(hi) <= 100:
        return int(lo), int(hi)
    raise _error(doc, "the coverage note needs two percentages with 0 < low <= high <= 100",
                 line_no=line_no, field="note", input=share.group(0)[:80])


def _period_start(key: str) -> date:
    if "-W" in key:
        year, week = key.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    if len(key) == 7:
        return date.fromisoformat(key + "-01")
    return date.fromisoformat(key)


def _aggregates(doc: RawDocument, period: str) -> ParsedBatch:
    data = load_json(doc)
    if not isinstance(data, dict):
        raise _error(doc, "expected a JSON object of periods")
    out: list[IndependentCount] = []
    odd: list[str] = []
    for i, (key, entry) in enumerate(data.items(), start=1):
        if i > MAX_REPORT_DATES:
            raise too_many_dates(doc, key, line_no=None, field="period", unit="periods",
                                 kind="aggregate file")
        if not isinstance(entry, dict) or "deaths" not in entry:
            raise _error(doc, f"period {key!r} has no 'deaths'", field="deaths", input=key)
        try:
            start = _period_start(key)
        except ValueError:
            if "-W" not in key:
                raise _error(doc, f"{key!r} is not a {period} period key", field="period",
                             input=key) from None
            odd.append(key)  # e.g. "2022-W53": not an ISO week; the source's own numbering
            continue
        if type(entry["deaths"]) is not int:  # bool is not a count
            raise _error(doc, f"period {key}: deaths is not an integer", field="deaths",
                         input=str(entry["deaths"])[:80])
        deaths = read_total(entry["deaths"], doc, None, f"{key}.deaths")
        out.append(IndependentCount(
            SERIES_DEATHS_BY_DATE, "Russia", f"named dead by date of death ({period})",
            "deaths", start, deaths, i, "personnel", is_change=True,
        ))
    finding = Finding(
        "weak_provenance",
        f"{doc.locator}: named dead by date of death from ukrwarlosses, which reads an "
        "unidentified mirror (svo.rf.gd) although it cites Mediazona; recent periods are "
        "incomplete (confirmation lag). Not presented as Mediazona figures.",
        category="personnel", source=NAME, details={"file": doc.locator, "period": period},
    )
    found = [finding]
    if odd:
        found.append(Finding(
            "nonstandard_period_key",
            f"{doc.locator}: {len(odd)} week keys that are not ISO weeks ({', '.join(odd)}); "
            "those periods were left out",
            category="personnel", source=NAME, details={"keys": odd, "file": doc.locator},
        ))
    return ParsedBatch(NAME, (), tuple(found), counts=tuple(out))


def _totals(doc: RawDocument) -> ParsedBatch:
    data = load_json(doc)
    out: list[IndependentCount] = []
    for country in ("russia", "ukraine"):
        entry = data.get(country) if isinstance(data, dict) else None
        if entry is None:
            continue
        if not isinstance(entry, dict):
            raise _error(doc, f"{country} is not an object", field=country,
                         input=str(entry)[:80])
        for field in ("total_losses", "last_updated"):
            if field not in entry:
                raise _error(doc, f"{country} has no {field!r}", field=f"{country}.{field}")
        stamp = str(entry["last_updated"])
        try:
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            raise _error(doc, f"{country}.last_updated is not an ISO date-time",
                         field=f"{country}.last_updated", input=stamp[:80]) from None
        total = read_total(entry["total_losses"], doc, None, f"{country}.total_losses")
        out.append(IndependentCount(
            SERIES_NAMED_DEATHS, country.title(), "ukrwarlosses total", "total", when.date(),
            total, None, "personnel" if country == "russia" else None,
            note=f"as counted by ukrwarlosses from {entry.get('source_url', 'an unnamed page')}",
        ))
    if not out:
        raise _error(doc, "no 'russia' or 'ukraine' totals", field="russia")
    return ParsedBatch(NAME, (), (), counts=tuple(out))


class MediazonaSource(SourceBase):
    """Named dead: press milestones of the Mediazona/BBC count and the ukrwarlosses aggregates."""

    name = NAME
    title = "Mediazona / BBC News Russian named dead (independent)"

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for the milestones CSV or an ukrwarlosses aggregate JSON."""
        name = path.name.lower()
        if name.endswith(".csv"):
            return head.lstrip(b"\xef\xbb\xbf").startswith(b"as_of,confirmed_names")
        if name.endswith(".json"):
            return bool(_PERIOD.match(name.removeprefix("russia_"))) and name.startswith(
                "russia_"
            ) or name == "hardcoded-casualty-totals.json"
        return False

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one named-deaths file."""
        name = Path(doc.locator).name.lower()
        if name.endswith(".csv"):
            try:
                return _milestones(doc)
            except csv.Error as exc:  # a field past the csv module's size limit
                raise _error(doc, f"not readable as CSV: {exc}") from None
        if name == "hardcoded-casualty-totals.json":
            return _totals(doc)
        match = _PERIOD.match(name.removeprefix("russia_"))
        if match is None:
            raise _error(doc, "not a named-deaths file")
        return _aggregates(doc, match.group(1))


SOURCE = MediazonaSource()
