"""A speed-up for the claim readers' widest patterns: skip at once where no match can start.

Owns :func:`lead_guard`. A pattern that begins with a word boundary or an alternation of
words is tried, by the regex engine, in full at every position of the text; a lookahead
on the characters a match can start with (computed from the pattern itself, so it follows
any edit of the pattern) turns most positions into one character test. Same matches,
same groups. Pure.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_CLASSES = {C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_DIGIT: r"\d",
            C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _first(items: Any, flags: int) -> tuple[list[tuple[Any, Any]], bool] | None:
    """Return the set items a match of ``items`` can start with and whether it may be empty.

    None when that cannot be told (any character, a negated set, a back reference, case
    folding switched on inside the pattern).
    """
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # \b, lookarounds: they consume nothing; what follows starts the match
            continue
        if op is C.LITERAL:
            return [*out, (op, av)], False
        if op is C.IN:
            if any(kind is C.NEGATE or (kind is C.CATEGORY and av_ not in _CLASSES) for kind, av_ in av):
                return None
            return [*out, *av], False
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            if op is C.SUBPATTERN and av[1] & re.I and not flags & re.I:
                return None  # "(?i:…)" inside a case-sensitive pattern
            found = _first(av[-1] if op is C.SUBPATTERN else av, flags)
        elif op is C.BRANCH:
            branches = [_first(b, flags) for b in av[1]]
            if any(b is None for b in branches):
                return None
            found = ([i for b in branches if b for i in b[0]], any(b[1] for b in branches if b))
        elif op in _REPEATS:
            inner = _first(av[2], flags)
            found = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        else:
            return None
        if found is None:
            return None
        out.extend(found[0])
        if not found[1]:
            return out, False
    return out, True


def _item(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    return _CLASSES[av]


def lead_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` behind a lookahead on the characters its matches can start with.

    ``pattern`` itself when they cannot be told or a match may be empty.
    """
    if pattern.pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # global flags must stay first
    found = _first(P.parse(pattern.pattern, pattern.flags), pattern.flags)
    if found is None or found[1] or not found[0]:
        return pattern
    chars = "".join(dict.fromkeys(_item(op, av) for op, av in found[0]))
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)
