"""A clause is searched for a streak cue only when it holds a streak word (kinds.Cues.streak, lexicon.STREAK_WORD).

The cue tries every position of the clause; the words are a cheap first look. Exact only if
every match of the cue holds one of the words: held here on every alternative of the cue, on
odd spellings, on the development articles and the corpora, and on random texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims.kinds import Cues
from attrition.claims.lexicon import STREAK_CUE, STREAK_WORD

HERE = Path(__file__).parent

# one phrase per alternative of the cue, as published (EN/UK), and in odd case or spelling
STREAKS = [
    ("for the 12th consecutive day", 12),
    ("for the 3rd straight day", 3),
    ("for 4 successive days", 4),
    ("for the tenth day in a row", 10),
    ("the 15th straight day in a row", 15),
    ("7 days in a row", 7),
    ("вже третю добу поспіль", 3),
    ("поспіль 5 днів", 5),
    ("for 6 days running", 6),
    ("9 days in succession", 9),
    ("8 days on end", 8),
    ("11 days straight", 11),
    ("FOR THE 12TH CONSECUTIVE DAY", 12),
    ("ВЖЕ ТРЕТЮ ДОБУ ПОСПІЛЬ", 3),
    ("for 6 days ſtraight", 6),  # long s: the same letter as s for both patterns (re.I)
    ("7 days in a ROW", 7),
]


@pytest.mark.parametrize(("phrase", "days"), STREAKS)
def test_every_form_of_a_streak_is_still_read(phrase: str, days: int) -> None:
    text = f"Russia lost 1,200 soldiers, {phrase}."
    cues = Cues(text, "Russia lost ", text)
    assert cues.streak is not None and cues.streak["streak_days"] == days  # fails if a word is missing


def _texts() -> list[str]:
    texts = [p for p, _ in STREAKS]
    for name in ("corpus.jsonl", "heldout.jsonl"):
        texts += [json.loads(line)["text"] for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line]
    return texts


def _cue_matches_hold_a_word(text: str) -> None:
    for m in STREAK_CUE.finditer(text):
        assert STREAK_WORD.search(m.group()) is not None, m.group()
    if STREAK_WORD.search(text) is None:
        assert STREAK_CUE.search(text) is None


def test_every_streak_cue_in_the_corpora_holds_a_streak_word() -> None:
    texts = _texts()
    assert sum(STREAK_CUE.search(t) is not None for t in texts) >= len(STREAKS)
    for text in texts:
        _cue_matches_hold_a_word(text)


def test_every_streak_cue_in_the_development_articles_holds_a_streak_word(shared_data: Path) -> None:
    for path in sorted((shared_data.parent / "articles").glob("*.txt")):
        _cue_matches_hold_a_word(path.read_text(encoding="utf-8"))


@settings(max_examples=400, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["for", "the", "tenth", "12th", "5", "day", "days", "in", "a", "row", "straight",
                                 "consecutive", "successive", "running", "succession", "on", "end", "поспіль",
                                 "добу", "днів", "вже", "ſ", "K", "-", " ", "  ", "\n", ","]), max_size=14).map(" ".join))
def test_every_streak_cue_in_random_text_holds_a_streak_word(text: str) -> None:
    _cue_matches_hold_a_word(text)
