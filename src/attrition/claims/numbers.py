"""Numbers as journalists write them, in English and Ukrainian, with their implied rounding.

Owns finding every number in a text: digits with any thousands separator ("798,040",
"793 250", "1 311 180"), decimals with a multiplier ("1.5k", "1,5 тис.", "1.25 million"),
multipliers ("800 thousand", "700 тис.", "млн"), the split form "753 тисяч 370", number
words ("one million", "half a million", "шість", "мільйон") and ordinals ("tenth",
"десятий"). Each number carries ``step``: the rounding its spelling implies (800,000 →
100,000; 1.5k → 100; 798,040 → 10). No I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from attrition.claims.lexicon import hedge_before

APOSTROPHES = "'’ʼ`"


@dataclass(frozen=True)
class NumberSpan:
    """One number found in a text."""

    value: int
    start: int
    end: int
    text: str
    step: int  # the rounding unit the spelling implies (1 for "1,553")
    is_word: bool = False  # spelled in words ("six", "мільйон")
    has_multiplier: bool = False  # "k", "thousand", "тис.", "million"
    is_year_like: bool = False  # 4 digits 1900-2099 written without a separator


_SEP = r"[,\u00a0\u202f\u2009 ]"
_MULT_WORDS: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "thousands": 1_000, "тис": 1_000, "тисяч": 1_000,
    "тисячі": 1_000, "тисяча": 1_000, "тисячу": 1_000, "тисячам": 1_000, "тыс": 1_000,
    "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "million": 1_000_000,
    "millions": 1_000_000, "млн": 1_000_000, "мільйон": 1_000_000, "мільйона": 1_000_000,
    "мільйонів": 1_000_000, "мільйони": 1_000_000,
    "bn": 1_000_000_000, "billion": 1_000_000_000, "млрд": 1_000_000_000,
    "мільярд": 1_000_000_000, "мільярда": 1_000_000_000, "мільярдів": 1_000_000_000,
}
_LONG_MULT = (
    r"(?:mln|thousands?|millions?|billion|тис|тисяч[аіу]?|тисячам|тыс|млн|млрд|"
    r"мільйон(?:а|ів|и)?|мільярд(?:а|ів)?)"
)
_DIGITS = re.compile(
    rf"(?<![\w.,])(?P<int>\d{{1,3}}(?:(?P<sep>{_SEP})\d{{3}})(?:(?P=sep)\d{{3}})*(?!\d)|\d+)"
    rf"(?:(?P<dec>[.,])(?P<frac>\d+))?"
    rf"(?:[\s\u00a0-]?(?P<mult>(?i:{_LONG_MULT}))\.?(?!\w)|(?P<short>[kK]|m|mn|bn)(?!\w))?",  # "1-million" too
)
# The spaces before the tail are read from the start of their run only ((?<!\s), possessive): it
# is matched just after a number word (never after a space), and a search from every space of a
# long run re-read the run to its end (quadratic in isolation, issue 14's audit).
_TAIL = re.compile(r"(?<!\s)\s++(\d{1,3})(?![\d.,]?\d)(?!\s*+(?:тис|млн))")
# After the abbreviation's dot only a group of three digits ("8 тис. 815"): "5 тис. 12 танків"
# would be a sentence end before a count, which a three-digit group never is in our lists.
_TAIL_DOTTED = re.compile(r"(?<!\s)[ \u00a0\u202f]++(\d{3})(?![\d.,]?\d)(?!\s*+(?:тис|млн))")
_TAIL_MILLION = re.compile(  # "1 мільйон 209 880"
    r"(?<!\s)\s++(\d{1,3}(?:[ \u00a0\u202f]\d{3})?)(?![\d.,]?\d)(?!\s*+(?:тис|млн|thousand))"
)
# "1 мільйона 137 тисяч", "1 млн 137 тис.": the thousands after the millions, in words of their own
_TAIL_MILLION_THOUSANDS = re.compile(
    r"(?<!\s)\s++(\d{1,3})(?![\d.,]?\d)\s*+(?:тисяч[аіу]?|тис\.?|thousand)(?!\w)"
)

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_UNITS_UK = {
    "один": 1, "одна": 1, "одне": 1, "одну": 1, "одного": 1, "одній": 1, "одним": 1,
    "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
    "пять": 5, "пяти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "вісім": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14,
    "пятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18,
    "девятнадцять": 19, "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30,
    "сорок": 40, "сорока": 40, "пятдесят": 50, "шістдесят": 60, "сімдесят": 70,
    "вісімдесят": 80, "девяносто": 90, "сто": 100, "двісті": 200, "триста": 300,
    "чотириста": 400, "пятсот": 500, "шістсот": 600, "сімсот": 700, "вісімсот": 800,
    "девятсот": 900,
}
_UNITS = {**_UNITS_EN, **_UNITS_UK}
_HUNDRED = {"hundred": 100, "сотні": 100, "сотень": 100, "сотню": 100}  # "дві сотні" = 200
_SCALES = {k: v for k, v in _MULT_WORDS.items() if len(k) > 3 or k in {"тис", "млн", "млрд"}}

_ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_ORDINAL_STEMS_UK = {
    "перш": 1, "друг": 2, "трет": 3, "четверт": 4, "пʼят": 5, "пят": 5, "шост": 6,
    "сьом": 7, "восьм": 8, "девʼят": 9, "девят": 9, "десят": 10, "одинадцят": 11,
    "дванадцят": 12, "тринадцят": 13, "чотирнадцят": 14, "пʼятнадцят": 15, "пятнадцят": 15,
    "шістнадцят": 16, "сімнадцят": 17, "вісімнадцят": 18, "девʼятнадцят": 19,
    "девятнадцят": 19, "двадцят": 20, "тридцят": 30,
}
_WORD = re.compile(r"[A-Za-zА-Яа-яІіЇїЄєҐґ'’ʼ`]+(?:-[A-Za-zА-Яа-яІіЇїЄєҐґ]+)?")


_NO_APOSTROPHES = str.maketrans("", "", APOSTROPHES)


def case_key(word: str) -> str:
    """Return a word a case-insensitive pattern (re.I) matched in its table's lower-case spelling.

    Case folding, with a dotted or dotless i read as i: re.I also matches a long s ("thouſand")
    and both i's ("mıllion", "mİllion"), which lower() leaves as they are (a table KeyError).
    """
    return word.casefold().replace("i\u0307", "i").replace("ı", "i")


def fold_word(word: str) -> str:
    """Return ``word`` lower-cased with apostrophes removed (for the word tables)."""
    return word.casefold().translate(_NO_APOSTROPHES)


def _step_of(digits: str) -> int:
    stripped = digits.rstrip("0")
    return 10 ** (len(digits) - len(stripped)) if stripped else 1


_MAX_DIGITS = 15  # no loss figure is longer; a longer run of digits is an identifier or noise


def _parse_digits(match: re.Match[str], text: str) -> NumberSpan | None:
    raw_int = match.group("int")
    if not raw_int.isdecimal():  # digits alone have no separator to take out (and need no pattern)
        raw_int = re.sub(_SEP, "", raw_int)
    frac = match.group("frac")
    if len(raw_int) > _MAX_DIGITS or (frac is not None and len(frac) > _MAX_DIGITS):
        return None
    mult = match.group("mult") or match.group("short")
    scale = _MULT_WORDS[case_key(mult).rstrip(".")] if mult else None
    end = match.end("mult") if match.group("mult") else match.end("short") if mult else (
        match.end("frac") if frac else match.end("int")
    )
    if frac is None and scale is not None and scale >= 1_000_000 and match.group("sep") == "," \
            and mult[:1].casefold() == "м" and match.group("int").count(",") == 1:
        # "1,175 млн": before a Ukrainian "млн", "мільйона", "млрд" the comma is the decimal one
        # (1.175 million); a thousands group before them is no count
        raw_int, frac = match.group("int").split(",")
    if frac:
        if scale is None:
            # "1.950" without a multiplier is a thousands group (European style); "1.5" is no count
            if len(frac) != 3 or match.group("sep") is not None:
                return None
            raw_int, frac = raw_int + frac, ""
        else:
            value = round(float(f"{raw_int}.{frac}") * scale)
            significant = frac.rstrip("0")
            step = max(1, scale // 10 ** len(significant)) if significant else scale * _step_of(raw_int)
            return NumberSpan(value, match.start(), end, text[match.start() : end], step,
                              has_multiplier=True)
    value = int(raw_int)
    step = _step_of(raw_int)
    if scale is not None:
        value *= scale
        step *= scale
        tail = None
        if match.group("mult") and scale in {1_000, 1_000_000}:
            tail = (_TAIL if scale == 1_000 else _TAIL_MILLION).match(text, end)
            if tail is None and scale == 1_000_000:
                thousands = _TAIL_MILLION_THOUSANDS.match(text, end)
                if thousands is not None:  # "1 мільйона 137 тисяч" (a further "690" read below)
                    value += int(thousands.group(1)) * 1_000
                    step, end = 1_000, thousands.end()
                    tail = (_TAIL_DOTTED if text.startswith(".", end - 1) else _TAIL).match(text, end)
            if tail is None and scale == 1_000 and text.startswith(".", end):
                tail = _TAIL_DOTTED.match(text, end + 1)  # "646 тис. 400" (UNIAN's lists)
        if tail:  # "753 тисяч 370", "1 мільйон 209 880"
            value += int(re.sub(r"\D", "", tail.group(1)))
            step = _step_of(str(value))
            end = tail.end()
    year_like = scale is None and len(raw_int) == 4 and match.group("sep") is None and (
        1900 <= value <= 2099
    )
    return NumberSpan(value, match.start(), end, text[match.start() : end], step,
                      has_multiplier=scale is not None, is_year_like=year_like)


_MILLION_ALONE = {"million", "мільйон", "мільйона"}
# A thousand alone after a hedge is one thousand: "майже тисячу окупантів", "понад тисяча", and "тисячі" after
# a hedge that takes its genitive ("більше тисячі", "близько тисячі"). Elsewhere "тисячі окупантів" is
# "thousands of", and an unhedged "ще тисячу солдатів" a headline's loose "a thousand more": no figure.
_THOUSAND_ALONE = frozenset({"тисяча", "тисячу"})
_THOUSAND_GENITIVE_AFTER = frozenset({"більше", "менше", "близько", "біля", "до"})


def _parse_words(words: list[tuple[int, int, str]], i: int, thousand_alone: bool = False) -> tuple[float, int] | None:
    """Parse a spelled number starting at word ``i``; return (value, index after it).

    ``thousand_alone``: a thousand word at ``i`` is one thousand by itself (a hedge before it).
    """
    n = len(words)

    def at(k: int) -> str:
        return words[k][2] if k < n else ""

    w = at(i)
    if w.startswith("пів") and w[3:] in _SCALES:  # "півмільйона"
        return _SCALES[w[3:]] / 2, i + 1
    if w in {"півтора", "півтори"}:  # "півтори тисячі", "півтора мільйона": one and a half
        return (_SCALES[at(i + 1)] * 1.5, i + 2) if at(i + 1) in _SCALES else None
    if w in {"half", "пів"}:
        k = i + 2 if at(i + 1) in {"a", "an"} else i + 1
        if at(k) in _SCALES:
            return _SCALES[at(k)] / 2, k + 1
        return None
    share = _quarter_of(at, i)
    if share is not None:  # "a quarter of a million", "three quarters of a million", "чверть мільйона"
        return share
    total = 0.0
    current = 0.0
    seen = False
    j = i
    if w in {"a", "an", "the"} and (at(i + 1) in _SCALES or at(i + 1) in _HUNDRED):
        if w == "the" and at(i + 1) not in _MILLION_ALONE:
            return None
        current, seen, j = 1.0, True, i + 1
    while j < n:
        t = at(j)
        if "-" in t and all(part in _UNITS for part in t.split("-")):  # "twenty-one"
            current += sum(_UNITS[part] for part in t.split("-"))
            seen = True
        elif t in _UNITS:
            current += _UNITS[t]
            seen = True
        elif t in _HUNDRED and seen:
            current = max(current, 1) * 100
        elif t in _SCALES and (seen or t in _MILLION_ALONE or (j == i and thousand_alone)):
            total += max(current, 1) * _SCALES[t]
            current = 0
            seen = True
        elif t == "and" and seen and at(j + 1) == "a" and at(j + 2) == "half" and at(j + 3) in _SCALES:
            total += (current + 0.5) * _SCALES[at(j + 3)]
            current = 0
            j += 4
            break
        elif t == "and" and seen and at(j + 1) in _UNITS:
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, j


def _thousand_alone(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Return whether word ``i`` is one thousand by itself: "тисячу" after a hedge, "тисячі" after "більше", ..."""
    w = words[i][2]
    if w == "тисячі":
        return i > 0 and words[i - 1][2] in _THOUSAND_GENITIVE_AFTER
    return w in _THOUSAND_ALONE and hedge_before(text[max(0, words[i][0] - 40) : words[i][0]]) is not None


def _quarter_of(at: Callable[[int], str], i: int) -> tuple[float, int] | None:
    """Parse "(a|one|three) quarter(s) of a million" / "чверть мільйона" at word ``i``: (value, index after)."""
    w = at(i)
    share, k = (0.75, i + 1) if w == "three-quarters" else (0.25, i + 1) if w in _QUARTER else (0.0, i)
    if not share and at(i + 1) in {"quarter", "quarters"} and w in {"a", "one", "three"}:
        share, k = (0.75 if w == "three" else 0.25), i + 2
    if not share:
        return None
    k += at(k) == "of"
    k += at(k) in {"a", "an"}
    return (_SCALES[at(k)] * share, k + 1) if at(k) in _SCALES and at(k) not in _HUNDRED else None


_QUARTER = frozenset({"quarter", "чверть"})

# the words a spelled number can start with (besides "пів…" and units joined by "-"): see _parse_words
_STARTERS = frozenset({*_UNITS, *_MILLION_ALONE, *_QUARTER, "three-quarters", "half", "пів", "a", "an", "the",
                       *_THOUSAND_ALONE, "тисячі"})


def _word_numbers(text: str) -> list[NumberSpan]:
    """Return numbers spelled in words: "six", "one million", "half a million", "мільйон"."""
    out: list[NumberSpan] = []
    words = [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        w = words[i][2]
        if not (w in _STARTERS or w.startswith("пів") or ("-" in w and all(p in _UNITS for p in w.split("-")))):
            # no spelled number starts here
            i += 1
            continue
        parsed = _parse_words(words, i, _thousand_alone(text, words, i))
        if parsed is None or parsed[0] <= 0:
            i += 1
            continue
        raw, j = parsed
        value = int(round(raw))
        start, end = words[i][0], words[j - 1][1]
        if words[i][2] in {"a", "an", "the"}:
            start = words[i + 1][0] if words[i][2] == "the" else start
        step = _step_of(str(value))  # the rounding its digits would imply: "сто" as "100"
        out.append(NumberSpan(value, start, end, text[start:end], step, is_word=True))
        i = j
    return out


def find_numbers(text: str) -> list[NumberSpan]:
    """Return every number in ``text``, digits and words, ordered by position."""
    return list(_numbers_in(text))


@lru_cache(maxsize=4)  # a check reads its whole text's numbers three times (the cap, the dating pass, the real one)
def _numbers_in(text: str) -> tuple[NumberSpan, ...]:
    found: list[NumberSpan] = []
    last_end = -1
    for match in _DIGITS.finditer(text):
        if match.start() < last_end:
            continue
        span = _parse_digits(match, text)
        if span is not None:
            found.append(span)
            last_end = span.end
    # the figures in digits do not overlap and come in order: the one that may overlap a
    # word number is the last that starts before the word ends (one bisect, not a scan)
    starts, ends = [n.start for n in found], [n.end for n in found]
    for word in _word_numbers(text):  # in order, never overlapping each other
        k = bisect_left(starts, word.end)
        if not (k and ends[k - 1] > word.start):
            found.append(word)
    return tuple(sorted(found, key=lambda n: n.start))


def parse_count(word: str) -> int | None:
    """Return the integer a cardinal or ordinal word (or digits, "10th") names, else None."""
    token = fold_word(word.strip())
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th|-?(?:й|а|ий|ій|ої|ого|у|ю|и))?", token)
    if digits:
        return int(digits.group(1))
    if token in _UNITS:
        return _UNITS[token]
    if token in _ORDINALS_EN:
        return _ORDINALS_EN[token]
    for stem, value in sorted(_ORDINAL_STEMS_UK.items(), key=lambda kv: -len(kv[0])):
        if token.startswith(fold_word(stem)) and len(token) - len(fold_word(stem)) <= 3:
            return value
    return None
