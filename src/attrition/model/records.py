"""Frozen value types that flow from sources to the store: documents, observations, findings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any, Protocol

from attrition.model.dates import loss_date
from attrition.model.independent import IndependentCount, TerritorySnapshot


@dataclass(frozen=True)
class RawDocument:
    """One fetched or read document, kept byte for byte as provenance."""

    source: str  # source name, e.g. "petroivaniuk", "gs_text"
    locator: str  # URL or file path it came from
    content: bytes
    fetched_at: datetime  # UTC
    media_type: str = "application/octet-stream"
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @cached_property
    def sha256(self) -> str:
        """Return the hex sha256 of the content (hashed once: an ingest asks four times)."""
        return hashlib.sha256(self.content).hexdigest()

    @property
    def text(self) -> str:
        """Return the content decoded as UTF-8 (with a BOM removed)."""
        return self.content.decode("utf-8-sig")


# The largest total or increment any source may state: 15 digits stay exact in float64
# and int64 arithmetic (analysis, pandas, the store's 64-bit INTEGER), and are some
# eight orders of magnitude above any real count. Larger figures are parse errors.
MAX_TOTAL = 10**15 - 1
MAX_TOTAL_DIGITS = len(str(MAX_TOTAL))


def total_too_large(value: float) -> bool:
    """Return True if ``value`` is beyond what a total (or an increment) may be."""
    return abs(value) > MAX_TOTAL


@dataclass(frozen=True, slots=True)  # slots: ~2x faster to create; 10^5 per import
class Observation:
    """One category on one report, as one source stated it."""

    category: str  # canonical key from model.categories
    report_date: date
    total: int
    increment_printed: int | None = None  # the "(+N)" as printed; None when not stated
    is_approximate: bool = False  # "about"/"близько"
    line_no: int | None = None  # line (or row) in the document
    raw: str | None = None  # the line/row text it was read from
    note: str | None = None  # e.g. "increment derived from the source's correction file"

    @property
    def loss_date(self) -> date:
        """Return the loss date (report date − 1)."""
        return loss_date(self.report_date)


@dataclass(frozen=True)
class Finding:
    """Something a check noticed: a disagreement, a correction, a gap, a typo."""

    kind: str  # e.g. "disagreement", "increment_mismatch", "total_decreased", "missing_days"
    message: str
    category: str | None = None
    report_date: date | None = None
    source: str | None = None
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def key(self) -> str:
        """Return a stable identity so that the same finding is stored once."""
        day = self.report_date.isoformat() if self.report_date else "-"
        return f"{self.kind}|{self.category or '-'}|{day}|{self.source or '-'}"


class FindingInfo(Protocol):
    """What a finding says: a :class:`Finding`, or one as stored (with its id); the brief lists these."""

    @property
    def kind(self) -> str: ...
    @property
    def category(self) -> str | None: ...
    @property
    def report_date(self) -> date | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def message(self) -> str: ...


class FindingFields(FindingInfo, Protocol):
    """What a finding's JSON form reads: what it says and its details."""

    @property
    def details(self) -> dict[str, Any]: ...


def finding_dict(finding: FindingFields) -> dict[str, Any]:
    """Return a finding as a JSON-ready dict (``details`` copied)."""
    return {
        "kind": finding.kind,
        "category": finding.category,
        "report_date": finding.report_date,
        "source": finding.source,
        "message": finding.message,
        "details": dict(finding.details),
    }


@dataclass(frozen=True)
class ParsedReport:
    """One General Staff daily report parsed from text."""

    report_date: date | None  # None when neither heading nor caller named it
    language: str  # "uk", "en" or "uk+en"
    observations: tuple[Observation, ...]
    heading_date: date | None = None  # the date the heading states, if any
    heading_line: int | None = None
    flags: tuple[str, ...] = ()  # e.g. "warning_line", "data_being_updated", "heading_date_mismatch"
    notes: tuple[str, ...] = ()  # extra lines kept verbatim (WARNING, greatest-losses direction)
    path: str | None = None


@dataclass(frozen=True)
class StatedCorrection:
    """A source's statement that a report's total includes a silent revision.

    ``amount`` = (jump in the cumulative total) − (the printed "(+N)"), so the printed
    increment can be recovered as increment_diff − amount.
    """

    category: str
    report_date: date
    amount: int
    line_no: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class ParsedBatch:
    """What a source's parse step returns: observations from one document plus findings."""

    source: str
    observations: tuple[Observation, ...]
    findings: tuple[Finding, ...] = ()
    reports: tuple[ParsedReport, ...] = ()  # for text sources: one per report
    corrections: tuple[StatedCorrection, ...] = ()
    counts: tuple[IndependentCount, ...] = ()  # independent sources: never vote
    territory: tuple[TerritorySnapshot, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
