"""The live update: fetch what is new from the official channels and the mirrors, then ingest.

Owns the orchestration of one ``attrition update`` run, at the ingest layer:

1. for each source (official channels first, then the bulk mirrors) choose what to ask
   for — by default what follows the newest report date that source already has — and
   fetch it with a client from ``client_factory`` (conditional requests use the
   validator cache; a 304 means "unchanged" and downloads nothing);
2. hand the documents to :func:`attrition.ingest.ingest_documents`: parse everything,
   then ONE transaction per source. A source whose fetch or parse fails is reported as
   a :class:`SourceOutcome` carrying the error (a ``SourceError`` names the URL and
   what was not found); the other sources still update and nothing half-written stays;
3. with ``wait``, poll the official channels politely until today's report (Kyiv date)
   is present or the time is up.

It does not parse, print or read configuration; the clock and ``sleep`` are injected.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from attrition.errors import AttritionError, UsageError
from attrition.freshness import kyiv_date
from attrition.ingest import IngestResult, finding_dict, ingest_documents
from attrition.log import get_logger
from attrition.model.records import Finding, RawDocument
from attrition.sources import get_source, source_names
from attrition.sources.base import FetchSchedule, Source
from attrition.sources.http import UPDATE_DEADLINE_S, Deadline, FetchRequest, bind_deadline

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from attrition.store import Revision, Store

log = get_logger(__name__)

_SCHEDULE_ORDER = tuple(FetchSchedule)  # channels, then the API, then the mirrors
_POLLED = (FetchSchedule.CHANNEL, FetchSchedule.API)  # what ``wait`` asks again
POLL_INTERVAL = timedelta(minutes=10)
EXIT_MARGIN_S = 2.0  # at most this much of an update's deadline is kept for ending cleanly

ValidatorCache = MutableMapping[str, dict[str, str]]
ClientFactory = Callable[[ValidatorCache], "httpx.Client"]
Progress = Callable[[str, int, int | None], None]  # (source, done, total)


@dataclass(frozen=True)
class SourceOutcome:
    """What updating one source did, or the error that stopped it (nothing stored then)."""

    source: str
    fetched: int = 0  # documents downloaded (a 304 downloads nothing)
    ingest: IngestResult | None = None
    new_days: tuple[date, ...] = ()  # report dates this source had not stated before
    revisions: tuple[Revision, ...] = ()
    error: AttritionError | None = None
    since: date | None = None

    @property
    def ok(self) -> bool:
        """Return True if the source updated without an error."""
        return self.error is None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Return the new findings this source's ingest stored."""
        return self.ingest.findings if self.ingest else ()

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready description."""
        totals = self.ingest.totals if self.ingest else {}
        return {
            "source": self.source,
            "ok": self.ok,
            "since": self.since,
            "fetched": self.fetched,
            "added": totals.get("added", 0),
            "revised": totals.get("revised", 0),
            "unchanged": totals.get("unchanged", 0),
            "new_days": list(self.new_days),
            "revisions": [_revision_dict(r) for r in self.revisions],
            "findings": [finding_dict(f) for f in self.findings],
            "error": self.error.to_dict() if self.error else None,
        }


@dataclass(frozen=True)
class UpdateResult:
    """The outcome of one update run, per source and overall."""

    started_at: datetime
    finished_at: datetime
    today: date  # the Kyiv date of the run
    outcomes: tuple[SourceOutcome, ...]
    new_days: tuple[date, ...] = ()  # report dates new to the consensus (personnel)
    has_today: bool = False  # today's report is in the store
    polls: int = 1
    latest_report_date: date | None = None

    @property
    def ok(self) -> bool:
        """Return True if every source updated."""
        return all(o.ok for o in self.outcomes)

    @property
    def errors(self) -> tuple[AttritionError, ...]:
        """Return the errors of the sources that failed."""
        return tuple(o.error for o in self.outcomes if o.error is not None)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Return all new findings."""
        return tuple(f for o in self.outcomes for f in o.findings)

    @property
    def revisions(self) -> tuple[Revision, ...]:
        """Return all new revisions."""
        return tuple(r for o in self.outcomes for r in o.revisions)

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready description."""
        return {
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "today": self.today,
            "has_today": self.has_today,
            "latest_report_date": self.latest_report_date,
            "polls": self.polls,
            "new_days": list(self.new_days),
            "sources": [o.as_dict() for o in self.outcomes],
            "errors": [e.to_dict() for e in self.errors],
        }


def _revision_dict(rev: Revision) -> dict[str, Any]:
    return {
        "source": rev.source, "category": rev.category, "report_date": rev.report_date,
        "old_total": rev.old_total, "new_total": rev.new_total,
        "old_increment": rev.old_increment, "new_increment": rev.new_increment,
    }


def update_sources() -> tuple[str, ...]:
    """Return the sources the update fetches: those with a schedule, in schedule order."""
    fetched = [(name, get_source(name).schedule) for name in source_names()]
    return tuple(
        name for name, schedule in sorted(
            ((n, s) for n, s in fetched if s is not None),
            key=lambda item: _SCHEDULE_ORDER.index(item[1]),
        )
    )


def fetchable_source(name: str) -> Source:
    """Return the source ``name`` if the update can fetch it; raise UsageError otherwise."""
    source = get_source(name)
    if source.schedule is None:
        raise UsageError(
            f"source {name!r} cannot be fetched; choose from {', '.join(update_sources())}",
            input=name,
        )
    return source


class _PendingCache(MutableMapping[str, dict[str, str]]):
    """Validators seen during one source's run: read through to the saved cache, kept apart."""

    def __init__(self, saved: ValidatorCache) -> None:
        self.saved = saved
        self.new: dict[str, dict[str, str]] = {}

    def __getitem__(self, key: str) -> dict[str, str]:
        return self.new[key] if key in self.new else self.saved[key]

    def __setitem__(self, key: str, value: dict[str, str]) -> None:
        self.new[key] = value

    def __delitem__(self, key: str) -> None:
        self.new.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(set(self.new) | set(self.saved))

    def __len__(self) -> int:
        return len(set(self.new) | set(self.saved))

    def commit(self, docs: Sequence[RawDocument]) -> None:
        """Keep the validators of the URLs whose documents are now stored (paired by sha256)."""
        sha_by_url = {doc.locator: doc.sha256 for doc in docs}
        for url, entry in self.new.items():
            if url in sha_by_url:
                self.saved[url] = {**entry, "sha256": sha_by_url[url]}


def prune_cache(cache: ValidatorCache, store: Store) -> None:
    """Forget validators whose document is not in ``store`` (another or a fresh database)."""
    for url in list(cache):
        sha = cache[url].get("sha256")
        if not sha or not store.has_document(sha):
            del cache[url]


def default_since(store: Store, name: str, today: date) -> date | None:
    """Return what a source is asked for by default: the day after its newest report.

    A source with nothing stored gets None (its newest report only). The API source
    instead backfills from the day after the newest report of any source, so that a
    gap the mirrors have not closed yet is filled; the mirrors are whole files.
    """
    latest = {s.name: s.last_report_date for s in store.sources_summary()}
    own = latest.get(name)
    if own is not None:
        return min(own + timedelta(days=1), today)
    if get_source(name).schedule is FetchSchedule.API:
        newest = store.latest_report_date()
        return min(newest + timedelta(days=1), today) if newest else None
    return None


def _report_days(store: Store, source: str) -> set[date]:
    return {day for _category, day in store.source_totals(source)}


def update_source(
    store: Store,
    name: str,
    client_factory: ClientFactory,
    request: FetchRequest,
    cache: ValidatorCache,
    *,
    now: datetime,
    deadline: Deadline | None = None,
) -> SourceOutcome:
    """Fetch one source and ingest what it returned in one transaction; errors are returned.

    Every request of the source ends by ``deadline`` (the update run's) when given.
    """
    pending = _PendingCache(cache)
    before = _report_days(store, name)
    try:
        source = fetchable_source(name)
        with client_factory(pending) as client:
            bind_deadline(client, deadline)
            docs = source.fetch(client, request)
        result = ingest_documents(store, docs, now=now) if docs else IngestResult()
    except AttritionError as err:
        log.warning("%s: update failed: %s", name, err)
        return SourceOutcome(name, error=err, since=request.since)
    pending.commit(docs)
    new_days = tuple(sorted(_report_days(store, name) - before))
    revisions = tuple(
        r for r in store.revisions() if r.source == name and r.recorded_at == now
    ) if result.totals["revised"] else ()
    return SourceOutcome(name, len(docs), result, new_days, revisions, since=request.since)


def update(
    store: Store,
    client_factory: ClientFactory,
    sources: Sequence[str] | None = None,
    since: date | None = None,
    now: datetime | None = None,
    wait: timedelta | None = None,
    base_urls: Mapping[str, str] | None = None,
    *,
    cache: ValidatorCache | None = None,
    clock: Callable[[], datetime] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    poll_interval: timedelta = POLL_INTERVAL,
    progress: Progress | None = None,
    deadline_s: float | None = UPDATE_DEADLINE_S,
    deadline_start: float | None = None,
) -> UpdateResult:
    """Fetch and ingest every source in ``sources`` (all update sources by default).

    One round over the sources ends within ``deadline_s`` of ``deadline_start`` (a
    ``time.monotonic()`` value: the command's start, so start-up counts; default now):
    every network wait is bounded by what remains of it less :func:`exit_margin`, kept
    for the clean error and the exit (a source still fetching then fails with a
    SourceError; the others keep what they stored). With ``wait`` every later poll gets
    a fresh deadline.

    ``since`` overrides each source's default (the day after its newest stored report).
    ``wait`` polls the official channels and the API every ``poll_interval`` until
    today's report (Kyiv date) is stored or ``wait`` has passed. ``base_urls`` maps a
    source name to another server to ask.

    Raises:
        UsageError: an unknown source name, or a base URL for a source not updated.
    """
    names = list(dict.fromkeys(sources or update_sources()))
    for name in names:
        fetchable_source(name)
    extra = set(base_urls or {}) - set(names)
    if extra:
        raise UsageError(f"--base-url given for a source not updated: {', '.join(sorted(extra))}",
                         input=", ".join(sorted(extra)))
    clock = clock or (lambda: datetime.now(UTC))
    tick0 = clock()
    started = now or tick0
    cache = cache if cache is not None else {}
    prune_cache(cache, store)
    before = _consensus_days(store)
    outcomes: dict[str, SourceOutcome] = {}
    polls, todo = 0, names
    while True:
        polls += 1
        moment = started + (clock() - tick0)
        today = kyiv_date(moment)
        deadline = None if deadline_s is None else Deadline(
            deadline_s, start=deadline_start if polls == 1 else None,
            margin=exit_margin(deadline_s))
        for name in todo:
            request = FetchRequest(
                since=since if since is not None else default_since(store, name, today),
                today=today, base_url=(base_urls or {}).get(name), fetched_at=moment,
                progress=_bind(progress, name),
            )
            outcome = update_source(store, name, client_factory, request, cache, now=moment,
                                    deadline=deadline)
            outcomes[name] = _merge(outcomes.get(name), outcome)
        has_today = (store.latest_report_date() or date.min) >= today
        remaining = (started + wait - (started + (clock() - tick0))) if wait else timedelta(0)
        todo = [n for n in names if get_source(n).schedule in _POLLED]
        if has_today or remaining <= timedelta(0) or not todo:
            break
        pause = min(poll_interval, remaining).total_seconds()
        log.info("today's report (%s) not published yet; next poll in %.0fs", today, pause)
        sleep(pause)
    finished = started + (clock() - tick0)
    return UpdateResult(
        started_at=started, finished_at=finished, today=today,
        outcomes=tuple(outcomes[n] for n in names),
        new_days=tuple(sorted(_consensus_days(store) - before)),
        has_today=has_today, polls=polls, latest_report_date=store.latest_report_date(),
    )


def exit_margin(deadline_s: float) -> float:
    """Return the seconds an update keeps back from its deadline to end cleanly after it.

    After the deadline the sources not yet asked still fail (each opens a client first),
    the answer is written and the process exits: ~0.3 s measured (a 3 s deadline ended
    at 3.0 s with a tenth kept back). A fifth of the deadline, at most :data:`EXIT_MARGIN_S`.
    """
    return min(EXIT_MARGIN_S, deadline_s / 5)


def _consensus_days(store: Store) -> set[date]:
    return {row.report_date for row in store.consensus_rows("personnel")}


def _bind(progress: Progress | None, name: str) -> Callable[[int, int | None], None] | None:
    if progress is None:
        return None

    def report(done: int, total: int | None) -> None:
        progress(name, done, total)

    return report


def _merge(old: SourceOutcome | None, new: SourceOutcome) -> SourceOutcome:
    """Combine two polls of one source: counts add up, the latest error (or success) wins."""
    if old is None:
        return new
    if old.ingest is None or new.ingest is None:
        ingest = new.ingest or old.ingest
    else:
        ingest = IngestResult(
            old.ingest.documents + new.ingest.documents, old.ingest.skipped + new.ingest.skipped,
            old.ingest.findings + new.ingest.findings,
            tuple(sorted(set(old.ingest.categories) | set(new.ingest.categories))),
        )
    return SourceOutcome(
        new.source, old.fetched + new.fetched, ingest,
        tuple(sorted(set(old.new_days) | set(new.new_days))), old.revisions + new.revisions,
        new.error, old.since,
    )
