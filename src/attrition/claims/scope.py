"""Whether a number is about Russia's reported losses, and of which category.

Owns reading the words around one number: the noun it counts ("798,040 *troops*",
"1 080 *окупантів*", "41 *одиницю автомобільної техніки*"), the label before it in a
General Staff list ("танків — 3683 (+8)"), units that make it something else (%, km²,
money, days), and whose losses it is (Russia's, Ukraine's, another country's, another
counting body's). Category words are looked up only through
:func:`attrition.model.categories.find_category`. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from attrition.claims.lexicon import (
    BOTH_SIDES,
    NOT_LOSS_RE,
    OTHER_COUNTRY,
    OUT_BEFORE_RE,
    OUT_UNIT_AFTER_RE,
    PAST_WAR_SIDE,
    PAST_WAR_SIDE_LOWER,
    PAST_WAR_WORDS,
    RUSSIAN_SIDE,
    RUSSIAN_SIDE_LOWER,
    UKRAINE_AGENT,
    UKRAINE_AGENT_LOWER,
    UKRAINE_LOSER,
    UKRAINE_LOSER_LOWER,
)
from attrition.claims.numbers import NumberSpan
from attrition.claims.patterns import lowered
from attrition.model.categories import (
    CATEGORIES,
    Category,
    all_aliases,
    find_category,
    get_category,
)

_TOKEN = re.compile(r"[\w'’ʼ.&/-]+|[()+,;:–—‒]", re.U)
# Words between a number and the noun it counts that say nothing about the category.
_FILLERS = {
    "russian", "russia's", "russia’s", "enemy", "enemy's", "more", "additional", "further", "other",
    "of", "the", "units", "unit", "pieces", "items", "invading", "occupying", "its", "their",
    "moscow's", "moscow’s", "putin's", "putin’s", "new", "reported", "confirmed", "estimated",
    "some", "such", "kremlin", "total", "own", "own,", "про", "ще", "російських", "російські",
    "російського", "російська", "російську", "ворожих", "ворожі", "ворожої", "окупаційних",
    "своїх", "свої", "одиниць", "одиниці", "одиницю", "одиниця", "од.", "од", "рашистських",
    "загарбницьких", "московитських", "орків", "російський", "ворожий",
    # the ministry's weekly and monthly summaries: "7 установок ППО", "144 штуки автотехніки",
    # "3505 одиниць військової автомобільної техніки"
    "установок", "установки", "установку", "штук", "штуки", "штука", "військової",
}
_SKIPPABLE_ADJECTIVES = 2  # unknown words (e.g. "Abrams", "T-90") skipped before giving up
_STOP = {",", ";", ":", "(", ")", "–", "—", "‒", "+"}


@dataclass(frozen=True)
class Noun:
    """The category noun a number counts, and where it ends."""

    category: Category
    start: int
    end: int
    text: str


_LATIN_PHRASE = re.compile(r"[a-z' -]+")  # (fullmatch) compiled once: _lookup tests every new phrase


@lru_cache(maxsize=8192)  # pure; the dating pass and the real pass look up the same phrases
def _lookup(phrase: str) -> Category | None:
    phrase = phrase.strip().rstrip(".").strip()
    cat = find_category(phrase)
    # "Russian" + s is "Russians" (personnel): "12,069 Russian tanks" must reach "tanks"
    if cat is None and phrase not in _FILLERS and _LATIN_PHRASE.fullmatch(phrase):
        cat = find_category(phrase + "s") or (find_category(phrase[:-1]) if phrase.endswith("s") else None)
        head, space, rest = phrase.partition(" ")
        if cat is None and space and not head.endswith("s"):  # "one tank with fuel and lubricants": the head noun first
            cat = find_category(f"{head}s {rest}")
    # fullmatch, anchored as well (a scan across a long text then tries one position only)
    # (a phrase with no hyphen is tested by no pattern: the lookups hand re their text only for hyphened ones)
    if cat is None and "-" in phrase and re.fullmatch(r"^[a-z]+-[a-z]+(?: [a-z]+)?", phrase):
        cat = find_category(phrase.replace("-", " "))  # "air-defense systems"
    if cat is None and "-" in phrase and re.fullmatch(r"^[a-z]+-(?:loss|losses|casualty|toll)", phrase):
        cat = _lookup(phrase.split("-")[0])  # "the 250,000 troop-loss mark"
    # another case of a known Ukrainian noun phrase; "військової" ("of military …") is an adjective, never
    # the soldiers its stem shares ("військових")
    if cat is None and _CYRILLIC.search(phrase) and phrase != "військової":
        key = _uk_stems().get(_stem_phrase(phrase))
        cat = get_category(key) if key else None
    return cat


SUMMED = "+"  # a claim's key naming the sum of several categories: "tanks+armoured_vehicles"


def summed_key(*keys: str) -> str:
    """Return the key of the sum of the named categories ("294 aircraft and helicopters")."""
    return SUMMED.join(keys)


# "86 units of equipment", "86 одиниць техніки": every equipment category at once. The General
# Staff prints no such total (only each category), so such a figure is named but not judged.
ALL_EQUIPMENT = summed_key(*(c.key for c in CATEGORIES if c.key not in {"personnel", "pow"} and c.merged_into is None))
ALL_EQUIPMENT_REASON = "a figure for all equipment at once; the General Staff gives no such total, only each category"


def claim_category(key: str) -> Category:
    """Return the category a claim's key names: the General Staff's own, or a sum of several.

    The one rule for a figure that adds categories the General Staff reports separately:
    it is judged against the sum of their figures, labelled with their names joined.
    """
    return get_category(key) if SUMMED not in key else _summed_category(key)


@lru_cache(maxsize=64)
def _summed_category(key: str) -> Category:
    parts = [get_category(k) for k in key.split(SUMMED)]
    ends = [c.valid_to for c in parts if c.valid_to is not None]
    return Category(
        key, _listed([c.label_en for c in parts], " and "), _listed([c.label_uk for c in parts], " і "),
        parts[0].unit_en, parts[0].unit_uk, max(c.valid_from for c in parts), min(ends) if ends else None,
        is_historic=any(c.is_historic for c in parts), is_approximate=any(c.is_approximate for c in parts),
        note="the sum of " + ", ".join(c.key for c in parts),
    )


def _listed(labels: list[str], conjunction: str) -> str:
    """Return labels as a list in prose: "a and b", "a, b and c"."""
    return ", ".join(labels[:-1]) + conjunction + labels[-1]


_CYRILLIC = re.compile(r"[а-яіїєґ]")
# case endings of Ukrainian nouns and adjectives: "безпілотники"/"безпілотників", "підводні"/"підводних"
_UK_ENDING = re.compile(r"(?:ами|ями|ові|еві|ів|їв|ях|ах|ам|ям|ом|ем|ою|ею|ій|их|ими|ого|ому|ої|ий|ні|и|і|ї|а|я|у|ю|е|о|ь|й)$")


def _stem_phrase(phrase: str) -> str:
    return " ".join(_UK_ENDING.sub("", w) if len(w) > 4 else w for w in phrase.split())


@lru_cache(maxsize=1)
def _uk_stems() -> dict[str, str]:
    """Return the stems of every Cyrillic category alias → its category (stems two categories share dropped)."""
    table: dict[str, str] = {}
    clash: set[str] = set()
    for alias, key in all_aliases().items():
        if _CYRILLIC.search(alias):
            stem = _stem_phrase(alias)
            if table.setdefault(stem, key) != key:
                clash.add(stem)
    return {stem: key for stem, key in table.items() if stem not in clash}


def noun_after(text: str, pos: int, limit: int) -> Noun | None:
    """Return the category noun right after a number (within ``limit``), or None."""
    found = _noun_at_start(text[pos:limit])
    return None if found is None else Noun(found.category, found.start + pos, found.end + pos, found.text)


_GENERIC_VEHICLES = "military_auto"  # the category of the bare "vehicles"
_GENERIC_HEADS = ("vehicles", "systems")  # the head nouns a category word can modify


@lru_cache(maxsize=1024)
def _modified_vehicles(words: tuple[str, ...]) -> Category | None:
    """Return the category the first of ``words`` names with a generic head noun ("armored" + "vehicles"), or None."""
    for word in words[:1]:
        for head in _GENERIC_HEADS:
            cat = _lookup(f"{word} {head}")
            if cat is not None and cat.key != _GENERIC_VEHICLES:
                return cat
    return None


# "військових" is a noun ("1 040 військових") or the adjective of the noun after it ("5 військових
# автомобілів", "один військовий автомобіль"): a plain prefix test on the word found alone
_MILITARY_ADJ = "військов"


@lru_cache(maxsize=4096)  # keyed on the short window only: the dating pass and the real pass read the same ones
def _noun_at_start(text: str) -> Noun | None:
    """Return the category noun at the start of ``text`` (positions within it), or None."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)][:12]
    i = 0
    skipped = 0
    first_skipped = -1  # the first unknown word skipped before the noun
    while i < len(tokens):
        word = tokens[i][2].lower().rstrip(".")
        if tokens[i][2] in _STOP:
            return None
        for n in range(min(7, len(tokens) - i), 0, -1):
            chunk = tokens[i : i + n]
            if any(t[2] in _STOP for t in chunk):
                continue
            phrase = " ".join(t[2] for t in chunk).lower()
            cat = _lookup(phrase)
            if cat is not None:
                if n == 1 and phrase.startswith(_MILITARY_ADJ) and i + 1 < len(tokens) \
                        and tokens[i + 1][2] not in _STOP:  # "5 військових автомобілів": the adjective of a noun
                    thing = _lookup(tokens[i + 1][2].lower())
                    if thing is not None and thing.key != cat.key:
                        chunk, cat = tokens[i : i + 2], thing
                if first_skipped >= 0 and cat.key == _GENERIC_VEHICLES:
                    # "24 Armored Protected Vehicles", "1 anti-aircraft vehicle": a skipped word naming a category
                    # of its own with the generic head nouns makes "vehicles" that category
                    modified = _modified_vehicles(tuple(t[2].lower() for t in tokens[first_skipped:i]))
                    if modified is not None:
                        chunk, cat = tokens[first_skipped : i + n], modified
                end = chunk[-1][1]
                while end > chunk[0][0] and text[end - 1] == ".":
                    end -= 1
                return Noun(cat, chunk[0][0], end, text[chunk[0][0] : end])
        if word in _FILLERS or tokens[i][2].lower() in _FILLERS:
            i += 1
            continue
        if skipped < _SKIPPABLE_ADJECTIVES and (tokens[i][2][:1].isupper() or "-" in word or word.isdigit()):
            skipped += 1
            first_skipped = i if first_skipped < 0 else first_skipped
            i += 1
            continue
        return None
    return None


# No two adjacent \s* (or a \s* beside a label that may hold spaces) without a possessive
# quantifier: such splits made a failing search polynomial of high degree (issue 14).
_LIST_LABEL = re.compile(
    r"(?:^|[\n,;:•*·]|\.\s)\s*+(?:[-•*·]\s*+)?(?P<label>[^\d\n,;:–—‒.\s][^\d\n,;:–—‒.]{1,89}?)"
    r"\s*(?:[-–—‒:]|—)\s*+(?:(?:about|approximately|approx\.?|близько|орієнтовно|приблизно)\s*+)?$",
    re.I,
)
_LABEL_LINE = re.compile(
    r"(?P<label>[^\d\n,;:\s][^\d\n,;:]{1,59}?)\s*:[^\S\n]*+\n\s*+"
    r"(?:(?:about|approximately|близько|орієнтовно)\s*+)?$",
    re.I,
)


_LABEL_HEDGES = ("approximately", "approx.", "approx", "about", "близько", "орієнтовно", "приблизно")


def label_mark(before: str) -> str:
    """Return the dash or colon ``before`` ends with (then spaces, at most one hedge), else "".

    A list label ends with a dash or colon, a label line with a colon; a search that cannot
    match is skipped, sparing a scan of the whole gap since the previous figure for every
    figure of a sentence.
    """
    tail = before.rstrip()
    low = tail[-16:].lower()
    hedge = next((w for w in _LABEL_HEDGES if low.endswith(w)), "")
    tail = tail[: len(tail) - len(hedge)].rstrip()
    mark = tail[-1:]
    return mark if mark in {"-", "–", "—", "‒", ":"} else ""


def label_before(text: str, line_start: int, pos: int) -> Noun | None:
    """Return the category of a General Staff list line ("tanks ‒ 9780 (+5)"), or None."""
    before = text[max(0, line_start - 80) : pos]
    mark = label_mark(before)
    for pattern in (_LIST_LABEL, _LABEL_LINE):
        if not mark or (pattern is _LABEL_LINE and mark != ":"):
            continue
        m = pattern.search(before)
        if m:
            label = m.group("label").strip(" -•*·").strip()
            cat = _lookup(label.lower()) or find_category(label)
            if cat is not None:
                offset = pos - len(before)
                return Noun(cat, offset + m.start("label"), offset + m.end("label"), label)
    return None


# searched in the 90 characters before a figure (noun_before), so a word's rest of \w{0,90}+ is never cut
# short there, and a long run of letters costs each stem in it at most 90 steps (linear, issue 14). The
# rest is not given back, so a rest ending in the first word of "more than" / "close to" ("сягнулиmore
# than") takes the second word itself: \w* gave "more" back to the modifier before (issue 14, fixB)
_STEM_REST = r"\w{0,90}+(?:(?<=more)\s++than\s*+$|(?<=close)\s++to\s*+$)?"
_LINK = re.compile(
    r"(?:reached|reach(?:es)?|stands?\s+at|stood\s+at|is\s+now|is|was|were|are|now|rose\s+to|climbed\s+to|"
    r"increased\s+to|grew\s+to|hit|topped|passed|total(?:l?ed|s)?|amount(?:s|ed)?\s+to|at|"
    r"c(?:o|a)mes?\s+to|came\s+to|(?:bringing|brings|brought|taking|takes|took|pushing|raising)\s+[^.;]{0,50}?\bto|"
    rf"сягнул{_STEM_REST}|досягл{_STEM_REST}|становить|становлять|становила|становили|склала|склали|склав|"
    rf"зросл\w{{0,90}}+\s+(?:до|на)|збільшил\w{{0,90}}+\s+(?:до|на)|перевищил{_STEM_REST}|сягає|[:—–‒-])\s*+(?:(?:about|nearly|almost|some|over|more\s+than|"
    r"close\s+to|близько|майже|понад|орієнтовно|вже)\s*+)?$",
    re.I,
)


def noun_before(text: str, start: int, pos: int) -> Noun | None:
    """Return the category named just before a linking verb ("tank losses reached 9,780")."""
    lo = max(start, pos - 90)
    segment = text[lo:pos]
    if not _LINK.search(segment):
        return None
    tokens = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(segment)]
    for end_i in range(len(tokens), 0, -1):
        for n in range(min(6, end_i), 0, -1):
            chunk = tokens[end_i - n : end_i]
            if any(t[2] in _STOP for t in chunk):
                continue
            phrase = " ".join(t[2] for t in chunk).lower()
            cat = _lookup(phrase) or _lookup(phrase.removesuffix(" losses"))
            if cat is not None and phrase not in {"killed", "people"}:
                return Noun(cat, chunk[0][0], chunk[-1][1], text[chunk[0][0] : chunk[-1][1]])
    return None


# Linear (issue 14): "for" gives back at most 41 spaces to <a> (it holds at most 40 characters, so
# giving back more never helps); before <b>, a run of characters is tried from its last position only
# (each earlier one reads the same run to the same end, so it answers the same)
_SUBJECT = re.compile(
    r"^\W*(?:for|as\s+for|among)(?:\s(?=\s{41}))*+\s{1,41}(?P<a>[^,.;:\d]{2,40}?)\s*,|"
    r"^\W*(?:(?!\W)|(?=.(?![^\s,.;:\d])))(?:russian\s+|russia['’]s\s+)?(?P<b>[^\s,.;:\d]++(?:\s+[^\s,.;:\d]++)?)"
    r"\s+(?:losses|втрати)\b", re.I)
# an opening clause with no figure, set off by a colon, ending in the category it is about: "Суттєвої
# шкоди завдано артилерії: за добу знищено 31 систему, а загальна кількість втрат сягнула 36 580"
_COLON_SUBJECT = re.compile(r"^\W*+(?P<c>[^\W\d][^\d,.;:!?()]{1,59}+):")


def subject_category(sentence: str) -> Category | None:
    """Return the category a sentence opens with ("For tanks, ...", "Artillery losses peaked ...",
    "Суттєвої шкоди завдано артилерії: ...")."""
    m = _SUBJECT.match(sentence)
    if m is None:
        colon = _COLON_SUBJECT.match(sentence)
        if colon is None:
            return None
        # the colon clause's last word or two name it; an earlier word is not its topic
        words = colon["c"].lower().split()
        cat = _lookup(" ".join(words[-2:])) or _lookup(words[-1])
        return cat if cat is not None and cat.key != "personnel" else None
    phrase = (m["a"] or m["b"]).lower()
    return _lookup(phrase) or _lookup(phrase.split()[-1])


# "tank losses", "losses of tanks", "losses in tanks" ("The Russian Federation's losses in tanks alone"): the
# noun before "losses" is read without taking the word, so "losses in ..." after it is read too
_TOPIC = re.compile(r"\b(?P<b>[^\W\d]+)\s+(?=(?:losses|втрати)\b)|\b(?:втрати|losses\s+(?:of|in))\s+(?P<a>[^\W\d]+)", re.I)
# "troop" as in "the total troop losses", not an armoured "troop carrier"
_PERSONNEL_WORDS = re.compile(
    r"\b(?:soldiers|troops|troop(?![\s-]{1,3}(?:carrier|transport))|personnel|casualties|servicemen|особов\w+|"
    r"військов\w+|солдат\w*|окупант\w*)\b", re.I)


def topic_category(sentence: str) -> Category | None:
    """Return the equipment category a sentence speaks of ("the highest tank losses", "втрати танків").

    None when it names no such category or also speaks of soldiers: personnel stays the default.
    """
    if _PERSONNEL_WORDS.search(sentence):
        return None
    for m in _TOPIC.finditer(sentence):
        cat = _lookup((m["b"] or m["a"]).lower())
        if cat is not None and cat.key != "personnel":
            return cat
    return None


def speaks_of_personnel(sentence: str) -> bool:
    """Return True when the sentence names soldiers or personnel."""
    return _PERSONNEL_WORDS.search(sentence) is not None


# a numbered list's item number: "5. First Russian toll", "2) Втрати ворога" (one or two digits opening a line)
_ITEM_NUMBER_AFTER = re.compile(r"[.)][ \t]++(?=[^\W\d_])")


def _item_number(text: str, number: NumberSpan) -> bool:
    """Return True for the number of a numbered list's item: alone at the start of its line, then "." or ")"."""
    if number.end - number.start > 2 or not _ITEM_NUMBER_AFTER.match(text, number.end):
        return False
    return not text[text.rfind("\n", 0, number.start) + 1 : number.start].strip(" \t")


def _reference_mark(text: str, number: NumberSpan) -> bool:
    """Return True for a reference mark: one to three digits alone in square brackets ("[1][3]", "at
    113,417 square kilometers [4]"), the way encyclopedias and generated summaries cite their sources."""
    return (number.end - number.start <= 3 and text[number.start - 1 : number.start] == "["
            and text[number.end : number.end + 1] == "]")


def unit_reason(text: str, number: NumberSpan) -> str | None:
    """Return why a number is not a loss count judging by the unit or sign around it."""
    if _item_number(text, number):
        return "list item number"
    if _reference_mark(text, number):
        return "reference mark"
    after = text[number.end : number.end + 40]
    for reason, pattern in OUT_UNIT_AFTER_RE:
        if pattern.match(after):
            return reason
    before = text[max(0, number.start - 12) : number.start]
    for reason, pattern in OUT_BEFORE_RE:
        if pattern.search(before):
            return reason
    return None


SILENT_REASONS = {"model designation", "time of day", "number sign", "channel name", "duration", "list item number",
                  "reference mark"}


@lru_cache(maxsize=1024)  # pure; asked of the whole sentence once per figure in it
def not_loss_reason(phrase: str) -> str | None:
    """Return the reason a noun phrase is about something other than losses, if any."""
    for reason, pattern in NOT_LOSS_RE:
        if pattern.search(phrase):
            return reason
    if OTHER_COUNTRY.search(phrase):
        return "another country's troops"
    return None


@lru_cache(maxsize=4096)  # pure; each window is read by the dating pass and again by the real pass
def side_in(text: str, alone: bool = False) -> str | None:
    """Return "ru" or "ua" for the last side whose losses ``text`` mentions, else None; "war" when
    that is another war's (the Soviet Union's), or with ``alone`` when no other side is named at all.

    A text of plain characters (:func:`patterns.lowered`) is read lower-cased by the patterns'
    twins without re.I (the same matches at the same places, faster); any other by the
    patterns as written.
    """
    ru, agent, loser, war = RUSSIAN_SIDE, UKRAINE_AGENT, UKRAINE_LOSER, PAST_WAR_SIDE
    low = lowered(text)
    if low is not None:
        text, ru, agent, loser, war = low, RUSSIAN_SIDE_LOWER, UKRAINE_AGENT_LOWER, UKRAINE_LOSER_LOWER, PAST_WAR_SIDE_LOWER
    last_ru = max((m.end() for p in (ru, agent) for m in p.finditer(text)), default=-1)
    last_ua = max((m.end() for m in loser.finditer(text)), default=-1)
    plain = low if low is not None else text.lower()
    last_war = max((m.end() for m in war.finditer(text)), default=-1) if any(w in plain for w in PAST_WAR_WORDS) else -1
    if last_war > max(last_ru, last_ua) and not (alone and max(last_ru, last_ua) >= 0):
        return "war"
    if last_ru < 0 and last_ua < 0:
        return None
    return "ua" if last_ua > last_ru else "ru"


BOTH_SIDES_REASON = "both sides' losses together, not Russia's alone"
_CLAUSE_MARKS = ",;:.!?"
_BOTH_WORDS = ("both", "two", "combined", "обох", "обидві", "дві", "сукупн")  # one is in every BOTH_SIDES match


def both_sides(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Return whether the figure at ``start``–``end`` counts both sides' losses together, as its clause says.

    Said before it since ``lo`` (the figure before, or the sentence's start) with no comma or stop between
    ("the total losses of both sides already amount to about 1.8 million", "combined Russian and Ukrainian
    casualties may be as high as 1.8 million"), or after it up to ``hi`` with none between ("200,000 soldiers
    have been killed or wounded on both sides").
    """
    lo, hi = max(lo, start - 150), min(hi, end + 80)
    if not any(w in text[lo:hi].lower() for w in _BOTH_WORDS):  # a plain test spares the search for most figures
        return False
    before = list(BOTH_SIDES.finditer(text, lo, start))
    if before and not any(c in text[before[-1].end() : start] for c in _CLAUSE_MARKS):
        return True
    after = BOTH_SIDES.search(text, end, hi)
    return after is not None and not any(c in text[end : after.start()] for c in _CLAUSE_MARKS)
