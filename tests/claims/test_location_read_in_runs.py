"""LOCATION read in its runs of alternatives (extract's places): the places the pattern as written finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from attrition.claims import lexicon
from attrition.claims.patterns import alternation_spans, lowered, original

from .real_texts import real_sentences


def _in_runs(sentence: str) -> list[tuple[int, int]]:
    low = lowered(sentence)
    assert low is not None
    return alternation_spans([(lexicon.LOCATION_LOWER, low), (lexicon.LOCATION_CAPITALS, sentence),
                              (lexicon.LOCATION_UNITS_LOWER, low), (lexicon.LOCATION_ABBREVIATIONS, sentence)])


def test_location_is_the_alternation_of_its_alternatives() -> None:
    assert original(lexicon.LOCATION).pattern == "|".join(s for s, _ in lexicon._LOCATION_ALTERNATIVES)


@pytest.mark.parametrize("sentence", [
    "Near Zarichne and IN THE VICINITY OF Kupiansk, on the Huliaipole front, Russia lost 1,200 troops.",
    "Пресслужба ООС повідомила: ОТУ «Схід», оту, ОСУВ «Хортиця» та Осув знищили 40 окупантів.",
    "In A Single Attack near Bakhmut; під час атаки ПІД БАХМУТОМ; в районі міста; Об'єднаних сил.",
    "Сили оборони півдня, Оперативне командування «Південь» і в районі відповідальності: 115 окупантів.",
    "In the town of Avdiivka, Near The Front, the AREA OF RESPONSIBILITY of the Tavria group.",
])
def test_the_runs_find_the_places_of_the_pattern_as_written(sentence: str) -> None:
    written = [m.span() for m in lexicon.LOCATION.finditer(sentence)]
    assert written  # each sentence names places
    assert _in_runs(sentence) == written


def test_on_every_plain_sentence_the_runs_find_the_places_of_the_pattern_as_written(shared_data: Path) -> None:
    found = 0
    for sentence in real_sentences(shared_data.parent / "articles"):
        if lowered(sentence) is None:
            continue
        written = [m.span() for m in lexicon.LOCATION.finditer(sentence)]
        assert _in_runs(sentence) == written, sentence
        found += len(written)
    assert found >= 15


@pytest.mark.parametrize("text", ["abc", "xabcab", "bab", "ababc b", "", "cab"])
def test_the_first_alternative_that_matches_where_several_do_is_the_alternation_s(text: str) -> None:
    upper = text.upper()
    parts = [(re.compile("ab"), text), (re.compile("ABC|B"), upper), (re.compile("b|ca"), text)]
    assert alternation_spans(parts) == [m.span() for m in re.finditer("ab|abc|b|ca", text)]
