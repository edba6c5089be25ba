"""Appending to the store: documents, observations (+ revisions), corrections, findings, runs.

Nothing here UPDATEs or DELETEs a stored value. A source stating a different value for a
(category, report date) it stated before gets a new observation row plus a revision row;
the old row stays. The one table that is rewritten is ``consensus``, a read model derived
by :func:`refresh_consensus`. Every function runs inside ``engine.transaction()`` (joining
the caller's transaction as a savepoint), reads what it needs once, and writes with
``executemany``.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from attrition.model.records import Finding, Observation, RawDocument, StatedCorrection
from attrition.store import reads
from attrition.store.consensus import Ranks, decide, group_current
from attrition.store.engine import Engine
from attrition.store.rows import (
    CONSENSUS_COLUMNS,
    OBSERVATION_COLUMNS,
    ConsensusRefresh,
    ConsensusRow,
    DocumentRef,
    ObservationRow,
    Revision,
    RunRecord,
    WriteResult,
    iso_utc,
    vote_of_stored,
)
from attrition.store.schema import OBSERVATIONS_INDEX, OBSERVATIONS_INDEX_SQL

DEFAULT_REASON = "the source stated a different value in a later document"


def gc_paused_until_end(engine: Engine) -> None:
    """Pause the cyclic garbage collector until the engine's outermost transaction ends.

    What :func:`gc_paused` does for one call, for the whole transaction the call is in:
    a transaction of several bulk writes (three histories, then the consensus) would
    otherwise have the collector walk each call's ~10^5 young objects as soon as it
    returns, ~25 ms of a full-history store write. Turned back on (only if it was on)
    once the transaction commits or rolls back, or the engine is closed.
    """
    if gc.isenabled():
        gc.disable()
        engine.end_calls.append(gc.enable)


@contextmanager
def bulk_observations(engine: Engine) -> Iterator[None]:
    """Run a bulk append into an empty SQLite observations table with its index built once.

    Appending ~6 x 10^4 rows to an indexed table updates the index row by row; building it
    after the rows are in is a sorted build: ~40 ms less for a full history. Only when
    the table is empty (a first import) and only on SQLite; otherwise the block just runs.
    The drop, the writes and the rebuild are one transaction (joining the caller's), so a
    failure or a kill leaves the index as it was. Reads inside the block work, unindexed.
    """
    with engine.transaction():
        if engine.dialect.name != "sqlite" or engine.scalar(
            "SELECT 1 FROM observations LIMIT 1"
        ) is not None:
            yield
            return
        engine.execute(f"DROP INDEX {OBSERVATIONS_INDEX}")
        yield
        engine.execute(OBSERVATIONS_INDEX_SQL)


def has_document(engine: Engine, sha256: str) -> bool:
    """Return True if a document with this sha256 is stored."""
    return engine.scalar("SELECT id FROM documents WHERE sha256 = ?", (sha256,)) is not None


def add_document(engine: Engine, doc: RawDocument, ingested_at: datetime) -> DocumentRef:
    """Store ``doc`` by its sha256; the same content again returns the existing id."""
    sha = doc.sha256
    with engine.transaction():
        found = engine.scalar("SELECT id FROM documents WHERE sha256 = ?", (sha,))
        if found is not None:
            return DocumentRef(int(found), sha, False)
        new_id = engine.scalar(
            "INSERT INTO documents (sha256, source, locator, media_type, fetched_at, content,"
            " size, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (sha, doc.source, doc.locator, doc.media_type, iso_utc(doc.fetched_at),
             doc.content, len(doc.content), iso_utc(ingested_at)),
        )
    return DocumentRef(int(new_id), sha, True)


_INSERT_OBSERVATION = f"INSERT INTO observations ({', '.join(OBSERVATION_COLUMNS)})"
_ID = itemgetter(OBSERVATION_COLUMNS.index("id"))
_CATEGORY = itemgetter(OBSERVATION_COLUMNS.index("category"))
_SOURCE = itemgetter(OBSERVATION_COLUMNS.index("source"))
# what reads.current_observations reads of a row, in its order
_VERSION = itemgetter(*(OBSERVATION_COLUMNS.index(c) for c in (
    "id", "category", "report_date", "total", "increment_printed", "document_id")))
_INSERT_REVISION = (
    "INSERT INTO revisions (id, source, category, report_date, old_observation_id,"
    " new_observation_id, old_document_id, new_document_id, old_total, new_total,"
    " old_increment, new_increment, recorded_at, reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def add_observations(
    engine: Engine,
    doc_id: int,
    source: str,
    observations: Sequence[Observation],
    recorded_at: datetime,
    reason: str | None = None,
) -> WriteResult:
    """Append what ``source`` states in document ``doc_id``; return what was new or changed.

    A (category, report date) already stored for the source with the same total and
    printed increment is unchanged (no row). A different value becomes a new observation
    plus a revision; the earlier row is kept.
    """
    if not observations:
        return WriteResult(0, 0, 0, [])
    stamp = iso_utc(recorded_at)
    why = reason or DEFAULT_REASON
    with engine.transaction():
        gc_paused_until_end(engine)
        categories = sorted(set(map(_OBS_CATEGORY, observations)))
        current = _current(engine, source, categories)
        days = list(map(_IsoDays().__getitem__, map(_OBS_REPORT_DATE, observations)))
        fresh = None if current else _all_new(observations, days)
        revising: list[tuple[int, _Version]]
        if fresh is not None:  # nothing stored for these keys, none twice: all new
            pending, revising, unchanged = fresh, [], 0
        else:
            pending, revising, unchanged = _classify(observations, days, current, doc_id)
        if pending:
            _defer_index_on_first_load(engine)
        ids = engine.allocate_ids("observations", len(pending))
        obs_rows = ObservationRow.db_rows(ids, doc_id, source, pending, stamp)
        changed = [
            (*pending[i], prev, prev[0] if prev[0] > 0 else ids[-prev[0] - 1], ids[i])
            for i, prev in revising
        ]
        engine.insert_many(_INSERT_OBSERVATION, obs_rows)
        revisions: list[Revision] = []
        if changed:
            rev_ids = engine.allocate_ids("revisions", len(changed))
            for rev_id, (obs, _day, prev, old_id, new_id) in zip(rev_ids, changed, strict=True):
                revisions.append(Revision(
                    source, obs.category, obs.report_date, prev[1], obs.total, prev[2],
                    obs.increment_printed, old_id, new_id, prev[3], doc_id, recorded_at, why,
                    rev_id,
                ))
            engine.executemany(_INSERT_REVISION, [
                (r.id, r.source, r.category, r.report_date.isoformat(), r.old_observation_id,
                 r.new_observation_id, r.old_document_id, r.new_document_id, r.old_total,
                 r.new_total, r.old_increment, r.new_increment, stamp, r.reason)
                for r in revisions
            ])
        result = WriteResult(
            len(pending) - len(changed), len(changed), unchanged, revisions, obs_rows
        )
        engine.memo.setdefault(_WRITTEN, []).append(result)
    return result


_OBS_CATEGORY = attrgetter("category")
_OBS_REPORT_DATE = attrgetter("report_date")
_Version = tuple[int, int, int | None, int]  # a key's (observation id, total, printed, doc id)


class _IsoDays(dict[date, str]):
    """A date's ISO text, made once per date (a history states each date ~20 times)."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


def _classify(
    observations: Sequence[Observation],
    days: Sequence[str],
    current: dict[tuple[str, str], _Version],
    doc_id: int,
) -> tuple[list[tuple[Observation, str]], list[tuple[int, _Version]], int]:
    """Return (rows to write, (index, previous version) of each revision, unchanged count).

    ``days`` are the observations' ISO report dates; ``current`` maps (category, day) to the
    stored (observation id, total, printed, document id) and is updated in place with this
    batch's rows (a negative id is -(1 + index into the rows to write): no id yet).
    """
    pending: list[tuple[Observation, str]] = []
    revising: list[tuple[int, _Version]] = []
    unchanged = 0
    for obs, day in zip(observations, days, strict=True):
        key = (obs.category, day)
        total, printed = obs.total, obs.increment_printed
        prev = current.get(key)
        if prev is not None:
            if prev[1] == total and prev[2] == printed:
                unchanged += 1
                continue
            revising.append((len(pending), prev))
        pending.append((obs, day))
        current[key] = (-len(pending), total, printed, doc_id)
    return pending, revising, unchanged


def _all_new(
    observations: Sequence[Observation], days: Sequence[str]
) -> list[tuple[Observation, str]] | None:
    """Return what :func:`_classify` writes when nothing is stored, if no key comes twice.

    With nothing stored and each (category, day) once, every observation is new: the
    rows are the observations in order, found without a step per observation in Python
    (a first import). None when a key repeats (then :func:`_classify` decides).
    """
    if len(set(zip(map(_OBS_CATEGORY, observations), days, strict=True))) != len(observations):
        return None
    return list(zip(observations, days, strict=True))


# engine.memo keys: this transaction's WriteResults (what refresh_consensus takes from
# memory when not given ``written``), and whether the index question was settled
_WRITTEN = "observations_written"
_INDEX_SETTLED = "observations_index_settled"


def _defer_index_on_first_load(engine: Engine) -> None:
    """On SQLite, when the observations table is empty, build its index at COMMIT, once.

    The bulk_observations shortcut for every transaction that starts from an empty table
    (a first import made of several add_observations calls): the index is dropped here
    and created again just before the transaction commits, as one sorted build instead of
    row-by-row updates. The drop and the build are part of the transaction, so a rollback
    or a kill leaves the index as it was; reads in between work, unindexed. Settled once
    per transaction; a no-op when the index is already gone (bulk_observations).
    """
    if engine.dialect.name != "sqlite" or engine.memo.get(_INDEX_SETTLED):
        return
    engine.memo[_INDEX_SETTLED] = True
    if engine.scalar("SELECT 1 FROM observations LIMIT 1") is not None:
        return
    # a first load writes ~20 MB of pages: a page cache that holds them spares spilling
    # them mid-transaction and reading them back for the index; the connection's own
    # size comes back when the transaction ends (committed or rolled back)
    cache = int(engine.scalar("PRAGMA cache_size"))  # KiB when negative, else pages
    kib = -cache if cache < 0 else cache * int(engine.scalar("PRAGMA page_size")) // 1024
    if kib < _BULK_CACHE_KIB:
        engine.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        engine.after_end.append(f"PRAGMA cache_size = {cache}")
    if engine.scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?",
        (OBSERVATIONS_INDEX,),
    ):
        engine.execute(f"DROP INDEX {OBSERVATIONS_INDEX}")
        # IF NOT EXISTS: a rolled-back savepoint brings the index back (SQLite stores the
        # statement without those words, so the schema reads the same)
        engine.before_commit.append(
            OBSERVATIONS_INDEX_SQL.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
        )


_BULK_CACHE_KIB = 32 * 1024


def add_corrections(
    engine: Engine,
    doc_id: int,
    source: str,
    corrections: Sequence[StatedCorrection],
    recorded_at: datetime,
) -> int:
    """Append stated corrections not stored yet (same source, category, date, amount); count them."""
    if not corrections:
        return 0
    stamp = iso_utc(recorded_at)
    with engine.transaction():
        seen = {
            (c, d, a) for c, d, a in engine.query(
                "SELECT category, report_date, amount FROM corrections WHERE source = ?",
                (source,),
            )
        }
        rows = []
        for corr in corrections:
            key = (corr.category, corr.report_date.isoformat(), corr.amount)
            if key in seen:
                continue
            seen.add(key)
            rows.append((doc_id, source, *key, corr.line_no, corr.note, stamp))
        engine.executemany(
            "INSERT INTO corrections (document_id, source, category, report_date, amount,"
            " line_no, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            rows,
        )
    return len(rows)


def add_findings(engine: Engine, findings: Sequence[Finding], recorded_at: datetime) -> int:
    """Append findings whose key is not stored yet; return how many were new."""
    if not findings:
        return 0
    stamp = iso_utc(recorded_at)
    with engine.transaction():
        seen = {r[0] for r in engine.query("SELECT key FROM findings")}
        rows = []
        for f in findings:
            if f.key in seen:
                continue
            seen.add(f.key)
            rows.append((
                f.key, f.kind, f.category,
                f.report_date.isoformat() if f.report_date else None, f.source, f.message,
                json.dumps(f.details, ensure_ascii=False, sort_keys=False, default=str), stamp,
            ))
        engine.executemany(
            "INSERT INTO findings (key, kind, category, report_date, source, message, details,"
            " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            rows,
        )
    return len(rows)


# Findings computed from the consensus of a category (not from one document): they are
# recomputed whole on every refresh, so a stored one the fresh set lacks is stale.
CONSENSUS_KINDS = ("disagreement", "total_decreased", "increment_mismatch",
                   "unconfirmed_decrease", "missing_days")


def prune_findings(engine: Engine, categories: Sequence[str], fresh: Sequence[Finding]) -> int:
    """Delete the consensus findings of ``categories`` that ``fresh`` no longer contains.

    Consensus findings are those of :data:`CONSENSUS_KINDS` stated about the consensus
    (no source), plus every ``unconfirmed_decrease``; ``missing_days`` (no category) is
    judged with them. Without this, which findings a
    record holds depended on the order its files were ingested in (issue 14 item 14).
    Returns how many were deleted.
    """
    if not categories:
        return 0
    keep = {f.key for f in fresh}
    marks = ", ".join("?" for _ in categories)
    kinds = ", ".join("?" for _ in CONSENSUS_KINDS)
    with engine.transaction():
        rows = engine.query(
            f"SELECT id, key FROM findings WHERE (category IN ({marks}) OR kind = 'missing_days')"
            f" AND kind IN ({kinds}) AND (source IS NULL OR kind = 'unconfirmed_decrease')",
            (*categories, *CONSENSUS_KINDS),
        )
        stale = [(row_id,) for row_id, key in rows if key not in keep]
        if stale:
            engine.executemany("DELETE FROM findings WHERE id = ?", stale)
    return len(stale)


def record_run(engine: Engine, run: RunRecord) -> None:
    """Append one run record."""
    with engine.transaction():
        engine.execute(
            "INSERT INTO runs (source, document_sha256, started_at, finished_at, added, revised,"
            " unchanged, findings, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run.source, run.document_sha256, iso_utc(run.started_at), iso_utc(run.finished_at),
             run.added, run.revised, run.unchanged, run.findings, run.status, run.message),
        )


def _written_since(
    engine: Engine, written: Iterable[WriteResult]
) -> tuple[int, list[list[tuple[Any, ...]]]] | None:
    """Return (first id, row batches) of ``written`` if they are every row stored from that id on.

    A cheap count proves it (a rolled-back savepoint, or rows another call wrote, make it
    fail); None otherwise. What lets a transaction's own rows come from memory instead of
    being read back.
    """
    batches = [result.rows for result in written if result.rows]
    # each batch's ids ascend (allocate_ids); the batches must follow one another
    ascending = all(_ID(a[-1]) < _ID(b[0]) for a, b in zip(batches, batches[1:], strict=False))
    if batches and ascending:
        first = _ID(batches[0][0])
        stored = engine.scalar("SELECT COUNT(*) FROM observations WHERE id >= ?", (first,))
        if stored == sum(len(rows) for rows in batches):
            return first, batches
    return None


def _current(
    engine: Engine, source: str, categories: Sequence[str]
) -> dict[tuple[str, str], tuple[int, int, int | None, int]]:
    """Return what reads.current_observations returns, this transaction's rows from memory.

    The rows add_observations wrote earlier in the transaction are taken from memory and
    only the older ones are read (during a first load the table has no index, so the read
    would scan every row just written); the same answer either way:
    ``tests/store/test_writes.py`` pins it.
    """
    since = _written_since(engine, engine.memo.get(_WRITTEN, ()))
    if since is None:
        return reads.current_observations(engine, source, categories)
    first, batches = since
    current = reads.current_observations(engine, source, categories, before_id=first)
    wanted = set(categories)
    for rows in batches:
        if _SOURCE(rows[0]) == source:  # one add_observations call writes one source
            reads.keep_newest(current, (_VERSION(r) for r in rows if _CATEGORY(r) in wanted))
    return current


def _votes(
    engine: Engine, cats: Sequence[str] | None, written: Iterable[WriteResult]
) -> Iterable[Sequence[Any]]:
    """Return every version of the values of ``cats`` in id order, as observation_votes.

    The rows in ``written`` (what add_observations just inserted) come from memory and
    only the older rows are read, but only when ``written`` holds every row stored from
    its first id on (:func:`_written_since`); otherwise everything is read. The result
    is the same either way: ``tests/store/test_consensus_fast.py`` pins it.
    """
    since = _written_since(engine, written)
    if since is None:
        return reads.observation_votes(engine, cats)
    first, batches = since
    older = reads.observation_votes(engine, cats, before_id=first)
    wanted = None if cats is None else set(cats)
    # a batch of wanted categories only (an ingest refreshes what it wrote) is mapped in
    # C, with no generator step per row; the others are filtered row by row
    return chain(older, *(
        map(vote_of_stored, rows) if wanted is None or wanted.issuperset(map(_CATEGORY, rows))
        else (vote_of_stored(r) for r in rows if _CATEGORY(r) in wanted)
        for rows in batches
    ))


def refresh_consensus(
    engine: Engine,
    categories: Iterable[str] | None,
    source_rank: Ranks,
    recorded_at: datetime,
    written: Iterable[WriteResult] = (),
) -> ConsensusRefresh:
    """Recompute the consensus table for ``categories`` (all when None); store disagreements.

    One ordered read of every source's values, the rules in Python, then delete + insert
    of the refreshed categories. Returns the refreshed rows of each category (what
    ``reads.consensus_rows`` would read back) and every disagreement found (new or already
    stored). ``written`` (see :func:`_votes`) spares reading back rows the caller just added.
    """
    cats = None if categories is None else sorted(set(categories))
    if cats == []:
        return ConsensusRefresh({}, [])
    written = list(written)
    with engine.transaction():
        gc_paused_until_end(engine)
        by_category = group_current(
            _votes(engine, cats, written or engine.memo.get(_WRITTEN, ()))
        )
        amounts = reads.correction_amounts(engine, cats, source_rank)
        refreshed: dict[str, list[ConsensusRow]] = {}
        findings: list[Finding] = []
        for category, days in by_category.items():
            refreshed[category] = decide(
                category, days, amounts.get(category, {}), source_rank, findings
            )
        if cats is None:
            engine.execute("DELETE FROM consensus")
        else:
            engine.execute(
                f"DELETE FROM consensus WHERE category IN ({', '.join('?' * len(cats))})", cats
            )
        engine.insert_many(
            f"INSERT INTO consensus ({', '.join(CONSENSUS_COLUMNS)})",
            [row.to_db() for rows in refreshed.values() for row in rows],
        )
        add_findings(engine, findings, recorded_at)
    return ConsensusRefresh(refreshed, findings)
