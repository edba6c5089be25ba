"""A speed-up for the claim readers' widest patterns: skip at once where no match can start.

Owns :func:`lead_guard`. A pattern that begins with a word boundary or an alternation of
words is tried, by the regex engine, in full at every position of the text; a lookahead
on the characters a match can start with (computed from the pattern itself, so it follows
any edit of the pattern) turns most positions into one character test. Same matches,
same groups. Also owns :func:`needed`: the strings one of which every match of a pattern
holds, so that a reader can pass over a stretch of text that holds none of them without
running the pattern there, and :func:`starts`: the strings one of which every match begins with,
so that a reader can try the pattern only where one of them stands. Pure.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from attrition.claims.leads import LEADS, NEEDS, STARTS

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


def lead_chars(source: str, flags: int) -> str | None:
    """Return the character class body a match of ``source`` can start with ("a-z\\d").

    None when that cannot be told, a match may be empty, or the pattern begins with global
    flags (which must stay first).
    """
    if source.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", source):
        return None
    found = _first(P.parse(source, flags), flags)
    if found is None or found[1] or not found[0]:
        return None
    return "".join(dict.fromkeys(_item(op, av) for op, av in found[0]))


def lead_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` behind a lookahead on the characters its matches can start with.

    ``pattern`` itself when they cannot be told or a match may be empty.
    """
    chars = lead_chars(pattern.pattern, pattern.flags)
    if chars is None:
        return pattern
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


class Source(NamedTuple):
    """A pattern as written, not compiled (a module that compiles it in another form)."""

    pattern: str
    flags: int = 0


def _key(source: str, flags: int) -> int:
    return zlib.crc32(f"{flags & ~re.U}:{source}".encode())


GUARDED: list[tuple[str, int]] = []  # every (source, flags) given to guarded(), in order


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``source`` compiled once, behind its lead guard: ``lead_guard(re.compile(source, flags))``.

    The guard's characters are read from :data:`attrition.claims.leads.LEADS` (computed
    when the pattern is new: the same pattern, without parsing it twice at import); a test
    checks that every stored entry equals :func:`lead_chars` of its pattern.
    """
    GUARDED.append((source, flags))
    chars = LEADS.get(_key(source, flags))
    if chars is None:  # not stored (a new or edited pattern): computed
        chars = lead_chars(source, flags | re.U) or ""
    return re.compile(f"(?=[{chars}])(?:{source})" if chars else source, flags)


def lead_table() -> dict[int, str]:
    """Return the table :data:`attrition.claims.leads.LEADS` should hold for the patterns given to :func:`guarded`."""
    return {_key(s, f): lead_chars(s, f | re.U) or "" for s, f in GUARDED}


def original(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` without its lead guard (as written), compiled."""
    source = _unguarded(pattern)
    return re.compile(source, pattern.flags)


def _unguarded(pattern: re.Pattern[str]) -> str:
    source = pattern.pattern
    if source.startswith("(?=[") and source.endswith(")"):
        source = source[source.index("])(?:") + 5 : -1]
    return source


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return a guarded ``pattern`` written in lower case, without re.I: for :func:`lowered` text.

    On the lower case of a text of plain characters it finds the same matches at the same
    places as ``pattern`` on the text (tests/claims/test_lower_twins.py), faster: case-insensitive
    Unicode matching disables the engine's literal shortcuts. Its match text is lower case.
    """
    return guarded(_unguarded(pattern), pattern.flags & ~re.I)


# Characters whose case-insensitive match (re.I) is the match of their lower case: ASCII, the
# Cyrillic alphabets' basic letters (and Ґ), no-break space, guillemets, the modifier apostrophe,
# dashes, quotes and dots (U+2010-U+203A) and №. Not in it: the letters re.I folds into another's
# class, such as long s (ſ), dotless and dotted i (ı, İ), Kelvin K, old Cyrillic forms (U+1C80-).
_PLAIN_CASES = re.compile("[\x00-\x7f\u00a0\u00ab\u00bb\u02bc\u0400-\u045f\u0490\u0491\u2010-\u203a\u2116]*+")


def lowered(text: str) -> str | None:
    """Return ``text`` in lower case when all its characters are plain (:data:`_PLAIN_CASES`), else None."""
    return text.lower() if _PLAIN_CASES.fullmatch(text) else None


def alternation_spans(parts: list[tuple[re.Pattern[str], str]]) -> list[tuple[int, int]]:
    """Return the spans ``finditer`` finds for the alternation of ``parts``' patterns, in order.

    Each part is a run of the alternation's top-level alternatives, compiled on its own, with
    the text it reads (the text, or its :func:`lowered` copy for a lower-case twin: the same
    offsets). The alternation matches first where any part does; where several do, the first
    part's match is the alternation's (the engine tries alternatives in order, and nothing
    follows them). No part may match the empty string.
    """
    found = [p.search(t) for p, t in parts]
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        best = None
        for k, m in enumerate(found):
            if m is not None and m.start() < pos:  # overlapped by the last match: from its end
                m = found[k] = parts[k][0].search(parts[k][1], pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best.span())
        pos = best.end()


def _needs(items: Any) -> frozenset[str] | None:
    """Return strings one of which every match of ``items`` holds, the rarest (:func:`_rarer`); None when that cannot be told."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # the last item closes a run of literal characters
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        found: frozenset[str] | None = None
        if run:
            found, run = frozenset(["".join(run)]), []
            best = _rarer(best, found)
        if op is C.SUBPATTERN and not (av[1] | av[2]) & re.I:  # "(?i:…)" or "(?-i:…)" inside: not told
            found = _needs(av[-1])
        elif op is C.ATOMIC_GROUP:
            found = _needs(av)
        elif op is C.BRANCH:
            branches = [_needs(b) for b in av[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _needs(av[2])
        else:  # \b, lookarounds (nothing consumed), classes, optional parts: nothing needed
            continue
        best = _rarer(best, found)
    return best


def _rarer(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Return the better of two sets of needed strings: the one a stretch of text less likely holds.

    A string of n characters is taken to occur with a chance of 10^-n (at most 6 counted), and
    each string costs a little to look for; on a tie, ``a``.
    """
    if a is None or b is None:
        return b if a is None else a
    return a if _chance(a) <= _chance(b) else b


def _chance(words: frozenset[str]) -> int:
    """Return the chance of :func:`_rarer` in millionths (integers: the same sum in any order of the set)."""
    return sum(int(10 ** (6 - min(len(w), 6))) for w in words) + 500 * len(words)


def needed_words(source: str, flags: int) -> tuple[str, ...]:
    """Return strings one of which every match of ``source`` holds (() when that cannot be told).

    Read from the pattern's parse: a run of literal characters on every path of a match (in
    each branch of an alternation, in a repeat of at least one). Case-insensitive patterns
    need none (``()``). A string that holds another of them is left out, so the tuple is the
    shortest test. A text (or a stretch of it) that holds none of them holds no match.
    """
    if flags & re.I:
        return ()
    found = _needs(P.parse(source, flags))
    if not found:
        return ()
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


NEEDED: list[tuple[str, int]] = []  # every (source, flags) given to needed(), in order


def lower_needed_words(source: str, flags: int) -> tuple[str, ...]:
    """Return :func:`needed_words`; for a case-insensitive pattern, those of its lower-case twin.

    On :func:`lowered` text a case-insensitive pattern written in lower case finds its matches
    where its twin without re.I does (:func:`lower_twin`), so a lowered text that holds none of
    the twin's words holds no match; a word with a character that is no plain lower-case one
    (an upper-case letter the twin could never match) makes it ``()``.
    """
    if not flags & re.I:
        return needed_words(source, flags)
    words = needed_words(source, flags & ~re.I)
    if any(w != w.lower() or not _PLAIN_CASES.fullmatch(w) for w in words):
        return ()
    return words


def needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Return :func:`lower_needed_words` of ``pattern`` (its lead guard aside), read from claims/leads.py when stored.

    For a case-insensitive pattern the words are to be looked for in :func:`lowered` text only.
    """
    source = _unguarded(pattern)
    NEEDED.append((source, pattern.flags))
    words = NEEDS.get(_key(source, pattern.flags))
    return lower_needed_words(source, pattern.flags) if words is None else words


def _starts(items: Any) -> tuple[frozenset[str], bool] | None:
    """Return the strings a match of ``items`` can begin with and whether it may be empty.

    Each is the run of literal characters a path of a match begins with. None when that
    cannot be told (a match may begin with a class, any character, case folding switched
    inside the pattern, ...).
    """
    out: set[str] = set()
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # the last item closes a run of literal characters
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            return frozenset([*out, "".join(run)]), False
        if op is None:
            return frozenset(out), True
        if op in _ZERO_WIDTH:  # \b, lookarounds: they consume nothing; what follows begins the match
            continue
        found: tuple[frozenset[str], bool] | None
        if op is C.SUBPATTERN and not (av[1] | av[2]) & re.I:
            found = _starts(av[-1])
        elif op is C.ATOMIC_GROUP:
            found = _starts(av)
        elif op is C.BRANCH:
            branches = [_starts(b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            found = (frozenset().union(*(b[0] for b in branches if b)), any(b[1] for b in branches if b))
        elif op in _REPEATS:
            inner = _starts(av[2])
            found = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        else:
            return None
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return frozenset(out), False
    raise AssertionError("unreachable")  # pragma: no cover


# The most a pattern's leading words may be expected to occur (:func:`_chance`, in millionths of
# positions): beyond it (two or more one-letter words) trying the pattern at each of them costs
# more than the engine's scan of the text behind its lead guard
_START_CHANCE = 150_000


def leading_words(source: str, flags: int) -> tuple[str, ...]:
    """Return strings one of which every match of ``source`` begins with (() when that cannot be told).

    Read from the pattern's parse: the run of literal characters each path of a match begins
    with (past \\b and lookarounds, optional parts, alternatives). Case-insensitive patterns, a
    match that may be empty, and words too common to be worth it (:data:`_START_CHANCE`) give
    ``()``. A word that begins with another of them is left out (where it stands, so does the
    other). A match of ``source`` begins only where one of them stands.
    """
    if flags & re.I:
        return ()
    found = _starts(P.parse(source, flags))
    if found is None or found[1] or not found[0] or _chance(found[0]) > _START_CHANCE:
        return ()
    return tuple(sorted(w for w in found[0] if not any(o != w and w.startswith(o) for o in found[0])))


STARTED: list[tuple[str, int]] = []  # every (source, flags) given to starts(), in order


def starts(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Return :func:`leading_words` of ``pattern`` (its lead guard aside), read from claims/leads.py when stored."""
    source = _unguarded(pattern)
    STARTED.append((source, pattern.flags))
    words = STARTS.get(_key(source, pattern.flags))
    return leading_words(source, pattern.flags) if words is None else words


def starts_table() -> dict[int, tuple[str, ...]]:
    """Return the table :data:`attrition.claims.leads.STARTS` should hold for the patterns given to :func:`starts`."""
    return {_key(s, f): leading_words(s, f) for s, f in STARTED}


def matches_at(pattern: re.Pattern[str], text: str, pos: int, endpos: int, words: tuple[str, ...],
               places: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """Yield the matches ``pattern.finditer(text, pos, endpos)`` yields, trying the pattern only where ``words`` stand.

    ``words`` are the pattern's :func:`starts` (not empty). ``places`` keeps where each word
    stands in ``text[pos:endpos]`` (found by str.find once, for every pattern that begins with
    it: give each stretch of text a dict of its own). A match begins where one of them stands,
    and no match is empty; finditer takes the first place that matches, then goes on from the
    end of its match.
    """
    at: list[int] = []
    for word in words:
        found = places.get(word)
        if found is None:
            found = places[word] = []
            i = text.find(word, pos, endpos)
            while i != -1:
                found.append(i)
                i = text.find(word, i + 1, endpos)
        at.extend(found)
    if len(words) > 1:
        at.sort()
    end = pos
    for i in at:
        if i >= end:
            match = pattern.match(text, i, endpos)
            if match is not None:
                yield match
                end = match.end()


def needs_table() -> dict[int, tuple[str, ...]]:
    """Return the table :data:`attrition.claims.leads.NEEDS` should hold for the patterns given to :func:`needed`."""
    return {_key(s, f): lower_needed_words(s, f) for s, f in NEEDED}


def write_leads() -> None:
    """Write :func:`lead_table`, :func:`needs_table` and :func:`starts_table` to claims/leads.py (after a pattern is added or edited)."""
    from pathlib import Path

    import attrition.claims  # noqa: F401  (every module that calls guarded())

    lines = ['"""The lead guard of each claim pattern: written by claims.patterns.write_leads(), checked by a test.',
             "",
             "crc32 of f\"{flags without re.U}:{source}\" -> the characters a match can start with (\"\": no guard).",
             '"""', "", "LEADS: dict[int, str] = {"]
    lines += [f"    {k}: {v!r}," for k, v in lead_table().items()]
    lines += ["}", "", "# crc32 as above -> strings one of which every match holds (needed_words; (): none told)",
              "NEEDS: dict[int, tuple[str, ...]] = {"]
    lines += [f"    {k}: {v!r}," for k, v in needs_table().items()]
    lines += ["}", "", "# crc32 as above -> strings one of which every match begins with (leading_words; (): none told)",
              "STARTS: dict[int, tuple[str, ...]] = {"]
    lines += [f"    {k}: {v!r}," for k, v in starts_table().items()]
    Path(__file__).with_name("leads.py").write_text("\n".join([*lines, "}", ""]), encoding="utf-8")
