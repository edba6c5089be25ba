"""The Store handle and open_store: a thin face over :mod:`.writes`, :mod:`.reads` and :mod:`.consensus`.

Re-exported by :mod:`attrition.store` (import it from there). It imports neither pandas
nor ``attrition.sources``. Opening a store and reading consensus rows imports only
:mod:`.engine`, :mod:`.migrations` and :mod:`.reads` (``attrition losses`` must start
within 2x a bare interpreter); each other method imports the module it calls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from attrition.store import reads
from attrition.store.engine import Engine, connect, parse_url
from attrition.store.migrations import migrate

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Sequence
    from contextlib import AbstractContextManager
    from pathlib import Path
    from types import TracebackType
    from typing import Any

    from attrition.model.independent import (
        IndependentCount,
        StoredSnapshot,
        TerritoryChange,
        TerritorySnapshot,
    )
    from attrition.model.records import Finding, Observation, RawDocument, StatedCorrection
    from attrition.model.series import LossSeries
    from attrition.store.consensus import Ranks
    from attrition.store.consensus_row import ConsensusRow
    from attrition.store.rows import (
        ConsensusRefresh,
        DocumentRef,
        Revision,
        RunRecord,
        SourceSummary,
        SourceValue,
        StoredCorrection,
        StoredFinding,
        WriteResult,
    )


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """An open store. Writes are append-only; run them inside ``with store.transaction():``.

    A write method called outside a transaction opens its own; inside one it joins it
    (as a savepoint), so a whole ingest commits or rolls back as one.
    """

    def __init__(self, engine: Engine, source_rank: Ranks | None = None) -> None:
        self._engine = engine
        self.url = engine.url
        self.dialect = engine.dialect.name
        self._ranks: Ranks | None = None if source_rank is None else dict(source_rank)

    @property
    def source_rank(self) -> Ranks:
        """Return each source's consensus rank (default: the roster's, read on first use)."""
        if self._ranks is None:
            from attrition.store.consensus import ROSTER_RANKS

            self._ranks = dict(ROSTER_RANKS)
        return self._ranks

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def file(self) -> Path | None:
        """Return the SQLite file this store lives in (None: in memory, or PostgreSQL)."""
        from pathlib import Path

        target = self._engine.target
        if target.dialect.name == "sqlite" and target.location != ":memory:":
            return Path(target.location)
        return None

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    def close(self) -> None:
        """Close the connection; an open transaction is rolled back."""
        self._engine.close()

    def transaction(self) -> AbstractContextManager[None]:
        """Return a context manager: one transaction, rolled back on any exception."""
        return self._engine.transaction()

    # ---- writes ----
    def has_document(self, sha256: str) -> bool:
        """Return True if a document with this sha256 is stored."""
        from attrition.store import writes

        return writes.has_document(self._engine, sha256)

    def add_document(self, doc: RawDocument) -> DocumentRef:
        """Store a raw document by sha256; the same content again returns the existing id."""
        from attrition.store import writes

        return writes.add_document(self._engine, doc, _now())

    def add_observations(
        self, doc_id: int, source: str, observations: Sequence[Observation],
        recorded_at: datetime, *, reason: str | None = None,
    ) -> WriteResult:
        """Append a source's observations from one document; changed values become revisions."""
        from attrition.store import writes

        return writes.add_observations(
            self._engine, doc_id, source, observations, recorded_at, reason
        )

    def bulk_load(self) -> AbstractContextManager[None]:
        """Return a context manager for a bulk append (a first import builds its index once)."""
        from attrition.store import writes

        return writes.bulk_observations(self._engine)

    def add_corrections(
        self, doc_id: int, source: str, corrections: Sequence[StatedCorrection],
        recorded_at: datetime,
    ) -> int:
        """Append stated corrections not stored yet; return how many were new."""
        from attrition.store import writes

        return writes.add_corrections(self._engine, doc_id, source, corrections, recorded_at)

    def add_findings(self, findings: Sequence[Finding], recorded_at: datetime) -> int:
        """Append findings whose key is new; return how many were new."""
        from attrition.store import writes

        return writes.add_findings(self._engine, findings, recorded_at)

    def prune_findings(self, categories: Sequence[str], fresh: Sequence[Finding]) -> int:
        """Delete the consensus findings of ``categories`` no longer in ``fresh``."""
        from attrition.store import writes

        return writes.prune_findings(self._engine, categories, fresh)

    def refresh_consensus(
        self, categories: Iterable[str] | None = None, source_rank: Ranks | None = None,
        *, written: Iterable[WriteResult] = (),
    ) -> ConsensusRefresh:
        """Recompute the consensus of ``categories`` (all when None); return what it made.

        The result holds each refreshed category's rows (what ``consensus_rows`` now reads
        back, oldest first) and every "disagreement" finding of those categories; the
        findings are also stored (deduplicated by key), so calling ``add_findings`` with
        them again adds nothing. ``written``: the WriteResults of add_observations calls
        just made; their rows are taken from memory instead of read back when they are
        all that was added since (checked), with the same result.
        """
        from attrition.store import writes

        return writes.refresh_consensus(
            self._engine, categories, source_rank or self.source_rank, _now(), written
        )

    def add_counts(
        self, doc_id: int, source: str, counts: Sequence[IndependentCount], recorded_at: datetime,
    ) -> int:
        """Append an independent source's counts from one document (they never vote)."""
        from attrition.store import independent

        return independent.add_counts(self._engine, doc_id, source, counts, recorded_at)

    def add_snapshots(
        self, doc_id: int, source: str, snapshots: Sequence[TerritorySnapshot],
        recorded_at: datetime,
    ) -> int:
        """Append territory snapshots (area computed at ingest) from one document."""
        from attrition.store import independent

        return independent.add_snapshots(self._engine, doc_id, source, snapshots, recorded_at)

    def replace_territory_changes(self, changes: Sequence[TerritoryChange]) -> None:
        """Rewrite the territory-change read model."""
        from attrition.store import independent

        independent.replace_changes(self._engine, changes)

    def record_run(self, run: RunRecord) -> None:
        """Append one ingest run record."""
        from attrition.store import writes

        writes.record_run(self._engine, run)

    # ---- reads ----
    def series(self, category: str, *, as_of: date | None = None) -> LossSeries:
        """Return the consensus LossSeries of ``category`` (as known on ``as_of`` if given)."""
        return reads.series(self._engine, category, as_of, self._ranks)

    def consensus_rows(
        self, category: str, start: date | None = None, end: date | None = None,
        *, as_of: date | None = None,
    ) -> list[ConsensusRow]:
        """Return consensus rows with report dates in [start, end] (inclusive)."""
        return reads.consensus_rows(self._engine, category, start, end, as_of, self._ranks)

    def latest_report_date(self, category: str | None = None) -> date | None:
        """Return the newest report date in the consensus."""
        return reads.latest_report_date(self._engine, category)

    def source_values(
        self, category: str, report_date: date, *, as_of: date | None = None
    ) -> list[SourceValue]:
        """Return each source's value for one day with its provenance, best source first."""
        return reads.source_values(
            self._engine, category, report_date, as_of, self.source_rank
        )

    def source_totals(self, source: str) -> dict[tuple[str, date], int]:
        """Return (category, report date) -> current total of one source."""
        return reads.source_totals(self._engine, source)

    def source_day_count(self, source: str) -> int:
        """Return how many distinct report dates one source has."""
        return reads.source_day_count(self._engine, source)

    def corrections(self, category: str | None = None) -> list[StoredCorrection]:
        """Return the stated corrections (of one category, or all)."""
        return reads.corrections(self._engine, category)

    def revisions(
        self, category: str | None = None, report_date: date | None = None
    ) -> list[Revision]:
        """Return revisions, oldest first."""
        return reads.revisions(self._engine, category, report_date)

    def findings(
        self, *, kind: str | None = None, category: str | None = None,
        start: date | None = None, end: date | None = None,
    ) -> list[StoredFinding]:
        """Return stored findings matching every filter given."""
        return reads.findings(self._engine, kind, category, start, end)

    def sources_summary(self) -> list[SourceSummary]:
        """Return what the store holds per source."""
        return reads.sources_summary(self._engine)

    def counts(self) -> dict[str, int]:
        """Return row counts: documents, observations, revisions, corrections, findings, ..."""
        return reads.counts(self._engine)

    def change_token(self) -> str:
        """Return a cheap token that changes whenever an ingest changes the record."""
        return reads.change_token(self._engine)

    def territory_snapshots(self) -> list[StoredSnapshot]:
        """Return every territory snapshot (without geometry), oldest map state first."""
        from attrition.store import independent

        return independent.snapshots(self._engine)

    def territory_geometries(self, ids: Sequence[int]) -> dict[int, bytes]:
        """Return snapshot id -> union geometry (WKB)."""
        from attrition.store import independent

        return independent.geometries(self._engine, ids)

    def territory_changes(self, period: str | None = None) -> list[TerritoryChange]:
        """Return the stored day/week/month territory changes, oldest first."""
        from attrition.store import independent

        return independent.changes(self._engine, period)

    def independent_rows(
        self, *, series: str | None = None, country: str | None = None,
        category: str | None = None, item: str | None = None,
    ) -> list[dict[str, Any]]:
        """Return independent counts with provenance (document sha256, locator, line)."""
        from attrition.store import independent

        return independent.count_rows(
            self._engine, series=series, country=country, category=category, item=item
        )

    def independent_totals(
        self, series: str, country: str, category: str, statuses: Sequence[str],
    ) -> list[tuple[date, int, str, str, int]]:
        """Return per date and document the summed counts mapped to an official category."""
        from attrition.store import independent

        return independent.category_totals(self._engine, series, country, category, statuses)

    def independent_summary(self) -> list[dict[str, Any]]:
        """Return what the store holds per independent source and series."""
        from attrition.store import independent

        return independent.summary(self._engine)

    def cached(self, kind: str, category: str, as_of: str, method: str,
               fingerprint: str) -> str | None:
        """Return a derived result (e.g. a forecast calibration) if its data is unchanged."""
        from attrition.store import cache

        return cache.cached(self._engine, kind, category, as_of, method, fingerprint)

    def keep_cached(self, kind: str, category: str, as_of: str, method: str,
                    fingerprint: str, payload: str) -> None:
        """Store a derived result under its key and data fingerprint (one transaction)."""
        from attrition.store import cache

        cache.keep(self._engine, kind, category, as_of, method, fingerprint, payload)

    def consensus_categories(self) -> list[str]:
        """Return the categories present in the consensus, alphabetically."""
        rows = self._engine.query("SELECT DISTINCT category FROM consensus ORDER BY category")
        return [r[0] for r in rows]


def open_store(url: str | Path | None = None, *, source_rank: Ranks | None = None) -> Store:
    """Open (creating and migrating if needed) the store at a path or URL.

    ``url`` is a file path, ``sqlite:///PATH``, ``:memory:`` or ``postgresql://…``; None
    opens a private in-memory database (faces resolve the default path from Settings).

    Raises:
        StoreError: a bad URL, an unusable path, or a schema newer than this code.
    """
    engine = connect(parse_url(url))
    try:
        migrate(engine)
    except BaseException:
        engine.close()
        raise
    return Store(engine, source_rank)

