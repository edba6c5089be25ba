"""Every regular expression in the package, run against adversarial inputs under a time bound.

Issue 14 item 1: ``(?:unit\\s*/?\\s*)*`` in the report parser backtracked exponentially
(28 s on one 130-character line, x4 per extra word). This audit finds every compiled
pattern the package holds (module and class attributes, one level into tuples, lists
and dicts) and, for each, builds inputs from its own literals: pathological repeats of
each alternative, with one and two spaces between repeats, after a realistic figure
prefix, ending in a character that makes the match fail. A pattern with a nested
quantifier over an optional group blows up on such input; a safe one answers in
microseconds. The bound is a safety net against blow-ups (a second per input), not a
speed target.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import attrition

SEEDS = ("", "personnel ‒ 403720 (+1290) ", "1,000 ")
SEPARATORS = ("", " ", "  ")
GENERIC = ("7", " ", "1 000", "a", "А")
LENGTH = 200  # characters of repeats per input
BOUND_S = 1.0


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(attrition.__path__, "attrition."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI
        yield importlib.import_module(info.name)


def _collect(value: Any, where: str, found: dict[tuple[str, int], tuple[re.Pattern[str], str]],
             depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), (value, where))
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _collect(item, where, found, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            _collect(item, where, found, depth + 1)


def package_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Return every compiled pattern held by a module or class of the package."""
    found: dict[tuple[str, int], tuple[re.Pattern[str], str]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            _collect(value, f"{module.__name__}.{name}", found)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, member in vars(value).items():
                    _collect(member, f"{module.__name__}.{name}.{attr}", found)
    return sorted(found.values(), key=lambda item: item[1])


def literals(pattern: re.Pattern[str]) -> set[str]:
    """Return the literal runs of a pattern and one member of each character class."""
    out: set[str] = set()
    categories = {"CATEGORY_DIGIT": "7", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a"}

    def walk(tree: Any) -> None:
        run: list[str] = []
        for op, av in tree:
            if op is sre_parse.LITERAL:
                run.append(chr(av))
                continue
            if run:
                out.add("".join(run))
                run = []
            if op is sre_parse.SUBPATTERN:
                walk(av[-1])
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is sre_parse.ATOMIC_GROUP:
                walk(av)
            elif op is sre_parse.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
                walk(av[1])
            elif op is sre_parse.IN:
                for kind, arg in av:
                    if kind is sre_parse.LITERAL:
                        out.add(chr(arg))
                    elif kind is sre_parse.RANGE:
                        out.add(chr(arg[0]))
                    elif kind is sre_parse.CATEGORY:
                        out.add(categories.get(str(arg), "x"))
        if run:
            out.add("".join(run))

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return out


def adversarial_inputs(pattern: re.Pattern[str]) -> Iterator[str]:
    """Yield pathological repeats of each literal of ``pattern``, ending in a mismatch."""
    words = sorted(literals(pattern), key=lambda w: (-len(w), w))[:10] + list(GENERIC)
    for word in dict.fromkeys(w for w in words if w):
        for sep in SEPARATORS:
            unit = word + sep
            body = unit * max(4, LENGTH // len(unit))
            for seed in SEEDS:
                yield seed + body + "/9"


PATTERNS = package_patterns()


def test_the_audit_sees_the_patterns_of_every_layer() -> None:
    places = {where.split(".")[1] for _, where in PATTERNS}
    assert {"sources", "claims", "model"} <= places
    assert len(PATTERNS) > 150
    assert any(where.endswith("items._FIGURE") for _, where in PATTERNS)


@pytest.mark.parametrize(("pattern", "where"), PATTERNS, ids=[w for _, w in PATTERNS])
def test_pattern_answers_adversarial_input_in_bounded_time(
    pattern: re.Pattern[str], where: str, time_bound: Callable[[float], Any]
) -> None:
    for text in adversarial_inputs(pattern):
        try:
            with time_bound(BOUND_S):
                pattern.search(text)
                pattern.match(text)
                pattern.fullmatch(text)
        except Exception as exc:
            if type(exc).__name__ != "TimeBoundExceeded":
                raise
            pytest.fail(f"{where} ran over {BOUND_S} s on {text[:60]!r}… ({len(text)} chars)")
