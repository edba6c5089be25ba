"""Getting data in: ``ingest`` files, ``update`` from the live sources, ``parse_report_file``.

The work is :mod:`attrition.ingest` and :mod:`attrition.update`; this module owns what a
face would otherwise decide: which HTTP client, where the validator cache lives, which
server each source is asked. httpx and the sources load inside the methods.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door
from attrition.library.results import Answer, envelope_meta

if TYPE_CHECKING:  # pragma: no cover
    from attrition.ingest import IngestResult
    from attrition.ingest.results import DocumentResult, SkippedFile
    from attrition.model.records import Finding, ParsedReport
    from attrition.update import UpdateResult

Progress = Callable[[str, int, int | None], None]  # (source, done, total)


def update_source_names() -> tuple[str, ...]:
    """Return the sources ``update`` asks, in order (official channels, API, mirrors)."""
    from attrition.update import update_sources

    return update_sources()


def process_started() -> float:
    """Return the ``time.monotonic()`` value at which this process started.

    Read from ``/proc/self/stat`` (start time since boot) on Linux, so the interpreter's
    start-up and imports count; elsewhere (or if unreadable) the time of this call.
    ``attrition update`` starts its deadline here: the whole command ends within it.
    """
    import os
    import time

    now = time.monotonic()
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf(
            "SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return now
    return now - max(age, 0.0)


def cache_path(db_file: Path | None) -> Path:
    """Return where the HTTP validator cache lives: next to a SQLite file, else the user cache."""
    if db_file is not None:
        return Path(f"{db_file}.http-cache.json")
    from attrition.config import user_cache_dir

    return user_cache_dir() / "http-cache.json"


@dataclass(frozen=True)
class IngestAnswer(Answer):
    """What an ingest added, skipped and flagged."""

    result: IngestResult

    @property
    def documents(self) -> tuple[DocumentResult, ...]:
        """Return the per-document counts."""
        return self.result.documents

    @property
    def skipped(self) -> tuple[SkippedFile, ...]:
        """Return the files no source recognised, with the reason."""
        return self.result.skipped

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Return the new findings."""
        return self.result.findings

    @property
    def totals(self) -> dict[str, int]:
        """Return the summed counts."""
        return self.result.totals

    def to_dict(self) -> dict[str, Any]:
        """Return the result as plain values."""
        return self.result.as_dict()

    def meta(self) -> dict[str, Any]:
        """Return report convention and the sources ingested."""
        return envelope_meta("report", None, (d.source for d in self.result.documents))


@dataclass(frozen=True)
class UpdateAnswer(Answer):
    """What an update fetched and stored per source (or the error that stopped a source)."""

    result: UpdateResult

    @property
    def ok(self) -> bool:
        """Return True if every source updated."""
        return self.result.ok

    def to_dict(self) -> dict[str, Any]:
        """Return the result as plain values."""
        return self.result.as_dict()

    def meta(self) -> dict[str, Any]:
        """Return report convention, the sources asked and whether all succeeded."""
        return envelope_meta("report", None, (o.source for o in self.result.outcomes),
                             ok=self.result.ok)


@dataclass(frozen=True)
class ParsedFile(Answer):
    """One report text as parsed (no database)."""

    report: ParsedReport
    source: str

    def to_dict(self) -> dict[str, Any]:
        """Return the report date, heading, language, flags and one record per category."""
        from attrition.model.categories import get_category
        from attrition.model.dates import loss_date

        report = self.report
        return {
            "path": report.path,
            "report_date": report.report_date,
            "loss_date": loss_date(report.report_date) if report.report_date else None,
            "heading_date": report.heading_date,
            "heading_line": report.heading_line,
            "heading_date_mismatch": "heading_date_mismatch" in report.flags,
            "language": report.language,
            "flags": list(report.flags),
            "notes": list(report.notes),
            "records": [
                {
                    "category": obs.category,
                    "label": get_category(obs.category).label_en,
                    "total": obs.total,
                    "increment_printed": obs.increment_printed,
                    "is_approximate": obs.is_approximate,
                    "line_no": obs.line_no,
                }
                for obs in report.observations
            ],
        }

    def meta(self) -> dict[str, Any]:
        """Return report convention and the parser's source name."""
        return envelope_meta("report", None, [self.source])


def parse_report_file(path: str | Path, known_date: date | None = None) -> ParsedFile:
    """Parse one General Staff report text as ingest reads it (no database).

    The date the file name starts with stands in for a missing heading, unless
    ``known_date`` is given.
    """
    from attrition.sources.base import decode_text, read_document
    from attrition.sources.gs_text import SOURCE, known_date_from_path, parse_report

    file = Path(path)
    day = known_date or known_date_from_path(file)
    doc = read_document(file, SOURCE.name)
    return ParsedFile(parse_report(decode_text(doc), path=str(file), known_date=day), SOURCE.name)


class UpdatingMethods(Door):
    """Ingest files and update from the live sources."""

    def ingest(
        self, paths: Sequence[str | Path], *, source: str | None = None,
        max_file_bytes: int | None = None,
    ) -> IngestAnswer:
        """Ingest files or folders (one transaction); see :func:`attrition.ingest.ingest_paths`.

        ``max_file_bytes`` refuses larger files (default: 20 MB).
        """
        from datetime import UTC, datetime

        from attrition.ingest import ingest_paths
        from attrition.ingest.files import MAX_FILE_BYTES

        return IngestAnswer(ingest_paths(self.store, [Path(p) for p in paths], source=source,
                                         now=datetime.now(UTC),
                                         max_file_bytes=max_file_bytes or MAX_FILE_BYTES))

    def update(
        self,
        sources: Sequence[str] = (),
        *,
        since: date | None = None,
        wait: timedelta | None = None,
        base_urls: dict[str, str] | None = None,
        default_base_url: str | None = None,
        user_agent: str | None = None,
        timeout_s: float = 20.0,
        attempts: int | None = None,
        progress: Progress | None = None,
        max_download_bytes: int | None = None,
        request_deadline_s: float | None = None,
        update_deadline_s: float | None = None,
        deadline_start: float | None = None,
    ) -> UpdateAnswer:
        """Fetch what is new from the live sources, check it and store it (one transaction each).

        ``base_urls`` maps a source to another server; ``default_base_url`` (a private
        mirror, a test server) serves every source not named there. ``attempts`` caps
        the tries per request (default: the client's retry policy). The validator cache
        lives beside a SQLite file (:func:`cache_path`). Bounds (issue 14): one download
        is capped at ``max_download_bytes`` (50 MB), one request at ``request_deadline_s``
        (60 s) and the whole update at ``update_deadline_s`` (120 s) from ``deadline_start``
        (a ``time.monotonic()`` value, e.g. :func:`process_started`; default now).
        """
        from datetime import UTC, datetime

        from attrition.sources.http import (
            MAX_BODY_BYTES,
            REQUEST_DEADLINE_S,
            UPDATE_DEADLINE_S,
            JsonFileCache,
            RetryPolicy,
            make_client,
        )
        from attrition.update import update

        cache = JsonFileCache.load(cache_path(self.store.file))
        retry = RetryPolicy(attempts=attempts) if attempts is not None else None
        from attrition.config import USER_AGENT

        agent = user_agent or USER_AGENT

        def client_factory(validators: Any) -> Any:
            return make_client(agent, timeout_s, cache=validators, retry=retry,
                               max_body_bytes=max_download_bytes or MAX_BODY_BYTES,
                               request_deadline_s=request_deadline_s or REQUEST_DEADLINE_S)

        bases = dict(base_urls or {})
        if default_base_url:
            bases = {name: bases.get(name, default_base_url) for name in update_source_names()
                     if name in (sources or update_source_names())}
        result = update(self.store, client_factory, list(sources) or None, since,
                        datetime.now(UTC), wait, bases, cache=cache, progress=progress,
                        deadline_s=update_deadline_s or UPDATE_DEADLINE_S,
                        deadline_start=deadline_start)
        cache.save()
        return UpdateAnswer(result)

