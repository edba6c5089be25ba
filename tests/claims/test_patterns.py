"""The lead guard: a lookahead on a pattern's possible first characters, same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrition.claims import dates, scope
from attrition.claims.lexicon import (
    LOCATION,
    RUSSIAN_SIDE,
    STREAK_CUE,
    UKRAINE_AGENT,
    UKRAINE_LOSER,
)
from attrition.claims.patterns import lead_guard

ROOT = Path(__file__).parents[2]


def _texts(articles: Path) -> list[str]:
    corpus = (ROOT / "tests" / "claims" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in corpus if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]
    return texts


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


WIDE = [RUSSIAN_SIDE, UKRAINE_AGENT, UKRAINE_LOSER, STREAK_CUE, LOCATION,
        *(re.compile(p.pattern, p.flags & ~re.I) for p, _ in dates._PATTERNS)]


def test_the_guarded_patterns_find_the_same_matches_in_real_text(shared_data: Path) -> None:
    texts = _texts(shared_data.parent / "articles")
    assert len(texts) > 190  # the corpus and the real articles
    for pattern in WIDE:
        guarded = lead_guard(pattern)
        assert guarded is not pattern, pattern.pattern[:60]  # each of them can be guarded
        for text in texts:
            for t in (text, text.lower()):
                assert _matches(guarded, t) == _matches(pattern, t), pattern.pattern[:60]


def test_the_readers_use_the_guarded_patterns() -> None:
    assert all(p.pattern.startswith("(?=[") for p, _ in dates._LOWER_PATTERNS)
    assert all(p.pattern.startswith("(?=[") for p in (*scope._RU_SIDE, scope._UA_LOSER))


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
