"""The leading words of a pattern (patterns.starts): every match begins with one, so the pattern is tried only there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrition.claims import dates, patterns
from attrition.claims.patterns import leading_words, matches_at

from .real_texts import real_texts


@pytest.mark.parametrize(("source", "flags", "words"), [
    (r"\bsince\s+\d", 0, ("since",)),
    (r"\b(?:from\s+|between\s+)?(?P<mon>april|apr|may)\s+\d", 0, ("apr", "between", "from", "may")),  # "april": "apr"
    (r"(?:(?:mon|tues)day,?\s+)?\b(?:june|may)", 0, ("june", "may", "mon", "tues")),
    (r"(?<![\d.,])\b20\d\d", 0, ("20",)),  # lookbehinds and \b consume nothing
    (r"(?:ab)+c|x(?:yz){2}", 0, ("ab", "x")),
    (r"\b(?:in)?\s*past", 0, ()),  # a match may begin with a space
    (r"\d+\s+days", 0, ()),  # or a digit
    (r"(?:since)?", 0, ()),  # or be empty
    (r"since", re.I, ()),  # case-insensitive: not told
    (r"(?i:since)\s+then", 0, ()),
    (r"\b(?:у|в|за)\s+\d", 0, ()),  # two one-letter words: more places than the scan behind the lead guard
    (r"\b(?:з|із|від)\s+\d", 0, ("від", "з", "із")),  # one is worth it
])
def test_the_leading_words_are_read_from_the_pattern(source: str, flags: int, words: tuple[str, ...]) -> None:
    assert leading_words(source, flags) == words


_SOURCES = (r"\b(?:ab|cd)\s*\d", r"(?:in\s+)?(?:days?|nights?)\b", r"y(?:es|a)+\b|\bsn\d", r"(?<!a)\bab?(?=\s)",
            r"(?:x|xy)(?:z|yz)")


@given(st.text(alphabet="abcdijnsxyz 12-", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_matches_at_the_leading_words_are_finditers_matches(text: str, pos: int, endpos: int) -> None:
    for source in _SOURCES:
        pattern = re.compile(source)
        words = leading_words(source, 0)
        assert words, source
        for m in pattern.finditer(text):
            assert any(m.group().startswith(w) for w in words), (source, m.group())
        found = [m.span() for m in matches_at(pattern, text, pos, endpos, words, {})]
        assert found == [m.span() for m in pattern.finditer(text, pos, endpos)], source


def test_every_stored_leading_word_is_the_one_computed_from_its_pattern() -> None:
    # claims/leads.py holds them with the lead guards (regenerate all with patterns.write_leads())
    from attrition.claims.leads import STARTS

    assert len(patterns.STARTED) >= len(dates._PATTERNS)
    assert patterns.starts_table() == STARTS
    assert sum(1 for words in STARTS.values() if words) > 45


def test_the_date_patterns_find_the_same_times_in_real_text_trying_only_the_leading_words(
        shared_data: Path) -> None:
    texts = real_texts(shared_data.parent / "articles")
    assert len(texts) > 190
    tried = 0
    for text in texts:
        low = dates._lower_same_length(text)
        for span in re.finditer(r"[^.!?\n]+", text):
            a, b = span.span()
            places: dict[str, list[int]] = {}
            for (pattern, _), words in zip(dates._LOWER_PATTERNS, dates._STARTS, strict=True):
                if words:
                    tried += 1
                    found = [m.span() for m in matches_at(pattern, low, a, b, words, places)]
                    assert found == [m.span() for m in pattern.finditer(low, a, b)], (pattern.pattern, low[a:b])
    assert tried > 30_000
