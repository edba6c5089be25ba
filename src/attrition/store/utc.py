"""Timestamps as the store keeps them: fixed-width ISO UTC text, so that text order is time order.

Apart from :mod:`.rows` (re-exported there) so that reading the territory and independent
counts (``attrition check`` of an article with territory claims) imports neither the store's
value types nor the model's records (start-up time).
"""

from __future__ import annotations

from datetime import UTC, datetime


def iso_utc(moment: datetime) -> str:
    """Return ``moment`` as fixed-width ISO UTC text (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> datetime:
    """Return the aware UTC datetime stored as ``text``."""
    return datetime.fromisoformat(text)
