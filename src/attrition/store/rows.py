"""Value types the store returns (frozen dataclasses) and the text forms of dates and times.

Dates are stored as ISO text (``2024-12-03``) and timestamps as fixed-width ISO UTC text
(``2024-12-03T06:30:00.000000+00:00``) so that text order is time order in every dialect.
Nothing here touches a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from typing import Any

from attrition.model.records import Finding, Observation

# the consensus row lives in a light module of its own (CLI start-up time); re-exported
from attrition.store.consensus_row import CONSENSUS_COLUMNS as CONSENSUS_COLUMNS
from attrition.store.consensus_row import ConsensusRow as ConsensusRow

# the stored text of a timestamp, in a light module of its own (check start-up time); re-exported
from attrition.store.utc import iso_utc as iso_utc
from attrition.store.utc import parse_utc as parse_utc


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
    # the observation rows this call inserted, as ObservationRow.to_db() values; what
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


@dataclass(slots=True)
class ObservationRow:
    """One stored observation: what one source stated for one (category, report date).

    The one shape of an ``observations`` row (:data:`OBSERVATION_COLUMNS`): :meth:`from_db`
    reads it, :meth:`to_db` writes it; :meth:`db_rows` is :meth:`to_db` of many model
    Observations without making the objects (a first import writes ~6 x 10^4 rows).
    """

    id: int
    document_id: int
    source: str
    category: str
    report_date: date
    total: int
    increment_printed: int | None
    is_approximate: bool
    line_no: int | None
    raw: str | None
    note: str | None
    recorded_at: datetime

    @classmethod
    def from_db(cls, r: Sequence[Any]) -> ObservationRow:
        """Return the row stored as ``r`` (the columns of :data:`OBSERVATION_COLUMNS`)."""
        (oid, doc_id, source, category, day, total, printed, approx, line_no, raw, note,
         recorded_at) = r
        return cls(oid, doc_id, source, category, date.fromisoformat(day), total, printed,
                   bool(approx), line_no, raw, note, parse_utc(recorded_at))

    def to_db(self) -> tuple[Any, ...]:
        """Return the stored form: the values of :data:`OBSERVATION_COLUMNS`, in order."""
        return (self.id, self.document_id, self.source, self.category,
                self.report_date.isoformat(), self.total, self.increment_printed,
                int(self.is_approximate), self.line_no, self.raw, self.note,
                iso_utc(self.recorded_at))

    @staticmethod
    def db_rows(
        ids: Sequence[int], document_id: int, source: str,
        observations: Sequence[tuple[Observation, str]], recorded_at: str,
    ) -> list[tuple[Any, ...]]:
        """Return :meth:`to_db` of each (Observation, ISO report date) stored with ``ids``.

        The same values as making each row and calling ``to_db``, without the objects
        (a first import writes ~6 x 10^4 rows); ``recorded_at`` is already ISO UTC text.
        """
        return [
            (oid, document_id, source, obs.category, day, obs.total, obs.increment_printed,
             1 if obs.is_approximate else 0, obs.line_no, obs.raw, obs.note, recorded_at)
            for oid, (obs, day) in zip(ids, observations, strict=True)
        ]


# The ``observations`` table's columns, in the order from_db reads and to_db writes them.
OBSERVATION_COLUMNS = (
    "id", "document_id", "source", "category", "report_date", "total", "increment_printed",
    "is_approximate", "line_no", "raw", "note", "recorded_at",
)
# What the consensus reads of an observation (reads.observation_votes' columns), by name.
VOTE_COLUMNS = ("category", "report_date", "source", "total", "increment_printed",
                "is_approximate")
vote_of_stored = itemgetter(*(OBSERVATION_COLUMNS.index(c) for c in VOTE_COLUMNS))


@dataclass(frozen=True, slots=True)
class ConsensusRefresh:
    """What one consensus refresh did: each refreshed category's rows and its disagreements.

    ``rows`` maps a category to its rows oldest first: what ``Store.consensus_rows`` now
    reads back. ``findings`` are every disagreement found (new or already stored).
    """

    rows: dict[str, list[ConsensusRow]]
    findings: list[Finding]


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
