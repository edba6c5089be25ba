"""The claim readers' cached facts are computed once per object and take no lock.

Python 3.11's functools.cached_property takes an RLock on every first read; a check of the
5,027-word bench article makes some 3,400 first reads (a sentence's breaks, a figure's cues,
...). attrition.claims.lazy.cached_property stores the value as functools' does, without it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import pytest

from attrition.claims.lazy import cached_property

_READERS = ("attrition.claims.dating", "attrition.claims.extract", "attrition.claims.figures",
            "attrition.claims.kinds")


def _cached_facts() -> list[tuple[str, object]]:
    found = []
    for name in _READERS:
        module = importlib.import_module(name)
        for owner in vars(module).values():
            if isinstance(owner, type) and owner.__module__ == name:
                found += [(f"{owner.__name__}.{key}", value) for key, value in vars(owner).items()
                          if type(value).__name__ == "cached_property"]
    return found


def test_the_readers_have_cached_facts() -> None:
    assert len(_cached_facts()) >= 25


@pytest.mark.parametrize(("name", "descriptor"), _cached_facts())
def test_a_cached_fact_takes_no_lock(name: str, descriptor: object) -> None:
    assert isinstance(descriptor, cached_property), name
    assert not hasattr(descriptor, "lock"), name


@dataclass(frozen=True)
class _Figure:
    value: int

    @cached_property
    def double(self) -> int:
        """Twice the value."""
        _CALLS.append(self.value)
        return 2 * self.value


_CALLS: list[int] = []


def test_a_fact_is_computed_once_per_object_and_kept_on_it() -> None:
    _CALLS.clear()
    a, b = _Figure(3), _Figure(5)
    assert (a.double, a.double, b.double, a.double) == (6, 6, 10, 6)
    assert _CALLS == [3, 5]
    assert vars(a)["double"] == 6
    assert isinstance(vars(_Figure)["double"], cached_property) and _Figure.double.__doc__ == "Twice the value."
