"""Issue 14: the claim readers' patterns that grew quadratically in isolation, rewritten to run in
linear time, each against the pattern it replaced (kept here as written before).

The regex audit's growth check (tests/regex_audit_lib.py ``quadratic``: CPU at 1,000 vs 8,000
characters) flagged them, typically for a ``\\s*`` tried from every position of a run of spaces,
or two ``\\s*`` around an optional word. The rewrites use possessive repeats (never given back
where giving back cannot help), a lookbehind that skips the inside of a run, an anchor, or a
bound no longer than the slice the code reads. Each must find what the old one found, as the
code calls it (``usage``):

- ``scan``: the same matches everywhere (finditer, and match/search/fullmatch at any position);
- ``whole``: match/fullmatch/search of a whole string (an anchor was added: the code reads the
  pattern at the string's start only);
- ``after_word``: match/search from a position not preceded by whitespace (the code calls it at
  a number's or a noun's end; a lookbehind now skips positions inside a run of spaces);
- ``after_space``: match from a position preceded by whitespace, up to a limit (NAMED_PART,
  called right after AND_CATEGORY's spaces);
- ``before_space``: match from a position followed by whitespace (_MODIFIERS, called after
  "a"/"an" and the spaces _A_OR_AN requires);
- ``tail:N``: search of a string of at most N characters (the code searches a slice that long;
  ``\\w{0,N}+`` cannot be cut short there).

Texts are drawn by Hypothesis from each pattern's own pieces (its literal runs and one member
of each character class), runs of spaces, punctuation and sentences of the development articles
(../shared/articles; the test fails, never skips, when CI=true and they are missing).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims import clauses, dates, extract, lexicon, scope

sys.path.insert(0, str(Path(__file__).parents[1]))
import regex_audit_lib as audit  # noqa: E402


@cache
def _inline() -> list[audit.Found]:
    return audit.inline_patterns(audit.call_sites())[0]


def _inline_in(path: str, marker: str) -> Callable[[], re.Pattern[str]]:
    """Return a getter of the one pattern written inline (``re.search(r"...", ...)``) in ``path`` holding ``marker``."""
    def get() -> re.Pattern[str]:
        found = [f for f in _inline() if f.where.startswith(path + ":") and marker in f.pattern]
        assert len(found) == 1, (path, marker, len(found))
        return found[0].compiled()
    return get


def _dated(marker: str) -> Callable[[], re.Pattern[str]]:
    """Return a getter of the one compiled date pattern whose source holds ``marker``."""
    def get() -> re.Pattern[str]:
        found = [p for p, _ in dates._LOWER_PATTERNS if marker in p.pattern]
        assert len(found) == 1, (marker, len(found))
        return found[0]
    return get


@dataclass(frozen=True)
class Case:
    name: str
    new: Callable[[], re.Pattern[str]]
    old: str  # the source as it was written before the rewrite (same flags as the new one)
    usage: str
    sample: str = ""  # what Hypothesis draws matches from (default: the old pattern itself)
    edges: tuple[str, ...] = ()  # near misses written out (each also compared with text around it)


CASES = [
    # claims/clauses.py
    Case("AVERAGE_OF_PREVIOUS", lambda: clauses.AVERAGE_OF_PREVIOUS,
         r"^[^\d.;!?]{0,25}?(?:\baverag(?:ing|ed|e\s+of)|\bon\s+average|\ban\s+average\s+of|\bв\s+середньому|"
         r"\bу\s+середньому|\bсередн\w+\s+(?:по\s+)?\w+)\s*(?:of\s+)?"
         r"(?:about|around|nearly|almost|some|over|close\s+to|близько|майже|понад)?\s*$", "scan",
         edges=('averaging ofabout', 'averaging of about ', 'averaging of', 'on average\n', 'середня за добу\n')),
    Case("AFTER_HEDGE", lambda: clauses.AFTER_HEDGE,
         r"\s*(?:\+|-plus\b|or\s+more\b|and\s+more\b|і\s+більше\b|з\s+гаком\b|or\s+so\b)", "after_word"),
    Case("POST_NOUN", lambda: clauses.POST_NOUN,
         r"^\s*(?:were|have\s+been|had\s+been|has\s+been|was|who|that|have|has|had)?\s*(?:captured|taken\s+prisoner|"
         r"deserted|recruited|mobili[sz]ed|deployed|stationed|massed|signed|sent|identified|named|"
         r"потрапил\w*\s+в\s+полон|здал\w*\s+в\s+полон|дезертирува\w*|мобілізува\w*)", "scan"),
    Case("KILLED_AFTER", lambda: clauses.KILLED_AFTER,
         r"\s*(?:soldiers\s+)?(?:killed|dead|вбитими|загиблими|убитими)\b(?!\s+(?:or|and|і|й|та|чи|або)\b)",
         "after_word"),
    Case("KILLED_ONLY", lambda: clauses.KILLED_ONLY, r"(?:killed|dead|загибл\w*|вбит\w*|убит\w*)$", "whole"),
    Case("AND_CATEGORY", lambda: clauses.AND_CATEGORY, r"\s+(?:and|&|і|й|та)\s+", "after_word"),
    Case("ALL_EQUIPMENT_AFTER", lambda: clauses.ALL_EQUIPMENT_AFTER,
         r"\s+(?:(?:units?|pieces?|items?)\s+of\s+(?:(?:military|enemy|russian|armou?red|heavy|combat)\s+)*"
         r"(?:equipment|hardware|machinery)|(?:одиниц[яіьею]\w*|од\.)\s+(?:\w+\s+)?(?:техніки|озброєння))\b", "whole"),
    Case("NAMED_PART", lambda: clauses.NAMED_PART,
         r"(?P<part>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*(?:[.,;:)]|$)|\s+(?:since|over|in|on|during|from|near|"
         r"від|з|за|у|в|на|станом|протягом|біля)\b)", "after_space",
         edges=(' trucks.', ' trucks and', ' вантажівок з', ' big trucks since')),
    Case("NOT_A_PART", lambda: clauses.NOT_A_PART,
         r"(?:was|were|is|are|has|have|had|the|its|their|his|her|it|they|we|he|she|that|this|which|who|"
         r"more|other|others|many|some|several|all|dozens|hundreds|thousands|so|then|also|[a-z]+ed|[a-z]+ing|"
         r"[а-яіїєґ]+(?:в|ла|ли|ло|є|ють|ять|ить|ать)|його|їх|це|ще|також|інші|інших)", "whole"),
    Case("LIST_SEPARATOR", lambda: clauses.LIST_SEPARATOR, r",?\s+(?P<last>and|&|і|й|та)\s+|,\s+", "after_word"),
    Case("COMPARED", lambda: clauses.COMPARED,
         r"(?:\bthan|\bніж|\bcompared\s+(?:with|to)|\bпорівняно\s+з)\s+(?:in|during|у|в|за)?\s*$", "scan"),
    Case("_CUT", lambda: clauses._CUT, r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)", "after_word"),
    Case("looks_listed", lambda: clauses._LISTED_BEFORE,
         r"[-–—‒:]\s*(?:about|близько|орієнтовно|approximately)?\s*$", "scan"),
    Case("_RANGE_TO", lambda: clauses._RANGE_TO, r"\.?\s*(?:to|and|до|і|й)\s*", "whole"),
    # claims/extract.py
    Case("_MODIFIERS", lambda: extract._MODIFIERS,
         r"\s*(?:(?!(?:of|on|at|in|with|and|or|by|from|to|for|that|which|the)\b)[\w’'-]+\s+){0,2}", "before_space",
         edges=(' Russian Ka-52 ', ' of the ', '  big  red  ')),
    Case("_NOUN_ENDS", lambda: extract._NOUN_ENDS,
         r"\s*(?:$|[,.;:!?)—–-]|(?:over|in|near|and|or|on|during|was|were|had|has|as|while|after|"
         r"that|which|to|from|at|with|of|overnight|yesterday|today|this|last|the|by|for|since|"
         r"within|earlier|also|too|alone)\b)", "after_word"),
    Case("_UNITS_AFTER", lambda: extract._UNITS_AFTER, r"\s*(?:од\.|одиниц\w*|units?\b|pcs\b)", "after_word"),
    Case("_AND_A", lambda: extract._AND_A, r",?\s+and\s+(?P<a>an?)\s+(?=[^\W\d])", "after_word",
         sample=r",?\s+and\s+an?\s+[^\W\d]"),
    Case("UNIT_STRENGTH", lambda: extract.UNIT_STRENGTH,
         r"\b(?:regiment|brigade|battalion|division|company|contingent|force|полк\w*|бригад\w*|батальйон\w*|дивізі\w*)"
         r"\s+(?:of|з|із|у|в)\s+(?:about|around|some|over|more\s+than|nearly|almost|up\s+to|близько|понад|майже)?\s*$",
         "scan"),
    Case("LINE_END", lambda: extract.LINE_END, r"[^\S\n]*(?:\n|$)", "after_word"),
    Case("PAREN_TOTAL", lambda: extract.PAREN_TOTAL,
         r"^[^\d()]{0,80}?\(\s*(?:загалом|всього|усього|total|in\s+total|overall)?\s*$", "scan"),
    # claims/scope.py
    Case("_lookup hyphened", _inline_in("claims/scope.py", "(?: [a-z]+)?"), r"[a-z]+-[a-z]+(?: [a-z]+)?", "whole"),
    Case("_lookup hyphened loss", _inline_in("claims/scope.py", "casualty|toll"), r"[a-z]+-(?:loss|losses|casualty|toll)", "whole"),
    Case("_LINK", lambda: scope._LINK,
         r"(?:reached|reach(?:es)?|stands?\s+at|stood\s+at|is\s+now|is|was|were|are|now|rose\s+to|climbed\s+to|"
         r"increased\s+to|grew\s+to|hit|topped|passed|total(?:l?ed|s)?|amount(?:s|ed)?\s+to|at|"
         r"c(?:o|a)mes?\s+to|came\s+to|(?:bringing|brings|brought|taking|takes|took|pushing|raising)\s+[^.;]{0,50}?\bto|"
         r"сягнул\w*|досягл\w*|становить|становлять|становила|становили|склала|склали|склав|зросл\w*\s+до|"
         r"перевищил\w*|сягає|[:—–‒-])\s*(?:about|nearly|almost|some|over|more\s+than|close\s+to|близько|майже|понад|"
         r"орієнтовно|вже)?\s*$", "tail:90",
         # a stem's rest ending in the first word of a two-word modifier: \w* gave it back before (found
         # by Hypothesis, 'сягнулmore\x85than'; a plain space does the same); one modifier only, as before
         edges=('досягло ', 'досяглоnearly', 'перевищили майже', 'rose to about', 'зросли до',
                'сягнулmore\x85than', 'сягнулиmore than', 'досяглоclose to ', 'перевищилиMORE\u2028than',
                'сягнулиxclose  to', 'сягнулиmore than about', 'сягнулиmore thanx', 'сягнулиmore', 'зрослиmore than')),
    Case("_SUBJECT", lambda: scope._SUBJECT,
         r"^\W*(?:for|as\s+for|among)\s+(?P<a>[^,.;:\d]{2,40}?)\s*,|"
         r"^\W*(?:russian\s+|russia['’]s\s+)?(?P<b>[^\s,.;:\d]+(?:\s+[^\s,.;:\d]+)?)\s+(?:losses|втрати)\b", "scan",
         edges=('for x,', 'for  ,', 'for                                                   ,', 'for                                                   x,', "' losses", "'' ' x losses", '«Tank losses', "(x' y losses", "-'(- tank losses")),
    # claims/lexicon.py, claims/dates.py, claims/relative.py (compiled by claims/patterns.guarded)
    Case("NEAR_BEFORE", lambda: lexicon.NEAR_BEFORE,
         r"(?:(?:just\s+|only\s+|a\s+few\s+)?(?:days|weeks)\s+away\s+from|on\s+(?:course|track)\s+to\s+"
         r"(?:pass|surpass|top|cross|exceed|reach|hit|break)|set\s+to\s+(?:pass|surpass|top|cross|exceed|reach|hit|break)"
         r"|(?:could|will|may|should)\s+(?:soon\s+)?(?:pass|surpass|top|cross|exceed|reach|hit|break)"
         r"|(?:about|poised)\s+to\s+(?:pass|surpass|top|cross|exceed|reach|hit|break)|edging\s+(?:closer|nearer)\s+to"
         r"|closing\s+in\s+on|\bnear(?:ing|ed|s)|\bapproach(?:ing|ed|es)|наближа\w*\s+до|наблизил\w*\s+до"
         r"|ось-ось\s+(?:перевищ|перетн|сягн|досягн|подола)\w*|незабаром\s+(?:перевищ|перетн|сягн|досягн)\w*)"
         r"(?:\s+the)?(?:\s+(?:позначк\w*|рубеж\w*|межі|планки))?(?:\s+(?:mark|milestone|threshold)\s+of)?\s*$",
         "tail:60",
         edges=('наближається до', 'approaching the mark of ', 'approachingthe', 'ось-ось перевищать позначку')),
    Case("UKRAINE_LOSER", lambda: lexicon.UKRAINE_LOSER,
         r"(?<!\bin\s)(?<!\bу\s)(?<!\bв\s)(?:ukraine|україна|ukraine['’]s\s+(?:army|military|forces|armed\s+forces)|"
         r"ukrainian\s+(?:army|military|forces|troops|side)|kyiv)\s+(?:has\s+|had\s+|have\s+)?(?:lost|loses|suffered|втратила)|"
         r"(?:ukraine['’]s|ukrainian|kyiv['’]s|our)\s+(?:own\s+)?(?:(?:troop|combat|battlefield)\s+)?(?:losses|casualties|dead|"
         r"soldiers|troops|servicemen|military\s+losses)|"
         r"(?:losses|casualties)\s+(?:of|among)\s+(?:ukraine|ukrainian|kyiv)|"
         r"втрат\w*\s+(?:україн\w*|зсу|сил\s+оборони|наш\w*)|(?:україн\w*|наш\w*)\s+(?:військов\w*|бійц\w*|захисник\w*)\s+загинул\w*|"
         r"загинул\w*\s+(?:\d[\d\s]*\s+)?(?:тисяч\w*\s+)?(?:україн\w*|наш\w*)|"
         r"загибл\w*\s+україн\w*|(?:casualties|losses)\s+suffered\s+by\s+(?:ukraine|kyiv|ukrainian)|"
         r"(?:suffered|sustained)\s+by\s+(?:ukraine|kyiv|ukrainian\s+(?:forces|troops))|"
         r"(?:україн\w*|ukraine|kyiv|zelensk\w*|зеленськ\w*)\b(?:(?!russia|росі|рф\b|moscow|kremlin|москв)[^.;]){0,60}?"
         r"\b(?:(?:its|their|own)\s+(?:losses|casualties|dead|death\s+toll)|дані\s+про\s+(?:свої\s+)?втрат\w*|"
         r"власн\w*\s+втрат\w*|свої\s+втрат\w*)\b", "scan",
         edges=('загинули 5наших', 'загинули 5 000 наших', 'загинули 5 \n тисяч наших', 'загинули 57 українців')),
    Case("month span з … по", _dated(r"(?:з|із|від)\s+(?P<mon1>"),
         r"\b(?:з|із|від)\s+(?P<mon1>{MON})(?:\s+(?P<y1>20[2-4]\d)\s*(?:року|р\.)?)?\s+(?:по|до|-|–|—)\s+(?P<mon2>{MON})"
         r"(?:\s+(?P<y2>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\.?\s*\d)(?!\w)", "scan"),
    Case("since the start of the war", _dated("(?:very\\s+)?"),
         r"\b(?:since|from)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|launch|onset)\s+of\s+(?:(?:russia'?s|"
         r"moscow'?s|the|its|his)\s+)?(?:full[- ]scale|all[- ]out|large[- ]scale|massive|russian)?\s*(?:russian\s+)?"
         r"(?:invasion|war|aggression)(?:\s+(?:of|in|against)\s+ukraine)?(?:\s+(?:in|on)\s+(?:february\s+(?:24,?\s+)?)?2022)?",
         "scan"),
    Case("з самого початку війни", _dated("(?:самого\\s+)?"),
         r"\b(?:з|із|від)\s+(?:самого\s+)?(?:початку|старту)\s+(?:повномасштабного|широкомасштабного|великої|"
         r"повномасштабної|масштабного|російського)?\s*(?:російського\s+)?(?:вторгнення|війни|агресії)(?:\s+(?:росії|рф))?"
         r"(?:\s+(?:у|в)\s+лютому\s+2022(?:\s+року)?|\s+24\s+лютого\s+2022(?:\s+року)?)?", "scan"),
    Case("the past 24 hours", _dated("twenty[- ]four"),
         r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding|latest)\s+(?:24|twenty[- ]four)"
         r"\s+hours\b|\b(?:in|over|during|for)\s+the\s+(?:past|last|previous|preceding)\s+day\b|\bthe\s+(?:previous|"
         r"preceding)\s+day\b|\bovernight\b|\bthe\s+day\s+before\b|\b(?:за|протягом|упродовж|впродовж)\s+(?:минулої|"
         r"минулу|останньої|останню|попередньої|попередню)?\s*доб[иу]\b|\bминулої\s+доби\b|\bнапередодні\b|"
         r"\bза\s+(?:останні\s+)?24\s+години\b|\bза\s+ніч\b", "scan"),
]

# the prefix each entry of lexicon.OUT_UNIT_AFTER had (the entries themselves are unchanged)
CASES += [Case(f"OUT_UNIT_AFTER {reason}", lambda i=i: lexicon.OUT_UNIT_AFTER_RE[i][1], rf"^\s*(?:{pattern})", "scan")
          for i, (reason, pattern) in enumerate(lexicon.OUT_UNIT_AFTER)]


def _old(case: Case) -> re.Pattern[str]:
    source = case.old
    if "{MON}" in source:  # the month alternation, as the module builds it
        source = source.replace("{MON}", dates.MON)
    return re.compile(source, case.new().flags)


SEPARATORS = [" ", "  ", " " * 45, "\t", "\n", "\u00a0", ",", ".", ";", ":", "'", "’", "«", "(", ")", "-", "—",
              "+", "[", "]", "…", "7", "24", "2024", "1 000", "a", "А", "x", "_", "Ukraine", "наші"]


@pytest.fixture(scope="module")
def sentences(shared_data: Path) -> list[str]:
    """Sentences (and pieces of them) of the development articles (../shared/articles)."""
    articles = shared_data.parent / "articles"
    assert articles.is_dir(), f"development articles missing at {articles}"
    out: list[str] = []
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [s[:160] for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    assert len(out) > 200
    return out


def _parts(case: Case, old: re.Pattern[str], sentences: list[str]) -> st.SearchStrategy[list[str]]:
    """Pieces of text: matches of the old pattern (whole, cut short, or with a piece cut out), its
    literals, spaces and punctuation, and pieces of real sentences."""
    pieces = [*audit.literals(case.old.replace("{MON}", "вересня|september"), 0)[:40], *SEPARATORS]
    matches = st.from_regex(re.compile(case.sample, old.flags) if case.sample else old, fullmatch=True)
    cut = st.tuples(matches, st.integers(0, 40), st.integers(1, 40)).map(lambda t: t[0][: t[1]] + t[0][t[1] + t[2]:])
    part = st.one_of(matches, matches, cut, st.tuples(matches, st.integers(0, 30)).map(lambda t: t[0][: t[1]]),
                     st.sampled_from(pieces), st.sampled_from(pieces).map(str.upper),
                     st.sampled_from(sentences).map(lambda s: s[:60]))
    return st.lists(part, max_size=6)


def _shown(m: re.Match[str] | None) -> Any:
    if m is None:
        return None
    return m.span(), m.groups(), [m.span(g) for g in range(1, (m.re.groups or 0) + 1)]


def _allowed(usage: str, text: str, pos: int) -> bool:
    if usage == "after_word":
        return pos == 0 or not text[pos - 1].isspace()
    if usage == "after_space":
        return pos > 0 and text[pos - 1].isspace()
    if usage == "before_space":
        return pos < len(text) and text[pos].isspace()
    return True


def _same(case: Case, new: re.Pattern[str], old: re.Pattern[str], text: str, positions: list[int]) -> None:
    usage = case.usage
    if usage.startswith("tail:"):
        text = text[-int(usage[5:]):]
        assert _shown(new.search(text)) == _shown(old.search(text)), text
        return
    if usage == "whole":
        for op in ("match", "fullmatch"):
            assert _shown(getattr(new, op)(text)) == _shown(getattr(old, op)(text)), (op, text)
        return
    if usage == "scan":
        assert [_shown(m) for m in new.finditer(text)] == [_shown(m) for m in old.finditer(text)], text
    for pos in positions:
        pos = min(pos, len(text))
        if not _allowed(usage, text, pos):
            continue
        for end in (len(text), min(len(text), pos + 40)):  # the code passes a limit to some
            for op in ("match", "search", "fullmatch"):
                got, want = getattr(new, op)(text, pos, end), getattr(old, op)(text, pos, end)
                assert _shown(got) == _shown(want), (op, pos, end, text)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_rewritten_pattern_finds_what_the_old_one_found_on_near_misses_and_runs(case: Case) -> None:
    """Written near misses, and the audit's adversarial shapes (runs of each repeated part) at a few lengths."""
    new, old = case.new(), _old(case)
    texts = [*case.edges, *(e.upper() for e in case.edges)]
    for shape in audit.shapes(old.pattern, old.flags):
        texts += [audit.build(shape, n) for n in (1, 12, 50)]
    for text in texts:
        for around in (text, "x " + text, text + " x", "7" + text + ","):
            _same(case, new, old, around, list(range(len(around) + 1)))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
@settings(max_examples=150, deadline=None, derandomize=True, database=None)  # the same draws on every run
@given(data=st.data())
def test_rewritten_pattern_finds_what_the_old_one_found(case: Case, sentences: list[str], data: st.DataObject) -> None:
    new, old = case.new(), _old(case)
    assert new.pattern != old.pattern  # the rewrite is in place
    parts = data.draw(_parts(case, old, sentences), label="parts")
    text = "".join(parts)
    positions = [sum(map(len, parts[:k])) for k in range(len(parts))]  # where each part starts
    positions += data.draw(st.lists(st.integers(0, len(text)), max_size=4), label="positions")
    if case.usage in ("after_space", "before_space"):  # the places the code calls it at, as found in the text
        positions += [i for i in range(len(text) + 1) if _allowed(case.usage, text, i)][:8]
    _same(case, new, old, text, positions)
