"""Light value types: equality, hashing and ``repr`` from ``__slots__``, without dataclasses.

Importing :mod:`dataclasses` costs about two thirds of a bare interpreter's start-up (it
imports inspect, ast, dis and tokenize), and ``attrition losses … --json`` must answer
within twice that start-up (issue 9). So the few value types that command creates (the
category table, the consensus row, the ``Losses`` answer, the store's URL and dialect)
derive from :class:`Value` or :class:`FrozenValue` and write their ``__init__``; every
other value type is a dataclass. A subclass lists its fields in ``__slots__``, in the
order its ``__init__`` takes them (``copy`` and ``pickle`` rebuild it that way).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any


class Value:
    """A slotted value: equal to another of its type with equal fields; repr names each field."""

    __slots__: tuple[str, ...] = ()
    _repr_hidden: tuple[str, ...] = ()  # fields the repr leaves out (long tables)
    __hash__ = None  # type: ignore[assignment]  # mutable, like a non-frozen dataclass

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in type(self).__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Value)
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__slots__
                          if name not in self._repr_hidden)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._values()


class FrozenValue(Value):
    """A :class:`Value` that cannot change once made, and hashes by its fields.

    ``__init__`` sets the fields with :meth:`_set` (assignment raises AttributeError, as
    a frozen dataclass's does).
    """

    __slots__ = ()

    def _set(self, **fields: Any) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of {type(self).__name__}")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())
