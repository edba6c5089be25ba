"""A case-insensitive pattern read lower-cased: its needed words (the record window's, patterns.needed), the clause twin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from attrition.claims import clauses, kinds
from attrition.claims.patterns import lower_needed_words, lowered

from .real_texts import real_sentences


@pytest.mark.parametrize(("source", "flags", "words"), [
    (r"\bthis\s+year\b|\bцього\s+року\b", re.I, ("this", "цього")),  # the twin's words, lower case
    (r"\bGeneral\s+Staff\b", re.I, ()),  # a capital the lower-cased text never holds: none
    (r"\bthis\s+year\b", 0, ("this",)),  # case-sensitive: as needed_words
])
def test_a_case_insensitive_pattern_needs_its_lower_case_twin_s_words(
        source: str, flags: int, words: tuple[str, ...]) -> None:
    assert lower_needed_words(source, flags) == words


def test_the_record_window_words_are_read_and_a_window_is_still_found() -> None:
    assert "year" in kinds._RECORD_WINDOW_WORDS and "цього" in kinds._RECORD_WINDOW_WORDS
    sentence = "It was the deadliest month this year, with 45,720 casualties."
    assert kinds.record_window_span(sentence, 0) == (None, sentence.index("this year"), sentence.index(","))
    assert kinds.record_window_span("Russia lost 1,200 troops in a day.", 0) is None


def test_every_record_window_lies_in_a_sentence_that_holds_one_of_its_words(shared_data: Path) -> None:
    sentences = real_sentences(shared_data.parent / "articles")
    assert len(sentences) > 500
    found = 0
    for sentence in sentences:
        low = lowered(sentence)
        for m in kinds.RECORD_WINDOW_RE.finditer(sentence):
            found += 1
            assert low is None or any(w in low for w in kinds._RECORD_WINDOW_WORDS), m.group()
    assert found >= 3


def test_the_clause_twin_breaks_a_plain_sentence_where_the_pattern_as_written_does(shared_data: Path) -> None:
    sentences = real_sentences(shared_data.parent / "articles") + [
        "Russia lost 1,200 troops WHILE Ukraine — said nothing; але ТОДІ ЯК втрати зросли, Which is all."]
    breaks = 0
    for sentence in sentences:
        low = lowered(sentence)
        if low is None:
            continue
        written = [m.span() for m in clauses.CLAUSE.finditer(sentence)]
        assert [m.span() for m in clauses.CLAUSE_LOWER.finditer(low)] == written
        breaks += len(written)
    assert breaks > 100
