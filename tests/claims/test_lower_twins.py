"""A text of plain characters is read lower-cased by the twins of patterns without re.I (patterns.lower_twin).

Used by scope.side_in (the side patterns) and clauses._marks (the counting bodies').
The claim: for every character of patterns._PLAIN_CASES, matching a pattern character with re.I
is matching its lower case without re.I (and the lower case is one plain character), so the
patterns find the same matches at the same places. Checked character by character over the
whole plain set, then on texts and on the development articles against the patterns as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims import clauses, lexicon, patterns, scope
from attrition.claims.document import read_structure
from attrition.claims.text import clean_text

_RANGES = [(0x00, 0x7F), (0xA0, 0xA0), (0xAB, 0xAB), (0xBB, 0xBB), (0x2BC, 0x2BC), (0x400, 0x45F),
           (0x490, 0x491), (0x2010, 0x203A), (0x2116, 0x2116)]
PLAIN = "".join(chr(c) for a, b in _RANGES for c in range(a, b + 1))


def _as_written(text: str) -> str | None:
    """side_in's answer with the patterns as written (re.I) on the text as it is."""
    last_ru = max((m.end() for p in (lexicon.RUSSIAN_SIDE, lexicon.UKRAINE_AGENT) for m in p.finditer(text)),
                  default=-1)
    last_ua = max((m.end() for m in lexicon.UKRAINE_LOSER.finditer(text)), default=-1)
    if last_ru < 0 and last_ua < 0:
        return None
    return "ua" if last_ua > last_ru else "ru"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_plain_set_is_the_pattern_s() -> None:
    assert patterns._PLAIN_CASES.fullmatch(PLAIN)
    for c in ("\u017f", "\u0131", "\u0130", "\u212a", "\u1c80", "é", "µ", "ß", "\u0462"):
        assert not patterns._PLAIN_CASES.fullmatch(c), c


def test_each_plain_character_matches_with_re_i_as_its_lower_case_without() -> None:
    lowered = [c.lower() for c in PLAIN]
    assert all(len(low) == 1 and low in PLAIN for low in lowered)
    for x in sorted(set(PLAIN)):  # every plain character as a pattern character, and classes
        if x != x.lower():
            continue  # the patterns are written in lower case
        with_i = re.compile(re.escape(x), re.I | re.U)
        without = re.compile(re.escape(x), re.U)
        assert [bool(with_i.fullmatch(c)) for c in PLAIN] == [bool(without.fullmatch(c)) for c in lowered], x
    for cls in (r"\w", r"\W", r"\s", r"\d", r"[cs]", r"[^.;]", r"['’]", r"[-–—]"):
        with_i, without = re.compile(cls, re.I | re.U), re.compile(cls, re.U)
        assert [bool(with_i.fullmatch(c)) for c in PLAIN] == [bool(without.fullmatch(c)) for c in lowered], cls


def test_side_in_reads_a_plain_text_with_the_patterns_without_re_i(monkeypatch: pytest.MonkeyPatch) -> None:
    scope.side_in.cache_clear()
    text = "Ukraine's forces lost 300, Russia said."
    assert scope.side_in(text) == "ru"
    monkeypatch.setattr(scope, "RUSSIAN_SIDE_LOWER", re.compile(r"(?!)"))
    scope.side_in.cache_clear()
    assert scope.side_in(text) == "ua"  # only the pattern for lower case was asked
    assert scope.side_in("Ukraine's forces lost 300, Ruſsia said, Russia said.") == "ru"  # not plain: as written
    scope.side_in.cache_clear()


_WORDS = ["Russia", "RUSSIAN", "russia's", "Russia’s", "Moscow", "Kremlin", "enemy", "occupiers", "ORCS",
          "Росія", "росіяни", "РФ", "ворог", "окупанти", "агресор", "країна-агресор", "Ukraine", "UKRAINE'S",
          "Ukrainian", "Kyiv", "our", "україна", "ЗСУ", "Сили оборони", "захисники", "знищили", "killed",
          "destroyed", "shot down", "forces", "troops", "army", "lost", "loses", "suffered", "втратила",
          "losses", "casualties", "of", "among", "in", "у", "в", "втрати", "загинули", "загиблих", "its",
          "own", "дані про свої втрати", "власні втрати", "Zelensky", "Зеленський", "soldiers", "1,200",
          "NATO", "Pentagon", "U.S. officials", "Mediazona", "BBC", "ISW", "Oryx", "said", "estimates",
          "General Staff", "Генштаб", "Міноборони України", "Ukraine's military", "reported", "повідомляє",
          " ", "  ", ", ", ". ", "; ", "\n", "—", "«", "»", "№", "\u017f", "\u0131", "\u0130", "\u212a", "ґ", "é", "\u1c83", "ruſsia", "\u0131n"]


@settings(max_examples=1500, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join))
def test_side_in_equals_the_patterns_as_written_on_any_text(text: str) -> None:
    assert scope.side_in.__wrapped__(text) == _as_written(text)


def _marks_as_written(sentence: str) -> tuple[list[int], list[int]]:
    others = [m.start() for m in lexicon.OTHER_SOURCE.finditer(sentence)]
    staff = sorted(m.start() for p in (lexicon.GENERAL_STAFF, lexicon.UKRAINE_SOURCE) for m in p.finditer(sentence))
    return others, staff


@settings(max_examples=1500, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join))
def test_a_sentence_s_counting_bodies_are_found_as_by_the_patterns_as_written(text: str) -> None:
    assert clauses._marks.__wrapped__(text)[2:] == _marks_as_written(text)


def test_marks_reads_a_plain_sentence_with_the_twins(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "NATO said 1,200; the General Staff reported 1,300."
    assert clauses._marks.__wrapped__(text)[2:] == ([0], [21])
    monkeypatch.setattr(clauses, "OTHER_SOURCE_LOWER", re.compile(r"(?!)"))
    assert clauses._marks.__wrapped__(text)[2:] == ([], [21])  # only the twin was asked
    assert clauses._marks.__wrapped__(text + " \u017f")[2:] == ([0], [21])  # not plain: as written


TWINS = ["RUSSIAN_SIDE", "UKRAINE_AGENT", "UKRAINE_LOSER", "OTHER_SOURCE", "UKRAINE_SOURCE", "GENERAL_STAFF"]


def test_the_patterns_without_re_i_match_alike_on_the_development_articles(shared_data: Path) -> None:
    sentences = 0
    for path in sorted((shared_data.parent / "articles").glob("*.txt")):
        text = clean_text(path.read_text(encoding="utf-8")).text
        for s in read_structure(text, "en").sentences:
            window = text[s.start : s.end]
            if not patterns._PLAIN_CASES.fullmatch(window):
                continue
            sentences += 1
            for name in TWINS:
                as_written, lower = getattr(lexicon, name), getattr(lexicon, f"{name}_LOWER")
                assert _spans(lower, window.lower()) == _spans(as_written, window), (name, window)
    assert sentences > 300  # all 343 sentences of the 25 articles are plain


def _literals(items: object) -> set[str]:
    """Every character a parsed pattern names: literals and the members and bounds of its classes."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        if op in (c.LITERAL, c.NOT_LITERAL):
            found.add(chr(av))
        elif op is c.RANGE:
            found.update(chr(k) for k in range(av[0], av[1] + 1))
        elif op is c.IN:
            found |= _literals(av)
        elif op is c.BRANCH:
            for branch in av[1]:
                found |= _literals(branch.data)
        elif op is c.SUBPATTERN:
            found |= _literals(av[3].data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found |= _literals(av[2].data)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found |= _literals(av[1].data)
        elif op is c.ATOMIC_GROUP:
            found |= _literals(av.data)
    return found


@pytest.mark.parametrize("name", TWINS)
def test_the_twinned_patterns_name_only_plain_lower_case_characters(name: str) -> None:
    """The character check above covers the patterns: each character they name is plain and lower case."""
    from re import _parser  # type: ignore[attr-defined]

    pattern = getattr(lexicon, name)
    lower = getattr(lexicon, f"{name}_LOWER")
    assert lower.pattern == pattern.pattern and lower.flags == pattern.flags & ~re.I
    chars = _literals(_parser.parse(pattern.pattern, pattern.flags).data)
    assert chars and all(ch in PLAIN and ch == ch.lower() for ch in chars), sorted(ch for ch in chars if ch not in PLAIN)
