"""The lead guard: a lookahead on a pattern's possible first characters, same matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrition.claims import dates, lexicon, patterns, scope
from attrition.claims.patterns import lead_guard

from .real_texts import real_texts


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


WIDE = [lexicon.UNGUARDED[name] for name in ("RUSSIAN_SIDE", "UKRAINE_AGENT", "UKRAINE_LOSER", "STREAK_CUE", "LOCATION")] + [
    re.compile(p.pattern, p.flags & ~re.I) for p, _ in dates._PATTERNS]


def test_the_guarded_patterns_find_the_same_matches_in_real_text(shared_data: Path) -> None:
    texts = real_texts(shared_data.parent / "articles")
    assert len(texts) > 190  # the corpus and the real articles
    for pattern in WIDE:
        guarded = lead_guard(pattern)
        assert guarded is not pattern, pattern.pattern[:60]  # each of them can be guarded
        for text in texts:
            for t in (text, text.lower()):
                assert _matches(guarded, t) == _matches(pattern, t), pattern.pattern[:60]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return the pattern a guarded one was made from."""
    source = pattern.pattern
    return re.compile(source[source.index("])(?:") + 5 : -1], pattern.flags)


def test_every_lexicon_pattern_finds_the_same_matches_as_written(shared_data: Path) -> None:
    texts = real_texts(shared_data.parent / "articles")
    guarded = [p for name, p in vars(lexicon).items() if isinstance(p, re.Pattern) and name in lexicon.UNGUARDED]
    guarded += [p for name in ("_HEDGE_RE", "NOT_LOSS_RE", "OUT_UNIT_AFTER_RE", "OUT_BEFORE_RE")
                for _, p in getattr(lexicon, name)]
    assert len(guarded) > 50
    assert sum(p is not lexicon.UNGUARDED.get(n) for n, p in vars(lexicon).items() if n in lexicon.UNGUARDED) > 20
    for pattern in guarded:
        original = lexicon.UNGUARDED.get(next((n for n, v in vars(lexicon).items() if v is pattern), ""))
        if original is None:
            original = _unguarded(pattern) if pattern.pattern.startswith("(?=[") else pattern
        for text in texts:
            for t in (text, text.lower()):
                assert _matches(pattern, t) == _matches(original, t), pattern.pattern[:60]
                for at in range(0, len(t), 97):  # anchored use: .match(text, pos)
                    assert bool(pattern.match(t, at)) == bool(original.match(t, at))


def test_the_readers_use_the_guarded_patterns() -> None:
    assert all(p.pattern.startswith("(?=[") for p, _ in dates._LOWER_PATTERNS)
    assert all(p.pattern.startswith("(?=[") for p in (lexicon.RUSSIAN_SIDE, lexicon.UKRAINE_LOSER, scope.UKRAINE_AGENT))


@pytest.mark.parametrize("source", [
    r"\d*", r"(?:a|b)?", r".x", r"[^a]x", r"(?i)abc", r"x|\b", r"(a)?\1",
])
def test_a_pattern_whose_first_character_cannot_be_told_is_left_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert lead_guard(pattern) is pattern


def test_case_folding_switched_on_inside_a_pattern_is_left_as_it_is() -> None:
    pattern = re.compile(r"(?i:abc)d")
    assert lead_guard(pattern) is pattern


@given(st.text(alphabet="abcxyzABC -1'’\u0439\u0419", max_size=40))
def test_a_guarded_pattern_matches_where_the_pattern_does(text: str) -> None:
    for source, flags in ((r"\b(?:ab|c+)\s*x|\d\w", 0), (r"(?:ab)?c|y(?=z)", re.I), (r"(?<!a)b|й", re.I),
                          (r"(?-i:A)b|[x-z]+1", re.I)):
        pattern = re.compile(source, flags)
        guarded = lead_guard(pattern)
        assert guarded is not pattern
        assert _matches(guarded, text) == _matches(pattern, text)
        assert bool(guarded.match(text)) == bool(pattern.match(text))


def test_every_stored_lead_guard_is_the_one_computed_from_its_pattern() -> None:
    # claims/leads.py holds each guarded pattern's first characters so that importing the
    # checker does not parse every pattern twice; after editing a pattern, regenerate it with
    # python -c 'from attrition.claims.patterns import write_leads; write_leads()'
    from attrition.claims.leads import LEADS

    assert len(patterns.GUARDED) > 100  # the date patterns and the lexicon's
    assert patterns.lead_table() == LEADS  # none missing, none wrong, none stale
    assert sum(1 for chars in LEADS.values() if chars) > 80


def test_a_guarded_pattern_is_lead_guard_of_the_pattern_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "GUARDED", list(patterns.GUARDED))  # the calls below are not the checker's
    for source, flags in list(patterns.GUARDED):
        pattern = re.compile(source, flags)
        assert patterns.guarded(source, flags) == lead_guard(pattern)
        assert patterns.original(patterns.guarded(source, flags)) == pattern


def test_a_pattern_not_in_the_stored_table_is_guarded_all_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "GUARDED", [])
    source = r"\b(?:zebra|quagga)\s+\d+"
    assert patterns.guarded(source, re.I) == lead_guard(re.compile(source, re.I))
    assert patterns.guarded(source, re.I).pattern.startswith("(?=[")
