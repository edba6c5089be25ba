"""What every answer of the library shares: ``to_dict()`` (the data) and ``meta()`` (its context).

The meta block says how to read the data: the date ``convention`` its days carry, the
``as_of`` it was answered with, and the ``sources`` behind it, plus per-answer extras
(category, by, method...). Faces print ``{"ok": true, "data": to_dict(), "meta": meta()}``.
This module imports only the standard library (CLI start-up time).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable
    from datetime import date
    from typing import Any


def envelope_meta(
    convention: str | None = None,
    as_of: date | None = None,
    sources: Iterable[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    """Return a meta block: convention, as_of, sorted distinct sources, then the extras."""
    return {"convention": convention, "as_of": as_of, "sources": sorted(set(sources)), **extra}


def plain(value: Any) -> Any:
    """Return ``value`` with dataclasses turned into dicts (recursively), the rest as is."""
    if hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        return _asdict(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _asdict(value: Any) -> Any:
    """Return ``dataclasses.asdict(value)`` without its deep copy of every leaf value.

    An answer's leaves (numbers, strings, dates, enums) are only serialised, and the copy
    was most of the time ``--json`` spent turning a few hundred rows into dicts.
    """
    if hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        from dataclasses import fields

        return {f.name: _asdict(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*[_asdict(v) for v in value])
    if isinstance(value, list | tuple):
        return type(value)(_asdict(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_asdict(k), _asdict(v)) for k, v in value.items())
    return value


class Answer:
    """Base of the library's result objects: ``to_dict()`` and ``meta()``.

    Subclasses are dataclasses; the default ``to_dict`` is their fields as plain values.
    """

    def to_dict(self) -> Any:
        """Return the JSON-ready data of this answer."""
        return plain(self)

    def meta(self) -> dict[str, Any]:
        """Return the envelope's meta block for this answer."""
        return envelope_meta()
