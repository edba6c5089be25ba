"""The ingest itself: drop known documents, parse all, then ONE transaction of writes and checks.

Checks (:mod:`attrition.checks`) run inside the transaction over what the store holds
after the writes, so their findings are committed with the data or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from attrition import checks, sources
from attrition.errors import ParseError
from attrition.ingest.files import MAX_FILE_BYTES, collect_documents
from attrition.ingest.results import (
    Attribution,
    DocumentResult,
    IngestResult,
    SkippedFile,
    dates_by_category,
)
from attrition.ingest.territory import refresh_territory
from attrition.log import get_logger
from attrition.model.gc_pause import gc_paused
from attrition.model.observation_checks import split_by_window
from attrition.model.records import Finding, ParsedBatch, RawDocument
from attrition.store.rows import ConsensusRow, RunRecord

if TYPE_CHECKING:  # pragma: no cover
    from attrition.store import Store

log = get_logger("attrition.ingest")


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    source: str | None = None,
    now: datetime,
    max_file_bytes: int = MAX_FILE_BYTES,
) -> IngestResult:
    """Ingest files and folders into ``store`` in one transaction; see the module docstring."""
    docs, skipped = collect_documents(paths, source=source, max_file_bytes=max_file_bytes)
    return _ingest(store, docs, skipped, now=now)


def ingest_documents(store: Store, docs: Sequence[RawDocument], *, now: datetime) -> IngestResult:
    """Ingest RawDocuments (each names its source) in one transaction."""
    return _ingest(store, list(docs), [], now=now)


def _parse(doc: RawDocument) -> ParsedBatch:
    """Parse one document with its source, making sure a ParseError names the file."""
    try:
        return sources.get_source(doc.source).parse(doc)
    except ParseError as err:
        if err.path and err.source:
            raise
        raise ParseError(
            err.message,
            path=err.path or doc.locator,
            line_no=err.line_no,
            field=err.field,
            input=err.input,
            source=err.source or doc.source,
        ) from err


def _select(
    store: Store, docs: list[RawDocument], skipped: list[SkippedFile]
) -> list[tuple[RawDocument, ParsedBatch]]:
    """Drop stored and duplicate documents, then parse all the others (no writes)."""
    seen: dict[str, str] = {}
    fresh: list[RawDocument] = []
    for doc in docs:
        sha = doc.sha256
        if sha in seen:
            skipped.append(SkippedFile(doc.locator, f"same content as {seen[sha]}", doc.source))
        elif store.has_document(sha):
            skipped.append(SkippedFile(doc.locator, "unchanged (already ingested)", doc.source))
        else:
            seen[sha] = doc.locator
            fresh.append(doc)
    parsed: list[tuple[RawDocument, ParsedBatch]] = []
    for doc in fresh:
        batch = _within_windows(_parse(doc))
        if not (batch.observations or batch.corrections or batch.findings or batch.counts
                or batch.territory):
            skipped.append(SkippedFile(doc.locator, "no loss figures in it", doc.source))
            continue
        parsed.append((doc, batch))
    return parsed


def _within_windows(batch: ParsedBatch) -> ParsedBatch:
    """Leave out values dated outside their category's window, each with its finding.

    The one rule (:func:`attrition.model.observation_checks.split_by_window`), whichever
    source the batch comes from; a finding the source already stated is not repeated.
    """
    inside, outside = split_by_window(batch.observations)
    if not outside:
        return batch
    stated = {(f.kind, f.category, f.report_date) for f in batch.findings}
    found = [
        f for f in checks.out_of_window(outside, source=batch.source)
        if (f.kind, f.category, f.report_date) not in stated
    ]
    return replace(batch, observations=tuple(inside), findings=(*batch.findings, *found))


def _ingest(
    store: Store, docs: list[RawDocument], skipped: list[SkippedFile], *, now: datetime
) -> IngestResult:
    """Parse everything, then write, refresh, check and record in one transaction."""
    with gc_paused():  # parsing and writing make ~10^5 short-lived objects without cycles
        return _parse_and_write(store, docs, skipped, now=now)


def _parse_and_write(
    store: Store, docs: list[RawDocument], skipped: list[SkippedFile], *, now: datetime
) -> IngestResult:
    parsed = _select(store, docs, skipped)
    skipped.sort(key=lambda item: item.path)
    for item in skipped:
        log.info("skipped %s: %s", item.path, item.reason)
    if not parsed:
        return IngestResult(skipped=tuple(skipped))
    categories = sorted(
        {o.category for _, b in parsed for o in b.observations}
        | {c.category for _, b in parsed for c in b.corrections}
    )
    touched = sorted({doc.source for doc, _ in parsed})
    with store.transaction():
        stored = {src: store.source_totals(src) for src in touched}
        before = {src: _days_by_category(totals) for src, totals in stored.items()}
        known = _stored_keys(store)  # before refresh_consensus stores its disagreements
        writes = []
        with store.bulk_load():
            for doc, batch in parsed:
                ref = store.add_document(doc)
                result = store.add_observations(ref.id, doc.source, batch.observations, now)
                n_corr = store.add_corrections(ref.id, doc.source, batch.corrections, now)
                n_ind = store.add_counts(ref.id, doc.source, batch.counts, now)
                n_ind += store.add_snapshots(ref.id, doc.source, batch.territory, now)
                writes.append((result, n_corr, n_ind))
        if any(batch.territory for _doc, batch in parsed):
            refresh_territory(store)
        dates = [dates_by_category(batch) for _doc, batch in parsed]
        per_doc = [
            _document_findings(doc, batch, incoming, before)
            for (doc, batch), incoming in zip(parsed, dates, strict=True)
        ]
        refresh = store.refresh_consensus(categories, written=[result for result, _, _ in writes])
        shared = refresh.findings + _history_findings(
            refresh.rows, categories, _current_totals(stored, parsed), _other_days(store, categories)
        )
        store.prune_findings(categories, shared)  # findings the record no longer shows
        new, owner = _new_findings(known, Attribution(parsed, dates), per_doc, shared)
        store.add_findings(new, now)
        results = []
        for i, ((doc, _batch), (result, n_corr, n_ind)) in enumerate(
            zip(parsed, writes, strict=True)
        ):
            doc_result = DocumentResult(
                source=doc.source,
                locator=doc.locator,
                sha256=doc.sha256[:12],
                added=result.added,
                revised=result.revised,
                unchanged=result.unchanged,
                corrections=n_corr,
                independent=n_ind,
                findings=sum(1 for o in owner if o == i),
            )
            _record_run(store, doc, doc_result, now)
            results.append(doc_result)
    for res in results:
        log.info(
            "ingested %s %s sha256=%s: %d added, %d revised, %d unchanged, %d findings",
            res.source, res.locator, res.sha256, res.added, res.revised, res.unchanged,
            res.findings,
        )
    return IngestResult(tuple(results), tuple(skipped), tuple(new), tuple(categories))


def _record_run(store: Store, doc: RawDocument, res: DocumentResult, now: datetime) -> None:
    store.record_run(
        RunRecord(
            source=doc.source,
            document_sha256=doc.sha256,
            started_at=now,
            finished_at=now,
            added=res.added,
            revised=res.revised,
            unchanged=res.unchanged,
            findings=res.findings,
        )
    )


def _days_by_category(totals: dict[tuple[str, date], int]) -> dict[str, set[date]]:
    days: dict[str, set[date]] = defaultdict(set)
    for category, report_date in totals:
        days[category].add(report_date)
    return days


def _document_findings(
    doc: RawDocument,
    batch: ParsedBatch,
    incoming: dict[str, set[date]],
    before: dict[str, dict[str, set[date]]],
) -> list[Finding]:
    """Findings that belong to one document: its parser's, rounding, windows, shrinking.

    ``incoming``: the batch's report dates by category (:func:`dates_by_category`).
    """
    found = [f if f.source else replace(f, source=doc.source) for f in batch.findings]
    stated = {(f.kind, f.category, f.report_date) for f in found}
    found += [
        f for f in checks.observation_checks(batch.observations, source=doc.source)
        if (f.kind, f.category, f.report_date) not in stated
    ]
    stored = before.get(doc.source, {})
    for category in sorted(incoming):
        found += checks.source_shrank(
            doc.source, category, stored.get(category, set()), incoming[category]
        )
    return found


def _current_totals(
    stored: dict[str, dict[tuple[str, date], int]],
    parsed: list[tuple[RawDocument, ParsedBatch]],
) -> dict[str, dict[str, dict[date, int]]]:
    """Return each source's current totals by category and report date after this ingest.

    The newest value wins. Computed in memory from the values read before the writes, so
    the store is not read again; the store's rule is the same (a changed value becomes
    the current one).
    """
    current: dict[str, dict[str, dict[date, int]]] = {}
    for src, totals in stored.items():
        by_category = current[src] = {}
        for (category, report_date), total in totals.items():
            by_category.setdefault(category, {})[report_date] = total
    for doc, batch in parsed:
        by_category = current[doc.source]
        for obs in batch.observations:
            days = by_category.get(obs.category)
            if days is None:
                days = by_category[obs.category] = {}
            days[obs.report_date] = obs.total
    return current


def _other_days(store: Store, categories: Sequence[str]) -> set[date]:
    """Return the consensus report dates of the categories not touched by this ingest."""
    touched = set(categories)
    return {
        row.report_date
        for category in store.consensus_categories() if category not in touched
        for row in store.consensus_rows(category)
    }


def _history_findings(
    consensus: dict[str, list[ConsensusRow]],
    categories: Iterable[str],
    current: dict[str, dict[str, dict[date, int]]],
    other_days: set[date],
) -> list[Finding]:
    """Checks over the whole record of the touched categories: consensus and each source.

    ``consensus`` holds the refreshed rows of those categories (as the store now has them);
    missing days are judged over every category's report dates (``other_days`` adds the
    untouched ones), so the finding does not depend on which file came last.
    """
    found: list[Finding] = []
    report_dates: set[date] = set(other_days)
    for category in categories:
        rows = consensus.get(category, [])
        report_dates.update(r.report_date for r in rows)
        found += checks.total_decreases(category, ((r.report_date, r.total) for r in rows))
        found += checks.increment_mismatches(category, rows)
    found += checks.missing_days(report_dates)
    wanted = set(categories)
    for src in sorted(current):
        by_category = current[src]
        for category in sorted(wanted.intersection(by_category)):
            found += checks.total_decreases(category, by_category[category].items(), source=src)
    return found


def _stored_keys(store: Store) -> set[str]:
    """Return the keys of the findings already stored."""
    return {
        Finding(kind=f.kind, message="", category=f.category, report_date=f.report_date,
                source=f.source).key
        for f in store.findings()
    }


def _new_findings(
    known: set[str],
    index: Attribution,
    per_doc: list[list[Finding]],
    shared: list[Finding],
) -> tuple[list[Finding], list[int | None]]:
    """Return the findings not in ``known``, and for each the index of the document it is about.

    ``known`` is updated in place.
    """
    new: list[Finding] = []
    owner: list[int | None] = []

    def take(finding: Finding, doc_index: int | None) -> None:
        if finding.key in known:
            return
        known.add(finding.key)
        new.append(finding)
        owner.append(doc_index)

    for i, found in enumerate(per_doc):
        for finding in found:
            take(finding, i)
    for finding in shared:
        take(finding, index.owner(finding))
    return new, owner
