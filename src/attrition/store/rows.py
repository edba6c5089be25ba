"""Value types the store returns (frozen dataclasses) and the text forms of dates and times.

Dates are stored as ISO text (``2024-12-03``) and timestamps as fixed-width ISO UTC text
(``2024-12-03T06:30:00.000000+00:00``) so that text order is time order in every dialect.
Nothing here touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any


def iso_utc(moment: datetime) -> str:
    """Return ``moment`` as fixed-width ISO UTC text (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    """Return the aware UTC datetime stored as ``text``."""
    return datetime.fromisoformat(text)


def end_of_day_utc(day: date) -> str:
    """Return the stored form of the first instant after ``day`` (UTC): the as_of cut-off."""
    return iso_utc(datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC))


@dataclass(frozen=True)
class DocumentRef:
    """A stored document: its id, its sha256, and whether this call stored it."""

    id: int
    sha256: str
    is_new: bool


@dataclass(frozen=True)
class Revision:
    """A source stating a different value for a (category, report date) it had stated before."""

    source: str
    category: str
    report_date: date
    old_total: int
    new_total: int
    old_increment: int | None
    new_increment: int | None
    old_observation_id: int
    new_observation_id: int
    old_document_id: int
    new_document_id: int
    recorded_at: datetime
    reason: str | None = None
    id: int | None = None  # set when stored


@dataclass(frozen=True)
class WriteResult:
    """What one add_observations call did: new keys, changed values, identical values."""

    added: int
    revised: int
    unchanged: int
    revisions: list[Revision] = field(default_factory=list)
    # the observation rows this call inserted, id first, in the table's column order; what
    # refresh_consensus(written=...) takes from memory instead of reading back
    rows: list[tuple[Any, ...]] = field(default_factory=list, repr=False, compare=False)


@dataclass(frozen=True)
class RunRecord:
    """One ingest run of one source/document, for `db status` and auditing."""

    source: str
    document_sha256: str | None
    started_at: datetime
    finished_at: datetime
    added: int = 0
    revised: int = 0
    unchanged: int = 0
    findings: int = 0
    status: str = "ok"  # "ok" | "failed" | "skipped"
    message: str | None = None


@dataclass(frozen=True, slots=True)  # slots: ~2x faster to create; one per report
class ConsensusRow:
    """One report of one category in the consensus record, with how it was chosen.

    ``sources`` are the sources that agree on ``total``; ``n_sources`` counts every source
    with a value that day; ``values`` maps each source to its total when they disagree.
    """

    category: str
    report_date: date
    loss_date: date
    total: int
    increment_printed: int | None
    increment_diff: int | None
    span_days: int
    is_approximate: bool
    has_correction: bool
    increment_printed_is_derived: bool
    sources: tuple[str, ...]
    n_sources: int
    values: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredFinding:
    """A finding as stored, with its id and when it was recorded."""

    id: int
    kind: str
    category: str | None
    report_date: date | None
    source: str | None
    message: str
    details: dict[str, Any]
    recorded_at: datetime


@dataclass(frozen=True)
class StoredCorrection:
    """A source's stated correction (jump in total − printed increment) as stored."""

    source: str
    category: str
    report_date: date
    amount: int
    line_no: int | None
    note: str | None
    document_id: int
    recorded_at: datetime
    id: int | None = None


@dataclass(frozen=True)
class SourceValue:
    """One source's value for one (category, report date), with where it came from."""

    source: str
    total: int
    increment_printed: int | None
    is_approximate: bool
    locator: str
    sha256: str
    fetched_at: datetime
    line_no: int | None
    raw: str | None
    note: str | None
    recorded_at: datetime
    observation_id: int
    document_id: int


@dataclass(frozen=True)
class SourceSummary:
    """What the store holds from one source."""

    name: str
    documents: int
    observations: int
    first_report_date: date | None
    last_report_date: date | None
    report_days: int
    last_fetched_at: datetime | None
    last_ingested_at: datetime | None
