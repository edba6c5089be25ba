"""Stage 1: paragraphs and sentences; no claim's span crosses either."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from attrition.claims import check_text, document
from attrition.claims.document import MAX_SENTENCE, read_structure
from attrition.model.series import LossSeries

# Real published text (Newsweek, 3 Dec 2024: ../shared/articles/2024-12-03_en_newsweek.txt)
NEWSWEEK = (
    "In its most recent daily Russian losses update on X, formerly known as Twitter, Ukraine’s "
    "Ministry of Defense noted that Russia lost 745,700 personnel since the beginning of the war in "
    "February 2022, with 1,760 of those losses taking place on December 3.\n"
    "Kyiv launched a surprise incursion into Kursk in early August, and Russia has struggled to peel "
    "back Ukraine’s most significant advance into Russian territory."
)


def test_a_paragraph_break_always_ends_a_sentence() -> None:
    doc = read_structure(NEWSWEEK, "en")
    assert len(doc.paragraphs) == 2
    assert all("\n" not in doc.sentence_text(s) for s in doc.sentences)


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "As of Sept. 4, Russia had lost 49,500 troops, the General Staff said. Tanks: 2,077."
    spans = [text[s.start : s.end] for s in read_structure(text, "en").sentences]
    assert spans == ["As of Sept. 4, Russia had lost 49,500 troops, the General Staff said.", "Tanks: 2,077."]


def test_ukrainian_sentences_are_cut_after_a_full_stop_not_after_thousands() -> None:
    text = "Втрати становлять близько 33 350 тис. осіб. Танків знищено 1 483."
    spans = [text[s.start : s.end] for s in read_structure(text, "uk").sentences]
    assert spans == ["Втрати становлять близько 33 350 тис. осіб.", "Танків знищено 1 483."]


def test_an_endless_sentence_is_cut_so_that_every_stage_stays_linear() -> None:
    doc = read_structure("1,000 " * 2000, "en")
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE


def test_no_claim_span_crosses_a_sentence_in_the_newsweek_seed_article(
    shared_data: Path, petro_series: dict[str, LossSeries]
) -> None:
    path = shared_data.parent / "articles" / "2024-12-03_en_newsweek.txt"
    body = "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("# "))
    report = check_text(body, petro_series)
    doc = read_structure(body, "en")
    for v in report.verdicts:
        assert any(s.start <= v.claim.start and v.claim.end <= s.end for s in doc.sentences), v.claim.quote


@pytest.mark.parametrize("text", [
    "2023: " + "a" * 60 + "\n" + " " * 190_000 + "2024: b",
    ("2023: " + "a" * 60 + "\n  ") * 2_500,
    ("2023: " + "a" * 60 + "\n" + " " * 1_000) * 190,
])
def test_list_lines_after_long_runs_of_spaces_are_split_in_linear_time(text: str, time_bound: Any) -> None:
    """Issue 14 (the regex audit's growth check): _ITEM (``\\s*\\d{1,4}\\s*[:.)]\\s``) is quadratic
    when searched from every space of a run, but the document matches it only at a line's
    start and just after a line break (one scan of the spaces there): 200,000 characters
    take < 0.01 s."""
    with time_bound(5.0):
        spans = document.sentence_spans(text)
    assert spans


# --- the sentence spans found without a pattern per sentence (document._sentences_with_char_spans) ---

def _stock_spans(text: str, sentences: list[str]) -> list[tuple[str, int, int]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    seg.original_text = text
    return [(s.sent, s.start, s.end) for s in pysbd.Segmenter.sentences_with_char_spans(seg, sentences)]


def _our_spans(text: str, sentences: list[str]) -> list[tuple[str, int, int]]:
    seg = document._segmenter("en")
    seg.original_text = text
    return [(s.sent, s.start, s.end) for s in seg.sentences_with_char_spans(sentences)]


def test_the_segmenter_places_sentences_without_compiling_a_pattern_for_each() -> None:
    import pysbd

    assert pysbd.__version__ == document._PYSBD_SPANS_OF  # else the stock method runs, unchanged
    assert type(document._segmenter("en")).sentences_with_char_spans is document._sentences_with_char_spans
    re.purge()
    text = "Russia lost 1,200 troops on Monday. It lost 1,300 on Tuesday! Then 1,400?\u00a0 Then 1,500."
    assert len(document._segmenter("en").segment(text)) == 4
    assert not any("1,300" in str(key) for key in re._cache)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "sentences"), [
    ("A b. A b. C.", ["A b.", "A b.", "C."]),  # a repeated sentence is placed after the previous one
    ("A.  \n\u00a0\u2009\x85B.", ["A.", "B."]),  # any white space after a sentence is its own
    ("A. B. C.", ["A.", "X.", "C."]),  # a sentence not in the text is left out
    ("aaa", ["a", "a", "a", "a"]),  # overlapping candidates: matches do not overlap
    ("ab ab", ["ab ab", "ab"]),  # a later sentence already covered is searched after the span
    ("baaaa", ["baa", "aa"]),  # the search goes on after each match's end: (3, 5), not (2, 4)
    ("x  y", ["", "y"]),  # an empty sentence: pysbd's own search
])
def test_sentence_spans_equal_pysbd_s_own(text: str, sentences: list[str]) -> None:
    assert _our_spans(text, sentences) == _stock_spans(text, sentences)


def test_sentence_spans_equal_pysbd_s_own_on_any_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["a", "b", "ab", " ", "  ", "\n", ".", "!", "\u00a0", "\x85", "\x1c", "Mr.", "1,2"])
    texts = st.lists(pieces, max_size=12).map("".join)

    @settings(max_examples=400, derandomize=True, database=None)
    @given(texts, st.lists(texts, max_size=6))
    def check(text: str, sentences: list[str]) -> None:
        assert _our_spans(text, sentences) == _stock_spans(text, sentences)

    check()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_segmenting_the_development_articles_gives_pysbd_s_own_sentences(shared_data: Path, lang: str) -> None:
    import pysbd

    stock = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    paragraphs = 0
    for path in sorted((shared_data.parent / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for p0, p1 in document._paragraphs(text):
            assert document._segmenter(lang).segment(text[p0:p1]) == stock.segment(text[p0:p1])
            paragraphs += 1
    assert paragraphs > 250
