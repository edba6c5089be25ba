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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import combinations
from typing import TypeVar, cast

from attrition.claims.claim import Claim, ClaimKind, OutOfScope
from attrition.claims.clauses import (
    A_TOTAL_OF,
    AFTER_HEDGE,
    ALL_EQUIPMENT_AFTER,
    ALSO_LISTS,
    AND_CATEGORY,
    AND_WOUNDED,
    ANY_WOUNDED,
    APART_AFTER_NOUN,
    ATTRIBUTION_AFTER,
    AVERAGE_OF_PREVIOUS,
    CLAUSE_BREAK,
    COMPARED,
    CONNECTOR,
    CONTINUES_SOURCE,
    CONTRAST,
    DIED_BEFORE,
    FORECAST_BEFORE,
    INCREMENT,
    KILLED_AFTER,
    KILLED_ONLY,
    KILLED_WORDING,
    LIST_SEPARATOR,
    NAMED_PART,
    NOT_A_PART,
    PER_AREA,
    RANGE_REASON,
    UKRAINIAN_ADJ,
    UKRAINIANS_AFTER,
    WOUNDED_FIGURE,
    WOUNDED_SLANG_AFTER,
    attributes_otherwise,
    coordinated,
    current_key,
    estimate_wording,
    goal_before,
    lead_space,
    looks_listed,
    named_source,
    names_an_estimating_body,
    one_per_time,
    other_source,
    past_opening_contrast,
    per_area_before,
    post_noun_reason,
    quote_said_by_reference,
    quote_speaker,
    ranges,
    said_by_pronoun,
    sentence_has,
    shared_scale,
    signs_off,
    sums_up_what_was_said,
    unknown_unit,
    without_times,
)
from attrition.claims.dates import WRITTEN_YEAR, find_times
from attrition.claims.document import FIGURES, Document, read_structure
from attrition.claims.kinds import (
    Context,
    Cues,
    Scale,
    bare_mark,
    ceiling,
    claim_convention,
    decide_kind,
    fits_period,
    is_round,
    pick_time,
    record_window_span,
    window_at,
)
from attrition.claims.lazy import cached_property
from attrition.claims.lexicon import (
    ATTACK_SENTENCE,
    COMMAND,
    FRONT_REGION,
    GENERAL_STAFF,
    LOCATION,
    LOCATION_ABBREVIATIONS,
    LOCATION_CAPITALS,
    LOCATION_LOWER,
    LOCATION_UNITS_LOWER,
    LOSS_WORD,
    NOT_LOSS_RE,
    NOT_RECORD,
    RECORD_CLAUSE,
    RECORD_MONTH,
    RUSSIAN_SIDE,
    UKRAINE_AGENT,
    UNIT_WORDS,
    UNITS,
    UNPARSED_PERIOD,
    VAGUE_DAYS,
    WOUNDED_ONLY,
    Comparator,
    hedge_before,
    milestone_near,
)
from attrition.claims.numbers import NumberSpan, find_numbers
from attrition.claims.patterns import alternation_spans, lowered
from attrition.claims.relative import NOW_WORDS
from attrition.claims.rounding import match
from attrition.claims.scope import (
    ALL_EQUIPMENT,
    ALL_EQUIPMENT_REASON,
    BOTH_SIDES_REASON,
    SILENT_REASONS,
    SUMMED,
    Noun,
    both_sides,
    claim_category,
    label_before,
    not_loss_reason,
    noun_after,
    noun_before,
    side_in,
    speaks_of_personnel,
    subject_category,
    summed_key,
    topic_category,
    unit_reason,
)
from attrition.claims.text import detect_language
from attrition.claims.timeref import Reading, TimeRef, label_date, relative_ref
from attrition.model.categories import Category, get_category
from attrition.model.dates import WAR_START, DateConvention

__all__ = ["Extraction", "Scale", "extract_claims", "read_document"]

_T = TypeVar("_T")
_HEADING = 300  # a paragraph at most this long may be a heading whose date governs a list
# the words before "напрямках" that make it every direction, no one sector ("на різних напрямках фронту")
ACROSS_DIRECTIONS = re.compile(r"\b(?:різних|усіх|всіх|багатьох|кількох|декількох|усьому|всьому|multiple|various|several|many|all)\s+$",
                               re.I)
# A region of the front ("на сході", "на Донбасі", lexicon.LOCATION) after the battles or attacks it
# names the place of the fighting, not of the figures: the General Staff's own headline "... й 72
# артсистеми, найбільше боїв триває на сході"
_BATTLES_BEFORE = re.compile(r"(?<!\w)(?:бо[їє]\w*+|атак\w*+|штурм\w*+|наступ\w*+|обстріл\w*+)(?!\w)"
                             r"[^.;:!?]{0,40}+$", re.I)


def names_unit(sentence: str, low: str | None = None) -> bool:
    """Return whether the sentence names a branch, unit or operation (lexicon.UNITS), words tested first."""
    text = (low if low is not None else sentence.lower())
    return any(word in text for word in UNIT_WORDS) and UNITS.search(sentence) is not None


_SHORT_HEADING = 40  # "Йдеться про:", "These include:": a heading whose losses the sentence before names
_LIST_ITEM = 160  # a paragraph at most this long under a loss heading is one item of its list
_SIDE_WINDOW = 300  # characters before a number in which its side ("Russia", "Ukraine's") is named


@dataclass(frozen=True)
class Extraction:
    """Claims found in a text and the numbers left out of scope."""

    claims: tuple[Claim, ...]
    out_of_scope: tuple[OutOfScope, ...]


@dataclass
class _DocState:
    list_time: TimeRef | None = None  # the heading date of a General Staff list
    # A heading that ends with a colon and speaks of losses ("напередодні армія РФ втратила:")
    # makes the short paragraphs under it loss figures; ``heading_time`` is its date, if any.
    under_heading: bool = False
    heading_time: TimeRef | None = None
    # The latest dated period named (and its paragraph): a list heading without a date of its own
    # ("Зокрема РФ має такі втрати:") lists the losses of the period named just before it;
    # ``prev_period`` is the previous sentence's period, dated or relative ("за минулий тиждень").
    recent_period: TimeRef | None = None
    recent_paragraph: int = -1
    prev_period: TimeRef | None = None
    # The period of a sentence that named one and no figure, while no figure and no other time has
    # been said since, and the sentence it was named in: an average said a sentence or two later is
    # that period's ("... reached a new monthly war high during September 2024. The UK Defense said this
    # in an update. ... the average daily loss rate was 1,271 per day").
    quiet_period: TimeRef | None = None
    quiet_at: int = -1
    at: int = -1  # the index of the sentence being read
    paragraph: int = -1
    sector: str | None = None  # the sentences speak of one sector's figures (named earlier)
    last_side: str | None = None
    # The counting body the discourse speaks for ("other" or "staff"): named in an earlier
    # sentence of the paragraph, in an attribution that follows ("Про це повідомляє ..."), or
    # continued by "За повідомленням, ..."; ``source`` applies to the sentence being read.
    said_by: str | None = None
    said_in: int = -1
    estimator: bool = False  # the body last named is one whose estimates are retold (clauses.names_an_estimating_body)
    signed: frozenset[int] = frozenset()  # list items signed by another body on the line after them (_signed_lists)
    source: str | None = None
    topic: Category | None = None
    topic_in: int = -1
    topic_one_sentence: bool = True  # the topic's paragraph has had one sentence so far
    topic_named_here: bool = False  # the topic was named in its paragraph (not carried into it)
    prev_claims: int = 0  # how many claims stood before the previous sentence was read
    claims: list[Claim] = field(default_factory=list)
    out: list[OutOfScope] = field(default_factory=list)


@dataclass(frozen=True)
class _SentenceFacts:
    """What one sentence says whatever the as-of date: found once per document, for every pass.

    ``source``, ``topic`` and ``side_before`` are the discourse of the sentences before it:
    the counting body it speaks for, the equipment its paragraph speaks of and the side
    last named (none of them depends on a date).
    """

    text: str  # the whole clean text
    s0: int
    s1: int
    source: str | None
    topic: Category | None
    side_before: str | None
    before: tuple[int, int] | None = None  # the sentence before it in its paragraph

    @cached_property
    def after_losses(self) -> bool:
        """Return whether the sentence before it, in the same paragraph, speaks of losses."""
        return self.before is not None and sentence_has(LOSS_WORD, self.text[self.before[0] : self.before[1]])

    @cached_property  # one string object per sentence: the per-sentence caches hash it once
    def sentence(self) -> str:
        return self.text[self.s0 : self.s1]

    # Found once per sentence, looked up per figure (by bisect): the rest of a list after each
    # of its figures was searched again for every figure, quadratic in a long list (issue 14).
    @cached_property
    def breaks(self) -> list[int]:
        """Return where the clause breaks of the sentence start (in the text)."""
        return [self.s0 + m.start() for m in CLAUSE_BREAK.finditer(self.sentence)]

    @cached_property
    def places(self) -> _Spans:
        """Return the places and sectors the sentence names, not "на різних напрямках фронту" (every direction)."""
        sentence, s0 = self.sentence, self.s0
        low = lowered(sentence)  # plain: LOCATION read in its runs, those that read no case lowered (lexicon)
        spans = ([m.span() for m in LOCATION.finditer(sentence)] if low is None else alternation_spans(
            [(LOCATION_LOWER, low), (LOCATION_CAPITALS, sentence), (LOCATION_UNITS_LOWER, low), (LOCATION_ABBREVIATIONS, sentence)]))
        if names_unit(sentence, low):  # a branch's, unit's or operation's own count (lexicon.UNITS)
            spans = sorted([*spans, *(m.span() for m in UNITS.finditer(sentence))])
        found = [(a, b) for a, b in spans if not ACROSS_DIRECTIONS.search(sentence, max(0, a - 24), a) and not (
            FRONT_REGION.match(sentence, a) and _BATTLES_BEFORE.search(sentence, max(0, a - 60), a))]
        return [s0 + a for a, _ in found], [s0 + b for _, b in found], [sentence[a:b] for a, b in found]

    @cached_property
    def vague_days(self) -> _Spans:
        return _spans(VAGUE_DAYS, self.sentence, self.s0)

    @cached_property
    def period_words(self) -> _Spans:
        return _spans(UNPARSED_PERIOD, self.sentence, self.s0)

    @cached_property
    def names_staff(self) -> bool:
        return sentence_has(GENERAL_STAFF, self.sentence)

    @cached_property
    def record_said(self) -> tuple[re.Match[str], bool] | None:
        """Return a record the sentence says of a figure ("the highest monthly figure ...") and if it is monthly."""
        text, s0 = self.text, self.s0
        m = RECORD_CLAUSE.search(text, s0, self.s1)
        if m is None or NOT_RECORD.search(text[max(s0, m.start() - 25) : m.start()]):
            return None
        return m, RECORD_MONTH.search(m.group()) is not None

    @cached_property
    def names_place(self) -> bool:
        """Return whether the sentence names a place or sector ("на Покровському напрямку"), not the whole front."""
        return bool(self.places[0])

    def once(self, read: Callable[..., _T], *args: Hashable) -> _T:
        """Return ``read(*args)``, a reading of the text alone, made once for every pass."""
        key = (read, *args)
        try:
            return cast(_T, self._once[key])
        except KeyError:
            found = self._once[key] = read(*args)
            return found

    @cached_property
    def _once(self) -> dict[tuple[Hashable, ...], object]:
        return {}

    def cues(self, region: tuple[int, int], left: tuple[int, int]) -> Cues:
        """Return the kind cues of a figure's clause (``region``) and the text before it (``left``)."""
        found = self._cues.get((region, left))
        if found is None:
            found = self._cues[region, left] = Cues(
                self.text[region[0] : region[1]], self.text[left[0] : left[1]], self.sentence)
        return found

    @cached_property
    def _cues(self) -> dict[tuple[tuple[int, int], tuple[int, int]], Cues]:
        return {}


@dataclass(frozen=True)
class _Layout:
    """What the reader finds in a document whatever the as-of date, read once per document.

    A self-dated check reads its document twice, at the fallback date to find its date and
    then at that date; both passes share this, so only what depends on the date (time
    references, kinds, the record's scale) is read twice.
    """

    numbers: list[NumberSpan]  # the figures (but those of the dateline)
    figure_spans: list[tuple[int, int]]  # where dates can matter (``_where_figures_are``)
    sentences: list[_SentenceFacts]
    heads_list: list[bool]  # ends with a colon and speaks of losses: heads a list


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
    facts: _SentenceFacts
    record_since: date | None = None  # "the deadliest month this year"
    # "втрати ворога за добу сягнули: A – 8, B – 35": the date before a colon heads the list after it
    colon_time: TimeRef | None = None
    colon_at: int = -1
    topic: Category | None = None  # the equipment the paragraph speaks of ("tank losses ... 359 in June")

    @property
    def sentence(self) -> str:
        return self.facts.sentence

    @cached_property
    def rate_listed(self) -> frozenset[int]:
        """Return the figures a per-day rate said after the last figure of their list is also said of.

        "Russia is losing 10 tanks and 40 artillery systems each day": "each day" follows the
        last figure only, and is the whole list's. Read once per sentence, from its last figure back.
        """
        said = self.sentence
        if not ("day" in said or "Day" in said or "DAY" in said or "щод" in said or "Щод" in said or "добу" in said):
            return frozenset()  # no rate word anywhere: most sentences, read without a regex per figure
        text, nums, out = self.text, self.nums, set()
        tailed = False
        for j in range(len(nums) - 1, -1, -1):
            end = nums[j + 1].start if j + 1 < len(nums) else self.s1
            own = _LIST_RATE_AFTER.match(text, nums[j].end, end) is not None
            if not own and tailed:
                gap = (nums[j].end, nums[j + 1].start)
                tailed = gap[1] - gap[0] <= 60 and _LIST_JOIN.fullmatch(text, *gap) is not None and not any(
                    gap[0] <= t.start_pos < gap[1] for t in self.times)
                if tailed:
                    out.add(j)
            else:
                tailed = own
        return frozenset(out)

    @cached_property
    def month_rate_joined(self) -> frozenset[int]:
        """Return the figures a per-month adverb said before the sentence's first figure is also said of.

        "Росія щомісяця мобілізує близько 40 тисяч військовослужбовців і водночас втрачає приблизно 35
        тисяч" (Zelensky to the FT, shtab.info): "щомісяця" stands in the first figure's clause only, and is
        said of each figure joined to the one before it with no clause break and no date between.
        """
        said = self.sentence.lower()
        if "щомісяц" not in said and "щомісяч" not in said and "every month" not in said and "each month" not in said:
            return frozenset()  # no such adverb: most sentences, read without a regex
        text, nums = self.text, self.nums
        if not nums or _MONTH_ADVERB.search(text, self.s0, nums[0].start) is None:
            return frozenset()
        out: set[int] = set()
        for j in range(1, len(nums)):
            gap = (nums[j - 1].end, nums[j].start)
            if (gap[1] - gap[0] > 80 or CLAUSE_BREAK.search(text, *gap) is not None
                    or any(gap[0] <= t.start_pos < gap[1] for t in self.times)):
                break
            out.add(j)
        return frozenset(out)

    @cached_property
    def unparsed_periods(self) -> _Spans:
        """Return the period words the date readers left unread (those not inside a time reference)."""
        found = self.facts.period_words
        keep = [k for k, (a, b) in enumerate(zip(*found[:2], strict=True))
                if not any(t.start_pos < b and a < t.end_pos for t in self.times)]
        return [found[0][k] for k in keep], [found[1][k] for k in keep], [found[2][k] for k in keep]


_Spans = tuple[list[int], list[int], list[str]]  # starts, ends and texts of matches in text order


def _spans(pattern: re.Pattern[str], sentence: str, s0: int) -> _Spans:
    found = list(pattern.finditer(sentence))
    return [s0 + m.start() for m in found], [s0 + m.end() for m in found], [m.group() for m in found]


def _first_within(spans: _Spans, start: int, end: int) -> str | None:
    """Return the text of the first match that lies within ``start``..``end``, if any."""
    starts, ends, texts = spans
    for k in range(bisect_left(starts, start), len(starts)):
        if starts[k] >= end:
            break
        if ends[k] <= end:
            return texts[k]
    return None


def extract_claims(
    text: str, *, as_of: date, scales: Mapping[str, Scale] | None = None, lang: str | None = None
) -> Extraction:
    """Return the claims and out-of-scope numbers of clean ``text``, dates resolved at ``as_of``."""
    return read_document(read_structure(text, lang or detect_language(text)), as_of, scales)


def read_document(doc: Document, as_of: date, scales: Mapping[str, Scale] | None = None) -> Extraction:
    """The General Staff series reader: every loss figure of ``doc``, sentence by sentence.

    Numbers and time references are found once over the whole text and handed to their
    sentence in one forward pass, so the work is linear in the length of the text.
    """
    text = doc.text
    layout = _layout(doc)
    numbers = layout.numbers
    times = find_times(text, as_of, layout.figure_spans)
    if doc.stamp is not None:  # the article's own date: no figure's date
        a, b = doc.stamp
        times = [t for t in times if not (t.start_pos < b and a < t.end_pos)]
    state = _DocState()
    ni = ti = 0
    for k, s in enumerate(doc.sentences):
        s0, s1 = s.start, s.end
        while ni < len(numbers) and numbers[ni].start < s0:
            ni += 1
        while ti < len(times) and times[ti].start_pos < s0:
            ti += 1
        nj, tj = ni, ti
        while nj < len(numbers) and numbers[nj].start < s1:
            nj += 1
        while tj < len(times) and times[tj].start_pos < s1:
            tj += 1
        if s.paragraph != state.paragraph:
            state.paragraph = s.paragraph
            p0, p1 = doc.paragraphs[s.paragraph]
            if p1 - p0 > _LIST_ITEM:  # prose again: the list under the heading has ended
                state.under_heading, state.heading_time = False, None
        if _links_away(text, s0, doc.paragraphs[s.paragraph][0]):
            state.out.extend(OutOfScope(n.text, n.start, n.end, n.value, LINKED_HEADLINE)
                             for n in numbers[ni:nj] if not (n.is_word and n.value < 1000))
            continue
        facts = layout.sentences[k]
        state.source, state.topic, state.last_side = facts.source, facts.topic, facts.side_before
        before = len(state.claims)
        state.at = k
        _read_sentence(text, facts, numbers[ni:nj], times[ti:tj], state, scales, as_of)
        _record_said_of(facts, before if nj > ni else state.prev_claims, state)
        state.prev_claims = before
        if layout.heads_list[k]:
            state.under_heading = True
            state.heading_time = _heading_time(times[ti:tj], layout.sentences[k], s.paragraph, state)
        period = next((t for t in reversed(times[ti:tj]) if t.kind == "period" and not t.is_as_of), None)
        state.prev_period = period
        if len(state.claims) != before or any(t.kind != "period" and not t.is_as_of for t in times[ti:tj]):
            state.quiet_period = None  # a figure or a day or the war said since
        elif period is not None:
            state.quiet_period, state.quiet_at = period, k
        if period is not None and not period.is_relative:
            state.recent_period, state.recent_paragraph = period, s.paragraph
    judged, theirs = _restated_as_another_bodys(state.claims, state.out, layout)
    claims, restated = _once_per_mark(_headline_takes_the_hedge(judged, doc))
    return Extraction(claims, tuple(state.out) + theirs + restated)


OTHER_BODY_REASON = "another counting body's figure"


def _one_digit_mark(value: int) -> bool:
    """Return whether ``value`` is one digit and zeros (1,000; 300,000; 1,000,000)."""
    return str(value).rstrip("0") in set("123456789")


def _restated_as_another_bodys(
    claims: list[Claim], out: list[OutOfScope], layout: _Layout
) -> tuple[list[Claim], tuple[OutOfScope, ...]]:
    """Leave out a total whose sentence names no counting body when the text gives the same figure, in another
    sentence, as another body's and never as the General Staff's.

    "За весь час повномасштабної війни в Україні росія втратила 1,2 мільйона солдатів. ... Видання з посиланням на
    дані ... (CSIS) пише, що російські війська зазнали майже 1,2 мільйона втрат": the lead retells CSIS's figure
    before naming it. A figure that only equals another body's by chance beside the General Staff's own stays judged.
    """
    if not layout.sentences:
        return claims, ()
    text = layout.sentences[0].text
    # a figure of two significant digits or more (a bare round mark, "one million", "1,000", is every body's), not
    # Ukraine's losses ("put the number of Ukrainian fighters killed at more than 23,000")
    theirs = {o.value for o in out if o.reason == OTHER_BODY_REASON and o.value >= 1_000 and not _one_digit_mark(o.value)
              and not UKRAINIAN_ADJ.search(text, max(0, o.start - 80), o.start)}
    if not theirs:
        return claims, ()
    starts = [f.s0 for f in layout.sentences]

    def unattributed(c: Claim) -> bool:
        facts = layout.sentences[bisect_right(starts, c.start) - 1]
        return facts.source is None and named_source(facts.sentence) is None

    staffs = {c.value for c in claims if not unattributed(c)}
    kept: list[Claim] = []
    moved: list[OutOfScope] = []
    for c in claims:
        if c.kind in {ClaimKind.TOTAL, ClaimKind.MILESTONE} and c.value in theirs and c.value not in staffs \
                and unattributed(c):
            moved.append(OutOfScope(c.quote, c.start, c.end, c.value,
                                    f"{OTHER_BODY_REASON} (the text names its body where it gives the figure again)"))
        else:
            kept.append(c)
    return kept, tuple(moved)


def _same_time(a: TimeRef | None, b: TimeRef | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.kind == b.kind and [(r.start, r.end) for r in a.readings] == [(r.start, r.end) for r in b.readings]


_RUNNING = {ClaimKind.TOTAL, ClaimKind.MILESTONE}  # the running total, stated bare or as a mark passed


def _headline_takes_the_hedge(claims: list[Claim], doc: Document) -> list[Claim]:
    """Give a headline's bare round figure the hedge the body states it with ("Putin Loses 6,000 Troops in 2 Weeks" ... "more than 6,000 of his troops in two weeks").

    A headline drops "more than", "nearly", "about" for room; the body's first statement of the same
    figure (same line, kind and time; a bare total and a mark passed are both the running total, "Russia
    has now lost 400,000 troops" ... "more than 400,000 soldiers") says how far it is meant. An exact figure ("6,170") is no
    round mark and keeps its own wording, as does a headline whose body states the figure bare and a
    headline's mark passed ("Russian Losses Top 1 Million": the verb is its wording, whatever the body hedges).
    """
    if doc.headline is None:
        return claims
    end = doc.headline[1]
    out = list(claims)
    for i, c in enumerate(claims):
        if c.start >= end:
            break
        if c.comparator is not Comparator.EXACT or c.kind is ClaimKind.MILESTONE or c.step < 10 or c.high is not None:
            continue
        said = next((d for d in claims if d.start >= end and d.value == c.value and d.category == c.category
                     and (d.kind == c.kind or {c.kind, d.kind} <= _RUNNING) and d.high is None
                     and _same_time(c.time, d.time)), None)
        if said is not None and said.comparator is not Comparator.EXACT:
            out[i] = replace(c, comparator=said.comparator, kind=said.kind)
    return out


LINKED_HEADLINE = "a linked headline of another report"
# "Read also: Ukraine eliminates 630 Russian troops, two tanks, 26 cruise missiles in past day" (NV on
# Yahoo, 23 Jan 2023), "Читайте також: Сили оборони знищили ще 990 російських загарбників": a link to
# another story, whose figures are another day's report; read lower-cased at a sentence's or its
# paragraph's start (a plain prefix test, no pattern)
_LINK_OPENINGS = (
    "read also", "also read", "read more", "see also", "related:",
    "related news:", "related article", "more on this:", "читайте також", "також читайте", "читайте ще",
    "дивіться також", "читайте также", "читайте по темі", "по темі:",
)


def _links_away(text: str, s0: int, p0: int) -> bool:
    """Return True when the sentence at ``s0`` (or its paragraph, from ``p0``) opens with a link's label."""
    return (text[s0 : s0 + 24].lstrip(" *•>«\"").lower().startswith(_LINK_OPENINGS)
            or (p0 != s0 and text[p0 : p0 + 24].lstrip(" *•>«\"").lower().startswith(_LINK_OPENINGS)))


def _heading_time(own: list[TimeRef], facts: _SentenceFacts, paragraph: int, state: _DocState) -> TimeRef | None:
    """Return the date of a list heading: its own day, else its own period or the one named just before.

    "напередодні армія РФ втратила:" lists one day's losses; "за минулий тиждень … втрат зазнали …
    Йдеться про:" lists the week's (the sentence before a short heading of the same paragraph);
    "за тиждень з 27 листопада по 3 грудня … Зокрема РФ має такі втрати:" the dated period of this
    or the paragraph before. A heading dated by the invasion or a report ("з 24.02.22 по 16.10.25
    орієнтовно склали:") lists totals.
    """
    day = next((t for t in own if t.kind == "day" and not t.is_as_of), None)
    if day is not None or any(t.kind == "war" or t.is_as_of for t in own):
        return day
    period = next((t for t in own if t.kind == "period"), None)
    if period is None and facts.before is not None and len(facts.sentence) <= _SHORT_HEADING:
        period = state.prev_period
    if period is None and paragraph - state.recent_paragraph <= 1:
        period = state.recent_period
    return period


def _layout(doc: Document) -> _Layout:
    """Return the document's layout, read on first use and kept with the document."""
    found = doc.memo.get("gs_series")
    if not isinstance(found, _Layout):
        found = doc.memo["gs_series"] = _read_layout(doc)
    return found


def _read_layout(doc: Document) -> _Layout:
    """Read what does not depend on the as-of date: figures, where dates matter, the discourse."""
    text = doc.text
    found = doc.memo.get(FIGURES)
    numbers = _with_indefinite_ones(doc, find_numbers(text) if found is None else list(found))
    spans = _where_figures_are(doc, numbers)
    if doc.stamp is not None:  # the article's own date: no figure
        a, b = doc.stamp
        numbers = [n for n in numbers if not (n.start < b and a < n.end)]
    state = _DocState(signed=_signed_lists(doc))
    sentences: list[_SentenceFacts] = []
    heads: list[bool] = []
    for k, s in enumerate(doc.sentences):
        _discourse_source(doc, k, state)
        _topic(doc.sentence_text(s), s.paragraph, state)
        prev = doc.sentences[k - 1] if k else None
        facts = _SentenceFacts(text, s.start, s.end, state.source, state.topic, state.last_side,
                               (prev.start, prev.end) if prev is not None and prev.paragraph == s.paragraph else None)
        sentence = facts.sentence
        sentences.append(facts)
        heads.append(sentence.rstrip().endswith(":") and (sentence_has(LOSS_WORD, sentence) or (
            len(sentence) <= _SHORT_HEADING and facts.after_losses)))  # "… втрат зазнали … Йдеться про:"
        side = side_in(sentence, alone=True)  # another war's only when no other side is named with it
        if side:
            state.last_side = side
    return _Layout(numbers, spans, sentences, heads)


_A_OR_AN = re.compile(r"\b(?P<a>an?)\s+(?=[^\W\d])", re.I)
# the words between "a" and its noun: a modifier or a model ("a Russian Ka-52 helicopter"), no phrase;
# matched after "a"/"an" and its spaces, so each word is read from its start only (linear, issue 14)
_MODIFIERS = re.compile(r"\s*+(?:(?<![\w’'-])(?!(?:of|on|at|in|with|and|or|by|from|to|for|that|which|the)\b)[\w’'-]++\s++){0,2}", re.I)
# the categories whose single loss is reported as such ("shot down an aircraft"); "a tank" in a
# sentence is an episode, not the day's count
_ONE_IS_NEWS = frozenset({"aircraft", "helicopters", "ships", "submarines"})
# what may follow the noun: the clause goes on ("a helicopter attack", "an aircraft carrier" do not);
# matched at the noun's end: (?<!\s) skips the inside of a run of spaces (linear, issue 14)
_NOUN_ENDS = re.compile(r"(?<!\s)\s*+(?:$|[,.;:!?)—–-]|(?:over|in|near|and|or|on|during|was|were|had|has|as|while|after|"
                        r"that|which|to|from|at|with|of|overnight|yesterday|today|this|last|the|by|for|since|"
                        r"within|earlier|also|too|alone)\b)", re.I)


# Ukrainian has no article: the loss verb before the noun in the singular ("збили літак",
# "знищено гелікоптер", "уразили корабель") is the figure; the verb is its span
_UK_LOSS_VERB = re.compile(  # the first letter first (a scan by its set), then no letter before it
    r"(?P<a>[зупв](?<![\w’'-].)(?:(?<=з)(?:бил[иа]|бив|бито|нищ(?:ено|или|ила|ив))|(?<=у)(?:ражено|раз(?:или|ила|ив))|"
    r"(?<=п)отоп(?:или|ила|ив|лено)|(?<=в)трат(?:или|ила|ив)))\s++(?=[^\W\d])", re.I)
_UK_NEGATED = re.compile(r"(?<![\w’'-])не\s++$", re.I)
_UK_SINGULAR = frozenset({"літак", "гелікоптер", "вертоліт", "корабель", "підводний човен"})
# the last item of a list of figures may be any line in the singular, its 1 unsaid ("35 артилерійських
# систем і реактивну систему залпового вогню"): the nominative and accusative singular of each line
_UK_SINGULAR_LISTED = _UK_SINGULAR | frozenset({
    "танк", "бойову броньовану машину", "бойова броньована машина", "артсистему", "артсистема",
    "артилерійську систему", "артилерійська система", "гармату", "гармата", "реактивну систему залпового вогню",
    "реактивна система залпового вогню", "засіб ппо", "засіб протиповітряної оборони", "крилату ракету",
    "крилата ракета", "безпілотник", "дрон", "автомобіль", "автоцистерну", "автоцистерна"})


def _with_indefinite_ones(doc: Document, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """Add "a"/"an" as 1 before an aircraft, a helicopter, a ship or a submarine in a sentence of losses.

    "Ukrainian forces also shot down an aircraft over the past day": the day's aircraft figure.
    Only when the noun follows within two modifier words and the sentence has loss wording.
    Ukrainian, without an article, says it with the noun in the singular right after a loss verb
    ("За добу знищено гелікоптер"), at most "ще", "російський" or a model between.
    """
    text, ones = doc.text, []
    for s in doc.sentences:
        if not _A_OR_AN.search(text, s.start, s.end) or not sentence_has(LOSS_WORD, text[s.start : s.end]):
            continue
        for m in _A_OR_AN.finditer(text, s.start, s.end):
            gap = _MODIFIERS.match(text, m.end("a"), s.end)
            noun = noun_after(text, m.end("a"), min(s.end, m.end("a") + 60))
            if noun is None or gap is None or noun.start > gap.end() or noun.category.key not in _ONE_IS_NEWS \
                    or not _NOUN_ENDS.match(text, noun.end, s.end):
                continue
            ones.append(NumberSpan(1, m.start("a"), m.end("a"), m.group("a"), 1, is_word=True))
    ones += _ukrainian_singulars(doc, numbers)
    if not ones:
        return numbers
    taken = [(n.start, n.end) for n in numbers]
    ones = [o for o in ones if not any(a < o.end and o.start < b for a, b in taken)]
    return sorted([*numbers, *ones], key=lambda n: n.start)


def _ukrainian_singulars(doc: Document, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """Return a loss verb before an aircraft, a helicopter, a ship or a submarine in the singular as 1."""
    text, ones = doc.text, []
    starts = [s.start for s in doc.sentences]
    at = [n.start for n in numbers]  # sorted
    for m in _UK_LOSS_VERB.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > doc.sentences[k].end:
            continue
        s = doc.sentences[k]
        if _UK_NEGATED.search(text, max(s.start, m.start() - 4), m.start()):
            continue  # "не збили літак"
        noun = noun_after(text, m.end(), min(s.end, m.end() + 60))
        if noun is None or " ".join(noun.text.lower().split()) not in _UK_SINGULAR:
            continue
        i = bisect_left(at, m.end())
        if i < len(at) and at[i] < noun.start:  # "ще один літак": the number is the figure, counted once
            continue
        ones.append(NumberSpan(1, m.start("a"), m.end("a"), m.group("a"), 1, is_word=True))
    return ones


def _digit_count(claim: Claim) -> int:
    return sum(ch.isdigit() for ch in claim.number_text)


def _once_per_mark(claims: list[Claim]) -> tuple[tuple[Claim, ...], tuple[OutOfScope, ...]]:
    """Judge a round mark stated several times in a text once ("1 Million" ... "1,000,000" ... "one million").

    The statement written most exactly (most digits; the first when tied) is the claim; the
    others name the same mark of the same category with no date but the war's, so they refer
    back to it and are listed, not judged again.
    """
    marks: dict[tuple[str, int], Claim] = {}
    for c in claims:
        if c.kind in {ClaimKind.TOTAL, ClaimKind.MILESTONE} and c.value >= 1_000 and c.step * 1_000 >= c.value \
                and c.step >= 100:
            best = marks.get((c.category, c.value))
            if best is None or _digit_count(c) > _digit_count(best):
                marks[(c.category, c.value)] = c
    kept: list[Claim] = []
    out: list[OutOfScope] = []
    for c in claims:
        best = marks.get((c.category, c.value))
        if best is not None and best is not c and c.kind in {ClaimKind.TOTAL, ClaimKind.MILESTONE} \
                and (c.time is None or c.time.kind == "war"):
            out.append(OutOfScope(c.quote, c.start, c.end, c.value,
                                  f"restates the {c.value:,} mark stated in \"{best.quote}\" (judged once)"))
        else:
            kept.append(c)
    return tuple(kept), tuple(out)


def _record_said_of(facts: _SentenceFacts, first: int, state: _DocState) -> None:
    """Add the record a sentence says of a figure stated just before it, as a claim of its own.

    "lost 38,940 in May, the highest monthly figure since the start of the war": the figure is
    the latest day or period claim (of a month when the record is monthly) among
    ``state.claims[first:]`` that ends before the phrase: this sentence's own, or the previous
    sentence's when this one states no figure ("It described the daily increase as the highest
    of the war so far").
    """
    said = facts.record_said
    if said is None:
        return
    m, monthly = said
    for c in reversed(state.claims[first:]):
        if c.end > m.start() or c.kind not in {ClaimKind.DAY, ClaimKind.PERIOD} or c.measure != "sum":
            continue
        month_sum = c.kind is ClaimKind.PERIOD and c.time is not None and c.time.granularity == "month"
        if (month_sum if monthly else c.kind is ClaimKind.DAY) is False:
            continue  # a daily record is said of a day's figure, a monthly one of a month's sum
        state.claims.append(replace(c, quote=m.group(), start=m.start(), end=m.end(), kind=ClaimKind.RECORD, time=None,
                                    record_scope="month" if monthly else "day", record_rank=1))
        return


def _topic(sentence: str, paragraph: int, state: _DocState) -> None:
    """Carry the equipment a sentence speaks of to the next ones of its paragraph, until soldiers are named.

    The next paragraph keeps it too when the topic was named in the paragraph before, or that paragraph
    was one sentence ("May was Russia's worst month for tank losses ... with 428. It was the second
    deadliest month ... with 521." / "Subsequent months saw 359 losses in June, ...").
    """
    if paragraph == state.topic_in + 1 and state.topic is not None and (
            state.topic_named_here or state.topic_one_sentence) and not speaks_of_personnel(sentence):
        state.topic_in, state.topic_named_here, state.topic_one_sentence = paragraph, False, True
    elif paragraph != state.topic_in or speaks_of_personnel(sentence):
        state.topic, state.topic_in, state.topic_named_here, state.topic_one_sentence = None, paragraph, False, True
    else:
        state.topic_one_sentence = False
    found = topic_category(sentence)
    if found is not None:
        state.topic, state.topic_named_here = found, True


def _signed_lists(doc: Document) -> frozenset[int]:
    """Return the sentences of list items whose author is named only on the line that closes the list.

    UK Defence Intelligence's update retold as its bullets, then the embedded post's signature
    ("- The average daily number of Russian casualties ... with 899 losses per day. ... - The total number
    of Russian losses ... now stands at over 465,000." / "Latest Defence Intelligence update on the
    situation in Ukraine – 04 May 2024.— Ministry of Defence (@DefenceHQ) May 4, 2024"): the run of list
    items right before a sign-off (clauses.signs_off) that names another counting body is that body's.
    """
    signed: set[int] = set()
    by_paragraph: dict[int, list[int]] = {}
    for k, s in enumerate(doc.sentences):
        by_paragraph.setdefault(s.paragraph, []).append(k)
    last = len(doc.paragraphs) - 1
    for p in range(1, len(doc.paragraphs)):
        if not doc.is_list_item(p - 1):
            continue
        p0, p1 = doc.paragraphs[p]
        line = doc.text[p0:p1]
        if doc.is_list_item(p) and (p < last and doc.is_list_item(p + 1) or any(ch.isdigit() for ch in line)):
            continue  # an item of the list, not the dash before its author ("— UK Defence Intelligence") ending it
        if not signs_off(line) or not (named_source(line) == "other" or (
                named_source(line) is None and names_an_estimating_body(line))):
            continue
        q = p - 1
        while q >= 0 and doc.is_list_item(q):
            signed.update(by_paragraph.get(q, ()))
            q -= 1
    return frozenset(signed)


def _discourse_source(doc: Document, k: int, state: _DocState) -> None:
    """Set ``state.source``: the counting body sentence ``k`` speaks for when it names none itself.

    An attribution right after it ("Про це повідомляє Міністерство оборони Британії", "This
    was reported by the General Staff") names its source; otherwise the body last named in
    the same paragraph, or in an earlier one when the sentence opens with "За повідомленням"
    / "According to the report", or when it is worded as an estimate (an average, "probably")
    and that body is a Western intelligence service, defence ministry or NATO.
    """
    s = doc.sentences[k]
    sentence = doc.sentence_text(s)
    own = named_source(sentence)
    if own is not None:
        state.source, state.said_by, state.said_in = None, own, s.paragraph
        state.estimator = own == "other" and names_an_estimating_body(sentence)
        return
    if k in state.signed:  # a list item whose author signs the list below it
        state.source, state.said_by, state.said_in, state.estimator = "other", "other", s.paragraph, True
        return
    nxt = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else None
    said = doc.sentence_text(nxt) if nxt is not None else ""
    named = named_source(said) if said and (ATTRIBUTION_AFTER.match(said) or attributes_otherwise(said)) else None
    p0, p1 = doc.paragraphs[s.paragraph]
    if named is None and quote_speaker(doc.text[p0:p1], (s.start + s.end) // 2 - p0) == "other":
        named = "other"  # a sentence of a quotation said by another body ("... DEATH! ...," the US leader wrote)
    if named is not None:
        state.source = named
    elif state.said_in == s.paragraph or CONTINUES_SOURCE.match(sentence) \
            or said_by_pronoun(sentence, s.paragraph, state.said_in) \
            or sums_up_what_was_said(sentence, s.paragraph, state.said_in) \
            or quote_said_by_reference(doc.text[p0:p1], (s.start + s.end) // 2 - p0, s.paragraph, state.said_in):
        state.source = state.said_by
    elif state.said_by == "other" and state.estimator and (estimate_wording(sentence) or (
            nxt is not None and nxt.paragraph == s.paragraph and named_source(said) is None and estimate_wording(said))):
        # the body named paragraphs before still speaks (clauses.estimate_wording), in this sentence or in the
        # next of its paragraph, which splits its figure ("Among the destroyed equipment, 3,704 tanks were
        # affected. Of these, 2,635 were destroyed, 534 were captured")
        state.source = "other"
    else:
        state.source = None
    if state.source is not None:
        state.said_by, state.said_in = state.source, s.paragraph


def _where_figures_are(doc: Document, numbers: list[NumberSpan]) -> list[tuple[int, int]]:
    """Return the stretches of text whose dates can matter: the sentences that hold a figure.

    Also a sentence that ends with a colon (it heads a list) and every sentence of a short
    paragraph (a heading such as "Losses since the start of the invasion"). A date is read
    only with the figures of its own sentence, so the date patterns skip the rest.
    """
    text = doc.text
    keep: list[tuple[int, int]] = []
    k = 0
    for s in doc.sentences:
        while k < len(numbers) and numbers[k].start < s.start:
            k += 1
        p0, p1 = doc.paragraphs[s.paragraph]
        if ((k < len(numbers) and numbers[k].start < s.end) or p1 - p0 <= _HEADING
                or text[s.start : s.end].rstrip().endswith(":")):
            if keep and keep[-1][1] >= s.start - 2:
                keep[-1] = (keep[-1][0], s.end)
            else:
                keep.append((s.start, s.end))
    return keep


def _keep_number(text: str, n: NumberSpan, stimes: list[TimeRef], s1: int) -> bool:
    if any(t.start_pos < n.end and n.start < t.end_pos for t in stimes):
        return False
    # a small number word is a figure only with its noun ("two jets"); "дві сотні" is one as digits are
    if n.is_year_like or (n.is_word and n.value < 100):
        return noun_after(text, n.end, min(s1, n.end + 80)) is not None or (
            n.is_year_like and _UNITS_AFTER.match(text, n.end) is not None) or (  # "автомобільної техніки – 1926 од."
            # "артилерійських систем — 1923 (+8) од.": a year is never followed by a day's increment
            n.is_year_like and _INCREMENT_THEN_NOUN.match(text, n.end) is not None) or (
            n.is_word and _LOW_END_AFTER.match(text, n.end) is not None  # "від одного до 1,35 мільйона"
            and text[max(0, n.start - 9) : n.start].lower().endswith(_LOW_END_BEFORE))
    return True


_UNITS_AFTER = re.compile(r"(?<!\s)\s*+(?:од\.|одиниц\w*|units?\b|pcs\b)", re.I)
# a number word that opens a range of figures ("від одного до 1,35 мільйона", "from one to 1.35 million")
_LOW_END_AFTER = re.compile(r"(?<!\s)\s++(?:до|to|and)\s++\d", re.I)
_LOW_END_BEFORE = ("від ", "from ", "between ")
# "… до 11 603 одиниць.": the units end the clause, no noun of theirs. Matched at the units' last
# character; "(?<!\s)" makes a search start only after a non-space, so a run of spaces is read once
_CLAUSE_END = re.compile(r"(?<!\s)\s*+(?:[.,;:!?)]|$)")


def _distance(n: NumberSpan, ref: TimeRef) -> int:
    # a date usually follows its figure ("183 drones on January 12 and 37 ..."), so a figure
    # after the date must be clearly nearer to take it
    return ref.start_pos - n.end if ref.start_pos >= n.end else n.start - ref.end_pos + 20


def _contrasted(n: NumberSpan, ref: TimeRef, text: str) -> bool:
    """Return whether a date after a figure stands past a conjunction of contrast ("1 140, однак 2 жовтня ...").

    The date opens a clause of its own and is never that figure's: "Минулої доби росіяни втратили 1 140
    військових, однак 2 жовтня втрати були значно більшими" is the past day's figure, not 2 October's.
    """
    if ref.start_pos < n.end or ref.start_pos - n.end >= 120:
        return False
    return CONTRAST.search(text, n.end, ref.start_pos) is not None or past_opening_contrast(text, n, ref)


_BARRED = 1_000_000  # the cost of a pairing a conjunction of contrast forbids (dropped after the pairing)


def _framed_first(owner: dict[int, TimeRef], nums: list[NumberSpan], frame: TimeRef | None,
                  text: str) -> dict[int, TimeRef]:
    """Give the first figure the date opening its sentence when the date it took stands past a comma after it.

    "In November 2024, Russian casualties amounted to 45,680 people, and December became the sixth
    consecutive month ..." (news.online.ua, 7 Jan 2025); "January 2025 marked Russia's second-highest monthly
    personnel loss, with approximately 48,240 casualties, closely trailing December 2024's record"
    (community-5.com, Feb 2025): the later month opens a clause of its own, of another subject; the figure
    is the opening month's. A date after the figure with no comma between stays its own ("... lost 1,000
    troops on 5 December").
    """
    own = owner.get(0)
    if (frame is None or own is None or own is frame or own.start_pos < nums[0].end or frame in owner.values()
            or text.find(",", nums[0].end, own.start_pos) < 0):
        return owner
    return {**owner, 0: frame}


_RESPECTIVELY = re.compile(r"\brespectively\b|\bвідповідно\b", re.I)
# one figure said of each of the categories it names ("four more tanks and artillery systems each", "12
# танків і артсистем кожного виду"), in its quote or right after it; not a rate ("each day")
_EACH = re.compile(r"(?<=\w),?[^\S\n]++(?:each|apiece|кожного[^\S\n]++(?:виду|типу))\b"
                   r"(?![^\S\n]++(?:day|week|month|year|hour|night|time|of)\b)", re.I)


def _assign_times(nums: list[NumberSpan], stimes: list[TimeRef], text: str) -> dict[int, TimeRef]:
    """Give each non-war time reference to one number, keeping the total distance smallest.

    A date that is only compared with ("more than in 2022") belongs to no figure. Each
    figure owns at most one date; a figure without one may share a neighbour's later.
    """
    refs = [r for r in stimes if r.kind != "war"
            and not COMPARED.search(text[max(0, r.start_pos - 20) : r.start_pos])]
    if not refs or not nums:
        return {}
    pinned = _each_day_run(nums, refs, text)
    if pinned:  # "1,096 and 1,124 in the two days prior": the run's figures each take one of the days
        rest = [i for i in range(len(nums)) if i not in pinned]
        others = [r for r in refs if r not in pinned.values()]
        owned = _assign_times([nums[i] for i in rest], others, text) if rest and others else {}
        return {**pinned, **{rest[i]: ref for i, ref in owned.items()}}
    if len(refs) == len(nums) > 1 and _RESPECTIVELY.search(text, nums[-1].end, nums[-1].end + 60):
        return dict(enumerate(refs))  # "in July and August, with 1,520 and 1,517, respectively": in order
    if len(refs) > 6 or len(nums) > 7:  # long lists: nearest number, first come first served
        owner: dict[int, TimeRef] = {}
        for ref in refs:
            best = min(range(len(nums)), key=lambda i: (_distance(nums[i], ref), -nums[i].start))
            if not _contrasted(nums[best], ref, text):
                owner.setdefault(best, ref)
        return owner
    # The pairing of least total distance; of equals, the first in the order of trying the
    # dates (by position) and then the figures for them. Every pairing shows first with its
    # dates in order, so only those orders are tried, and the figures for them are found by
    # dynamic programming over the figures used: the same pairing as trying every order
    # (720 × 5,040 orders, 6 s, for 6 dates and 7 figures; issue 14).
    cost = [[_distance(n, r) + (_BARRED if _contrasted(n, r, text) else 0) for r in refs] for n in nums]
    best_cost, best_map = None, {}
    best_pairs: list[tuple[int, int]] = []
    for chosen in combinations(range(len(refs)), min(len(refs), len(nums))):
        total, targets = _least_pairing([[row[r] for r in chosen] for row in cost])
        if best_cost is None or total < best_cost:
            best_cost, best_pairs = total, list(zip(targets, chosen, strict=True))
    best_map = {t: refs[r] for t, r in best_pairs if cost[t][r] < _BARRED}
    return best_map


# between a figure and "the two days prior" after it ("1,124 in the two days prior"), and between two
# figures of one run ("1,096 and 1,124")
_TO_EACH_DAY = re.compile(r"(?<!\s)\s++(?:\w++\s++)?", re.I)  # each matched right after a figure
_IN_RUN = re.compile(r"(?<!\s)\s*+,?\s*+(?:and\s++)?", re.I)


def _each_day_run(nums: list[NumberSpan], refs: list[TimeRef], text: str) -> dict[int, TimeRef]:
    """Return the figures of a run right before a reference to some days with a figure for each (granularity "each").

    "1,096 and 1,124 in the two days prior": both are one of the two days, whichever each matches.
    """
    out: dict[int, TimeRef] = {}
    for ref in refs:
        if ref.granularity != "each":
            continue
        last = next((i for i, n in enumerate(nums) if n.end <= ref.start_pos
                     and _TO_EACH_DAY.fullmatch(text, n.end, ref.start_pos)), None)
        if last is None:
            continue
        first = last
        while (first > 0 and last - first + 1 < len(ref.readings)
               and _IN_RUN.fullmatch(text, nums[first - 1].end, nums[first].start)):
            first -= 1
        if first < last:  # a run of figures, not one figure (which the pairing gives the reference)
            out.update(dict.fromkeys(range(first, last + 1), ref))
    return out


def _least_pairing(cost: list[list[int]]) -> tuple[int, list[int]]:
    """Return the least total of ``cost[figure][date]`` giving each date its own figure, and the figures.

    Of equal totals, the figures first in lexicographic order (as ``permutations`` tries them).
    """
    n, k = len(cost), len(cost[0])
    # least[mask]: the least cost of giving the dates after the first popcount(mask) the figures not in mask
    least: dict[int, int] = {}
    for mask in sorted(range(1 << n), key=lambda m: -m.bit_count()):
        i = mask.bit_count()
        if i > k:
            continue
        least[mask] = 0 if i == k else min(
            cost[t][i] + least[mask | 1 << t] for t in range(n) if not mask & 1 << t)
    mask, targets = 0, []
    for i in range(k):
        t = next(t for t in range(n) if not mask & 1 << t and cost[t][i] + least[mask | 1 << t] == least[mask])
        targets.append(t)
        mask |= 1 << t
    return least[0], targets


_AND_A = re.compile(r",?(?<!\s)\s++and\s++(?P<a>an?)\s++(?=[^\W\d])", re.I)
_AND_UK = re.compile(r",?(?<!\s)\s++(?P<a>і|й|та|а\s++також)\s++(?=[^\W\d])", re.I)


def _last_item_one(text: str, nums: list[NumberSpan], s1: int) -> list[NumberSpan]:
    """Read "a"/"an" as 1 in the last item of a list of figures ("eight tanks, 119 vehicles, and a helicopter").

    Only right after a listed figure's noun and before a category noun of its own.
    """
    last = nums[-1]
    end = _noun_end(text, last.end, s1)
    m = _AND_A.match(text, end) or _AND_UK.match(text, end)
    if m is None or m.start() >= s1:
        return nums
    if m.re is _AND_UK:  # "10 танків та літак": the conjunction stands for the 1 of a singular noun
        noun = noun_after(text, m.end(), min(s1, m.end() + 60))
        if noun is None or " ".join(noun.text.lower().split()) not in _UK_SINGULAR_LISTED:
            return nums
    a = m.start("a")
    if noun_after(text, m.end("a"), min(s1, m.end("a") + 60)) is None or any(n.start == a for n in nums):
        return nums
    return [*nums, NumberSpan(1, a, m.end("a"), m.group("a"), 1, is_word=True)]


def _noun_end(text: str, end: int, limit: int) -> int:
    """Return where the noun after a figure ends (the figure's end when it has none)."""
    noun = noun_after(text, end, min(limit, end + 90))
    return end if noun is None else noun.end


def _read_sentence(
    text: str, facts: _SentenceFacts, all_nums: list[NumberSpan], stimes: list[TimeRef],
    state: _DocState, scales: Mapping[str, Scale] | None, as_of: date,
) -> None:
    s0, s1, sentence = facts.s0, facts.s1, facts.sentence
    heading = next((t for t in stimes if t.is_as_of and t.kind in {"war", "day"}), None)
    if heading is not None and (heading.kind == "war" or sentence.rstrip().endswith(":")):
        state.list_time = heading
    if all_nums:
        all_nums = _last_item_one(text, all_nums, s1)
    nums = []
    measured: tuple[str, int] | None = None  # the unit and end of the last area or distance figure
    for n in all_nums:
        if not _keep_number(text, n, stimes, s1):
            continue
        reason = facts.once(unit_reason, text, n)
        if reason is None and measured is not None and _same_measure(text, measured[1], n, s1):
            reason = measured[0]  # "seize less than 600 sq km ..., averaging around 18 every day"
        if reason is None:
            nums.append(n)
            measured = None
            continue
        if reason in _MEASURES:
            measured = (reason, n.end)
        # "between 10 and 20 percent", "протягом останніх 2-3 місяців": the low end shares the high end's unit
        low = nums.pop() if nums and nums[-1].value < n.value and _RANGE_GAP.fullmatch(
            text, nums[-1].end, n.start) else None
        if reason not in SILENT_REASONS:  # units do not split the sentence into clauses
            if low is not None:
                state.out.append(OutOfScope(low.text, low.start, low.end, low.value, reason))
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, reason))
    if not nums:
        _command_named(facts, stimes, state)
        return
    # "since the Kremlin launched its invasion" is a date, not an air attack
    if ATTACK_SENTENCE.search(without_times(sentence, stimes, s0)) and not GENERAL_STAFF.search(sentence):
        for n in nums:  # the Air Force's nightly counts are not the General Staff's loss series
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, "air-attack figures"))
        return
    window = window_at(facts.once(record_window_span, sentence, s0), as_of)
    if window is not None:  # "this year" bounds the record, it is not the figure's period
        stimes = [t for t in stimes if not (t.start_pos < window[2] and window[1] < t.end_pos)]
    stimes = one_per_time(stimes, text)
    frame = next((t for t in stimes if t.kind != "war" and t.end_pos <= nums[0].start
                  and t.start_pos - s0 < 40), None)
    colon_at = text.rfind(":", s0, nums[0].start)
    colon_time = next((t for t in reversed(stimes) if colon_at >= 0 and t.kind != "war"
                       and t.end_pos <= colon_at and t.end_pos >= colon_at - 40), None)
    sent = _Sentence(text, s0, s1, nums, stimes, _framed_first(_assign_times(nums, stimes, text), nums, frame, text),
                     next((t for t in stimes if t.kind == "war"), None), frame, facts,
                     window[0] if window is not None else None, colon_time, colon_at, state.topic)
    local: list[Claim] = []
    ranged = ranges(text, nums)
    paired = -1  # the high end of a range already read as one claim
    for k, n in enumerate(nums):
        if k == paired:
            continue
        if k in ranged:
            pair = _range_claim(sent, k, local, state, scales, as_of) if k + 1 in ranged else None
            if pair is not None:
                local.append(pair)
                paired = k + 1
                continue
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, RANGE_REASON))
            continue
        result = _read_number(sent, k, local, state, scales, as_of)
        if isinstance(result, Claim) and SUMMED in result.category and _EACH.search(text, n.end, result.end + 14):
            # "four more Russian tanks and artillery systems each": the figure of each category, not their sum
            local += [replace(result, category=key) for key in result.category.split(SUMMED)]
        elif isinstance(result, Claim):
            local.append(result)
        elif result is not None and not (n.is_word and n.value < 1000):  # "two jets" is no figure
            state.out.append(OutOfScope(n.text, n.start, n.end, n.value, result))
    _keep_in_scope(sent, local, state)


def _command_named(facts: _SentenceFacts, stimes: list[TimeRef], state: _DocState) -> None:
    """Make a regional command named in a sentence with no figure the subject of the figures that follow.

    "Сили оборони Півдня продовжують завдавати ворогу втрат ..." and then "Впродовж доби загарбник
    втратили 65 осіб"; "Про це повідомив командувач ОСУВ «Таврія»" and then "загальні втрати
    противника минулої доби становили 449 осіб": the figures are the command's, as when the command
    is named beside them (_keep_in_scope), until a sentence names the General Staff or the count since
    the invasion, with figures or without ("В Україні триває 967-ма доба повномасштабної війни. За цей
    час втрати військ РФ ... сягли понад 674 тисячі осіб": the national total again). A direction or
    town alone ("На Покровському напрямку тривають бої") sets nothing.
    """
    if state.sector is None:  # the command first: most sentences name none, and then nothing changes
        if (sentence_has(COMMAND, facts.sentence) or names_unit(facts.sentence)) and not (
                facts.names_staff or any(t.kind == "war" for t in stimes)):
            state.sector = SECTOR_REASON
    elif facts.names_staff or any(t.kind == "war" for t in stimes):
        state.sector = None


# "rose from 1,100 to 1,500", "зросли з 1100 до 1500": a change between two figures, not a range
_CHANGE_BEFORE = re.compile(
    r"(?<!\w)(?:rose|risen|rising|increas\w{0,3}+|grew|grown|growing|jump\w{0,3}+|climb\w{0,3}+|surg\w{0,3}+|"
    r"doubl\w{0,3}+|fell|fallen|falling|dropp\w{0,3}+|declin\w{0,3}+|decreas\w{0,3}+|went|gone|зрос\w{0,4}+|"
    r"збільш\w{0,6}+|зменш\w{0,6}+|скорот\w{0,6}+|підскоч\w{0,4}+|впа\w{0,4}+|знизи\w{0,5}+)(?!\w)[^.;:!?]{0,40}+$",
    re.I)
# an area or a distance gained, then a bare figure said of it: its average or what it is compared with
_MEASURES = frozenset({"area", "distance"})
_CARRIES_MEASURE = re.compile(r"\b(?:averag\w*|(?:down|up)\s++from|compared\s++(?:with|to)|"
                              r"(?:в|у)\s++середньому|порівняно\s++з)\b", re.I)


def _same_measure(text: str, end: int, n: NumberSpan, s1: int) -> bool:
    """Return whether bare figure ``n`` counts the same area or distance as the figure ending at ``end``.

    "Russian forces only managing to seize less than 600 sq km of Ukrainian territory, averaging around 18 every
    day and down from around 27 in November": joined to it by an average or a comparison, with no loss word
    between and no noun of its own. A figure after "losing" or with its own noun is a loss figure.
    """
    gap = text[end : n.start]
    return len(gap) < 80 and _CARRIES_MEASURE.search(gap) is not None and not sentence_has(LOSS_WORD, gap) \
        and noun_after(text, n.end, min(s1, n.end + 40)) is None


_RANGE_GAP = re.compile(r"(?<!\s)\s*+(?:to|and|до|і|й|-|–|—)\s*+", re.I)  # "10 to 20 percent", "10–20%"
_RANGE_KINDS = frozenset({ClaimKind.TOTAL, ClaimKind.DAY, ClaimKind.PERIOD})
# "протягом тижня … щоденно втрачають від 400 до 750": the spread of each day's figure, no period's sum
_DAILY_SPREAD = re.compile(r"\b(?:щоденно|щодня|щодоби|daily|every\s+day|each\s+day)\b[^.;:!?]{0,40}+$", re.I)
# a per-day rate's words ("each day", "щодня"), the one wording both readings below use
_PER_DAY_WORDS = r"\b(?:(?:every|each|a|per)\s+day|щодня|щоденно|на\s+добу)\b"
_DAILY_AFTER = re.compile(r"[^.;:!?\d]{0,30}?" + _PER_DAY_WORDS, re.I)
# "10 tanks and 40 artillery systems each day": the rate after a list's last figure ("in a day" is one day, no rate)
_LIST_RATE_AFTER = re.compile(r"[^.;:!?\d]{0,30}?(?<!\bin\s)(?<!\bwithin\s)" + _PER_DAY_WORDS, re.I)
# ... and a figure's noun, then "," or "and" before the next figure of the list
# (read with fullmatch on a gap of 60 characters at most; bounded words and a start after no space keep a search linear)
_LIST_JOIN = re.compile(
    r"(?<!\s)\s*+[^\W\d][\w'’-]{0,30}+(?:\s++[^\W\d][\w'’-]{0,30}+){0,4}?(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)", re.I)


def _range_claim(sent: _Sentence, k: int, local: list[Claim], state: _DocState,
                 scales: Mapping[str, Scale] | None, as_of: date) -> Claim | None:
    """Return the range of numbers ``k`` and ``k + 1`` as one claim ("between 1,000 and 1,200"), or None.

    Read as its high end is (category, kind, time), with the low end as ``value``; None when the
    two are not one range of each other, when it is a change ("rose from ... to ..."), when the
    high end is no total, day or period figure, or a day's with no day of its own ("щодня ... від
    400 до 750": the spread of many days); then both stay out of scope.
    """
    text, lo, hi = sent.text, sent.nums[k], sent.nums[k + 1]
    if len(ranges(text, [lo, hi])) != 2 or _CHANGE_BEFORE.search(text, max(sent.s0, lo.start - 60), lo.start):
        return None
    found = _read_number(sent, k + 1, local, state, scales, as_of)
    if not isinstance(found, Claim) or found.kind not in _RANGE_KINDS or found.unverifiable_reason \
            or found.high is not None or (found.kind is ClaimKind.DAY and found.time is None) or (
            found.kind is ClaimKind.PERIOD and found.measure != "mean" and (
                _DAILY_SPREAD.search(text, max(sent.s0, lo.start - 60), lo.start)
                or _DAILY_AFTER.match(text, hi.end, sent.s1))):
        return None  # "щодня втрачають від 400 до 750": the spread of many days, not one figure
    scale = shared_scale(lo.value, hi.value)  # "45–46 тисяч": thousands shared; "від 1 до 1,35 млн": millions
    low, step = lo.value * scale, lo.step * scale
    if not low < found.value:
        return None
    start = min(found.start, lo.start)
    hedge = hedge_before(text[max(sent.s0, lo.start - 60) : lo.start])  # "about 1,000–1,200"; "до" is the range's
    return replace(found, value=low, high=found.value, start=start, quote=text[start : found.end],
                   comparator=hedge[0] if hedge else Comparator.EXACT, step=min(step, found.step),
                   number_text=text[lo.start : hi.end])


# A personnel total this large is the General Staff's count since the invasion, never one command's:
# it ends the sector named before ("За цей час втрати військ РФ ... сягли понад 674 тисячі осіб")
_NATIONAL_ONLY = 100_000
_NATIONAL_KINDS = frozenset({ClaimKind.TOTAL, ClaimKind.MILESTONE})


def _keep_in_scope(sent: _Sentence, local: list[Claim], state: _DocState) -> None:
    """Judge the sentence's claims, or set them all out of scope when they are one sector's.

    A place or direction named in a sentence that does not name the General Staff makes
    every figure of it one sector's ("eliminated 62 ... and destroyed 35 ... in the Tavria
    direction"); the sector stays the subject of the sentences that follow until one names
    the General Staff or the count since the invasion (or gives a personnel total no command's
    count reaches). An out-of-scope figure is never judged.
    """
    nationwide = sent.facts.names_staff or sent.war is not None or any(
        c.kind in _NATIONAL_KINDS and c.category == "personnel" and c.value >= _NATIONAL_ONLY for c in local)
    sector = sent.facts.names_place and not nationwide
    if nationwide:
        state.sector = None
    elif sector:
        state.sector = SECTOR_REASON
    for claim in local:
        reason = claim.unverifiable_reason
        if state.sector is not None or (reason is not None and reason.startswith(SECTOR_REASON[:20])):
            state.out.append(OutOfScope(claim.quote, claim.start, claim.end, claim.value,
                                        state.sector or reason or SECTOR_REASON))
        else:
            state.claims.append(claim)


# "respectively" right after a run of figures (_RESPECTIVELY pairs dates with figures); one start per run
_RESPECTIVELY_NEXT = re.compile(r"(?<![\s,])[\s,]*+(?:respectively|відповідно)\b", re.I)
_RUN_GAP = re.compile(r"\s*+,?\s*+(?:(?:and|та|і|й)\s++)?", re.I)  # read with fullmatch


def _respective(sent: _Sentence, n: NumberSpan) -> Category | None:
    """Return the category a figure of "A, B and C ... to X, Y and Z, respectively" takes by its place.

    Ukrainian too: "втрати танків і артсистем становлять 9182 та 20086 відповідно".

    The run of figures joined by commas and "and" must close with "respectively" and hold as many
    figures as the last list of category nouns before it names; otherwise None.
    """
    text, nums = sent.text, sent.nums
    k = next(i for i, m in enumerate(nums) if m is n)
    lo = k
    while lo > 0 and _RUN_GAP.fullmatch(text, nums[lo - 1].end, nums[lo].start):
        lo -= 1
    hi = k
    while hi + 1 < len(nums) and _RUN_GAP.fullmatch(text, nums[hi].end, nums[hi + 1].start):
        hi += 1
    if hi == lo:
        return None
    if _RESPECTIVELY_NEXT.match(text, nums[hi].end):
        nouns = _noun_list_before(text, nums[lo - 1].end if lo else sent.s0, nums[lo].start, hi - lo + 1)
    else:  # "Russia has lost 9,182 and 20,086 tanks and artillery systems, respectively": the list after the run
        first = noun_after(text, nums[hi].end, sent.s1)
        nouns = None if first is None or text[nums[hi].end : first.start].strip() else _noun_list(
            text, first, sent.s1, hi - lo + 1)
        if nouns is not None and not _RESPECTIVELY_NEXT.match(text, nouns[-1].end):
            nouns = None
    return None if nouns is None else nouns[k - lo].category


def _noun_list(text: str, noun: Noun, limit: int, count: int) -> list[Noun] | None:
    """Return the list of ``count`` different category nouns ("A, B and C") that begins with ``noun``, else None."""
    listed, end = [noun], noun.end
    while len(listed) < count:
        sep = LIST_SEPARATOR.match(text, end)
        other = None if sep is None else noun_after(text, sep.end(), limit)
        if sep is None or other is None or other.start != sep.end():
            break
        listed.append(other)
        end = other.end
        if sep.group("last"):
            break
    return listed if len(listed) == count and len({x.category.key for x in listed}) == count else None


def _noun_list_before(text: str, start: int, limit: int, count: int) -> list[Noun] | None:
    """Return the last list of ``count`` category nouns ("A, B and C") between ``start`` and ``limit``."""
    found: list[Noun] | None = None
    for word in re.finditer(r"(?<!\w)\w", text[start:limit]):
        pos = start + word.start()
        noun = noun_after(text, pos, limit)
        if noun is None or noun.start != pos:
            continue
        found = _noun_list(text, noun, limit, count) or found
    return found


# "1,520 artillery systems, followed by 1,517 in August": read after the figure before's noun
_FOLLOWED_BY = re.compile(r"^[\s,;]*+(?P<by>followed\s++by|and)\s*+$", re.I)


def _next_month(sent: _Sentence, n: NumberSpan, before: Claim) -> bool:
    """Return True for a bare figure that continues the period before it ("..., followed by 1,517 in August").

    "and" joins only a figure with its own time after it to a period figure ("1,520 artillery systems
    in July and 1,517 in August"); "followed by" joins any.
    """
    gap = _FOLLOWED_BY.match(without_times(sent.text[before.end : n.start], sent.times, before.end))
    if gap is None:
        return False
    return gap["by"].lower() != "and" or before.kind is ClaimKind.PERIOD and any(
        0 <= t.start_pos - n.end <= 4 for t in sent.times)


_RECRUITMENT = next(pattern for reason, pattern in NOT_LOSS_RE if reason == "recruitment")
_STRENGTH = next(pattern for reason, pattern in NOT_LOSS_RE if reason == "troop strength")
_NAMED_DEAD = next(pattern for reason, pattern in NOT_LOSS_RE if reason == "named dead")
_CIVILIANS = next(pattern for reason, pattern in NOT_LOSS_RE if reason == "civilians")
_PEOPLE = frozenset({"people", "persons", "осіб", "особи", "людей", "люди"})  # a count of people, of no side's army


def _named_before(left: str) -> str | None:
    """Return "named dead" when the dead are counted by name right before the figure and its noun
    ("Незалежні російські журналісти встановили імена 77 143 російських військових", "have identified the
    names of 88,726 Russian soldiers"): the open-source list of Mediazona and the BBC, not a loss count (the
    caller reads it only where no other body is named nearer: that body's figure, as scope says)."""
    return "named dead" if _NAMED_DEAD.search(left[-40:]) else None


# "killing at least 145 people", "killed four people": the people an attack killed (Russia's side named
# as the attacker), not soldiers Russia lost; read only for a figure of "people", a hedge allowed between
# (lexicon.hedge_before: "killing an estimated 20 people", "killed approximately 12")
_KILLING = (" killing", " killed", " kills", " kill")
# the passive of the same: "Three people were killed in overnight Russian drone attacks" (after the figure)
_KILLED_IN_ATTACK = re.compile(
    r"(?<!\s)\s++people\s++(?:were|was|have\s++been|had\s++been)\s++(?:killed|injured|wounded|hurt)\b"
    r"[^.;!?]{0,60}?\b(?:attacks?|strikes?|shelling|bombing|bombardment|drones?|missiles?)\b", re.I)


def _killed_them(before: str) -> bool:
    """Return whether ``before`` (the words before a number of people) ends with a verb of killing them."""
    hedge = hedge_before(before)
    if hedge:
        before = before[: -hedge[1]]
    return before.lower().rstrip().endswith(_KILLING)


def _died_right_before(left: str) -> bool:
    """Return whether a verb of dying ends ``left`` (the text before a figure), a hedge allowed between:
    "загинуло 100 тисяч" counts the dead alone (clauses.DIED_BEFORE, on the last 50 characters)."""
    tail = left[-50:]
    return "агин" in tail and DIED_BEFORE.search(tail) is not None


def _recruited(left: str) -> str | None:
    """Return "recruitment" when the figure's own verb recruits ("Росія щомісяця мобілізує близько 40 тисяч
    військовослужбовців"): a recruitment word in the figure's clause with no loss word after it."""
    left = left[-60:]
    found = _RECRUITMENT.search(left)
    if found is not None and not LOSS_WORD.search(left, found.end()):
        return "recruitment"
    # "контингент РФ в Україні налічує близько 711 тис. військових": the force's size, no loss
    found = _STRENGTH.search(left[-25:])
    return "troop strength" if found is not None and not LOSS_WORD.search(left[-25:], found.end()) else None


# ", bringing its tally of ... to", ", taking the total losses of the vehicles since ... to", "four tanks (for a
# total of": up to the figure
_BROUGHT_UP = re.compile(r",\s*+(?:bringing|taking|pushing|raising)\s++(?:[\w'’,-]++\s++){1,16}?to\s*+"
                         r"(?:(?:about|nearly|almost|over|more\s++than|some)\s++)?$|(?P<paren>\(\s*+for\s++a\s++total\s++of\s*+$)", re.I)


# Another war named as the time of the figure's sentence, before the figure: "під час першої російсько-чеченської
# війни (1994-1996 роки) втрати армії РФ обчислювалися 5042 військовими", "А на другій чеченській війні ...
# російська армія втратила 7425 осіб", "During the Soviet-Afghan war the army lost 15,000"; not a war compared
# with ("більше, ніж у Другій світовій війні": the "than" group) nor one Ukraine is named after (_another_war_before)
_ANOTHER_WAR_BEFORE = re.compile(
    r"(?P<than>\b(?:ніж|than)\s++)?\b(?:під\s++час|у|в|на|за\s++час|протягом|during|in)\s++(?:the\s++)?"
    r"(?:[\w'’-]++\s++){0,3}?(?:(?:російсько-)?чеченськ\w*+|(?:радянсько-)?афганськ\w*+|корейськ\w*+|"
    r"в['’]єтнамськ\w*+|світов\w*+|chechen|(?:soviet-)?afghan|korean|vietnam|world)\s++(?:війн\w*+|wars?)\b", re.I)
_UKRAINE = re.compile(r"україн|ukrain", re.I)
_WAR_WINDOW = 200  # read before each figure: a bounded window, so a sentence of many figures costs linear work


def _another_war_before(before: str) -> bool:
    """Return True when the sentence before a figure names another war as its time (:data:`_ANOTHER_WAR_BEFORE`)."""
    low = before.lower()
    if "війн" not in low and "war" not in low:  # a substring test first: most figures have no war before them
        return False
    war = None
    for m in _ANOTHER_WAR_BEFORE.finditer(before):
        war = None if m["than"] else m
    return war is not None and not _UKRAINE.search(before, war.end())


# A total's "(+N)" between it and its noun, as lists written number first put it
_INCREMENT_THEN_NOUN = re.compile(r"[^\S\n]?\(\+[^\S\n]?+\d[\d \u00a0\u202f]{0,6}+\)[^\S\n]*+")


def _category(
    sent: _Sentence, n: NumberSpan, prev_end: int, next_start: int, local: list[Claim]
) -> tuple[Category | str, Noun | None, bool, Claim | None]:
    """Return (category or out-of-scope reason, noun, is_list, inherited claim)."""
    text, left, right = sent.text, sent.text[prev_end : n.start], sent.text[n.end : next_start]
    noun = noun_after(text, n.end, min(next_start, n.end + 90))
    is_list = False
    if noun is None:
        noun = sent.facts.once(label_before, text, prev_end, n.start)
        is_list = noun is not None
        if noun is None and "(" in text[n.end : n.end + 3]:
            increment = _INCREMENT_THEN_NOUN.match(text, n.end)  # "8 тис. 815 (+15) одиниць танків"
            if increment is not None:
                noun = noun_after(text, increment.end(), min(sent.s1, increment.end() + 90))
    elif sent.facts.once(label_before, text, prev_end, n.start) is not None:  # "особового складу – близько 24,9 тис. осіб"
        is_list = True
    if PER_AREA.match(right) or per_area_before(text[max(sent.s0, n.start - 100) : n.start]):
        return "a rate per area gained, not a loss figure", noun, is_list, None
    if _another_war_before(text[max(sent.s0, n.start - _WAR_WINDOW) : n.start]):  # "під час чеченської війни ... 5042"
        return "another war's losses", noun, is_list, None
    if FORECAST_BEFORE.search(left) or goal_before(left):  # "is on track to sustain more than 330,000 casualties"
        return "a forecast, not a reported figure", noun, is_list, None
    if noun is None and ALL_EQUIPMENT_AFTER.match(right):  # "86 одиниць техніки"
        return claim_category(ALL_EQUIPMENT), None, is_list, None
    if BATTLE_AFTER.match(text, noun.end if noun is not None else n.end):  # "in their attacks on Avdiivka"
        return SECTOR_REASON, noun, is_list, None
    if KILLED_AFTER.match(text, noun.end if noun is not None else n.end) and not other_source(
            sent.sentence, n.start - sent.s0):
        return KILLED_ONLY_REASON, noun, is_list, None
    if (noun is None or noun.start == n.end + 1) and (
            "respectively" in sent.sentence or "відповідно" in sent.sentence.lower()):
        respective = _respective(sent, n)
        if respective is not None:  # "... personnel, artillery systems and tanks ... to 661,630, 19,156 and 8,933, respectively"
            return respective, None, False, None
    inherited = local[-1] if local and noun is None and (CONNECTOR.match(
        without_times(left, sent.times, prev_end)) or (local[-1].end <= n.start and (AVERAGE_OF_PREVIOUS.match(
            text[local[-1].end : n.start]) or _next_month(sent, n, local[-1])))) else None
    if noun is not None:
        between = text[n.end : noun.start] if noun.start > n.end else ""
        why = not_loss_reason(between) or post_noun_reason(text[noun.end : noun.end + 40]) or _recruited(left) \
            or (_named_before(left) if not other_source(sent.sentence, n.start - sent.s0) else None)
        if why:
            return why, noun, is_list, None
        if UKRAINIAN_ADJ.search(between):
            return "Ukraine's losses", noun, is_list, None
        if between.strip() and side_in(text[n.end : noun.end]) == "war":  # "around 15,000 Soviet troops were killed"
            return "another war's losses", noun, is_list, None
        apart = APART_AFTER_NOUN.match(text[noun.end : noun.end + 60].lower()) \
            if noun.category.key == "personnel" else None
        if apart is not None and apart["wounded"]:  # "370,000 soldiers were wounded": the wounded alone
            return "wounded only (the General Staff counts killed and wounded together)", noun, is_list, None
        if apart is not None and (not apart["killed"] or WOUNDED_FIGURE.search(sent.sentence.lower())):
            return KILLED_ONLY_REASON, noun, is_list, None
        if (KILLED_ONLY.match(noun.text) and not AND_WOUNDED.match(text[noun.end : noun.end + 30])) \
                or _died_right_before(left):
            return KILLED_ONLY_REASON, noun, is_list, None
        if noun.category.key == "personnel" and noun.text.lower() == "fighters" and (
                _AIRCRAFT_AFTER.match(text, noun.end) or _AIRCRAFT_BEFORE.search(text, max(sent.s0, n.start - 40), n.start)):
            # "Russia has lost 303 fighters, 289 helicopters and 2,095 drones": fighter jets beside the helicopters
            aircraft = get_category("aircraft")
            return aircraft, Noun(aircraft, noun.start, noun.end, noun.text), is_list, None
        listed = _listed_categories(text, noun, next_start)
        if listed is not None:  # "1,050 tanks, armoured vehicles and artillery systems"
            summed = claim_category(summed_key(*(n.category.key for n in listed)))
            return summed, Noun(summed, noun.start, listed[-1].end, text[noun.start : listed[-1].end]), \
                is_list, None
        second = AND_CATEGORY.match(text, noun.end)
        if second:
            other = noun_after(text, second.end(), min(next_start, second.end() + 80))
            if other is not None and other.start == second.end() and other.category.key != noun.category.key \
                    and "personnel" not in {noun.category.key, other.category.key}:  # "1 150 військових і засіб ППО"
                merged = _merged_pair(noun.category, other.category)
                if merged is not None:  # "автомобілів і автоцистерн": the two lines the GS merged
                    return merged, Noun(merged, noun.start, other.end, text[noun.start : other.end]), \
                        is_list, None
                summed = claim_category(summed_key(noun.category.key, other.category.key))
                return summed, Noun(summed, noun.start, other.end, text[noun.start : other.end]), is_list, None
        return noun.category, noun, is_list, None
    if WOUNDED_ONLY.match(right) or WOUNDED_SLANG_AFTER.match(right):
        return "wounded only (the General Staff counts killed and wounded together)", None, False, None
    if UKRAINIANS_AFTER.match(right):
        return "Ukraine's losses", None, False, None
    if (sentence_has(KILLED_WORDING, sent.sentence) and not sentence_has(ANY_WOUNDED, sent.sentence)) \
            or _died_right_before(left):
        return KILLED_ONLY_REASON, None, False, None
    if inherited is not None:
        return claim_category(inherited.category), None, False, inherited
    if local and local[-1].end <= n.start and _bare_after(right) and _joined_by_and(
            without_times(text[local[-1].end : n.start], sent.times, local[-1].end)):
        # "38 artillery systems in the past day, and a total of 10,466 in the more than two years of war":
        # the noun of the figure before (its category only: its kind and time are its own)
        return claim_category(local[-1].category), None, False, None
    before = sent.facts.once(noun_before, text, prev_end, n.start)
    if before is not None and local and local[-1].category in _VEHICLE_LINES and before.category.merged_into \
            in {None, "vehicles_fuel_tanks"} and "vehicles" in before.text.lower() \
            and _BACK_ARTICLE.search(text, max(0, before.start - 8), before.start):
        # "lost three tanks ..., taking the total number of the vehicles lost in the war to 5,523", "The 17
        # tanks ... puts the tally for the vehicles for the whole war at 6,624": "the vehicles" are the tanks
        return claim_category(local[-1].category), None, False, None
    if before is not None:  # the category only; the quote stays around the number
        return before.category, None, False, None
    if local and local[-1].end <= n.start and local[-1].category != "personnel":
        brought = _BROUGHT_UP.search(text, max(local[-1].end, n.start - 160), n.start)
        if brought is not None and brought["paren"] is not None and any(
                c in text[local[-1].end : brought.start()] for c in ",;."):
            brought = None  # "(for a total of N)" sums up the figure it follows only, not one a clause before
        if brought is not None and not speaks_of_personnel(brought.group()):
            # "33 armored personnel carriers ..., Kyiv said, bringing its tally of total Russian armored fighting
            # vehicle losses to 18,002", "20 APVs, taking the total losses of the vehicles since the start of the
            # war on February 24, 2022 to 16,000": the total the figure before brings up, its line named too far
            # back for noun_before, or only as "the vehicles"; "four tanks (for a total of 4,190)"
            return claim_category(local[-1].category), None, False, None
    units_at = _UNITS_AFTER.match(text, n.end)  # "N одиниць": equipment, never soldiers
    units = units_at is not None
    if units_at is not None and _CLAUSE_END.match(text, units_at.end()) and local and local[-1].end <= n.start \
            and local[-1].category != "personnel":
        return claim_category(local[-1].category), None, False, None  # "4 танки, довівши їхню … кількість до 11 603 одиниць"
    subject = subject_category(sent.sentence) or sent.topic
    if subject is not None and subject.key != "personnel":  # "For tanks, the worst month ... 428"
        return subject, None, False, None
    why = not_loss_reason(right[:50]) or not_loss_reason(left[-60:])
    if why:
        return why, None, False, None
    if other_source(sent.sentence, n.start - sent.s0):
        return OTHER_BODY_REASON, None, False, None
    if (not (sentence_has(LOSS_WORD, sent.sentence) or bare_mark(n, right)) or unknown_unit(right)) \
            and not _carries_losses(sent, left, right, bool(local)):
        return "not a loss figure", None, False, None
    if units:
        return "units of equipment of no line the General Staff reports", None, False, None
    return get_category("personnel"), None, False, None


# A figure whose subject is the losses of the sentence before: it happened ("More than 628,000
# occurred in just the past year and a half", "came in 2024", "припадає на 2024 рік") or it is a
# part of them ("Of these, ...", "З них ...")
_PART_OF_THEM = re.compile(r"(?:\b(?:of|among)\s++(?:them|these|those|which|whom)|(?<!\w)(?:з|із|серед)\s++(?:них|яких))\W{0,3}+"
                           r"(?:(?:more\s++than|over|about|some|nearly|almost|понад|близько|майже|більше\s++ніж)\s++)?$",
                           re.I)
_HAPPENED = re.compile(
    r"(?<!\s)\s*+(?:(?:of\s++(?:them|these|those)|з\s++них|із\s++них)\s++)?(?:(?:have|has|had)\s++)?"
    r"(?:occurred|happened|took\s++place|(?:came|fell)\s++(?:in|during|over|on|between|since|within|last|this)\b|"
    r"(?:were|was|have\s++been|had\s++been)\s++(?:reportedly\s++)?"
    r"(?:recorded|registered|sustained|suffered|inflicted|destroyed|lost|eliminated)|"
    r"припада\w{0,3}+|припало|сталися|сталося|було\s++зафіксовано|зафіксовано)(?!\w)", re.I)
_DASH_PERIOD = re.compile(r"(?<!\s)\s*+[—–-]\s*+(?:у|в|за|протягом)\s", re.I)  # (?<!\s): one start per run


# what may join a bare figure to the claim before it so that it counts the same noun (a plain word test):
# "and (a total of)", "а загалом"; "including" / "of which" / "з них" (a part of it: "9,014 tanks since
# February 2022, including 17 over the previous 24 hours")
_AND_JOINS = frozenset({"and", "and a total of", "and the total of", "and in total", "and overall", "та", "і", "й",
                        "а", "та загалом", "і загалом", "а загалом", "а всього", "а усього",
                        "including", "of which", "з них", "із них", "у тому числі", "в тому числі"})


def _joined_by_and(gap: str) -> bool:
    """Return whether ``gap`` (after the claim before, to a bare figure) is only one of :data:`_AND_JOINS`."""
    return len(gap) < 40 and " ".join(gap.replace(",", " ").replace("—", " ").replace("–", " ").split()).lower() \
        in _AND_JOINS


# the words a bare figure's clause may go on with (a time, a source): "10,466 in the more than two years",
# "10 466 від початку"; any other word may be a noun the lexicon does not know ("чотири танки та 11 БТР")
_BARE_NEXT = frozenset({"in", "since", "over", "during", "from", "throughout", "so", "until", "by", "as", "according",
                        "від", "з", "із", "за", "у", "в", "протягом", "упродовж", "впродовж", "до", "станом", "—", "–"})


def _bare_after(right: str) -> bool:
    """Return whether the text after a figure starts with no word, or with a time's or a source's word."""
    words = right.split(maxsplit=1)
    if not words or not words[0][:1].isalnum():
        return True
    return words[0].rstrip(",.;:").lower() in _BARE_NEXT


def _carries_losses(sent: _Sentence, left: str, right: str, earlier: bool = False) -> bool:
    """Return True when a figure without a noun is a part of the losses the sentence before spoke of.

    ``earlier``: a figure before it in its own sentence is such losses ("..., of which 45,720 came in November").
    """
    if not (earlier or sent.facts.after_losses):
        return False
    part = _PART_OF_THEM.search(left) is not None
    return _HAPPENED.match(right) is not None or part and _DASH_PERIOD.match(right) is not None


def _listed_categories(text: str, noun: Noun, limit: int) -> list[Noun] | None:
    """Return the 3+ category nouns of "A, B and C" after a number, or None if it names fewer.

    Every item must be a category noun of its own, each named once, none merged into another,
    and the list must close with "and" ("tanks, armoured vehicles and artillery systems"). The
    two lines the General Staff merged, named as the list's last two ("armored combat vehicles,
    military vehicles and fuel tanks"), are one item: the line they were merged into.
    """
    listed, end, named = [noun], noun.end, 1
    while True:
        sep = LIST_SEPARATOR.match(text, end)
        if sep is None:
            return None
        other = noun_after(text, sep.end(), min(limit, sep.end() + 80))
        if other is None or other.start != sep.end():
            return None
        merged = _merged_pair(other.category, listed[-1].category) if sep.group("last") and named > 1 else None
        if merged is not None and merged.key not in {n.category.key for n in listed[:-1]}:
            other = Noun(merged, listed[-1].start, other.end, text[listed[-1].start : other.end])
            listed.pop()
        elif any(other.category.key == n.category.key or _merged_pair(other.category, n.category) is not None
                 for n in listed):
            return None
        listed.append(other)
        end, named = other.end, named + 1
        if sep.group("last"):
            return listed if named >= 3 and len(listed) >= 2 else None


def _named_part(text: str, noun: Noun | None, category: Category, limit: int) -> str | None:
    """Return why "N tanks and trucks" cannot be judged: it adds a part that is no category."""
    if noun is None or SUMMED in category.key or category.key == "personnel":
        return None
    joined = AND_CATEGORY.match(text, noun.end)
    part = NAMED_PART.match(text, joined.end(), limit) if joined else None
    if part is None or NOT_A_PART.fullmatch(part["part"].split()[0]):
        return None
    return f'it also counts "{part["part"]}", which the General Staff does not report as a category'


def _merged_pair(a: Category, b: Category) -> Category | None:
    """Return the category two named ones were merged into ("vehicles" + "fuel tanks"), if any."""
    for cat, other in ((a, b), (b, a)):
        if cat.merged_into and cat.merged_into in {other.key, other.merged_into}:
            return get_category(cat.merged_into)
    return None


def _read_number(
    sent: _Sentence, k: int, local: list[Claim], state: _DocState,
    scales: Mapping[str, Scale] | None, as_of: date,
) -> Claim | str | None:
    """Return a Claim, the reason the number is out of scope, or None to ignore it."""
    text, s0, s1, n = sent.text, sent.s0, sent.s1, sent.nums[k]
    prev_end = sent.nums[k - 1].end if k else s0
    next_start = sent.nums[k + 1].start if k + 1 < len(sent.nums) else s1
    left = text[prev_end : n.start]
    if INCREMENT.search(text[max(s0, n.start - 3) : n.start]) and local:
        return _increment(n, local[-1], text)
    if local and local[-1].end <= n.start and PAREN_TOTAL.match(text[local[-1].end : n.start]) \
            and text[n.end : n.end + 2].strip().startswith(")"):
        if _restates(local[-1], n):  # "exceeded one thousand units (1,031)": the same figure, exactly
            return _restated(n, local[-1], text)
        if n.value > local[-1].value:
            return _paren_total(n, local[-1], text, state)
    if local and local[-1].kind is ClaimKind.DAY and local[-1].end < n.start and n.value > local[-1].value \
            and NOUN_GAP.fullmatch(text, local[-1].end, n.start) and LINE_END.match(text, n.end):
        return _paren_total(n, local[-1], text, state)  # "416 безпілотників … рівня 70 437": the brackets lost
    if UNIT_STRENGTH.search(text[max(s0, n.start - 45) : n.start]):
        return "a unit's strength, not a loss figure"  # "a regiment of more than 1,000 soldiers left"
    if STRENGTH_AT_START.search(text[max(s0, n.start - 70) : n.start]):
        return "troop strength"  # "entered the war against Ukraine with 2,987 tanks"
    if "олон" in text[max(s0, n.start - 45) : n.start] and CAPTURED_BEFORE.search(text[max(s0, n.start - 45) : n.start]):
        return "prisoners of war"  # "взяли в полон 2060 російських військовослужбовців"
    found, noun, is_list, inherited = _category(sent, n, prev_end, next_start, local)
    if isinstance(found, str):
        return found
    category = found
    said = state.claims[state.prev_claims :]  # the claims of the sentence before (this one's are kept after it)
    said = local or said  # the figure before it in its own sentence, else the sentence before's
    if noun is None and inherited is None and said and _carries_losses(sent, left, text[n.end : next_start],
                                                                       bool(local)):
        category = claim_category(said[-1].category)  # "Russia has lost 9,780 tanks. Of these, 3,689 came in 2024."
    sentence = sent.sentence
    follows_report = category.key != "personnel" and bool(state.claims) and sentence_has(ALSO_LISTS, sentence)
    marked = bare_mark(n, text[n.end : next_start])
    if not (sentence_has(LOSS_WORD, sentence) or is_list or inherited or state.list_time or follows_report
            or marked or state.under_heading or _carries_losses(sent, left, text[n.end : next_start], bool(local))):
        return not_loss_reason(sentence) or "no loss wording"
    if both_sides(text, n.start, n.end, prev_end, next_start):  # "casualties on both sides is nearing 1.4 million"
        return BOTH_SIDES_REASON
    side = side_in(left[-_SIDE_WINDOW:]) or side_in(text[max(s0, n.start - _SIDE_WINDOW) : n.start]) or (inherited and "ru") or state.last_side
    if side == "ua":
        return "Ukraine's losses"
    if side == "war":  # "the Soviet Union also lost a whopping 333 helicopters"
        return "another war's losses"
    if other_source(sentence, n.start - s0) or state.source == "other":
        return OTHER_BODY_REASON
    # No side named at all: a loss figure in a text given to this checker is read as Russia's.
    if category.key == "personnel" and noun is not None and noun.text.lower() in _PEOPLE \
            and _CIVILIANS.search(text, s0, n.start):
        return "civilians"  # "кількість загиблих цивільних ... зросла на 26% — загалом 2248 осіб"
    if category.key == "personnel" and noun is not None and noun.text.lower() == "people":
        if not sentence_has(RUSSIAN_SIDE, sentence):
            return "not clearly about Russia's soldiers"
        if (_killed_them(text[max(s0, n.start - 30) : n.start]) or _KILLED_IN_ATTACK.match(text, n.end, s1)) \
                and not sentence_has(UKRAINE_AGENT, sentence):
            return "civilians"  # "A Russian drone and missile attack on Kyiv killed at least four people"
    hedge = sent.facts.once(hedge_before, text[max(s0, n.start - 60) : n.start])
    comparator = hedge[0] if hedge else Comparator.EXACT
    after = AFTER_HEDGE.match(text, n.end)
    if not hedge and after:
        comparator = Comparator.ABOUT if "so" in after.group() else Comparator.AT_LEAST
    if comparator is Comparator.AT_LEAST and (DAYS_PAST.match(text, n.end, s1) or OFTEN_BEFORE.search(left[-80:])):
        return DAYS_PAST_REASON  # "over 1,000 daily losses on nine occasions", "regularly ... of over 1,000"
    if DIFFERENCE_BY.search(text, max(s0, n.start - 4), n.start) and DIFFERENCE_AFTER.match(text, n.end, s1):
        return DIFFERENCE_REASON  # "ЗСУ вже знищили майже на 200 російських танків більше"
    if DECREASE_OF.search(text, max(s0, n.start - 40), n.start):
        return DIFFERENCE_REASON  # "35,140, a decrease of around 13,000 from January's total"
    if _changed_average(text, s0, n.start):
        return CHANGE_REASON  # "Середньодобова кількість втрат скоротилася на 74 особи на день протягом березня"
    single = len(sent.nums) == 1
    war = sent.war
    shared = [t for t in sent.times if t.kind != "war" and coordinated(text, n, t)]
    region = sentence if single else text[prev_end:next_start]
    cues = sent.facts.cues((s0, s1) if single else (prev_end, next_start), (prev_end, n.start))
    total_cue = cues.total_before
    if total_cue and A_TOTAL_OF.fullmatch(total_cue.group()) and any(t.kind == "period" for t in shared):
        total_cue = None  # "a total of 45,720 soldiers were killed or wounded in November"
    time, how = pick_time(
        own=sent.owner.get(k) or _same_period(
            sent, local or state.claims, as_of,
            # the sentence before named a period and no figure: "this period" is that period
            None if local or state.prev_claims != len(state.claims) else state.prev_period)
        or _both_days_before(sent, local or state.claims),
        inherited=inherited,
        left_is_total=bool(total_cue) or LATEST_FIGURES.search(left) is not None, war=war,
        war_applies=war is not None and (prev_end <= war.start_pos < next_start
                                         or war.end_pos <= sent.nums[0].start or single),
        frame=sent.frame, shared=shared,
        number_start=n.start,
        list_time=sent.colon_time if sent.colon_time is not None and n.start > sent.colon_at else state.list_time,
        listed=is_list or looks_listed(left),
    )
    if (how in {"frame", "shared"} and time is not None or time is None and not total_cue) and local:
        time, how = _list_time(sent, local[-1], time, how, n.start - hedge[1] if hedge else n.start)
    if time is None and not total_cue and war is None:
        time = _continued_period(sent, state, average=cues.average and not local, until=next_start)
        how = "frame" if time is not None else how  # checked by fits_period below, as a frame is
    if time is None and cues.average and not total_cue:
        time = _derived_rate(text, left, n.start, local or state.claims)
    # the scale of the line the General Staff kept on the article's date: "56 vehicles" in 2024 is a day of
    # the merged vehicles-and-fuel-tanks line, not more than the historic motor-vehicles line ever lost in a day
    scale_key = current_key(category.key, None, as_of)
    heading = state.heading_time if state.under_heading else None
    if time is None and heading is not None and not total_cue and (
            _fits_day(n.value, scale_key, scales) if heading.kind == "day"
            else fits_period(n.value, heading, scale_key, scales, as_of)):
        time, how = heading, "list"  # "напередодні армія РФ втратила:  2 танки"; "за тиждень …: 62 танки"
    if time is not None and how in {"shared", "frame", "inherited"} and not fits_period(
        n.value, time, scale_key, scales, as_of
    ):
        time = None  # "710,660 ..., including 41,000 for October": October is not the total's
    list_rate = not single and not is_list and k in sent.rate_listed  # "10 tanks and 40 artillery systems each day"
    month_rate = not single and not is_list and k in sent.month_rate_joined  # "щомісяця мобілізує N і втрачає M"
    ctx = Context(n, scale_key, comparator, region, left, sentence, inherited, is_list, cues, list_rate, month_rate)
    kind, extra = decide_kind(ctx, time, scales, as_of=as_of)
    near = milestone_near(text, n.start, n.end, s0, next_start) if is_round(n) else None
    if near and kind in {ClaimKind.TOTAL, ClaimKind.MILESTONE}:  # "days away from 800,000"
        kind, extra["milestone_near"] = ClaimKind.MILESTONE, near
        time = None if time is not None and time.kind == "period" else time  # "within days"
    elif marked and kind is ClaimKind.TOTAL:  # "the 800,000 mark was passed on 7 January"
        kind = ClaimKind.MILESTONE
    if kind is ClaimKind.RECORD and sent.record_since is not None:
        extra["record_since"] = sent.record_since
    elif kind is ClaimKind.RECORD and extra.get("record_scope") == "day" and time is not None and time.kind == "day" \
            and sent.war is None:
        # "Throughout 2024, ... 3,689 tanks — marking a peak ... on May 12 when 31 tanks were hit in one day":
        # a day's record said under a year the sentence names before it is the record of that year
        day = time.primary.start
        year = next((t for t in sent.times if t.kind == "period" and t.granularity == "year" and t.end_pos <= n.start
                     and t.primary.start <= day <= (t.primary.end or day)), None)
        if year is not None:
            extra["record_since"] = year.primary.start
    elif kind is ClaimKind.RECORD and extra.get("record_scope") == "month" and extra.get("record_rank", 1) == 1 \
            and time is not None and time.granularity == "month" and sent.war is None \
            and not WRITTEN_YEAR.search(time.text):
        # "May stands out as the month with the highest tank losses" (in an article of October 2024, after
        # which it says October 2023 was higher): a record month named without its year, with no "since the
        # invasion", is the highest of its year's months
        extra["record_since"] = date(time.primary.start.year, 1, 1)
    if kind is ClaimKind.STREAK and how in {"shared", "frame", "inherited"}:
        time = None  # a run ends on its own date, or on the latest report
    if kind is ClaimKind.STREAK and comparator is Comparator.EXACT:
        comparator = Comparator.AT_LEAST
    start = min([n.start] + ([n.start - hedge[1] + lead_space(text, n.start - hedge[1])] if hedge else [])
                + ([noun.start] if noun is not None and noun.start < n.start else []))
    end = max([n.end] + ([noun.end] if noun is not None else []))
    if time is not None and time.kind != "war" and prev_end <= time.start_pos and time.end_pos <= next_start:
        start, end = min(start, time.start_pos), max(end, time.end_pos)
    return Claim(
        quote=text[start:end], start=start, end=end, category=current_key(category.key, time, as_of, noun.text if noun else ""),
        kind=kind, value=n.value, comparator=comparator, step=n.step, time=time,
        convention_hint=claim_convention(sentence, s0, time, is_list, region, kind, local[-1] if local and time is not None and local[-1].time is time else None, how, cues),
        number_text=n.text,
        unverifiable_reason=ALL_EQUIPMENT_REASON if category.key == ALL_EQUIPMENT else _named_part(
            text, noun, category, next_start) or _unverifiable(
            region, _rest_of_list(sent, n.end, next_start), time, kind, sent, prev_end, cues,
            s0 if single else prev_end),
        **extra,
    )


# "the vehicles", "those vehicles" after a figure of tanks or armoured vehicles: a word for that figure's line
_VEHICLE_LINES = frozenset({"tanks", "armoured_vehicles"})
_BACK_ARTICLE = re.compile(r"\b(?:the|those|these)\s+$", re.I)
_LIST_GAP = re.compile(r"^[^,;]{0,40}?(?:,|\band\b|\bта\b|\bі\b|\bй\b)[^,;]{0,5}$", re.I)


# the gap between two items of one list: ", ", " and ", ", та ", " і ", after an abbreviation in brackets
# ("30 armored personnel vehicles (APVs), 48 ..."); read with fullmatch; a start after no space keeps a search linear
_ITEM_GAP = re.compile(
    r"(?<!\s)(?:\s*+\([^()\s]{1,12}\))?\s*+(?:,\s*+(?:(?:and|та|і|й)\s++)?|(?:and|та|і|й)\s++)", re.I)


def _list_time(
    sent: _Sentence, before: Claim, time: TimeRef | None, how: str, start: int,
) -> tuple[TimeRef | None, str]:
    """Return the time of a list item: the one of the item right before it when that time is nearer.

    "За минулу добу ворог втратив 1160 осіб, а за минулий тиждень — 8030 осіб, 79 танків, 150 ББМ": the
    week governs the whole list after it, not the sentence's opening day (its frame), which the items
    with a noun of their own took; gordonua.com's "протягом останнього тижня ... за останні два тижні
    склали: ... понад 7700 осіб, 35 одиниць танків" likewise. An item with no time at all takes it too:
    "destroyed several pieces of Russian military equipment in the past two days, including 11 tanks,
    30 armored personnel vehicles (APVs), 48 artillery systems" (the period far from the sentence's start).
    """
    own = before.time
    if (own is None or own is time or own.kind not in {"period", "day"} or own.is_as_of
            or before.kind not in {ClaimKind.DAY, ClaimKind.PERIOD}
            or (time is not None and own.start_pos <= time.start_pos)
            or not _ITEM_GAP.fullmatch(sent.text, before.end, start)):
        return time, how
    return own, "inherited"


def _rest_of_list(sent: _Sentence, end: int, next_start: int) -> int:
    """Return where what follows a list of figures ends ("20 tanks and 40 vehicles were destroyed near X").

    Only when the next figure is the next item of the same list; up to a clause break. The
    rest is ``next_start`` .. the returned position (none: ``next_start``).
    """
    if not _LIST_GAP.match(sent.text[end:next_start]) or next_start >= sent.s1:
        return next_start
    breaks = sent.facts.breaks
    k = bisect_left(breaks, next_start)
    return breaks[k] if k < len(breaks) else sent.s1


def _unverifiable(
    region: str, rest_end: int, time: TimeRef | None, kind: ClaimKind,
    sent: _Sentence, offset: int, cues: Cues, region_at: int,
) -> str | None:
    """Return why a figure cannot be verified, judging by its clause (``region``) and the rest of its list.

    With a rest (``rest_end`` past the region) the words are looked up among the sentence's
    matches found once, not searched again.
    """
    listed = rest_end > offset + len(region)
    if _first_within(sent.facts.places, offset if listed else region_at, rest_end if listed else region_at + len(region)):
        return SECTOR_REASON
    if (time is None or time.granularity != "days") and (
            _first_within(sent.facts.vague_days, offset, rest_end) if listed else cues.says(VAGUE_DAYS)):
        return "it speaks of an unspecified number of days"
    if time is None and kind in {ClaimKind.DAY, ClaimKind.PERIOD}:
        if listed:
            word = _first_within(sent.unparsed_periods, offset, rest_end)
        else:
            unparsed = UNPARSED_PERIOD.search(without_times(region, sent.times, offset))
            word = unparsed.group() if unparsed else None
        if word:
            return f"the period it names (\"{word}\") could not be read as dates"
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


# taken prisoner, said before the figure ("Сили оборони взяли в полон (ще понад) 2060 …")
CAPTURED_BEFORE = re.compile(r"(?<!\w)(?:в|у)\s++полон\s++(?:(?:потрапил\w*|здал\w*|взято|взяли|узяли)\s++)?"
                             r"(?:(?:ще|вже|понад|близько|майже|щонайменше)\s++){0,2}$", re.I)
UNIT_STRENGTH = re.compile(
    r"\b(?:regiment|brigade|battalion|division|company|contingent|force|полк\w*+|бригад\w*+|батальйон\w*+|дивізі\w*+)"
    r"\s++(?:of|з|із|у|в)\s++(?:(?:about|around|some|over|more\s+than|nearly|almost|up\s+to|близько|понад|майже)\s*+)?$",
    re.I)
# the force a side went to war with ("the Russian Federation entered the war against Ukraine with 2,987 tanks",
# "Russia started the war with around 3,000 operational tanks"): its strength at the start, not a loss
STRENGTH_AT_START = re.compile(
    r"\b(?:entered|started|began|launched|went\s++into)\s++(?:the|its|this|their)\s++(?:(?:full[- ]scale|all[- ]out|"
    r"large[- ]scale)\s++)?(?:war|invasion)(?:\s++(?:against|in|on|of)\s++ukraine)?\s++with\s++(?:(?:about|around|some|"
    r"over|more\s++than|nearly|almost|up\s++to|roughly|approximately|an\s++estimated|only|just)\s++)?$", re.I)
# how often a day's losses passed a figure: "March witnessed over 1,000 daily losses on nine occasions, compared
# to 13 times in February" (Newsweek, 1 May 2024), "Ukraine started to regularly report a daily Russian death
# toll of over 1,000" (Newsweek, 7 Mar 2023): a count of days, which the checker does not count, not a loss figure
_COUNT_WORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|"
               r"\w+teen|\w+ty)")
DAYS_PAST = re.compile(
    rf"(?<!\s)(?:\s++[\w'’-]++){{0,3}}?\s++(?:on\s++{_COUNT_WORD}\s++(?:separate\s++|different\s++)?(?:occasions|days)|"
    rf"{_COUNT_WORD}\s++times)\b", re.I)
OFTEN_BEFORE = re.compile(r"\b(?:regularly|repeatedly|routinely|frequently|often)\b[^.;:!?\d]{0,60}$", re.I)
DAYS_PAST_REASON = "how often a day passed the figure (a count of days), not a loss figure"
KILLED_ONLY_REASON = "killed only (the General Staff counts killed and wounded together)"
_MONTH_ADVERB = re.compile(r"\b(?:щомісяц\w*+|щомісяч\w*+|every\s++month|each\s++month)\b", re.I)
# a change in an average: "Середньодобова кількість російських втрат скоротилася на 74 особи на день протягом
# березня 2024 року, до 913 осіб на день" (glavnoe.in.ua, 7 Apr 2024), "the daily average fell by 74 in March": the
# difference of two periods' means, which the checker does not compute, not the mean itself (the figure after
# "до" / "to" is); a total's rise ("втрати зросли на 1 200") is the day's increment, read as before
CHANGE_BY = re.compile(
    r"\b(?:скоротил\w*+|зменшил\w*+|знизил\w*+|впал\w*+|зросл\w*+|збільшил\w*+|підвищил\w*+|fell|dropped|declined|"
    r"decreased|rose|increased|grew|went\s++(?:up|down))\s++(?:на|by)\s++(?:(?:about|around|some|nearly|almost|over|"
    r"more\s++than|близько|майже|понад|приблизно)\s++)?$", re.I)
# a difference between two counts: "ЗСУ вже знищили майже на 200 російських танків більше" (than six armies hold,
# unian, 2022), "на 300 танків більше, ніж торік": the figure after "на" that "більше" / "менше" follows within its
# noun is how far one count exceeds another, which the checker does not compute, not a loss figure
DIFFERENCE_BY = re.compile(r"(?<!\w)на\s*+$", re.I)
DIFFERENCE_AFTER = re.compile(r"(?<!\s)(?:\s++[^\W\d]++){0,3}?\s++(?:більше|менше|більш|менш)(?!\w)", re.I)
DIFFERENCE_REASON = "a difference between two counts, not a loss figure"
# a fall between two periods' sums: "The total reported Russian casualties in February 2025 was 35,140, a decrease
# of around 13,000 from January's total" (UK Defence Intelligence, 5 Mar 2025), "зменшення на 13 тисяч": a running
# total never falls, so a decrease is how far one period's sum is below another's, not a loss figure
DECREASE_OF = re.compile(
    r"\b(?:decrease|drop|fall|decline|reduction)\s++of\s++(?:(?:about|around|some|nearly|almost|over|more\s++than|"
    r"roughly|approximately)\s++)?$|(?<!\w)(?:зменшення|скорочення|падіння|спад)\s++на\s++(?:(?:близько|майже|понад|"
    r"приблизно)\s++)?$", re.I)
AVERAGE_SUBJECT = re.compile(r"\b(?:середн\w*+|average[sd]?|mean)\b", re.I)
CHANGE_REASON = "a change in an average (the difference of two means), not a loss figure"


def _changed_average(text: str, s0: int, at: int) -> bool:
    """Return whether the figure at ``at`` is what an average of its sentence changed by."""
    change = CHANGE_BY.search(text, max(s0, at - 40), at)
    return change is not None and AVERAGE_SUBJECT.search(text, max(s0, change.start() - 160), change.start()) is not None


# "The toll peaked at 1,380 on October 19, and the latest figures, according to Ukraine, put Russian losses at
# 370,000": a figure of the latest report, which takes no date from the figure before it
LATEST_FIGURES = re.compile(
    r"\bthe\s+(?:latest|most\s+recent|newest)\s+(?:figures?|data|tally|count|numbers|estimates?|update|report|statistics)\b",
    re.I)
SECTOR_REASON = "a figure for one place or direction; the General Staff reports national totals only"
# "fighters" listed right beside the helicopters or bombers are fighter jets, not men
_AIRCRAFT_AFTER = re.compile(r"(?<!\s)[^\S\n]*+(?:,|and)[^\S\n]*+(?:and[^\S\n]++)?\d[\d,.]*+[^\S\n]++(?:[\w-]{1,20}[^\S\n]++)?"
                             r"(?:helicopters|bombers)\b", re.I)
_AIRCRAFT_BEFORE = re.compile(r"\b(?:helicopters|bombers)[^\S\n]*+(?:,|and)[^\S\n]*+(?:and[^\S\n]++)?$", re.I)
# one battle's toll, named right after the figure ("lost about ten thousand soldiers in their attacks on
# Avdiivka", "more than 20,000 fighters in the long battle for the city of Bakhmut", "у боях за Бахмут"); not
# the war itself ("in the offensive against Ukraine")
BATTLE_AFTER = re.compile(
    r"(?<!\s)[^\S\n]++(?:(?:in|during)\s++(?:the\s++|their\s++|its\s++|a\s++)?(?:[\w-]{1,20}\s++){0,2}?"
    r"(?:battles?|attacks?|assaults?|storming|siege|fighting|offensive|onslaught)\s++(?:on|against|for|of|at|near|around)"
    r"|(?:у|в)\s++бо(?:ях|ю)\s++(?:за|під|біля))\s++(?:the\s++)?(?!ukrain|russia|kyiv|europe|україн|київ)", re.I)
NOUN_GAP = re.compile(r"[^\d\n,.;:()+]{0,60}[^\S\n]")  # the rest of an item's noun, then a space
LINE_END = re.compile(r"(?<![^\S\n])[^\S\n]*+(?:\n|$)")
PAREN_TOTAL = re.compile(r"^[^\d()]{0,80}?\(\s*+(?:(?:загалом|всього|усього|total|in\s+total|overall)\s*+)?$", re.I)


def _paren_total(n: NumberSpan, item: Claim, text: str, state: _DocState) -> Claim:
    """Return "(23 384)" after "9 бойових броньованих машин" as that category's total."""
    start = text.rfind("(", max(0, n.start - 20), n.start)
    start = start if start >= 0 else n.start
    end = n.end + 1 if text[n.end : n.end + 1] == ")" else n.end
    return Claim(quote=text[start:end], start=start, end=end, category=item.category, kind=ClaimKind.TOTAL,
                 value=n.value, time=state.list_time, number_text=n.text)


def _restates(before: Claim, n: NumberSpan) -> bool:
    """Return True when ``n`` in brackets after a rounded or hedged figure gives that figure exactly.

    "have already exceeded one thousand units (1,031)", "almost 300 thousand (299,210)": digits in
    brackets that the figure before fairly describes (the verdict's own rule) are that figure as
    printed; a bracketed figure far from it is the line's total ("9 бойових броньованих машин (23 384)").
    """
    return (before.high is None and not n.is_word and n.value != before.value
            and (before.step > 1 or before.comparator is not Comparator.EXACT)
            and match(before, n.value) is not None)


def _restated(n: NumberSpan, before: Claim, text: str) -> Claim:
    """Return the figure before, as the digits in brackets give it: exact, of the same line, kind and time."""
    start = text.rfind("(", max(0, n.start - 20), n.start)
    start = start if start >= 0 else n.start
    end = n.end + 1 if text[n.end : n.end + 1] == ")" else n.end
    kind = ClaimKind.TOTAL if before.kind is ClaimKind.MILESTONE else before.kind  # the total the mark rounds
    return replace(before, quote=text[start:end], start=start, end=end, kind=kind, value=n.value,
                   comparator=Comparator.EXACT, step=1, number_text=n.text, milestone_near=None)


# "Losses within the same period also included 15 tanks": the time of the figure said before
SAME_PERIOD = re.compile(r"\bthe\s+same\s+(?:period|timeframe|time\s+frame|24[- ]hours?|span)\b|"
                         r"\bза\s+(?:той|цей)\s+(?:же|самий)\s+(?:період|час)\b|"
                         # "In this period", "У цей період": the latest period said before (not a day)
                         r"(?P<this>\b(?:in|during|over|within)\s+(?:this|that)\s+period\b|"
                         r"\b(?:у|в|за|протягом|упродовж)\s+(?:цей|той)\s+період\b)|"
                         # "за рік", "протягом року", "over the year" after a year's figure: that year
                         r"(?P<year>\b(?:за|протягом|упродовж|впродовж)\s++(?:(?:весь|цей|той)\s++)?(?:рік|року)\b"
                         r"(?!\s*+(?:до|тому|після|\d))|\b(?:over|during|for|in|throughout)\s++the\s++"
                         r"(?:(?:whole|entire|same)\s++)?year\b(?!\s*+(?:before|ago|after|\d)))", re.I)
_THIS_PERIOD_BACK = 6  # "У цей період" looks back over at most this many figures for their period


def _same_period(
    sent: _Sentence, before: list[Claim], as_of: date, prev_period: TimeRef | None = None,
) -> TimeRef | None:
    """Return the day or period of the figure before when the sentence says "the same period".

    A day figure before without a date of its own ("five tanks in a single day") is the latest report's.
    "In this period", "У цей період" take the latest period of the figures before (a month's record
    counts), passing over a day's figure said in between; ``prev_period`` is the period of a sentence
    just before with no figure ("December 2024 was the costliest month … The General Staff reported
    48,670 casualties during this period"), which comes first.
    """
    # "lost 860 troops over the previous day, taking ... to 326,400. It added that Russia had lost three tanks in
    # the same 24-hour period": the figure of a time before it, passing over the totals it brought up
    before = _last_timed(before)
    if prev_period is None and (not before or before[-1].kind not in {
            ClaimKind.DAY, ClaimKind.PERIOD, ClaimKind.RECORD}):
        return None  # a record keeps its period ("45 720 in November, a record. У цей період …")
    sentence = sent.sentence
    if "same" not in sentence and "period" not in sentence and "той" not in sentence and "цей" not in sentence \
            and "рік" not in sentence and "року" not in sentence and "year" not in sentence:
        return None  # the cheap test first: most sentences name no such period
    said = SAME_PERIOD.search(sent.text, sent.s0, sent.s1)
    if said is None:
        return None
    if said["this"] and prev_period is not None:
        return prev_period
    if not before or before[-1].kind not in {ClaimKind.DAY, ClaimKind.PERIOD, ClaimKind.RECORD}:
        return None
    if said["year"]:  # "430 790 за 2024 рік … за рік ЗСУ знищили 3689 танків": 2024, only a year's figure
        return next((c.time for c in reversed(before[-_THIS_PERIOD_BACK:])
                     if c.time is not None and c.time.kind == "period" and c.time.granularity == "year"), None)
    if said["this"]:  # "45 720 у листопаді … 2030 за одну добу. У цей період …": November, not the day
        periods = [c.time for c in reversed(before[-_THIS_PERIOD_BACK:]) if c.time is not None and c.time.kind == "period"]
        if not periods:
            return None
        # the same month named again ("у листопаді 2024 року … у листопаді"): its first naming, with its year
        return [t for t in periods if _same_days(t, periods[0])][-1]
    time = before[-1].time
    if time is None and before[-1].kind is ClaimKind.DAY:
        day = as_of - timedelta(days=1)
        return relative_ref(said, day, day, f"the past day (losses of {label_date(day)})", "latest")
    return time if time is not None and time.kind in {"day", "period"} else None


# "the milestone equates to roughly 609 deaths per day", "translating to a daily average of 560", "which works
# out at about 600 a day": a rate worked out from the figure before, in the figure's own clause
_DERIVED = re.compile(r"\b(?:equat(?:es|ed|ing)\s++to|translat(?:es|ed|ing)\s++(?:in)?to|works?\s++out\s++(?:at|to)|"
                      r"worked\s++out\s++(?:at|to)|working\s++out\s++(?:at|to))\b[^,;.]{0,60}+$", re.I)


def _derived_rate(text: str, left: str, start: int, before: list[Claim]) -> TimeRef | None:
    """Return the war so far for an average worked out from a running total said just before it.

    "Russia's personnel losses today passed 500,000 men ... the milestone equates to roughly 609 deaths
    per day": the total over the war's days, its daily mean, not the rate of the past week. Only after a
    total or a mark of the war with no period of its own (the figure before, in this sentence or the last).
    """
    said = _DERIVED.search(left[-120:])
    if said is None or not before:
        return None
    last = before[-1]
    if last.kind not in {ClaimKind.TOTAL, ClaimKind.MILESTONE} or (
            last.time is not None and last.time.kind == "period"):
        return None
    at = start - len(left[-120:]) + said.start()
    return TimeRef("war", at, at + len(said.group()), text[at : at + len(said.group())],
                   (Reading("since 24 February 2022", WAR_START, None),), "war")


def _last_timed(before: list[Claim]) -> list[Claim]:
    """Return ``before`` without the totals and marks at its end (a few at most)."""
    k = len(before)
    while k > 0 and len(before) - k < _THIS_PERIOD_BACK and before[k - 1].kind in {ClaimKind.TOTAL,
                                                                                  ClaimKind.MILESTONE}:
        k -= 1
    return before[:k]


# "Також, ...", "Крім того, ...", "Окрім цього, ...", "Also, ...": a sentence that goes on with the one before
_CONTINUES = re.compile(r"(?:також|а\s+також|крім\s+того|окрім\s+(?:цього|того)|"
                        r"also|additionally|in\s+addition)(?!\w)", re.I)
_CONTINUES_OPENING = ' \t"«“„-–—•*'


def _continued_period(sent: _Sentence, state: _DocState, *, average: bool = False,
                      until: int | None = None) -> TimeRef | None:
    """Return the period of the sentence before when this one goes on with it and names no time.

    "Зокрема, за зиму було знищено 322 танки ... Також, за інформацією головнокомандувача, противник
    втратив п'ять літаків, один вертоліт ..." (glavred.net, 2 Mar 2026); "за тиждень ворог втратив
    103 танки ... Окрім цього, українські захисники знищили 24 ракети та 142 БпЛА" (news-xl.net,
    Dec 2023): the winter's and the week's, not the latest report's. Only when the last figure of the
    sentence just before is a period's (a day's "(+N)" of a list of totals carries nothing).
    ``average``: the figure is an average ("в середньому", "on average"); after a sentence that named a
    period and no figure it is that period's daily mean ("У жовтні російські втрати ... стали найбільшими
    з початку війни. За добу окупанти втрачали в середньому 1354 солдати", inkorr.com, 9 Nov 2024), and
    so it is a sentence later when the one between says no figure and no time ("... reached a new monthly
    war high during September 2024. The UK Defense said this in an intelligence update ... the average
    daily loss rate was 1,271 per day compared to the previous monthly war high of 1,262 recorded in May
    2024", menafn.com, 7 Oct 2024); a date said after the next figure (``until``) is that figure's.
    """
    timed = [t.start_pos for t in sent.times if t.kind != "war"]  # the sentence's own times (the war names none)
    said = state.claims[state.prev_claims :]
    quiet = state.prev_period or (state.quiet_period if state.at - state.quiet_at <= 2 else None)
    # an average's own time is one said before the next figure (``until``): a date after it is that figure's
    if average and not said and quiet is not None and not any(until is None or at < until for at in timed):
        # "... 2025 рік став першим ... Сили оборони в даний час виводять з ладу близько 1000-1100 на день": now
        return None if NOW_WORDS.search(sent.text, sent.s0, sent.s1) else quiet
    if timed:
        return None
    last = said[-1] if said else None
    if last is None or last.kind is not ClaimKind.PERIOD or last.time is None or last.time.kind != "period":
        return None
    text, start = sent.text, sent.s0
    while start < sent.s1 and text[start] in _CONTINUES_OPENING:
        start += 1
    return last.time if _CONTINUES.match(text, start, min(sent.s1, start + 20)) else None


# "over these two days", "за ці дві доби": the two days of the figures before, taken together
_THESE_TWO_DAYS = re.compile(
    r"\b(?:over|in|on|during|for|across)\s+(?:both|the\s+two|these\s+two|those\s+two)\s+days\b|"
    r"\bза\s+(?:ці|обидві)\s+(?:дві\s+)?доби\b|\bза\s+ці\s+два\s+дні\b", re.I)


def _both_days_before(sent: _Sentence, before: list[Claim]) -> TimeRef | None:
    """Return the two days of the figures before when the sentence says its figure covers "these two days".

    "Monday marked the deadliest day of the conflict with 1,950 Russian soldiers killed or wounded,
    followed by 1,770 casualties on Tuesday. ... 47 Russian tanks and 130 armored fighting vehicles over
    these two days" (conservativearchives.com, 13 Nov 2024): both days' losses, not the latest report's.
    The two figures before must be dated by two consecutive days; a figure after one already so read
    in the same sentence takes the same days.
    """
    sentence = sent.sentence
    if not before or ("days" not in sentence and "доби" not in sentence and "дні" not in sentence):
        return None  # the cheap test first
    said = _THESE_TWO_DAYS.search(sent.text, sent.s0, sent.s1)
    if said is None:
        return None
    last = before[-1].time
    if last is not None and last.kind == "period" and last.granularity == "days":
        return last
    if len(before) < 2:
        return None
    first = before[-2].time
    if (first is None or last is None or first.kind != "day" or last.kind != "day" or first.is_as_of
            or last.is_as_of or last.day != first.day + timedelta(days=1)):
        return None
    reading = Reading(f"{label_date(first.day)} and {label_date(last.day)}", first.day, last.day)
    return TimeRef("period", said.start(), said.end(), said.group(), (reading,), "days")


def _same_days(a: TimeRef, b: TimeRef) -> bool:
    """Return whether two periods span the same days of the year (a year left unwritten may differ)."""
    (s1, e1), (s2, e2) = ((t.primary.start, t.primary.end) for t in (a, b))
    return (s1.month, s1.day) == (s2.month, s2.day) and (e1 is None) == (e2 is None) and (
        e1 is None or e2 is None or ((e1.month, e1.day) == (e2.month, e2.day) and e1.year - s1.year == e2.year - s2.year))


def _fits_day(value: int, category: str, scales: Mapping[str, Scale] | None) -> bool:
    top = ceiling(category, scales)
    return top is not None and value <= top


def _report_day(time: TimeRef | None) -> TimeRef | None:
    if time is None:
        return None
    if time.kind == "war" and time.primary.end is not None:
        end = time.primary.end
        return replace(time, kind="day", granularity="day",
                       readings=(replace(time.primary, label=f"{end.day} {end:%b} {end.year}", start=end, end=end),))
    return time if time.kind == "day" else None


