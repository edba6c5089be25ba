"""The protocol every source module follows: its facts, recognise, fetch, and parse (pure).

A source's ``name``, ``role`` (votes in the consensus, or independent) and ``rank`` (its
place in a tie-break) are its entry in :mod:`attrition.model.roster`, the one registry;
:class:`SourceBase` reads them from there by name. ``schedule`` says whether and how the
update fetches it. ``parse`` takes a RawDocument and returns a ParsedBatch with no
network, clock or database. ``fetch`` (sources with a schedule) takes an injected
``httpx.Client`` and returns RawDocuments; it never parses or stores.
"""

from __future__ import annotations

import mimetypes
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from attrition.errors import ParseError, UsageError
from attrition.model.records import ParsedBatch, RawDocument
from attrition.model.roster import SourceRank, SourceRole, source_rank, source_role

if TYPE_CHECKING:  # pragma: no cover - httpx is imported only when fetching
    import httpx

    from attrition.sources.http import FetchRequest


class FetchSchedule(StrEnum):
    """How the update fetches a source (the update runs them in this order)."""

    CHANNEL = "channel"  # an official live channel: polled while today's report is awaited
    API = "api"  # polled too; with nothing stored, backfills from the newest report of any source
    MIRROR = "mirror"  # a whole-history file, fetched once per run


@runtime_checkable
class Source(Protocol):
    """A source of loss observations."""

    name: str  # stable short name, stored with every observation (its roster key)
    title: str  # human title for status and docs
    schedule: FetchSchedule | None  # None: read from local files only, never fetched

    @property
    def role(self) -> SourceRole:
        """Return whether this source votes in the consensus (from the roster)."""
        ...

    @property
    def rank(self) -> SourceRank:
        """Return this source's place in a consensus tie-break (from the roster)."""
        ...

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True if a local file (name and first bytes) belongs to this source."""
        ...

    def fetch(self, client: httpx.Client, request: FetchRequest) -> list[RawDocument]:
        """Return the documents ``request`` asks for; never parses or stores."""
        ...

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Turn one document into observations; pure and deterministic."""
        ...


class SourceBase:
    """What every source shares: its roster facts read by name, and no fetch by default."""

    name: str
    schedule: FetchSchedule | None = None

    @property
    def role(self) -> SourceRole:
        """Return whether this source votes in the consensus (from the roster)."""
        return source_role(self.name)

    @property
    def rank(self) -> SourceRank:
        """Return this source's place in a consensus tie-break (from the roster)."""
        return source_rank(self.name)

    @property
    def priority(self) -> int:
        """Return the tie-break priority (lower wins among equally official sources)."""
        return self.rank.priority

    @property
    def is_official(self) -> bool:
        """Return True for the General Staff's own texts (they win ties before priority)."""
        return self.rank.is_official

    def fetch(self, client: httpx.Client, request: FetchRequest) -> list[RawDocument]:
        """Raise UsageError: a source without a schedule is read from local files only."""
        raise UsageError(f"source {self.name!r} cannot be fetched (local files only)",
                         input=self.name)


class MirrorSource(SourceBase):
    """A whole-history mirror: its files are fetched whole from ``raw_urls``, once per run."""

    schedule: FetchSchedule | None = FetchSchedule.MIRROR
    raw_urls: tuple[str, ...] = ()

    def fetch(self, client: httpx.Client, request: FetchRequest) -> list[RawDocument]:
        """Download every file of ``raw_urls`` (a 304 Not Modified skips a file); never parses."""
        from attrition.sources.http import fetch_files

        return fetch_files(client, self.raw_urls, source=self.name, request=request)


def read_document(path: Path, source: str, fetched_at: datetime | None = None) -> RawDocument:
    """Read a local file as a RawDocument of ``source`` (fetched_at = file mtime, UTC)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}", path=str(path)) from exc
    when = fetched_at or datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return RawDocument(source, str(path), content, when, media_type)


def decode_text(doc: RawDocument) -> str:
    """Return a document's text, raising ParseError naming the file if it is not UTF-8."""
    try:
        return doc.content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 text (byte {exc.start})", path=doc.locator, source=doc.source
        ) from exc
