"""Reading one category item of the General Staff loss report: clean-up, labels, numbers.

Owns the patterns of a category line ("танків ‒ 4635 (+7) од,", "personnel ‒ about 190960
(+450) persons were liquidated") and the pure functions that read one item into an
:class:`Item`, raising :class:`~attrition.errors.ParseError` for a garbled figure or an
unknown label. Labels are resolved only through :mod:`attrition.model.categories`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from attrition.errors import ParseError
from attrition.model.categories import Category, alias_slashes, find_category
from attrition.model.records import MAX_TOTAL_DIGITS

SOURCE_NAME = "gs_text"

# --- text clean-up -------------------------------------------------------------------------
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000\u2028\u2029\t\x0b\x0c"
_DELETED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CLEAN = str.maketrans(
    {**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_DELETED), "\u2010": "-", "\u2011": "-"}
)
_DIGIT_SEPARATORS = str.maketrans({" ": None, ",": None, ".": None, "'": None, "\u2019": None})


_NEEDS_CLEAN = re.compile(f"[{_SPACES}{_DELETED}\u2010\u2011]")


def clean_line(line: str) -> str:
    """Return ``line`` with NBSP/thin spaces made plain, zero-width marks dropped, ends stripped."""
    if _NEEDS_CLEAN.search(line) is None:
        return line.strip()
    return line.translate(_CLEAN).strip()


# --- building blocks of the patterns ---------------------------------------------------------
_DASH = r"[-‒–—―−:]"
_NUM = r"(?:\d{1,3}(?:[ ,.'’]\d{3})+(?!\d)|\d+)"
_APPROX_WORD = (
    r"(?:(?i:близько|приблизно|орієнтовно|понад|більше|майже|approximately|approx\.?|about|"
    r"around|roughly|more\s+than|over|almost|orientovno)(?!\w)|[~≈])"
)
# Spaces are taken possessively (\s*+): "\s*/?\s*" inside a repeated group split every run
# of spaces in n+1 ways, so a failing match was exponential in the number of unit words
# (issue 14, 28 s for 12 words); nothing that follows a space here can start with one.
_APPROX = rf"(?P<approx>(?:{_APPROX_WORD}\s*+(?:/\s*+)?)+)?"
_UNIT_WORD = (
    r"(?i:одиниц[іья]|од\.?|units?|pcs\.?|шт\.?|осіб|особи|чоловік|чол\.|людей|persons?|people|"
    r"troops|soldiers|were\s+(?:liquidated|eliminated)|liquidated|eliminated|ліквідовано|знищено|"
    r"destroyed|killed)(?!\w)"
)
_UNITS = rf"(?:{_UNIT_WORD}\s*+(?:/\s*+)?)*"
# what follows the figure: an English note ("Some data are being updated") after a space
# (the lookbehind: the spaces before it are already taken, possessively), closing marks
_AFTER = r"(?P<after>(?<=\s)[A-ZА-ЯІЇЄҐ][^\d]*+)?"
_TRAIL = r"[^\w(]*+"  # closing punctuation, spaces, emoji
# a total is read whole ((?>…) atomic): nothing after it can start with a digit, and giving
# back one digit at a time cost ~15 µs per digit of a 50,000-digit "number" (issue 14 fuzz)
_VALUE_TAIL = (
    rf"{_APPROX}\s*+(?P<total>(?>{_NUM}))\s*+(?P<inc>\([^()]*\))?\s*+\.?\s*+(?P<unit>{_UNITS})"
    rf"{_AFTER}{_TRAIL}$"
)
_VALUE = re.compile(rf"^{_VALUE_TAIL}")
# a category item is read in two steps: what precedes the first digit (label, dash, "about")
# and the figure from the first digit on; no label holds a digit
_APPROX_END = re.compile(
    r"(?:(?i:близько|приблизно|орієнтовно|понад|більше|майже|approximately|approx\.?|about|"
    r"around|roughly|more\s+than|over|almost|orientovno)|[~≈])$"
)
_DASHES = frozenset("-‒–—―−:")
_FIGURE = re.compile(  # the unit may also stand before the increment: "163 units (+1)"
    rf"(?P<total>(?>{_NUM}))(?:\s+(?i:units?|од\.?)(?=\s*\())?\s*+(?P<inc>\([^()]*\))?\s*+\.?\s*+"
    rf"(?P<unit>{_UNITS}){_AFTER}{_TRAIL}$"
)
_INC_INNER = re.compile(
    rf"^\(\s*(?P<sign>[+\-−–])?\s*(?P<n>{_NUM})?(?P<rest>(?:[\s\-–—,]+[^\d()]*)?)\s*\)$"
)
# Whether _INC_INNER matches, decided in one pass (each run read possessively): _INC_INNER splits
# a run of spaces between its four \s parts, so a failing "(" + 160 spaces + "5 5)" took ~2 s
# (issue 14, found by the regex audit); it is run only on text this accepts (same answer:
# property test), where it succeeds at once. No digit outside the figure; without a figure,
# text after a space, or starting with a separator, or a sign followed by a separator.
_INC_SHAPE = re.compile(
    rf"^\((?:\s*+(?:[+\-−–]\s*+)?(?>{_NUM})(?:[\s\-–—,][^\d()]*+)?"
    r"|\s*+(?:[\-–—,][^\d()]*+|[+−](?:[\s\-–—,][^\d()]*+)?|(?<=\s)[^\d()]*+)?)\)$"
)
_NUM_FULL = re.compile(_NUM)
# the first posts of 2022 put the figure first: "217 танків", "30 літаків (інформація уточнюється)";
# the (shortest) label ends where only spaces, a parenthesis and closing marks follow: never on a
# space, nor on one of ".,;" without a parenthesis (a shorter label would do). Said so, the spaces
# after it are read once: "\s*(?P<paren>…)?[\s.,;]*$" split a run of spaces three ways at every
# end the label tried, and a line "7 777 units" + 200,000 spaces + "/9" ran for hours (issue 14)
_NUMBER_FIRST = re.compile(
    rf"^(?P<total>(?>{_NUM}))\s+(?:(?i:одиниц[іья]|units?\s+of)\s+)?(?P<label>[^\W\d_][^\d()]*?)"
    r"(?:(?<![\s.,;])[\s.,;]*+|(?<!\s)\s*+(?P<paren>\([^()]*+\))[\s.,;]*+)$"
)
_PLAIN_INC = re.compile(r"\(\+(\d+)\)")
# unit words closing a garbled figure (dropped for its error message); read possessively and
# searched in the last UNIT_TAIL_WINDOW characters only: tried from the end of every unit word
# of a long run, it re-read the run to its end ("tanks ‒ 5 " + "killed " * 28,000 + "/9" ran
# for hours, issue 14); a real tail is a few words
_UNIT_TAIL = re.compile(rf"(?<!\s)(?:\s*+{_UNIT_WORD})++[\s.,;:]*+$")
UNIT_TAIL_WINDOW = 1_000
_UNIT_ONLY = re.compile(rf"^{_UNITS}{_TRAIL}$")
_BULLET = re.compile(r"^(?:\d{1,2}[.)]\s++)?[^\w(~≈]*+")  # possessive: one split of the spaces
_SEGMENT_END = re.compile(r"[,;](?=\s|$)|\.(?=\s+(?:[^\d\s(]|\d+\s+[^\W\d_]{3}))")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.I)
_LATIN = re.compile(r"[a-z]", re.I)
_SENTENCE_MARK = re.compile(r"[!?]|(?i:втрат|losses)")

# --- lines that are not category lines ------------------------------------------------------
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.I)
WARNING_LINE = re.compile(r"^\W*(?i:warning|attention|увага|важливо)\b")
UPDATING = re.compile(
    r"(?i)\b(?:data|information|figures)\s+(?:are|is)\s+(?:being\s+)?"
    r"(?:updated|clarified|specified|refined)|уточнюют|уточнюєт|підрахунок\s+ускладн"
)
# "найбільш" + the rest of its word, at most 20 characters, never given back (a real ending has
# at most 3: "найбільших"): searched in every prose line, an unbounded rest scanned to the end
# of a run of letters and back at every "найбільш" (a 198,000-letter line took 24 s to parse).
GREATEST = re.compile(
    r"(?i)найбільш\w{0,20}+\s+втрат|(?:greatest|heaviest|biggest|largest|most\s+significant)\s+losses"
)
BROKEN_LABEL_HEAD = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}$")
BROKEN_LABEL_TAIL = re.compile(r"^-[^\W\d_]")


class Item(NamedTuple):
    """One category figure read from a line or an item of a paragraph."""

    category: Category
    total: int
    increment: int | None
    is_approximate: bool
    script: str  # script of the label: "uk", "en" or "uk+en"
    text: str  # the item as printed (cleaned)
    after: str = ""  # a sentence printed after the figure on the same item, if any
    figure_first: bool = False  # the 2022 "217 танків" form


def line_error(
    message: str, *, path: str | None, line_no: int | None, field: str, text: str
) -> ParseError:
    """Return a ParseError of this source naming path, line, field and the offending text."""
    return ParseError(
        message, path=path, line_no=line_no, field=field, input=text, source=SOURCE_NAME
    )


def script_of(text: str) -> str:
    """Return "uk", "en" or "uk+en" for the letters ``text`` uses ("" when it has none)."""
    cyr = _CYRILLIC.search(text) is not None
    lat = _LATIN.search(text) is not None
    return "uk+en" if cyr and lat else "uk" if cyr else "en" if lat else ""


# --- labels and numbers ----------------------------------------------------------------------
@lru_cache(maxsize=4096)
def resolve_label(label: str) -> tuple[Category, ...]:
    """Return the distinct categories a (possibly bilingual "uk / en") label names."""
    cat = find_category(label)
    if cat is None and label.endswith(")") and "(" in label:  # "Armoured personnel vehicles (APV)"
        cat = find_category(label[: label.rindex("(")])
    if cat is not None:
        return (cat,)
    parts = label.split("/")
    found: dict[str, Category] = {}
    # a side with more slashes than any alias names nothing: only the first and last
    # few splits can match (linear in the label; every split was quadratic, issue 14)
    most = alias_slashes()
    for i in range(1, len(parts)):
        sides = ("/".join(parts[:i]) if i - 1 <= most else "",
                 "/".join(parts[i:]) if len(parts) - i - 1 <= most else "")
        for side in sides:
            if side and _LETTER.search(side) and (cat := find_category(side)) is not None:
                found.setdefault(cat.key, cat)
    return tuple(found.values())


@lru_cache(maxsize=4096)
def _label_info(label: str) -> tuple[tuple[Category, ...], str] | None:
    """Return (categories, script) of a label, None when it holds no letter at all."""
    if _LETTER.search(label) is None:
        return None
    return resolve_label(label), script_of(label)


def strip_bullet(text: str) -> str:
    """Return ``text`` without a leading list marker ("- ", "• ", "3) ")."""
    if text[:1].isalpha():
        return text
    return _BULLET.sub("", text, count=1)


def to_int(
    text: str, *, field: str = "total", path: str | None = None, line_no: int | None = None
) -> int:
    """Return the integer a printed number means ("1 311 180", "1,311,180", "57750").

    Raises:
        ParseError: more digits than a total may have (``MAX_TOTAL_DIGITS``).
    """
    digits = text if text.isdigit() else text.translate(_DIGIT_SEPARATORS)
    if len(digits.lstrip("0")) > MAX_TOTAL_DIGITS:
        shown = text if len(text) <= 40 else f"{text[:20]}…({len(text)} characters)"
        raise line_error(f"is too large (a total has at most {MAX_TOTAL_DIGITS} digits)",
                         path=path, line_no=line_no, field=field, text=shown)
    return int(digits)


def read_increment(
    text: str | None, *, field: str, path: str | None, line_no: int | None
) -> int | None:
    """Return the "(+N)" increment (None for "(+)"/none); raise ParseError if it is garbled."""
    if not text:
        return None
    plain = _PLAIN_INC.fullmatch(text)
    if plain is not None:
        return to_int(plain[1], field=field, path=path, line_no=line_no)
    m = _INC_INNER.match(text) if _INC_SHAPE.match(text) else None
    if m is None:
        raise line_error(
            "is not a readable increment",
            path=path,
            line_no=line_no,
            field=field,
            text=text,
        )
    if m["n"] is None:
        return None
    value = to_int(m["n"], field=field, path=path, line_no=line_no)
    return -value if m["sign"] in ("-", "−") else value


def read_value(text: str) -> re.Match[str] | None:
    """Return the match of a label-less value line ("approximately 1 311 180 (+1 070) persons.")."""
    return _VALUE.match(text)


def _looks_like_label(label: str) -> bool:
    return len(label.split()) <= 6 and _SENTENCE_MARK.search(label) is None


def _split_label(head: str) -> tuple[str, str | None, bool]:
    """Split what precedes a figure into label, dash and whether "about"/"близько" was printed."""
    text, is_approximate = head.rstrip(), False
    if text and text[-1] in _DASHES:  # the common "label ‒ 4635": no "about" to look for
        return text[:-1].strip(), text[-1], False
    while text:
        m = _APPROX_END.search(text, max(0, len(text) - 14))
        if m is None or (m.start() and text[m.start() - 1].isalnum()):
            break
        text, is_approximate = text[: m.start()].rstrip(" /"), True
    dash = None
    if text and text[-1] in _DASHES:
        text, dash = text[:-1], text[-1]
    return text.strip(), dash, is_approximate


def read_item(segment: str, *, path: str | None, line_no: int | None) -> Item | None:
    """Return the category figure in ``segment``; None if it is prose; raise if it is garbled.

    An unknown label in front of a dash and a number is an error (field "label"); a known
    label with an unreadable number is an error whose field is the category key.
    """
    text = strip_bullet(segment)
    digit = _DIGIT.search(text)
    if digit is None:
        return None
    first = digit.start()
    label, dash, is_approximate = _split_label(text[:first])
    info = _label_info(label)
    if info is not None and not info[0] and ":" in label:  # "… Forces lost: armored … – 2610"
        info = _label_info(label[label.rindex(":") + 1 :].strip())
    if info is None:
        return None
    cats, script = info
    figure = _FIGURE.match(text, first)
    if figure is not None and len(cats) == 1:
        cat = cats[0]
        return Item(
            cat,
            to_int(figure["total"], field=cat.key, path=path, line_no=line_no),
            read_increment(figure["inc"], field=cat.key, path=path, line_no=line_no),
            is_approximate,
            script,
            segment.strip(),
            (figure["after"] or "").strip(),
        )
    if dash is None or not _looks_like_label(label):
        return None
    rest = text[first:]
    if len(cats) != 1:
        if figure is None and (
            len(rest.split("(")[0].split()) > 4 or _DIGIT.search(rest.split(")")[-1])
        ):
            return None  # prose that happens to hold a dash and a number
        why = "names several categories" if cats else "is not a known category label"
        raise line_error(
            f"{why} (in {segment.strip()!r})", path=path, line_no=line_no, field="label", text=label
        )
    key = cats[0].key
    figure_text = rest.split("(")[0]
    tail = _UNIT_TAIL.search(figure_text, max(0, len(figure_text) - UNIT_TAIL_WINDOW))
    number = (figure_text if tail is None else figure_text[: tail.start()]).strip(" .,;:")
    if _NUM_FULL.fullmatch(number) is None:
        raise line_error("is not a number", path=path, line_no=line_no, field=key, text=number)
    paren = re.search(r"\([^()]*\)?", rest)
    if paren is not None:
        read_increment(paren.group(0), field=key, path=path, line_no=line_no)
    raise line_error(
        "unexpected text after the figure", path=path, line_no=line_no, field=key, text=rest
    )


def read_number_first(text: str, *, path: str | None, line_no: int | None) -> Item | None:
    """Return the item of a figure-first line ("217 танків", "31 вертоліт (…)"); None otherwise."""
    m = _NUMBER_FIRST.match(text)
    if m is None:
        return None
    cat = find_category(m["label"])
    if cat is None or cat.key == "personnel":  # "1 070 осіб" is a headline or value piece
        return None
    paren = m["paren"] or ""
    increment, after = None, ""
    if paren[1:2] in ("+", "-", "−"):
        increment = read_increment(paren, field=cat.key, path=path, line_no=line_no)
    else:
        after = paren.strip("() ")
    total = to_int(m["total"], field=cat.key, path=path, line_no=line_no)
    return Item(cat, total, increment, False, script_of(m["label"]), text, after, True)


def split_items(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the comma/semicolon/sentence-separated items of a line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SEGMENT_END.finditer(text):
        end = m.end() if m.group(0) == "." else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def is_unit_only(text: str) -> bool:
    """Return True for an item that is only a unit left over ("од." after "(+0).")."""
    return _UNIT_ONLY.match(text) is not None


def has_digit(text: str) -> bool:
    """Return True if ``text`` holds a decimal digit."""
    return _DIGIT.search(text) is not None
