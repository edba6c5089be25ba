"""The one place that prints: text or the JSON envelope, and errors with exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, NoReturn

import click

from attrition.errors import AttritionError


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(payload: Any) -> str:
    """Serialise ``payload`` (dates, enums, dataclasses, numpy scalars allowed)."""
    return json.dumps(payload, default=_default, ensure_ascii=False, indent=2)


def emit(
    data: Any,
    *,
    as_json: bool,
    meta: dict[str, Any] | None = None,
    text: Callable[[Any], str] | str | None = None,
) -> None:
    """Print ``data`` as the JSON envelope or as text made by ``text``."""
    if as_json:
        envelope = {"ok": True, "data": data, "meta": meta or {}}
        click.echo(to_json(envelope))
        return
    if callable(text):
        click.echo(text(data))
    elif isinstance(text, str):
        click.echo(text)
    else:
        click.echo(to_json(data))


def fail(error: AttritionError, *, as_json: bool, code: int = 1) -> NoReturn:
    """Report ``error`` (JSON envelope on stdout, or one line on stderr) and exit non-zero."""
    if as_json:
        click.echo(to_json({"ok": False, "error": error.to_dict()}))
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(code)
