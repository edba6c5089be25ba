"""The JSON bytes of a reply: the success envelope and the error shape, dates as ISO text."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import PurePath
from typing import Any, Protocol

from starlette.responses import Response

from attrition.errors import AttritionError


class Answer(Protocol):
    """What every library answer offers: the data and the meta block."""

    def to_dict(self) -> Any: ...  # noqa: D102

    def meta(self) -> dict[str, Any]: ...  # noqa: D102


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, PurePath):
        return value.name
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _finite(value: Any) -> Any:
    """Return ``value`` with NaN/inf floats as None (JSON has no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def dumps(payload: Any) -> bytes:
    """Return ``payload`` as compact UTF-8 JSON (dates, enums, dataclasses allowed)."""
    plain = json.loads(json.dumps(payload, default=_default, ensure_ascii=False))
    return json.dumps(_finite(plain), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode()


def envelope(data: Any, meta: dict[str, Any]) -> dict[str, Any]:
    """Return the success envelope ``{"ok": true, "data": …, "meta": …}``."""
    return {"ok": True, "data": data, "meta": meta}


def answer_response(answer: Answer, **extra_meta: Any) -> Response:
    """Return the envelope of a library answer as a JSON response."""
    meta = {**answer.meta(), **extra_meta}
    return json_response(envelope(answer.to_dict(), meta))


def json_response(payload: Any, status: int = 200) -> Response:
    """Return ``payload`` as an ``application/json`` response."""
    return Response(dumps(payload), status_code=status, media_type="application/json")


def error_payload(status: int, error: dict[str, Any],
                  errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Return the one error shape: ``{"ok": false, "status", "error", "errors"}``."""
    return {"ok": False, "status": status, "error": error, "errors": errors or []}


def attrition_error(err: AttritionError) -> dict[str, Any]:
    """Return the error block of an AttritionError (type, message, offending input)."""
    return err.to_dict()
