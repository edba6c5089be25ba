"""What an ingest returns: per-document counts, skipped files, new findings, and attribution.

Plain frozen values (JSON-ready through ``as_dict``) plus :class:`Attribution`, which
says which ingested document a store-level finding is about. No I/O.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from attrition.model.records import Finding, ParsedBatch, RawDocument, finding_dict


@dataclass(frozen=True)
class SkippedFile:
    """A file or document that was not ingested, and why."""

    path: str
    reason: str
    source: str | None = None


@dataclass(frozen=True)
class DocumentResult:
    """What one ingested document added to the store."""

    source: str
    locator: str
    sha256: str  # first 12 hex digits
    added: int
    revised: int
    unchanged: int
    corrections: int
    findings: int  # new findings attributed to this document
    independent: int = 0  # independent counts and territory snapshots (they never vote)


@dataclass(frozen=True)
class IngestResult:
    """Outcome of one ingest call: per-document counts, skipped files, new findings."""

    documents: tuple[DocumentResult, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    findings: tuple[Finding, ...] = ()
    categories: tuple[str, ...] = ()  # categories whose consensus was refreshed

    @property
    def totals(self) -> dict[str, int]:
        """Return the summed counts: documents, added, revised, unchanged, ..., skipped."""
        return {
            "documents": len(self.documents),
            "added": sum(d.added for d in self.documents),
            "revised": sum(d.revised for d in self.documents),
            "unchanged": sum(d.unchanged for d in self.documents),
            "corrections": sum(d.corrections for d in self.documents),
            "independent": sum(d.independent for d in self.documents),
            "findings": len(self.findings),
            "skipped": len(self.skipped),
        }

    def findings_by_kind(self) -> dict[str, int]:
        """Return how many new findings of each kind this ingest stored."""
        out: dict[str, int] = defaultdict(int)
        for finding in self.findings:
            out[finding.kind] += 1
        return dict(sorted(out.items()))

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready description of the result."""
        return {
            "documents": [vars(d).copy() for d in self.documents],
            "skipped": [vars(s).copy() for s in self.skipped],
            "totals": self.totals,
            "findings_by_kind": self.findings_by_kind(),
            "findings": [finding_dict(f) for f in self.findings],
            "categories": list(self.categories),
        }


@dataclass
class Attribution:
    """Which document a store-level finding is about (first match by source, category, day).

    ``dates`` holds, for each parsed document, the report dates of its observations by
    category (what :func:`dates_by_category` gives; the ingest computes it once per
    document for its own checks too).
    """

    parsed: list[tuple[RawDocument, ParsedBatch]]
    dates: list[dict[str, set[date]]]
    _days: list[set[date]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.dates) != len(self.parsed):
            raise ValueError("Attribution: one dates map per parsed document")
        self._days = [set().union(*by_category.values()) for by_category in self.dates]

    def owner(self, finding: Finding) -> int | None:
        """Return the index of the first document the finding is about, or None.

        A disagreement goes to a document of an outvoted source when there is one.
        """
        day = finding.report_date
        if finding.kind == "missing_days" and "next_report_date" in finding.details:
            day = date.fromisoformat(finding.details["next_report_date"])
        matches = [i for i, (doc, _) in enumerate(self.parsed) if self._about(i, doc, finding, day)]
        values, chosen = finding.details.get("values"), finding.details.get("chosen")
        if finding.kind == "disagreement" and isinstance(values, dict):
            outvoted = {src for src, total in values.items() if total != chosen}
            preferred = [i for i in matches if self.parsed[i][0].source in outvoted]
            matches = preferred or matches
        return matches[0] if matches else None

    def _about(self, i: int, doc: RawDocument, finding: Finding, day: date | None) -> bool:
        if finding.source and finding.source != doc.source:
            return False
        if day is None:
            return True
        if finding.category is None:
            return day in self._days[i]
        return day in self.dates[i].get(finding.category, ())


def dates_by_category(batch: ParsedBatch) -> dict[str, set[date]]:
    """Return the report dates of ``batch``'s observations by category (first seen first)."""
    dates: dict[str, set[date]] = {}
    for obs in batch.observations:
        days = dates.get(obs.category)
        if days is None:
            days = dates[obs.category] = set()
        days.add(obs.report_date)
    return dates
