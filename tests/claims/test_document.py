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


# --- pysbd's abbreviation loop without work done again (document._search_for_abbreviations) ---

def _segment_or_error(segmenter: Any, text: str) -> object:
    try:
        return segmenter.segment(text)
    except Exception as exc:  # noqa: BLE001 - a word pysbd reads as regex syntax may raise: ours must too
        return type(exc)


_ABBREVIATION_PIECES = [
    "No.", "no.", "NO.", " no. ", "p.", "P.", "St.", "st.", "ſt.", "Gen.", "gen.", "Feb.", "Sept.", "fig.",
    "e.g.", "E.G.", "i.e.", "a.m.", "U.S.", "u.s.", "Mr.", "approx.", "Inc.", "vs.", "v.", "al.", "e∯g.",
    "e(g.", "e[g.", "e?g.", "e g.", "p∯", "{p} ", "{", "}", " ", "  ", "\n", "\r", "\t", "\u00a0", ".", "..",
    ":", "1", "12", " 3.", " (", "A", "a", "I", "The", "he", "x", "İ", "K", "?", "!", "“", "”", "'",
    "г.", "тыс.", "Тыс.", "ул.", "м.", "р.", "млн.", "в.", "у.е.", "адм.-терр.", "Москва", "і",
    " No. 3", " no. 4", " p. 5", " P. a", " St. b", " st. 6", " Gen. c", " gen. D", " Ул. 7", " ул. в",
]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_abbreviation_loop_gives_pysbd_s_own_sentences_on_any_text(lang: str) -> None:
    """Texts dense in abbreviations, repeated in any case, next to braces, '∯', regex syntax,
    white space and line breaks: our segmenter's sentences (or its error) equal pysbd's."""
    import pysbd
    from hypothesis import given, settings
    from hypothesis import strategies as st

    stock = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    texts = st.lists(st.sampled_from(_ABBREVIATION_PIECES), max_size=24).map("".join)

    @settings(max_examples=600, derandomize=True, database=None, deadline=None)
    @given(texts)
    def check(text: str) -> None:
        assert _segment_or_error(document._segmenter(lang), text) == _segment_or_error(stock, text)

    check()


@pytest.mark.parametrize("text", [
    "Gen. Smith said No. 3 and no. 4 and No. 5 were hit. gen. staff. Then e.g. p. 12. St. x.",
    "{p} A p. 3. {no} b no. 4 was. No. 7.",  # braces: pysbd reads the next word's case
    "It was e(g. 3 and e(g. 4. Then e[g. 5.",  # a word pysbd reads as regex syntax
    "Це було 3 тыс. р. і 4 тыс. р. у м. Київ. Далі г. Харків.",
])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_abbreviation_loop_gives_pysbd_s_own_sentences(text: str, lang: str) -> None:
    import pysbd

    stock = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    assert _segment_or_error(document._segmenter(lang), text) == _segment_or_error(stock, text)


def test_a_word_already_replaced_in_a_line_is_not_replaced_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """pysbd replaces the period after an abbreviation once per match; a word already replaced
    is skipped (the same word, same case: 'No.' three times is one replacement, 'no.' another)."""
    import pysbd

    assert pysbd.__version__ == document._PYSBD_SPANS_OF
    replacer = document._segmenter("en").language_module.AbbreviationReplacer
    calls: list[str] = []
    stock_scan = replacer.scan_for_replacements

    def counted(self: Any, txt: str, am: str, ind: int, char_array: Any) -> str:
        calls.append(am.strip())
        return stock_scan(self, txt, am, ind, char_array)  # type: ignore[no-any-return]

    monkeypatch.setattr(replacer, "scan_for_replacements", counted)
    text = "No. 1 fell, then No. 2 and no. 3 and No. 4 and no. 5 were hit."
    assert document._segmenter("en").segment(text) == pysbd.Segmenter(language="en", clean=False).segment(text)
    assert sorted(calls) == ["No", "no"]


def test_a_line_with_a_brace_runs_pysbd_s_own_abbreviation_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """pysbd reads the case of the word after '{abbr} ' (its pattern's braces are literal): a line
    with a brace runs pysbd's own loop, a line without one does not."""
    import pysbd

    base = pysbd.abbreviation_replacer.AbbreviationReplacer
    own = base.search_for_abbreviations_in_string
    lines: list[str] = []

    def counted(self: Any, text: str) -> str:
        lines.append(text)
        return own(self, text)  # type: ignore[no-any-return]

    monkeypatch.setattr(base, "search_for_abbreviations_in_string", counted)
    document._segmenter.cache_clear()
    try:
        document._segmenter("en").segment("Then p. 3 and p. 4 fell.")
        assert lines == []
        braced = "See {p} X p. Y said 12. Then p. 3."
        ours = document._segmenter("en").segment(braced)
    finally:
        monkeypatch.undo()
        document._segmenter.cache_clear()
    assert len(lines) == 1 and "{p}" in lines[0]
    assert ours == pysbd.Segmenter(language="en", clean=False).segment(braced)


def test_segmenting_the_test_corpora_gives_pysbd_s_own_sentences() -> None:
    """Every text of tests/claims' corpus and held-out sets, each paragraph, both rule sets."""
    import json

    import pysbd

    here = Path(__file__).parent
    texts = [json.loads(line)["text"] for name in ("corpus.jsonl", "heldout.jsonl")
             for line in (here / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 200
    for lang in ("en", "ru"):
        stock = pysbd.Segmenter(language=lang, clean=False, char_span=False)
        for text in texts:
            for p0, p1 in document._paragraphs(text):
                assert document._segmenter(lang).segment(text[p0:p1]) == stock.segment(text[p0:p1])
