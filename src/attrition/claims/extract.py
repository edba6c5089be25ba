"""Find every numeric claim about Russia's reported losses in English or Ukrainian text.

Owns turning clean text into :class:`Claim` objects (category, kind, value, wording,
date or period) and :class:`OutOfScope` entries for the numbers that are about
something else. Each sentence is read number by number: the noun or list label gives
the category (through model.categories), the words around it give the side and the
hedge ("nearly", "понад"); kinds.py decides the kind and which date applies. Pure:
``as_of`` resolves relative dates; ``scales`` (from the record, optional) separates day
figures from totals when the wording does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from attrition.claims.claim import Claim, ClaimKind, OutOfScope
from attrition.claims.dates import TimeRef, find_times
from attrition.claims.kinds import (
    Context,
    Scale,
    convention_hint,
    decide_kind,
    fits_period,
    pick_time,
)
from attrition.claims.lexicon import (
    ATTACK_SENTENCE,
    GENERAL_STAFF,
    LOCATION,
    LOSS_WORD,
    OTHER_SOURCE,
    RUSSIAN_SIDE,
    STRONG_TOTAL_CUE,
    UKRAINE_SOURCE,
    UNPARSED_PERIOD,
    WOUNDED_ONLY,
    Comparator,
    hedge_before,
)
from attrition.claims.numbers import NumberSpan, find_numbers
from attrition.claims.scope import (
    SILENT_REASONS,
    Noun,
    label_before,
    not_loss_reason,
    noun_after,
    noun_before,
    side_in,
    unit_reason,
)
from attrition.claims.text import sentences
from attrition.model.categories import Category, get_category
from attrition.model.dates import DateConvention

__all__ = ["Extraction", "Scale", "extract_claims"]


@dataclass(frozen=True)
class Extraction:
    """Claims found in a text and the numbers left out of scope."""

    claims: tuple[Claim, ...]
    out_of_scope: tuple[OutOfScope, ...]


@dataclass
class _DocState:
    list_time: TimeRef | None = None  # the heading date of a General Staff list
    last_side: str | None = None
    claims: list[Claim] = field(default_factory=list)
    out: list[OutOfScope] = field(default_factory=list)


_CONNECTOR = re.compile(
    r"^[\s,;:()\-–—]*(?:(?:and|or|while|whereas|but|then|with|vs\.?|versus|compared\s+(?:with|to)|up\s+from|"
    r"down\s+from|from|to|after|before|against|і|й|та|а|але|проти|після|порівняно\s+з|тоді\s+як|"
    r"including|of\s+which|з\s+них|зокрема)\b[\s,;:()\-–—]*)*$",
    re.I,
)
_AFTER_HEDGE = re.compile(r"^\s*(?:\+|-plus\b|or\s+more\b|and\s+more\b|і\s+більше\b|з\s+гаком\b|or\s+so\b)", re.I)
_POST_NOUN = re.compile(
    r"^\s*(?:were|have\s+been|had\s+been|has\s+been|was|who|that|have|has|had)?\s*(?:captured|taken\s+prisoner|deserted|recruited|"
    r"mobili[sz]ed|deployed|stationed|massed|signed|sent|identified|named|потрапил\w*\s+в\s+полон|"
    r"здал\w*\s+в\s+полон|дезертирува\w*|мобілізува\w*)",
    re.I,
)
_KILLED_ONLY = re.compile(r"(?:killed|dead|загибл\w*|вбит\w*|убит\w*)$", re.I)
_AND_WOUNDED = re.compile(r"^\s*(?:or|and|і|й|та|чи|або|,)\s*(?:\w+\s+)?(?:wounded|injured|поранен\w*)", re.I)
_AND_CATEGORY = re.compile(r"\s+(?:and|&|і|й|та)\s+")
_OK_FOLLOW = {
    "in", "on", "over", "during", "for", "since", "from", "to", "at", "by", "per", "a", "an", "the",
    "this", "last", "yesterday", "today", "and", "or", "as", "according", "compared", "versus",
    "vs", "up", "down", "after", "before", "while", "with", "were", "was", "have", "had", "has",
    "are", "is", "killed", "wounded", "losses", "loss", "casualties", "dead", "more", "mark",
    "figure", "in", "so", "that", "which", "who", "between", "than", "throughout", "across",
    "of", "within", "among", "including", "each", "every", "daily", "overnight", "alone",
    "у", "в", "за", "з", "із", "на", "від", "до", "протягом", "упродовж", "впродовж", "і", "та",
    "й", "а", "осіб", "особи", "вбитими", "убитими", "пораненими", "загиблими", "ліквідовано",
    "станом", "минулої", "минулу", "останню", "вчора", "сьогодні", "напередодні", "тоді",
    "що", "які", "яких", "це", "порівняно", "проти", "людей", "чоловік", "згідно", "позначку",
    "ліквідували", "знищено", "втрат", "втрати", "одиниць",
}
_INCREMENT = re.compile(r"\(\s*\+\s*$|(?<![\w\d])\+\s*$")
_UKRAINIAN_ADJ = re.compile(r"\b(?:ukrainian|ukraine['’]s|українськ\w*|наш\w*)\b", re.I)


@dataclass(frozen=True)
class _Sentence:
    """One sentence being read: its bounds, the numbers that may be claims, its dates."""

    text: str  # the whole clean text
    s0: int
    s1: int
    nums: list[NumberSpan]
    times: list[TimeRef]
    owner: dict[int, TimeRef]
    war: TimeRef | None
    frame: TimeRef | None  # a date opening the sentence ("On January 5, ...")

    @property
    def sentence(self) -> str:
        return self.text[self.s0 : self.s1]


def extract_claims(
    text: str, *, as_of: date, scales: Mapping[str, Scale] | None = None
) -> Extraction:
    """Return the claims and out-of-scope numbers of clean ``text``, dates resolved at ``as_of``."""
    times = find_times(text, as_of)
    numbers = find_numbers(text)
    state = _DocState()
    for s0, s1 in sentences(text):
        nums = [n for n in numbers if s0 <= n.start < s1]
        stimes = [t for t in times if s0 <= t.start_pos < s1]
        _read_sentence(text, s0, s1, nums, stimes, state, scales, as_of)
        side = side_in(text[s0:s1])
        if side:
            state.last_side = side
    return Extraction(tuple(state.claims), tuple(state.out))


def _keep_number(text: str, n: NumberSpan, stimes: list[TimeRef], s1: int) -> bool:
    if any(t.start_pos < n.end and n.start < t.end_pos for t in stimes):
        return False
    if n.is_year_like or (n.is_word and n.value < 1000):
        return noun_after(text, n.end, min(s1, n.end + 80)) is not None
    return True


def _assign_times(nums: list[NumberSpan], stimes: list[TimeRef]) -> dict[int, TimeRef]:
    """Give each non-war time reference to the nearest number of the sentence."""
    owner: dict[int, TimeRef] = {}
    for ref in stimes:
        if ref.kind == "war" or not nums:
            continue

        def distance(n: NumberSpan, ref: TimeRef = ref) -> int:
            return ref.start_pos - n.end if ref.start_pos >= n.end else n.start - ref.end_pos

        best = min(range(len(nums)), key=lambda i: (distance(nums[i]), -nums[i].start))
        if best not in owner or distance(nums[best]) < abs(owner[best].start_pos - nums[best].end):
            owner[best] = ref
    return owner


def _read_sentence(
    text: str, s0: int, s1: int, all_nums: list[NumberSpan], stimes: list[TimeRef],
    state: _DocState, scales: Mapping[str, Scale] | None, as_of: date,
) -> None:
    sentence = text[s0:s1]
    heading = next((t for t in stimes if t.is_as_of and t.kind in {"war", "day"}), None)
    if heading is not None and (heading.kind == "war" or sentence.rstrip().endswith(":")):
        state.list_time = heading
    nums = []
    for n in all_nums:
        if not _keep_number(text, n, stimes, s1):
            continue
        reason = unit_reason(text, n)
        if reason is None:
            nums.append(n)
        elif reason not in SILENT_REASONS:  # units do not split the sentence into clauses
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, reason))
    if not nums:
        return
    if ATTACK_SENTENCE.search(sentence) and not GENERAL_STAFF.search(sentence):
        for n in nums:  # the Air Force's nightly counts are not the General Staff's loss series
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, "air-attack figures"))
        return
    frame = next((t for t in stimes if t.kind != "war" and t.end_pos <= nums[0].start
                  and t.start_pos - s0 < 40), None)
    sent = _Sentence(text, s0, s1, nums, stimes, _assign_times(nums, stimes),
                     next((t for t in stimes if t.kind == "war"), None), frame)
    local: list[Claim] = []
    for k, n in enumerate(nums):
        result = _read_number(sent, k, local, state, scales, as_of)
        if isinstance(result, Claim):
            local.append(result)
            state.claims.append(result)
        elif result is not None and not (n.is_word and n.value < 1000):  # "two jets" is no figure
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, result))


def _category(
    sent: _Sentence, n: NumberSpan, prev_end: int, next_start: int, local: list[Claim]
) -> tuple[Category | str, Noun | None, bool, Claim | None, str | None]:
    """Return (category or out-of-scope reason, noun, is_list, inherited claim, combined)."""
    text, left, right = sent.text, sent.text[prev_end : n.start], sent.text[n.end : next_start]
    noun = noun_after(text, n.end, min(next_start, n.end + 90))
    is_list = False
    if noun is None:
        noun = label_before(text, prev_end, n.start)
        is_list = noun is not None
    inherited = local[-1] if local and noun is None and _CONNECTOR.match(
        _without_times(left, sent.times, prev_end)) else None
    if noun is not None:
        between = text[n.end : noun.start] if noun.start > n.end else ""
        why = not_loss_reason(between) or _post_noun_reason(text[noun.end : noun.end + 40])
        if why:
            return why, noun, is_list, None, None
        if _UKRAINIAN_ADJ.search(between):
            return "Ukraine's losses", noun, is_list, None, None
        if _KILLED_ONLY.match(noun.text) and not _AND_WOUNDED.match(text[noun.end : noun.end + 30]):
            return "killed only (the General Staff counts killed and wounded together)", noun, is_list, None, None
        second = _AND_CATEGORY.match(text, noun.end)
        if second:
            other = noun_after(text, second.end(), min(next_start, second.end() + 80))
            if other is not None and other.start == second.end() and other.category.key != noun.category.key:
                combined = f"{noun.category.label_en} and {other.category.label_en}"
                return noun.category, Noun(noun.category, noun.start, other.end,
                                           text[noun.start : other.end]), is_list, None, combined
        return noun.category, noun, is_list, None, None
    if WOUNDED_ONLY.match(right):
        return "wounded only (the General Staff counts killed and wounded together)", None, False, None, None
    if inherited is not None:
        return get_category(inherited.category), None, False, inherited, None
    before = noun_before(text, prev_end, n.start)
    if before is not None:
        return before.category, before, False, None, None
    why = not_loss_reason(right[:50]) or not_loss_reason(left[-60:])
    if why:
        return why, None, False, None, None
    if _other_source(sent.sentence, n.start - sent.s0):
        return "another counting body's figure", None, False, None, None
    if not LOSS_WORD.search(sent.sentence) or _unknown_unit(right):
        return "not a loss figure", None, False, None, None
    return get_category("personnel"), None, False, None, None


def _read_number(
    sent: _Sentence, k: int, local: list[Claim], state: _DocState,
    scales: Mapping[str, Scale] | None, as_of: date,
) -> Claim | str | None:
    """Return a Claim, the reason the number is out of scope, or None to ignore it."""
    text, s0, s1, n = sent.text, sent.s0, sent.s1, sent.nums[k]
    prev_end = sent.nums[k - 1].end if k else s0
    next_start = sent.nums[k + 1].start if k + 1 < len(sent.nums) else s1
    left = text[prev_end : n.start]
    if _INCREMENT.search(text[max(s0, n.start - 3) : n.start]) and local:
        return _increment(n, local[-1], text)
    found, noun, is_list, inherited, combined = _category(sent, n, prev_end, next_start, local)
    if isinstance(found, str):
        return found
    category = found
    sentence = sent.sentence
    if not (LOSS_WORD.search(sentence) or is_list or inherited or state.list_time):
        return not_loss_reason(sentence) or "no loss wording"
    if _other_source(sentence, n.start - s0):
        return "another counting body's figure"
    side = side_in(left) or side_in(text[s0 : n.start]) or (inherited and "ru") or state.last_side
    if side == "ua":
        return "Ukraine's losses"
    # No side named at all: a loss figure in a text given to this checker is read as Russia's.
    if category.key == "personnel" and noun is not None and noun.text.lower() == "people" and not (
        RUSSIAN_SIDE.search(sentence)
    ):
        return "not clearly about Russia's soldiers"
    hedge = hedge_before(text[s0 : n.start])
    comparator = hedge[0] if hedge else Comparator.EXACT
    after = _AFTER_HEDGE.match(text[n.end :])
    if not hedge and after:
        comparator = Comparator.ABOUT if "so" in after.group() else Comparator.AT_LEAST
    single = len(sent.nums) == 1
    war = sent.war
    time, how = pick_time(
        own=sent.owner.get(k), inherited=inherited,
        left_is_total=bool(STRONG_TOTAL_CUE.search(left[-60:])), war=war,
        war_applies=war is not None and (prev_end <= war.start_pos < next_start
                                         or war.end_pos <= sent.nums[0].start or single),
        frame=sent.frame, shared=[t for t in sent.times if t.kind != "war" and _coordinated(text, n, t)],
        number_start=n.start,
        list_time=state.list_time, listed=is_list or _looks_listed(left),
    )
    if time is not None and how in {"shared", "frame", "inherited"} and not fits_period(
        n.value, time, category.key, scales, as_of
    ):
        time = None  # "710,660 ..., including 41,000 for October": October is not the total's
    region = sentence if single else text[prev_end:next_start]
    ctx = Context(n, category.key, comparator, region, left, sentence, inherited, is_list)
    kind, extra = decide_kind(ctx, time, scales, as_of=as_of)
    if kind is ClaimKind.STREAK and comparator is Comparator.EXACT:
        comparator = Comparator.AT_LEAST
    start = min([n.start] + ([n.start - hedge[1] + _lead_space(text, n.start - hedge[1])] if hedge else [])
                + ([noun.start] if noun is not None and noun.start < n.start else []))
    end = max([n.end] + ([noun.end] if noun is not None else []))
    if time is not None and time.kind != "war" and prev_end <= time.start_pos and time.end_pos <= next_start:
        start, end = min(start, time.start_pos), max(end, time.end_pos)
    return Claim(
        quote=text[start:end], start=start, end=end, category=_current_key(category.key, time),
        kind=kind, value=n.value, comparator=comparator, step=n.step, time=time,
        convention_hint=convention_hint(sentence, s0, time, is_list), number_text=n.text,
        unverifiable_reason=_unverifiable(combined, region, time, kind, sent.times, prev_end),
        **extra,
    )


_CLAUSE_BREAK = re.compile(
    r"\b(?:when|which|that|while|whereas|after|before|since|because|but|коли|який|яка|які|що|після|"
    r"але|тоді\s+як)\b|[;:—–]",
    re.I,
)


def _coordinated(text: str, n: NumberSpan, ref: TimeRef) -> bool:
    """Return True when only a list ("1,550 soldiers and 12 tanks") separates number and date."""
    between = text[n.end : ref.start_pos] if ref.start_pos >= n.end else text[ref.end_pos : n.start]
    return len(between) < 120 and not _CLAUSE_BREAK.search(between)


def _unverifiable(
    combined: str | None, region: str, time: TimeRef | None, kind: ClaimKind,
    stimes: list[TimeRef], offset: int,
) -> str | None:
    if combined:
        return f"it adds two categories ({combined}) that the General Staff reports separately"
    if LOCATION.search(region):
        return "a figure for one place or direction; the General Staff reports national totals only"
    if time is None and kind in {ClaimKind.DAY, ClaimKind.PERIOD}:
        unparsed = UNPARSED_PERIOD.search(_without_times(region, stimes, offset))
        if unparsed:
            return f"the period it names (\"{unparsed.group()}\") could not be read as dates"
    return None


def _increment(n: NumberSpan, total: Claim, text: str) -> Claim:
    """Return the "(+N)" after a total as the day figure of the same report."""
    end = n.end + 1 if text[n.end : n.end + 1] == ")" else n.end
    start = text.rfind("(", max(0, n.start - 3), n.start)
    start = start if start >= 0 else n.start
    return Claim(
        quote=text[start:end], start=start, end=end, category=total.category, kind=ClaimKind.DAY,
        value=n.value, time=_report_day(total.time), convention_hint=DateConvention.REPORT,
        number_text=n.text,
    )


def _report_day(time: TimeRef | None) -> TimeRef | None:
    if time is None:
        return None
    if time.kind == "war" and time.primary.end is not None:
        end = time.primary.end
        return replace(time, kind="day", granularity="day",
                       readings=(replace(time.primary, label=f"{end.day} {end:%b} {end.year}", start=end, end=end),))
    return time if time.kind == "day" else None


_CLAUSE = re.compile(r";|\s[—–]\s|,?\s+(?:while|whereas|but|although|though|тоді\s+як|тоді\s+коли|але|проте|натомість)\b", re.I)


def _other_source(sentence: str, pos: int) -> bool:
    """Return True when the counting body nearest the number (in its clause) is not the General Staff."""
    lo = max((m.end() for m in _CLAUSE.finditer(sentence, 0, pos)), default=0)
    nxt = _CLAUSE.search(sentence, pos)
    hi = nxt.start() if nxt else len(sentence)
    for a, b in ((lo, hi), (0, len(sentence))):
        clause = sentence[a:b]
        others = [m.start() + a for m in OTHER_SOURCE.finditer(clause)]
        staff = [m.start() + a for p in (GENERAL_STAFF, UKRAINE_SOURCE) for m in p.finditer(clause)]
        if others or staff:
            if not staff:
                return True
            if not others:
                return False
            return min(abs(x - pos) for x in others) < min(abs(x - pos) for x in staff)
    return False


def _unknown_unit(right: str) -> bool:
    """Return True when a word right after the number names something that is no category."""
    m = re.match(r"^[\s\u00a0]*([A-Za-zА-Яа-яІіЇїЄєҐґ'’]+)", right)
    if not m:
        return False
    word = m.group(1).lower()
    return word not in _OK_FOLLOW and not LOSS_WORD.match(word) and not RUSSIAN_SIDE.match(word)


def _post_noun_reason(after: str) -> str | None:
    m = _POST_NOUN.match(after)
    return not_loss_reason(m.group()) or "not a loss figure" if m else None


def _without_times(left: str, stimes: list[TimeRef], offset: int) -> str:
    out = left
    for ref in sorted(stimes, key=lambda r: -r.start_pos):
        a, b = ref.start_pos - offset, ref.end_pos - offset
        if 0 <= a and b <= len(out):
            out = out[:a] + " " + out[b:]
    return out


def _tail(text: str, size: int) -> str:
    return text[-size:]


def _looks_listed(left: str) -> bool:
    return bool(re.search(r"[-–—‒:]\s*(?:about|близько|орієнтовно|approximately)?\s*$", left, re.I))


def _lead_space(text: str, pos: int) -> int:
    count = 0
    while pos + count < len(text) and text[pos + count] in " («\"“":
        count += 1
    return count


def _current_key(key: str, time: TimeRef | None) -> str:
    """Return the category that absorbed a 2022 one ("vehicles" after April 2022)."""
    cat = get_category(key)
    when = None if time is None else time.primary.start
    if cat.merged_into and (when is None or not cat.exists_on(when)):
        return cat.merged_into
    return key


