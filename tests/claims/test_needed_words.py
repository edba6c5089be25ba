"""The needed words of a pattern (patterns.needed): every match holds one, so a span without them is not scanned."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrition.claims import dates, patterns
from attrition.claims.patterns import needed_words

from .real_texts import real_texts


@pytest.mark.parametrize(("source", "flags", "words"), [
    (r"\bsince\s+\d", 0, ("since",)),
    (r"\b(?:in|during)\s+(?:may|june)\b", 0, ("june", "may")),  # the rarer part: the month, not "in"
    (r"(?:from\s+)?(?P<mon>april|apr)\s+\d", 0, ("apr",)),  # "april" holds "apr": one test
    (r"(?:ab)+c|x(?:yz){2}", 0, ("ab", "yz")),
    (r"(?:since)?\s*\d+", 0, ()),  # an optional word is not needed
    (r"since|\d+", 0, ()),  # an alternative without a word
    (r"since", re.I, ()),  # case-insensitive: not told
    (r"(?i:since)\s+then", 0, ("then",)),
    (r"a(?=bcd)", 0, ("a",)),  # a lookahead consumes nothing
])
def test_the_needed_words_are_read_from_the_pattern(source: str, flags: int, words: tuple[str, ...]) -> None:
    assert needed_words(source, flags) == words


@given(st.text(alphabet="abcdijnsy 12-", max_size=40))
def test_every_match_holds_a_needed_word(text: str) -> None:
    for source in (r"\b(?:ab|cd)\s*\d", r"(?:in\s+)?(?:days?|nights?)\b", r"y(?:es|a)+\b|\bsn\d", r"a[bc]{2}d|ij"):
        words = needed_words(source, 0)
        assert words
        for m in re.finditer(source, text):
            assert any(w in m.group() for w in words), (source, m.group())


def test_every_stored_needed_word_is_the_one_computed_from_its_pattern() -> None:
    # claims/leads.py holds them with the lead guards (regenerate both with patterns.write_leads())
    from attrition.claims.leads import NEEDS

    assert len(patterns.NEEDED) >= len(dates._PATTERNS)
    assert patterns.needs_table() == NEEDS
    assert sum(1 for words in NEEDS.values() if words) > 60


def test_the_date_patterns_find_the_same_times_in_real_text_without_scanning_every_sentence(
        shared_data: Path) -> None:
    texts = real_texts(shared_data.parent / "articles")
    assert len(texts) > 190
    skipped = 0
    for text in texts:
        low = dates._lower_same_length(text)
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+", text))
        dates._matches.cache_clear()
        found = [(m.span(), m.re.pattern) for m, _ in dates._matches(text, spans)]
        every = [(m.span(), p.pattern) for a, b in spans for p, _ in dates._LOWER_PATTERNS
                 for m in p.finditer(low, a, b) if m.group().strip()]
        every += [(m.span(), m.re.pattern) for a, b in spans for m in dates._ago_matches(low, a, b)]
        assert sorted(found) == sorted(every)
        for (pattern, _), words in zip(dates._LOWER_PATTERNS, dates._NEEDED, strict=True):
            for a, b in spans:
                if words and not any(w in low[a:b] for w in words):
                    skipped += 1
                    assert pattern.search(low, a, b) is None
    dates._matches.cache_clear()
    assert skipped > 1000  # the words pass over most sentences
