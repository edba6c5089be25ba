"""The shared policy for what a bulk-history file yields, and the findings inside one file.

Owns :func:`build_batch`: one row per report date (a later duplicate is dropped and
reported), values outside a category's reporting period kept out of the observations, and
the findings visible inside one file: ``duplicate_date``, ``total_decreased``,
``not_multiple_of_10``, ``repeated_day`` (every category unchanged from the previous report
date), ``personnel_unchanged`` and ``outside_category_period``. Checks against stored
history (other sources, other files) belong to ``attrition.checks``, not here; the kinds
and ``details`` keys match that module's so a fact found twice is stored once
(``Finding.key``). The layer rules forbid importing ``attrition.checks`` from a source. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from attrition.errors import ParseError
from attrition.model.categories import get_category
from attrition.model.observation_checks import (
    personnel_not_round,
    split_by_window,
    total_decreases,
)
from attrition.model.records import Finding, Observation, ParsedBatch, RawDocument, StatedCorrection

# a file repeats a report date this often at most (real files: never); more is not a history
MAX_DUPLICATE_DATES = 100
# a history file holds this many report dates at most (real files: ~1,650 by 2026-08): 20 MB
# of rows dated day after day into later centuries took 4.2 GB to ingest
MAX_REPORT_DATES = 10_000


def too_many_dates(doc: RawDocument, input: str, *, line_no: int | None, field: str = "date",
                   unit: str = "report dates", kind: str = "history file") -> ParseError:
    """Return the error for a file dated on more than :data:`MAX_REPORT_DATES` days (histories,
    Oryx tables, Mediazona aggregates: the one limit and its one wording)."""
    return ParseError(
        f"more than {MAX_REPORT_DATES:,} {unit} (one a day from the war's start reaches that "
        f"in 2049): not one {kind}",
        path=doc.locator, line_no=line_no, field=field, input=input, source=doc.source,
    )


@dataclass
class Row:
    """One report date read from a history file, before the shared policy is applied."""

    line_no: int | None
    report_date: date
    observations: list[Observation] = field(default_factory=list)


def _finding(
    doc: RawDocument, kind: str, message: str, category: str | None, day: date, **details: Any
) -> Finding:
    details.setdefault("path", doc.locator)
    return Finding(kind, message, category, day, doc.source, details)


class Rows:
    """The rows of one history file as they are read, a later row of a date already read
    dropped at once (its ``duplicate_date`` finding kept); more than
    :data:`MAX_REPORT_DATES` report dates is a ParseError naming the line.

    A file repeating one row (20 MB of copies: 700-850 MB RSS when every row was kept until
    the end) thus holds one row per report date; past :data:`MAX_DUPLICATE_DATES` repeated
    dates the file is no history at all: a ParseError naming the line. Parsers ``append``
    each row here and give this to :func:`build_batch`.
    """

    def __init__(self, doc: RawDocument) -> None:
        self.doc = doc
        self.kept: dict[date, Row] = {}
        self.findings: list[Finding] = []

    def append(self, row: Row) -> None:
        """Keep ``row``, or drop it with its finding when its report date was read before."""
        first = self.kept.get(row.report_date)
        if first is None:
            if len(self.kept) >= MAX_REPORT_DATES:
                raise too_many_dates(self.doc, row.report_date.isoformat(), line_no=row.line_no)
            self.kept[row.report_date] = row
            return
        if len(self.findings) >= MAX_DUPLICATE_DATES:
            raise ParseError(
                f"more than {MAX_DUPLICATE_DATES} rows repeat a report date read before "
                f"(this one repeats line {first.line_no}): not one history file",
                path=self.doc.locator, line_no=row.line_no, field="date",
                input=row.report_date.isoformat(), source=self.doc.source,
            )
        same = {o.category: o.total for o in first.observations} == {
            o.category: o.total for o in row.observations
        }
        self.findings.append(
            _finding(
                self.doc,
                "duplicate_date",
                f"report date {row.report_date} appears twice (lines {first.line_no} and "
                f"{row.line_no}); the first is kept",
                None,
                row.report_date,
                line_no=row.line_no,
                kept_line_no=first.line_no,
                same_values=same,
            )
        )


def build_batch(
    doc: RawDocument,
    rows: Iterable[Row] | Rows,
    *,
    corrections: Iterable[StatedCorrection] = (),
    meta: dict[str, Any] | None = None,
) -> ParsedBatch:
    """Apply the shared history policy to parsed rows and return the batch with findings.

    A later row with an already-seen report date is dropped (``duplicate_date``; more than
    :data:`MAX_DUPLICATE_DATES` is a ParseError, see :class:`Rows`). A value
    for a category outside its reporting period is not an observation (the one rule,
    :func:`attrition.model.observation_checks.split_by_window`): zeros are a dataset's
    back-fill and are only counted in ``meta["outside_period_zeros"]``; other values
    become one ``outside_category_period`` finding per category.
    """
    doc_meta = dict(meta or {})
    if not isinstance(rows, Rows):
        read, rows = rows, Rows(doc)
        for row in read:
            rows.append(row)
    kept = rows.kept
    findings = list(rows.findings)
    outside: dict[str, list[Observation]] = {}
    zeros: dict[str, int] = {}
    # the window rule over the whole file at once (one call, not one per report date)
    inside, left_out = split_by_window(o for row in kept.values() for o in row.observations)
    if left_out:
        gone = {id(o) for o in left_out}
        for row in kept.values():
            row.observations = [o for o in row.observations if id(o) not in gone]
    for obs in left_out:
        if obs.total == 0:
            zeros[obs.category] = zeros.get(obs.category, 0) + 1
        else:
            outside.setdefault(obs.category, []).append(obs)
    observations = inside
    for key, dropped in outside.items():
        cat = get_category(key)
        days = sorted(o.report_date for o in dropped)
        valid = f"{cat.valid_from}..{cat.valid_to or ''}"
        findings.append(
            _finding(
                doc,
                "outside_category_period",
                f"{len(dropped)} {key} value(s) dated outside the category's reporting period "
                f"{valid} ({days[0]}..{days[-1]}); not imported",
                key,
                days[0],
                count=len(dropped),
                first_report_date=days[0].isoformat(),
                last_report_date=days[-1].isoformat(),
                valid_from=cat.valid_from.isoformat(),
                valid_to=cat.valid_to.isoformat() if cat.valid_to else None,
                line_nos=[o.line_no for o in dropped],
            )
        )
    if zeros:
        doc_meta["outside_period_zeros"] = zeros
    findings.extend(history_findings(doc, sorted(kept.values(), key=lambda r: r.report_date)))
    return ParsedBatch(
        doc.source,
        tuple(observations),
        tuple(findings),
        corrections=tuple(corrections),
        meta=doc_meta,
    )


def history_findings(doc: RawDocument, rows: list[Row]) -> list[Finding]:
    """Return the findings visible in one file's rows, given oldest report date first."""
    findings: list[Finding] = []
    last_personnel: tuple[date, int] | None = None
    previous: Row | None = None
    previous_totals: dict[str, int] = {}
    by_category: dict[str, list[tuple[date, int]]] = {}
    personnel: list[Observation] = []
    for row in rows:
        day = row.report_date
        totals = {o.category: o.total for o in row.observations}
        if previous is not None and totals and totals == previous_totals:
            findings.append(
                _finding(
                    doc,
                    "repeated_day",
                    f"every category on {day} repeats {previous.report_date} unchanged",
                    None,
                    day,
                    prev_report_date=previous.report_date.isoformat(),
                    line_no=row.line_no,
                )
            )
        for obs in row.observations:
            category, total = obs.category, obs.total
            points = by_category.get(category)
            if points is None:
                points = by_category[category] = []
            points.append((day, total))
            if category != "personnel":
                continue
            personnel.append(obs)
            if last_personnel is not None and total == last_personnel[1]:
                findings.append(
                    _finding(
                        doc,
                        "personnel_unchanged",
                        f"personnel total {total} on {day} repeats {last_personnel[0]}",
                        category,
                        day,
                        total=total,
                        prev_report_date=last_personnel[0].isoformat(),
                        line_no=obs.line_no,
                    )
                )
            last_personnel = (day, total)
        previous, previous_totals = row, totals
    # falling totals and unrounded personnel: the shared rules (also run at ingest); the
    # rounding rule reads personnel values only, so it is given only those, in file order
    for category, points in by_category.items():
        findings += total_decreases(category, points, source=doc.source)
    findings += personnel_not_round(personnel, source=doc.source)
    return findings
