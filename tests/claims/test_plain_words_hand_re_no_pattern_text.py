"""The phrase lookup, the list test and the digit reader hand re no pattern text for plain input.

re.search(r"...", text) looks the pattern text up in re's own cache on every call (re._compile).
scope._lookup made some 3,700 such calls in a check of the 5,027-word bench article (three per
new phrase), clauses.looks_listed 388 and numbers._parse_digits 457; now a phrase is tested by a
pattern compiled once, and the hyphen patterns run only on a phrase with a hyphen, the separator
pattern only on a figure with a separator. The answers stay the same.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from attrition.claims import clauses, numbers, scope

_FUNCTIONS = ("search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split")


@pytest.fixture
def callers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The claim readers' functions that call re.search/match/... while the test runs."""
    seen: list[str] = []

    def recording(name: str) -> Any:
        real = getattr(re, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            frame = sys._getframe(1)
            if frame.f_globals.get("__name__", "").startswith("attrition.claims"):
                seen.append(f"{frame.f_globals['__name__']}.{frame.f_code.co_name}")
            return real(*args, **kwargs)
        return call

    for name in _FUNCTIONS:
        monkeypatch.setattr(re, name, recording(name))
    scope._lookup.cache_clear()
    numbers._numbers_in.cache_clear()
    yield seen
    scope._lookup.cache_clear()
    numbers._numbers_in.cache_clear()


def test_a_phrase_without_a_hyphen_is_looked_up_without_a_pattern_text(callers: list[str]) -> None:
    found = {p: scope._lookup(p) for p in ("tanks", "tank", "artillery system", "танків", "people")}
    assert found["tanks"] is not None and found["tank"] == found["tanks"]
    assert found["artillery system"] is not None and found["танків"] == found["tanks"]
    assert callers == []


def test_a_hyphened_phrase_is_still_read_by_its_patterns(callers: list[str]) -> None:
    assert scope._lookup("air-defense systems") == scope._lookup("air defense systems") is not None
    assert scope._lookup("troop-loss") == scope._lookup("troop") is not None


def test_the_list_test_hands_re_no_pattern_text(callers: list[str]) -> None:
    assert clauses.looks_listed("Tanks - about ") and clauses.looks_listed("танки: ")
    assert not clauses.looks_listed("destroyed ")
    assert callers == []


def test_a_figure_without_a_separator_is_read_without_a_pattern_text(callers: list[str]) -> None:
    assert [n.value for n in numbers.find_numbers("lost 1250 soldiers and 7 tanks")] == [1250, 7]
    assert callers == []
    assert [n.value for n in numbers.find_numbers("lost 1,250 soldiers and 12 345 drones")] == [1250, 12345]
