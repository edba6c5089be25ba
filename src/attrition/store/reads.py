"""Reading the store: consensus rows and series, provenance of each value, status summaries.

Plain SQL returning the value types of :mod:`attrition.store.rows`; no pandas. Without
``as_of`` the consensus comes from the materialised ``consensus`` table (one indexed
range read); with ``as_of`` it is recomputed from the observations as they were known
then (see :func:`attrition.store.consensus.group_as_of`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from attrition.store.consensus_row import CONSENSUS_COLUMNS, ConsensusRow

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.model.series import LossSeries
    from attrition.store.consensus import Ranks
    from attrition.store.engine import Engine
    from attrition.store.rows import (
        Revision,
        SourceSummary,
        SourceValue,
        StoredCorrection,
        StoredFinding,
    )

# The consensus rows of a category are read by ``attrition losses``, whose start-up must
# stay within 2x a bare interpreter: this module imports the consensus rules, the other
# row types and the model's series only inside the functions that use them.

_d = date.fromisoformat


def _in(column: str, values: Sequence[str] | None) -> tuple[str, list[Any]]:
    """Return an ``AND column IN (…)`` clause and its parameters (empty when values is None)."""
    if values is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(values))})", list(values)


def _between(column: str, start: date | None, end: date | None) -> tuple[str, list[Any]]:
    """Return ``AND column >= start`` / ``AND column <= end`` clauses for the bounds given
    (ISO dates, both ends included) and their parameters (empty when both are None)."""
    where, params = "", []
    if start is not None:
        where += f" AND {column} >= ?"
        params.append(start.isoformat())
    if end is not None:
        where += f" AND {column} <= ?"
        params.append(end.isoformat())
    return where, params


# ---- what writes and the consensus need ----

def current_observations(
    engine: Engine, source: str, categories: Sequence[str] | None = None,
    before_id: int | None = None,
) -> dict[tuple[str, str], tuple[int, int, int | None, int]]:
    """Return (category, ISO report date) -> (id, total, printed, document id), newest version.

    ``categories`` limits the read to those categories (all when None); ``before_id`` to
    the rows stored before that observation id.
    """
    current: dict[tuple[str, str], tuple[int, int, int | None, int]] = {}
    where, params = _in("category", categories)
    if before_id is not None:
        where += " AND id < ?"
        params.append(before_id)
    keep_newest(current, engine.query(
        "SELECT id, category, report_date, total, increment_printed, document_id"
        f" FROM observations WHERE source = ?{where}",
        [source, *params],
    ))
    return current


def keep_newest(
    current: dict[tuple[str, str], tuple[int, int, int | None, int]],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Fold (id, category, ISO report date, total, printed, document id) rows into ``current``.

    The newest version (highest id) of each (category, report date) stays.
    """
    for oid, cat, day, total, printed, doc_id in rows:
        key = (cat, day)
        prev = current.get(key)
        if prev is None or oid > prev[0]:
            current[key] = (oid, total, printed, doc_id)


def observation_votes(
    engine: Engine, categories: Sequence[str] | None, as_of: date | None = None,
    before_id: int | None = None,
) -> list[tuple[Any, ...]]:
    """Return every version of every value in id order (oldest version first).

    Rows are (category, report_date, source, total, printed, approx) and, with ``as_of``,
    also recorded_at and only report dates up to ``as_of``. ``before_id`` keeps only the
    rows stored before that observation id.
    """
    where, params = _in("category", categories)
    cols = "category, report_date, source, total, increment_printed, is_approximate"
    if as_of is not None:
        cols += ", recorded_at"
    dates, date_params = _between("report_date", None, as_of)
    where += dates
    params += date_params
    if before_id is not None:
        where += " AND id < ?"
        params.append(before_id)
    return engine.query(
        f"SELECT {cols} FROM observations WHERE 1 = 1{where} ORDER BY id",
        params,
    )


def correction_amounts(
    engine: Engine, categories: Sequence[str] | None, source_rank: Ranks,
    as_of: date | None = None,
) -> dict[str, dict[date, int]]:
    """Return category -> report date -> stated correction (the best-ranked source's)."""
    where, params = _in("category", categories)
    dates, date_params = _between("report_date", None, as_of)
    where += dates
    params += date_params
    from attrition.model.roster import non_voting_sources
    from attrition.store.consensus import rank_of

    best: dict[tuple[str, str], tuple[tuple[bool, int, str], int]] = {}
    non_voting = non_voting_sources()
    for cat, day, source, amount in engine.query(
        f"SELECT category, report_date, source, amount FROM corrections WHERE 1 = 1{where}",
        params,
    ):
        if source in non_voting:
            continue
        rank = rank_of(source, source_rank).order_key(source)
        key = (cat, day)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, amount)
    out: dict[str, dict[date, int]] = {}
    for (cat, day), (_rank, amount) in best.items():
        out.setdefault(cat, {})[_d(day)] = amount
    return out


# ---- consensus and series ----

def computed_consensus(
    engine: Engine, category: str, as_of: date, source_rank: Ranks
) -> list[ConsensusRow]:
    """Return the consensus of ``category`` recomputed from what was known on ``as_of``."""
    from attrition.store.consensus import compute_consensus, group_as_of
    from attrition.store.rows import end_of_day_utc

    days = group_as_of(observation_votes(engine, [category], as_of), end_of_day_utc(as_of))
    amounts = correction_amounts(engine, [category], source_rank, as_of)
    rows, _findings = compute_consensus(
        category, days.get(category, []), amounts.get(category, {}), source_rank
    )
    return rows


def consensus_rows(
    engine: Engine, category: str, start: date | None, end: date | None,
    as_of: date | None, source_rank: Ranks | None,
) -> list[ConsensusRow]:
    """Return consensus rows of ``category`` with report dates in [start, end].

    Without ``as_of`` they are read from the ``consensus`` table; with it, recomputed
    with ``source_rank`` (None: the roster's, imported only then).
    """
    if as_of is not None:
        from attrition.model.dates import within
        from attrition.store.consensus import ROSTER_RANKS

        ranks = ROSTER_RANKS if source_rank is None else source_rank
        return [
            r for r in computed_consensus(engine, category, as_of, ranks)
            if within(r.report_date, start, end)
        ]
    where, params = _between("report_date", start, end)
    return [
        ConsensusRow.from_db(r) for r in engine.query(
            f"SELECT {', '.join(CONSENSUS_COLUMNS)} FROM consensus WHERE category = ?{where}"
            " ORDER BY report_date",
            [category, *params],
        )
    ]


def series(
    engine: Engine, category: str, as_of: date | None, source_rank: Ranks | None
) -> LossSeries:
    """Return the consensus LossSeries of ``category`` (as known on ``as_of`` if given)."""
    from attrition.model.series import COARSE_UNTIL, LossSeries, SeriesRow

    if as_of is None:
        return _stored_series(engine, category)
    rows = consensus_rows(engine, category, None, None, as_of, source_rank)
    return LossSeries(
        category,
        tuple(
            SeriesRow(  # positional, in SeriesRow's field order (a full history: ~1,600 rows)
                r.report_date, r.total, r.increment_printed, r.increment_diff, r.span_days,
                r.is_approximate, r.has_correction, r.report_date <= COARSE_UNTIL, r.sources,
            )
            for r in rows
        ),
        as_of=as_of,
        meta={"derived_printed": [r.report_date for r in rows if r.increment_printed_is_derived]},
    )


def _stored_series(engine: Engine, category: str) -> LossSeries:
    """Return :func:`series` without ``as_of``: the same series, read from the ``consensus`` table
    column by column, without a ConsensusRow per report (a check reads every category's: the
    full history's ~22,000 rows, 62 -> 38 ms).

    The span and the three flags come packed by the query into one small integer per row
    (:data:`_PACKED_FLAGS`, unpacked by :func:`_unpack_flags`, once per distinct value): the
    driver builds a Python value per cell, so six columns are cheaper than nine (19 categories:
    ~20 -> ~16 ms of fetching).
    """
    from attrition.model.series import COARSE_UNTIL, LossSeries, new_series_row

    found = engine.query(
        f"SELECT report_date, total, increment_printed, increment_diff, {_PACKED_FLAGS}, sources"
        " FROM consensus WHERE category = ? ORDER BY report_date",
        [category],
    )
    rows = []
    derived_printed = []
    day = date.fromisoformat
    source_lists: dict[str | None, tuple[str, ...]] = {}  # a handful of distinct "a,b" strings: split once
    unpacked: dict[int, tuple[int, bool, bool, bool]] = {}  # a handful of distinct packed values
    for iso, total, printed, diff, packed, sources in found:
        report_date = day(iso)
        named = source_lists.get(sources)
        if named is None:
            named = source_lists[sources] = tuple(sources.split(",")) if sources else ()
        flags = unpacked.get(packed)
        if flags is None:
            flags = unpacked[packed] = _unpack_flags(packed)
        span, approx, correction, is_derived = flags
        rows.append(new_series_row(report_date, total, printed, diff, span, approx, correction,
                                   report_date <= COARSE_UNTIL, named))
        if is_derived:
            derived_printed.append(report_date)
    return LossSeries(category, tuple(rows), as_of=None, meta={"derived_printed": derived_printed})


# A consensus row's span_days, is_approximate, has_correction and increment_printed_is_derived as
# one integer, span * 8 + the flags' bits (any non-zero flag is true, as bool() reads it); the
# same SQL in SQLite and PostgreSQL.
_PACKED_FLAGS = (
    "span_days * 8 + CASE WHEN is_approximate <> 0 THEN 1 ELSE 0 END"
    " + CASE WHEN has_correction <> 0 THEN 2 ELSE 0 END"
    " + CASE WHEN increment_printed_is_derived <> 0 THEN 4 ELSE 0 END"
)


def _unpack_flags(packed: int) -> tuple[int, bool, bool, bool]:
    """Return (span_days, is_approximate, has_correction, increment_printed_is_derived) of a
    :data:`_PACKED_FLAGS` value."""
    return packed >> 3, bool(packed & 1), bool(packed & 2), bool(packed & 4)


def latest_report_date(engine: Engine, category: str | None) -> date | None:
    """Return the newest report date in the consensus (of one category, or of any)."""
    where, params = _in("category", None if category is None else [category])
    found = engine.scalar(f"SELECT MAX(report_date) FROM consensus WHERE 1 = 1{where}", params)
    return _d(found) if found else None


# ---- provenance ----

def source_values(
    engine: Engine, category: str, report_date: date, as_of: date | None,
    source_rank: Ranks,
) -> list[SourceValue]:
    """Return each source's value for one (category, report date), best source first."""
    from attrition.store.consensus import is_better_version, ranked_sources
    from attrition.store.rows import (
        OBSERVATION_COLUMNS,
        ObservationRow,
        SourceValue,
        end_of_day_utc,
        parse_utc,
    )

    if as_of is not None and report_date > as_of:
        return []
    rows = engine.query(
        f"SELECT {', '.join('o.' + c for c in OBSERVATION_COLUMNS)}, d.locator, d.sha256,"
        " d.fetched_at FROM observations o JOIN documents d ON d.id = o.document_id"
        " WHERE o.category = ? AND o.report_date = ? ORDER BY o.id",
        (category, report_date.isoformat()),
    )
    n = len(OBSERVATION_COLUMNS)
    cutoff = end_of_day_utc(as_of) if as_of is not None else None
    chosen: dict[str, tuple[ObservationRow, str, Sequence[Any]]] = {}
    for r in rows:
        obs, recorded_at = ObservationRow.from_db(r[:n]), r[n - 1]
        old = chosen.get(obs.source)
        if old is None or cutoff is None or is_better_version(recorded_at, old[1], cutoff):
            chosen[obs.source] = (obs, recorded_at, r[n:])
    out = []
    for source in ranked_sources(chosen, source_rank):
        obs, _recorded_at, (locator, sha256, fetched_at) = chosen[source]
        out.append(SourceValue(
            obs.source, obs.total, obs.increment_printed, obs.is_approximate, locator, sha256,
            parse_utc(fetched_at), obs.line_no, obs.raw, obs.note, obs.recorded_at, obs.id,
            obs.document_id,
        ))
    return out


def source_totals(engine: Engine, source: str) -> dict[tuple[str, date], int]:
    """Return (category, report date) -> current total of one source."""
    return {(cat, _d(day)): v[1] for (cat, day), v in current_observations(engine, source).items()}


def source_day_count(engine: Engine, source: str) -> int:
    """Return how many distinct report dates one source has values for."""
    return int(engine.scalar(
        "SELECT COUNT(DISTINCT report_date) FROM observations WHERE source = ?", (source,)
    ))


def corrections(engine: Engine, category: str | None) -> list[StoredCorrection]:
    """Return stated corrections (of one category, or all), by report date."""
    from attrition.store.rows import StoredCorrection, parse_utc

    where, params = _in("category", None if category is None else [category])
    rows = engine.query(
        "SELECT source, category, report_date, amount, line_no, note, document_id, recorded_at,"
        f" id FROM corrections WHERE 1 = 1{where} ORDER BY report_date, category, source",
        params,
    )
    return [
        StoredCorrection(r[0], r[1], _d(r[2]), r[3], r[4], r[5], r[6], parse_utc(r[7]), r[8])
        for r in rows
    ]


def revisions(engine: Engine, category: str | None, report_date: date | None) -> list[Revision]:
    """Return revisions (optionally of one category and/or report date), oldest first."""
    from attrition.store.rows import Revision, parse_utc

    where, params = _in("category", None if category is None else [category])
    if report_date is not None:
        where += " AND report_date = ?"
        params.append(report_date.isoformat())
    rows = engine.query(
        "SELECT source, category, report_date, old_total, new_total, old_increment,"
        " new_increment, old_observation_id, new_observation_id, old_document_id,"
        f" new_document_id, recorded_at, reason, id FROM revisions WHERE 1 = 1{where}"
        " ORDER BY id",
        params,
    )
    return [
        Revision(r[0], r[1], _d(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                 parse_utc(r[11]), r[12], r[13])
        for r in rows
    ]


def findings(
    engine: Engine, kind: str | None, category: str | None, start: date | None,
    end: date | None,
) -> list[StoredFinding]:
    """Return stored findings matching every filter given, by report date then id."""
    from attrition.store.rows import StoredFinding, parse_utc

    where, params = _in("kind", None if kind is None else [kind])
    if category is not None:
        where += " AND category = ?"
        params.append(category)
    dates, date_params = _between("report_date", start, end)
    where += dates
    params += date_params
    rows = engine.query(
        "SELECT id, kind, category, report_date, source, message, details, recorded_at"
        f" FROM findings WHERE 1 = 1{where} ORDER BY report_date, id",
        params,
    )
    return [
        StoredFinding(r[0], r[1], r[2], _d(r[3]) if r[3] else None, r[4], r[5],
                      json.loads(r[6]), parse_utc(r[7]))
        for r in rows
    ]


def sources_summary(engine: Engine) -> list[SourceSummary]:
    """Return per source: documents, observations, report-date range and last fetch/ingest."""
    from attrition.store.rows import SourceSummary, parse_utc

    docs = {
        r[0]: r[1:] for r in engine.query(
            "SELECT source, COUNT(*), MAX(fetched_at), MAX(ingested_at) FROM documents"
            " GROUP BY source"
        )
    }
    obs = {
        r[0]: r[1:] for r in engine.query(
            "SELECT source, COUNT(*), MIN(report_date), MAX(report_date),"
            " COUNT(DISTINCT report_date) FROM observations GROUP BY source"
        )
    }
    out = []
    for name in sorted(set(docs) | set(obs)):
        n_docs, fetched, ingested = docs.get(name, (0, None, None))
        n_obs, first, last, days = obs.get(name, (0, None, None, 0))
        out.append(SourceSummary(
            name, n_docs, n_obs, _d(first) if first else None, _d(last) if last else None,
            days, parse_utc(fetched) if fetched else None,
            parse_utc(ingested) if ingested else None,
        ))
    return out


def counts(engine: Engine) -> dict[str, int]:
    """Return the number of rows in every table."""
    from attrition.store.schema import TABLES

    return {t: int(engine.scalar(f"SELECT COUNT(*) FROM {t}")) for t in TABLES}


def change_token(engine: Engine) -> str:
    """Return a token that changes with every committed ingest (a few index-only counts).

    Documents, revisions, findings and consensus rows are only ever appended or rewritten
    inside an ingest transaction, so their counts and newest ingest time change with it.
    Servers compare it once a second to drop cached replies; it is not a content hash
    (that is :func:`attrition.publish.version.data_version`).
    """
    row = engine.query(
        "SELECT (SELECT COUNT(*) FROM documents), (SELECT MAX(ingested_at) FROM documents),"
        " (SELECT COUNT(*) FROM revisions), (SELECT COUNT(*) FROM findings),"
        " (SELECT COUNT(*) FROM consensus), (SELECT MAX(report_date) FROM consensus),"
        " (SELECT COUNT(*) FROM runs)"
    )[0]
    return "-".join("" if v is None else str(v) for v in row)
