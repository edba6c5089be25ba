"""What the server needs to know at start: the store, the write token, the limits (validated)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from attrition.config import load_settings
from attrition.errors import UsageError

MAX_BODY_BYTES = 256 * 1024  # an article is a few KiB; 256 KiB is a short book
MAX_QUERY_CHARS = 2048
CACHE_MAX_AGE_S = 300  # a CDN or browser may reuse a GET this long (the data changes daily)
VERSION_CHECK_S = 1.0  # how often a worker asks the store whether the data changed


@dataclass(frozen=True)
class ServeSettings:
    """Settings of one API/desk process, validated by :func:`serve_settings`."""

    db: str
    api_token: str | None = None  # ATTRITION_API_TOKEN: enables POST /v1/update
    max_body_bytes: int = MAX_BODY_BYTES
    max_query_chars: int = MAX_QUERY_CHARS
    cache_max_age_s: int = CACHE_MAX_AGE_S
    version_check_s: float = VERSION_CHECK_S
    cors_origins: tuple[str, ...] = ("*",)
    base_url: str | None = None  # ATTRITION_BASE_URL: POST /v1/update asks this server instead
    warm: bool = False  # answer the hot routes after each data change (serve_settings: on)

    def __post_init__(self) -> None:
        if self.api_token is not None and len(self.api_token) < 16:
            raise UsageError(
                "ATTRITION_API_TOKEN must be at least 16 characters (or unset: read-only)",
                field="ATTRITION_API_TOKEN",
            )
        for name in ("max_body_bytes", "max_query_chars", "cache_max_age_s"):
            if getattr(self, name) <= 0:
                raise UsageError(f"{name} must be positive", field=name, input=getattr(self, name))
        if self.version_check_s < 0:
            raise UsageError("version_check_s must not be negative", field="version_check_s")


def serve_settings(db: str | None = None, **overrides: object) -> ServeSettings:
    """Return ServeSettings from ``db``, the ATTRITION_* environment and ``overrides``."""
    base = load_settings(db)
    token = os.environ.get("ATTRITION_API_TOKEN") or None
    values: dict[str, object] = {"db": base.db, "api_token": token, "base_url": base.base_url,
                               "warm": True}
    values.update(overrides)
    return ServeSettings(**values)  # type: ignore[arg-type]
