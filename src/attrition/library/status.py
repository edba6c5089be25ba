"""What the record holds and how fresh it is (``status``), and what the checks flagged (``findings``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door
from attrition.library.results import Answer, envelope_meta
from attrition.model.dates import parse_span

if TYPE_CHECKING:  # pragma: no cover
    from attrition.freshness import Freshness
    from attrition.store import StoredFinding


@dataclass(frozen=True)
class Status(Answer):
    """Sources, the latest report, row counts, findings by kind and freshness."""

    database: str
    sources: list[dict[str, Any]]
    latest_report_date: date | None
    latest_loss_date: date | None
    counts: dict[str, int]
    findings_by_kind: dict[str, int]
    freshness: Freshness
    independent: list[dict[str, Any]] = field(default_factory=list)  # never vote
    held_back: list[StoredFinding] = field(default_factory=list)  # unconfirmed decreases

    def to_dict(self) -> dict[str, Any]:
        """Return the status as plain values."""
        return {
            "database": self.database,
            "sources": self.sources,
            "latest_report_date": self.latest_report_date,
            "latest_loss_date": self.latest_loss_date,
            "counts": self.counts,
            "findings_by_kind": self.findings_by_kind,
            "freshness": self.freshness.as_dict(),
            "independent": self.independent,
            "held_back": [
                {"category": f.category, "report_date": f.report_date, "source": f.source,
                 "stated": f.details.get("stated"), "kept": f.details.get("kept"),
                 "message": f.message}
                for f in self.held_back
            ],
        }

    def meta(self) -> dict[str, Any]:
        """Return report convention and the sources present."""
        return envelope_meta("report", None, (s["name"] for s in self.sources))


def finding_row(found: StoredFinding) -> dict[str, Any]:
    """Return one stored finding as a JSON-ready dict: its id, the finding, when recorded."""
    from attrition.model.records import finding_dict  # not at import: attrition.open() stays light

    return {"id": found.id, **finding_dict(found), "recorded_at": found.recorded_at}


@dataclass(frozen=True)
class Findings(Answer):
    """Stored findings, oldest report first."""

    rows: list[StoredFinding]

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one record per finding."""
        return [finding_row(f) for f in self.rows]

    def meta(self) -> dict[str, Any]:
        """Return report convention, the sources named and the count."""
        return envelope_meta("report", None, (f.source for f in self.rows if f.source),
                             count=len(self.rows))


class StatusMethods(Door):
    """Status, freshness and findings."""

    def status(self, now: datetime | None = None) -> Status:
        """Return what the record holds and how fresh it is at ``now`` (default: now)."""
        from datetime import UTC

        from attrition.freshness import freshness
        from attrition.model.dates import loss_date
        from attrition.model.roster import non_voting_sources
        from attrition.sources import get_source, source_names

        store = self.store
        known = set(source_names())
        independent = non_voting_sources()
        sources = []
        for summary in store.sources_summary():
            if summary.name in independent:
                continue  # listed under their own heading: they never vote
            row = dict(vars(summary))
            row["title"] = get_source(summary.name).title if summary.name in known else None
            sources.append(row)
        latest = store.latest_report_date()
        kinds = Counter(f.kind for f in store.findings())
        fresh = freshness({s["name"]: s["last_report_date"] for s in sources},
                          now or datetime.now(UTC))
        others = [row | {"title": get_source(row["source"]).title}
                  for row in store.independent_summary()]
        return Status(store.url, sources, latest, loss_date(latest) if latest else None,
                      store.counts(), dict(sorted(kinds.items())), fresh, others, self.held_back())

    def held_back(self) -> list[StoredFinding]:
        """Return the unconfirmed decreases the consensus is holding back (issue 14 item 12).

        A decrease one non-official source alone states is left out of the consensus (the
        last confirmed value stays the headline) until another source confirms it; these
        are the ``unconfirmed_decrease`` findings newer than their category's latest row.
        """
        latest: dict[str, date | None] = {}
        out = []
        for found in self.store.findings(kind="unconfirmed_decrease"):
            cat = found.category or ""
            if cat not in latest:
                rows = self.store.consensus_rows(cat)
                latest[cat] = rows[-1].report_date if rows else None
            last = latest[cat]
            if found.report_date is not None and (last is None or found.report_date > last):
                out.append(found)
        return out

    def findings(
        self,
        *,
        kind: str | None = None,
        category: str | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
    ) -> Findings:
        """Return what the checks flagged, optionally of one kind/category, between report dates."""
        from attrition.model.categories import lookup_category

        key = lookup_category(category).key if category else None
        first, last = parse_span(start, end)
        return Findings(self.store.findings(kind=kind, category=key, start=first, end=last))
