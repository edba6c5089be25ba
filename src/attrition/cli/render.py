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
    """Serialise ``payload`` (dates, enums, dataclasses, numpy scalars allowed).

    The text of ``json.dumps(payload, default=_default, ensure_ascii=False, indent=2)``,
    written by :func:`_indented` (the check of a long article: 5.8 -> 3.4 ms).
    """
    return _indented(payload)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


_INFINITY = float("inf")
_STRING = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False (C when available)
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _STRING, int: int.__repr__, float: _float, bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _indented(payload: Any) -> str:
    """Return ``json.dumps(payload, default=_default, ensure_ascii=False, indent=2)``, the same text.

    json's indented encoder is pure Python: every piece it writes climbs back through one
    generator per level of nesting. This writes the same pieces into one list, in the same
    order and with json's rules: exact str/int/float/bool/None by their type, then subclasses
    as json tests them (str, int, float, list or tuple, dict), anything else through
    ``_default``; keys as json converts them; ``ValueError`` on a circular reference,
    ``TypeError`` on a key json refuses. ``tests/cli/test_render.py`` compares it with json.dumps.
    """
    parts: list[str] = []
    add = parts.append
    markers: dict[int, Any] = {}
    scalar = _SCALARS.get

    def enter(value: Any) -> int:
        key = id(value)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = value
        return key

    def key_text(key: Any) -> str:
        if isinstance(key, str):
            return _STRING(key)
        if isinstance(key, float):
            return _STRING(_float(key))
        if key is True:
            return '"true"'
        if key is False:
            return '"false"'
        if key is None:
            return '"null"'
        if isinstance(key, int):
            return _STRING(int.__repr__(key))
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def write(value: Any, newline: str) -> None:
        exact = scalar(type(value))
        if exact is not None:
            add(exact(value))
        elif isinstance(value, str):
            add(_STRING(value))
        elif isinstance(value, int):
            add(int.__repr__(value))
        elif isinstance(value, float):
            add(_float(value))
        elif isinstance(value, list | tuple):
            if not value:
                add("[]")
                return
            mark = enter(value)
            inner = newline + "  "
            add("[" + inner)
            first = True
            for item in value:
                if first:
                    first = False
                else:
                    add("," + inner)
                exact = scalar(type(item))
                if exact is not None:
                    add(exact(item))
                else:
                    write(item, inner)
            add(newline + "]")
            del markers[mark]
        elif isinstance(value, dict):
            if not value:
                add("{}")
                return
            mark = enter(value)
            inner = newline + "  "
            add("{" + inner)
            first = True
            for key, item in value.items():
                if first:
                    first = False
                else:
                    add("," + inner)
                name = _STRING(key) if type(key) is str else key_text(key)
                exact = scalar(type(item))
                if exact is not None:
                    add(name + ": " + exact(item))
                else:
                    add(name + ": ")
                    write(item, inner)
            add(newline + "}")
            del markers[mark]
        else:
            mark = enter(value)
            write(_default(value), newline)
            del markers[mark]

    write(payload, "\n")
    return "".join(parts)


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
