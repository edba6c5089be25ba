"""Stage 1 of the checker: the document's structure — headline, paragraphs and sentences.

Owns cutting clean text into paragraphs (a blank line, a list line or a new line that
does not continue hard-wrapped prose) and each paragraph into sentences with a maintained
segmenter (pysbd: English rules for English, its Cyrillic rules for Ukrainian and
Russian), so that no claim's span ever crosses a sentence or a paragraph. A sentence is
capped at :data:`MAX_SENTENCE` characters (split at a space), which keeps every later
stage linear in the length of the text whatever the input. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pysbd

MAX_SENTENCE = 1_200  # characters; real sentences are far shorter, pathological input is cut
_SEGMENTED = 6_000  # paragraphs longer than this are no prose: cut by punctuation only

_BREAK = re.compile(r"\n\s*")
_LIST_START = "-•*·–—"


@dataclass(frozen=True)
class Sentence:
    """One sentence: its bounds in the clean text and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


FIGURES = "figures"  # Document.memo key: find_numbers(text) as a tuple, set by check_text (found once a check)


@dataclass(frozen=True)
class Document:
    """Clean text cut into paragraphs and sentences; ``headline`` is the first paragraph when it is one."""

    text: str
    lang: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    headline: tuple[int, int] | None = None
    stamp: tuple[int, int] | None = None  # the dateline or byline date: no claim's time reference
    # What a reader finds in this document whatever the as-of date, kept by the reader's name:
    # the dating pass and the real pass of one check read the same document (a new one, as
    # ``dataclasses.replace`` makes, starts empty).
    memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def sentence_text(self, s: Sentence) -> str:
        """Return the text of one sentence."""
        return self.text[s.start : s.end]

    def is_list_item(self, paragraph: int) -> bool:
        """Return whether paragraph ``paragraph`` is a list item: a line opening with a bullet ("- ", "• ")."""
        p0, p1 = self.paragraphs[paragraph]
        return p1 > p0 + 1 and self.text[p0] in _LIST_START and self.text[p0 + 1].isspace()


def read_structure(text: str, lang: str) -> Document:
    """Return ``text`` (clean text) cut into paragraphs and sentences."""
    paragraphs = _paragraphs(text)
    out: list[Sentence] = []
    for k, (p0, p1) in enumerate(paragraphs):
        for s0, s1 in (piece for span in _split_paragraph(text, p0, p1, lang) for piece in _signed_run_on(text, *span)):
            for c0, c1 in _cap(text, s0, s1):
                out.append(Sentence(c0, c1, k))
    headline = paragraphs[0] if paragraphs and _is_headline(text, *paragraphs[0]) and len(paragraphs) > 1 else None
    return Document(text, lang, tuple(paragraphs), tuple(out), headline)


def sentence_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence of ``text``."""
    return [(s.start, s.end) for s in read_structure(text, lang).sentences]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the paragraphs: lines, except a single break inside hard-wrapped prose."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group().count("\n") == 1 and _continues(text, start, m):
            continue
        if text[start : m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


_ITEM = re.compile(r"\s*\d{1,4}\s*[:.)]\s")  # a list line opening "2024: ", "3. ", "12) "


def _continues(text: str, start: int, m: re.Match[str]) -> bool:
    """Return True for a line break inside hard-wrapped prose (long line, no closing stop)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line = text[max(line_start, start) : m.start()].rstrip()
    after = text[m.end() : m.end() + 1]
    if _ITEM.match(line) and _ITEM.match(text, m.end()):
        return False  # "2023: ..." then "2024: ...": the lines of a list, each opening alike
    return (len(text[line_start : m.start()].strip()) >= 50 and not line.endswith((".", "!", "?", "…", ":", ";"))
            and bool(after) and after not in _LIST_START and not after.isupper())


def _is_headline(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return len(line) <= 200 and not line.rstrip().endswith((".", ":", ";"))


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    import pysbd

    if getattr(pysbd, "__version__", None) != _PYSBD_SPANS_OF:  # another release: its own span finder
        return pysbd.Segmenter(language=language, clean=False, char_span=False)

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        sentences_with_char_spans = _sentences_with_char_spans

    segmenter = Segmenter(language=language, clean=False, char_span=False)
    segmenter.language_module = _abbreviations_read_once(segmenter.language_module)
    return segmenter


_PYSBD_SPANS_OF = "0.3.4"  # the pysbd release whose Segmenter.sentences_with_char_spans is matched below
_SPACES = re.compile(r"\s*")


def _sentences_with_char_spans(self: Any, sentences: list[str]) -> list[Any]:
    """Place each sentence in the segmented text as pysbd 0.3.4 does, without a pattern per sentence.

    pysbd compiles the sentence, escaped, followed by any white space, for every sentence,
    and takes its first match (left to right, matches not overlapping) that ends after the
    previous sentence's span; here the same match is found with ``str.find`` and one shared
    white-space pattern (:data:`_SPACES`): the same spans (a test compares them), without
    compiling a pattern per sentence (~100 per 5,000-word article).
    """
    import pysbd
    from pysbd.utils import TextSpan

    if not all(sentences):  # an empty sentence is a pattern of white space alone: pysbd's own search
        return pysbd.Segmenter.sentences_with_char_spans(self, sentences)  # type: ignore[no-any-return]
    text: str = self.original_text
    spans: list[Any] = []
    prior_end = 0
    for sent in sentences:
        pos = text.find(sent)
        while pos >= 0:
            end = _SPACES.match(text, pos + len(sent)).end()  # type: ignore[union-attr]
            if end > prior_end:
                spans.append(TextSpan(text[pos:end], pos, end))
                prior_end = end
                break
            pos = text.find(sent, end)  # the next match starts after this one
    return spans


def _abbreviations_read_once(language: Any) -> Any:
    """Return pysbd 0.3.4's ``language`` rules with :func:`_search_for_abbreviations` as its abbreviation loop."""
    stock = language.AbbreviationReplacer.search_for_abbreviations_in_string
    strips = tuple(abbr.strip() for abbr in language.Abbreviation.ABBREVIATIONS)
    found: dict[str, re.Pattern[str]] = {}

    def search(self: Any, text: str) -> str:
        return _search_for_abbreviations(self, text, stock, strips, found)

    replacer = type("AbbreviationReplacer", (language.AbbreviationReplacer,),
                    {"search_for_abbreviations_in_string": search})
    return type(language.__name__, (language,), {"AbbreviationReplacer": replacer})


def _search_for_abbreviations(self: Any, text: str, stock: Any, strips: tuple[str, ...],
                              found: dict[str, re.Pattern[str]]) -> str:
    r"""pysbd 0.3.4's ``search_for_abbreviations_in_string`` (one line of the paragraph), with the same result.

    pysbd, for each abbreviation in the line's lower-cased text, finds it after a space
    (``(?:^|\s|\r|\n)abbr``, any case; the abbreviation's '.' is any character) and, for
    each match, replaces the '.' after that matched word (a pattern per match) with '∯' unless
    the next word's first letter, read by ``(?<={abbr} ).{1}``, is upper case. Two things are
    the same work done again: (1) that pattern's braces are literal, so it finds nothing in a
    line without '{' and every match is replaced (a line with '{' runs pysbd's own loop); and
    (2) each replacement turns '.' into '∯' where the matched word, as written, precedes it,
    and no replacement can make another one match where it did not ('∯' is no space, digit or
    letter, and a '.' in the word matches it as well as '.'), so a match whose word was already
    replaced in this line changes nothing and is skipped (a word with other regex syntax,
    which pysbd would read as such, is replaced each time, as pysbd does). The patterns that
    find the abbreviations are compiled once per abbreviation, not looked up per line.
    """
    if "{" in text:
        return stock(self, text)  # type: ignore[no-any-return]
    lowered = text.lower()
    done: set[str] = set()
    for stripped in [s for s in strips if s in lowered]:
        pattern = found.get(stripped)
        if pattern is None:
            pattern = found[stripped] = re.compile(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE)
        for match in pattern.findall(text):
            word = match.strip()
            if word in done:
                continue
            if word.replace(".", "").replace("-", "").isalnum():  # letters, digits, '.', '-': no other syntax
                done.add(word)
            text = self.scan_for_replacements(text, match, 0, ())  # no next word read: replaced
    return text


_END = re.compile(r"[.!?…]")
_DIGIT = re.compile(r"\d")


def _split_paragraph(text: str, p0: int, p1: int, lang: str) -> list[tuple[int, int]]:
    """Return the sentences of one paragraph (pysbd; punctuation rules for non-prose)."""
    para = text[p0:p1]
    if not _END.search(para[:-1]):  # one sentence at most
        return [(p0, p1)]
    if len(para) > _SEGMENTED or not _DIGIT.search(para):
        # no figure to place (or no prose): the light rule is enough and stays fast
        return _punctuation_split(text, p0, p1)
    try:
        segments = _segmenter("en" if lang == "en" else "ru").segment(para)
    except Exception:  # noqa: BLE001 - a segmenter failure must not stop the check
        return _punctuation_split(text, p0, p1)
    out: list[tuple[int, int]] = []
    pos = p0
    for seg in segments:
        piece = seg.strip()
        if not piece:
            continue
        at = text.find(piece, pos, p1)
        if at < 0:  # the segmenter changed the text: fall back
            return _punctuation_split(text, p0, p1)
        if out and _joins(text, out[-1], at):
            out[-1] = (out[-1][0], at + len(piece))
        else:
            out.append((at, at + len(piece)))
        pos = at + len(piece)
    return out or [(p0, p1)]


_ABBREV = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|approx|est|vs|тис|млн|млрд|"
    r"р|рр|ст|грн|од|обл|м|с|вул|ген|ім|див)|\b[A-ZА-ЯІЇЄҐ])\.$", re.I)


def _joins(text: str, prev: tuple[int, int], nxt: int) -> bool:
    """Return True when a cut is wrong: before a comma, or after an abbreviation ("тис.", "Sept.")
    before a small letter or digit."""
    head = text[max(prev[0], prev[1] - 8) : prev[1]]
    first = text[nxt : nxt + 1]
    if first and first in ",;)":  # no sentence begins with a comma: "1110 од., бойових ... – 2686 од."
        return True
    return bool(_ABBREV.search(head)) and (first.islower() or first.isdigit())


# A run of sentence punctuation, read whole (possessive), and the closers and space that make it
# a sentence end (group "end"; a run without them is no end). Each run is read once: the
# pattern "[.!?…]+[\"'»”)\]]*\s+" tried again inside a run, so 200,000 dots took minutes.
_PUNCT = re.compile(r"[.!?…]++(?P<end>[\"'»”)\]]*+\s+)?")


def _punctuation_split(text: str, p0: int, p1: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = p0
    for m in _PUNCT.finditer(text, p0, p1):
        if m.group("end") is None:
            continue
        nxt = text[m.end() : m.end() + 1]
        head = text[max(start, m.start() - 8) : m.start() + 1]
        if _ABBREV.search(head) or nxt.islower() or (nxt.isdigit() and head[-2:-1].isdigit()):
            continue
        if text[start : m.start()].strip():
            out.append(_trim(text, start, m.end()))
        start = m.end()
    if text[start:p1].strip():
        out.append(_trim(text, start, p1))
    return out


# A headline signed by the General Staff and run into the subtitle with no full stop ("... втратили 1,3 тис.
# осіб – Генштаб ЗСУ Із початку повномасштабного вторгнення ..."): the signature ends the headline, and a
# capitalised word after it begins the next sentence
_SIGNED_RUN_ON = re.compile(
    r"\s[–—-]\s*+(?i:генштаб\w*|генеральн\w*\s++штаб\w*|(?:the\s++)?general\s++staff)(?:\s++(?i:зсу|of\s++ukraine))?"
    r"\s++(?=[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’])")


def _signed_run_on(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Cut a sentence after a General Staff signature followed by a capitalised word (see _SIGNED_RUN_ON)."""
    out: list[tuple[int, int]] = []
    for m in _SIGNED_RUN_ON.finditer(text, s0, s1):
        out.append(_trim(text, s0, m.end()))
        s0 = m.end()
    return [*out, (s0, s1)] if out else [(s0, s1)]


def _cap(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Cut a sentence longer than MAX_SENTENCE at spaces, so later stages stay linear."""
    out: list[tuple[int, int]] = []
    while s1 - s0 > MAX_SENTENCE:
        cut = text.rfind(" ", s0 + MAX_SENTENCE // 2, s0 + MAX_SENTENCE)
        cut = cut if cut > s0 else s0 + MAX_SENTENCE
        out.append((s0, cut))
        s0 = cut
        while s0 < s1 and text[s0].isspace():
            s0 += 1
    if s1 > s0:
        out.append((s0, s1))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
