"""The protocol every source module follows: recognise, read/fetch, and parse (pure).

``parse`` takes a RawDocument and returns a ParsedBatch with no network, clock or
database. ``fetch`` (live sources) takes an injected ``httpx.Client`` and returns
RawDocuments; it never parses or stores.
"""

from __future__ import annotations

import mimetypes
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from attrition.errors import ParseError
from attrition.model.records import ParsedBatch, RawDocument


@runtime_checkable
class Source(Protocol):
    """A source of loss observations."""

    name: str  # stable short name, stored with every observation
    title: str  # human title for status and docs
    priority: int  # lower wins a tie in the consensus (official texts first)
    is_official: bool  # the General Staff's own text (wins ties before priority)

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True if a local file (name and first bytes) belongs to this source."""
        ...

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Turn one document into observations; pure and deterministic."""
        ...


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
