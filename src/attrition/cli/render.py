"""The one place that prints: text or the JSON envelope, and errors with exit codes.

Importable without click, dataclasses or typing (each costs start-up time): the
click-free entry of the hot commands (:mod:`attrition.cli.hot`) prints through
:func:`emit_json` here, and click is imported only when :func:`emit`/:func:`fail` run.
A library answer is printed with :func:`emit_answer`: ``data`` is its ``to_dict()``
and ``meta`` its ``meta()``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum

from attrition.errors import AttritionError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, NoReturn


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if not isinstance(value, type) and hasattr(type(value), "__dataclass_fields__"):
        from dataclasses import asdict  # = dataclasses.is_dataclass, without importing it

        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


json_default = _default  # for faces that stream JSON lines themselves (check DIR)


def to_json(payload: Any) -> str:
    """Serialise ``payload`` (dates, enums, dataclasses, numpy scalars allowed)."""
    return json.dumps(payload, default=_default, ensure_ascii=False, indent=2)


def envelope_json(data: Any, meta: dict[str, Any] | None = None) -> str:
    """Return the success envelope ``{"ok": true, "data": …, "meta": …}`` as JSON text."""
    return to_json({"ok": True, "data": data, "meta": meta or {}})


def emit_json(data: Any, *, meta: dict[str, Any] | None = None) -> None:
    """Print the success envelope through ``sys.stdout`` (what ``emit`` prints, without click)."""
    sys.stdout.write(envelope_json(data, meta) + "\n")
    sys.stdout.flush()


def emit(
    data: Any,
    *,
    as_json: bool,
    meta: dict[str, Any] | None = None,
    text: Callable[[Any], str] | str | None = None,
) -> None:
    """Print ``data`` as the JSON envelope or as text made by ``text``."""
    import click

    if as_json:
        click.echo(envelope_json(data, meta))
        return
    if callable(text):
        click.echo(text(data))
    elif isinstance(text, str):
        click.echo(text)
    else:
        click.echo(to_json(data))


def emit_answer(
    answer: Any, *, as_json: bool, text: Callable[[Any], str] | str | None = None
) -> None:
    """Print a library answer: the envelope of ``to_dict()``/``meta()``, or ``text``."""
    emit(answer.to_dict(), as_json=as_json, meta=answer.meta(), text=text)


def fail(error: AttritionError, *, as_json: bool, code: int = 1) -> NoReturn:
    """Report ``error`` (JSON envelope on stdout, or one line on stderr) and exit non-zero."""
    import click

    if as_json:
        click.echo(to_json({"ok": False, "error": error.to_dict()}))
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(code)
