"""What kind of claim a figure is, which date it carries, and which convention its words imply.

Owns the decisions made once a number is known to be about Russia's losses: the kind
(total, day, period, record, streak, milestone) from cue words and, when the words are
silent, from the figure's size against the record's largest day (``Scale``); which time
reference applies to it (its own, a coordinated one, the sentence's opening date, the
war-since phrase); and whether a date names the report rather than the loss day. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TypedDict

from attrition.claims.claim import Claim, ClaimKind
from attrition.claims.lazy import cached_property
from attrition.claims.lexicon import (
    AVERAGE_CUE,
    DAY_CUE,
    INCREMENT_CUE,
    LOSS_VERB,
    MILESTONE_CUE,
    NOT_RECORD,
    RECORD_CLAUSE,
    RECORD_CUE,
    RECORD_MONTH,
    REPORT_VERB,
    STREAK_CUE,
    STREAK_ORDINAL,
    STREAK_WORD,
    STRONG_TOTAL_CUE,
    TOTAL_CUE,
    Comparator,
)
from attrition.claims.numbers import NumberSpan, parse_count
from attrition.claims.patterns import lowered, needed
from attrition.claims.timeref import TimeRef
from attrition.model.dates import DateConvention

_DEFAULT_CEILING = 3_000  # personnel, when no record is at hand


class ClaimExtras(TypedDict, total=False):
    """The optional ``Claim`` fields a kind decision fills in (passed on as ``**extras``)."""

    measure: str
    streak_days: int | None
    streak_is_ordinal: bool
    record_scope: str
    record_rank: int
    record_since: date | None
    milestone_near: str | None


@dataclass(frozen=True)
class Scale:
    """What the record says about a category's size: largest day and latest total."""

    daily_max: int
    total_now: int


@dataclass(frozen=True)
class Context:
    """The words around one number that decide its kind."""

    number: NumberSpan
    category: str
    comparator: Comparator
    region: str  # the clause: from the previous number to the next one
    left: str  # from the previous number to this one
    sentence: str
    inherited: Claim | None
    is_list: bool  # a General Staff list line ("танків — 9780")
    cues: Cues | None = None  # the words of ``region``/``left``/``sentence``, if already read
    list_rate: bool = False  # a per-day rate said after the last figure of this one's list ("... each day")
    month_rate: bool = False  # a per-month adverb said before the figure joined before it ("щомісяця ... N і ... M")


def ceiling(category: str, scales: Mapping[str, Scale] | None) -> int | None:
    """Return the largest plausible one-day figure of a category (None: unknown)."""
    if scales is not None and category in scales:
        return max(3, int(scales[category].daily_max * 1.3))
    return _DEFAULT_CEILING if category == "personnel" else None


def is_round(n: NumberSpan) -> bool:
    """Return True for a milestone-like figure (800,000; 1 million; 750 thousand)."""
    return n.value >= 1_000 and n.step >= 100 and n.step * 1_000 >= n.value


_MARK_NOUN = re.compile(r"^\s*(?:mark|milestone)\b", re.I)


def bare_mark(n: NumberSpan, right: str) -> bool:
    """Return True for "the 800,000 mark/milestone": in a text about losses, the total's milestone."""
    return is_round(n) and bool(_MARK_NOUN.match(right))


def fits_period(value: int, time: TimeRef, category: str, scales: Mapping[str, Scale] | None,
                as_of: date) -> bool:
    """Return False when ``value`` is too large to be losses within the period ``time`` names."""
    top = ceiling(category, scales)
    if top is None or time.kind != "period":
        return True
    reading = time.primary
    days = ((reading.end or as_of) - reading.start).days + 1
    return value <= top * max(days, 1) * 1.2


_EVERY_DAY = re.compile(
    r"\b(?:throughout|every\s+(?:single\s+)?day|each\s+(?:and\s+every\s+)?day|daily\s+(?:death\s+)?toll\s+of\s+"
    r"(?:over|more\s+than|at\s+least|above|under|below|less\s+than)|(?:щодня|щодоби|кожного\s+дня|кожн\w+\s+доби)"
    r"(?:\s+\w+){0,3}\s+(?:протягом|упродовж|впродовж)|протягом\s+усього|упродовж\s+усього)\b", re.I)
_OWN_CLAUSE = re.compile(r"[,;]|\b(?:bringing|taking|including|while|whereas|with)\b", re.I)
# an aside between commas saying what a subject counts, with no figure: ", включно з пораненими та загиблими,",
# ", including the wounded,", ", тобто вбитими й пораненими,"
_ASIDE = re.compile(r",\s*+(?:включно|including|разом\s++з|together\s++with|тобто|i\.e\.)[^,;\d]{0,80},", re.I)


def pick_time(
    *, own: TimeRef | None, inherited: Claim | None, left_is_total: bool, war: TimeRef | None,
    war_applies: bool, frame: TimeRef | None, shared: list[TimeRef], number_start: int,
    list_time: TimeRef | None, listed: bool,
) -> tuple[TimeRef | None, str]:
    """Return the time reference a number carries and where it came from."""
    if own is not None:
        return own, "own"
    if inherited is not None and inherited.time is not None and inherited.kind in {
        ClaimKind.DAY, ClaimKind.PERIOD,
    } and not left_is_total:
        return inherited.time, "inherited"
    if war is not None and war_applies:
        return war, "war"
    if frame is not None:
        return frame, "frame"
    if shared and not left_is_total:
        return min(shared, key=lambda t: abs(t.start_pos - number_start)), "shared"
    if listed and list_time is not None:
        return list_time, "list"
    return None, ""


@lru_cache(maxsize=256)
def _has_strong_total(sentence: str) -> bool:
    return STRONG_TOTAL_CUE.search(sentence) is not None


_NEXT_AVERAGE = re.compile(
    r"(?:\bon\s+average|\ban\s+average\s+of|\baverag(?:ing|ed)|\bв\s+середньому|\bу\s+середньому)"
    r"\s*+(?:of\s++)?(?:about|around|some|nearly|almost|over|more\s+than|близько|майже|понад)?\s*+$", re.I)
_DAILY = re.compile(
    r"\bdaily\s+(?:\w+\s+){0,2}(?:loss(?:es)?|toll|figures?|casualt\w+|average|rate|mean)\b|\bщодоб|\bщодня", re.I)
_SINGLE_DAY = re.compile(r"\b(?:in|within)\s+(?:a\s+single|one|a)\s+day\b|за\s+одну\s+добу", re.I)
# a day's measure: "the highest daily loss this month" (a day's record), "середньодобовий рівень" (a daily
# average, even beside "середніми щомісячними показниками")
_DAY_MEASURE = re.compile(
    r"\b(?:daily|day|single[- ]day|one[- ]day|добов\w*|одноденн\w*|за\s+добу|за\s+день|на\s+добу|щодоб\w*|щодня|"
    r"щоденн\w*|середньодобов\w*)\b", re.I)
# "this month" after a record word: the record's window, not its scope (a plain suffix test, no pattern)
_MONTH_WINDOW = ("this", "that", "the same", "цього", "цей", "поточного", "того ж")
_PREVIOUS = re.compile(r"\bprevious\b|\bпопередн", re.I)
# "It was the second deadliest month ..., following October 2023, with 521": the figure named after
# "following" / "behind" is the one ranked above the rank the sentence states
_RANKED_ABOVE = re.compile(r",\s*(?:(?:just|only)\s+)?(?:following|behind|after|trailing)\b|,\s*second\s+only\s+to\b"
                           r"|,\s*(?:поступаючись|після)\b", re.I)
# an average per month, not per day: "це в середньому близько 35 тисяч на місяць", "an average of 36,000
# a month"; not "in a month" or "за місяць" (a sum over one month)
_PER_MONTH = re.compile(
    r"\b(?:per|each|every)\s+month\b|(?<!\bin\s)(?<!\bover\s)(?<!\bwithin\s)(?<!\bfor\s)\ba\s+month\b|"
    r"\bmonthly\s+average\b|\bна\s+місяць\b|\bщомісяц\w*|\bсередньомісячн\w*", re.I)


class Cues:
    """The words of a figure's clause that decide its kind: text only, each looked up on first use.

    A self-dated check decides each figure's kind twice (at the fallback date, then at the
    article's date); the reader keeps one ``Cues`` per figure and clause for both
    (``Context.cues``), so the words are read once.
    """

    def __init__(self, region: str, left: str, sentence: str) -> None:
        self.region, self.left, self.sentence = region, left, sentence

    @cached_property
    def streak(self) -> ClaimExtras | None:
        """Return the streak a cue names ("for the tenth day in a row"), if it counts more than one day."""
        if STREAK_WORD.search(self.region) is None:  # no streak word, no streak: the cue would find none
            return None
        here = len(self.left)
        streaks = list(STREAK_CUE.finditer(self.region))
        streak = min(streaks, key=lambda m: abs(m.start() - here), default=None)
        if streak:
            word = next(g for g in streak.groups() if g)
            count = parse_count(word)
            if count and count > 1:
                ordinal = bool(STREAK_ORDINAL.search(word.lower())) and not word.isdigit()
                return {"streak_days": count, "streak_is_ordinal": ordinal}
        return None

    @cached_property
    def record(self) -> tuple[str | None, int | None, bool, str] | None:
        """Return (its rank word, the rank it names, "previous" said, scope) of a record said of this figure."""
        region, here = self.region, len(self.left)
        # "72 артсистеми, найбільше боїв триває на сході": the record word counts another noun (battles,
        # attacks), not the figure; the first record word that does not is the figure's
        record = next((m for m in RECORD_CUE.finditer(region)
                       if not _RECORD_OF_OTHER.match(region, m.end()) and not _inflicted_most(region, m)), None)
        if record and record.start() > here:  # ", the highest monthly figure since the start of the war"
            said_of = RECORD_CLAUSE.search(region, here)  # a record said of this figure: a claim of its own
            record = None if said_of and said_of.start() <= record.start() < said_of.end() else record
            # "lost more than 430,000 in 2024, with the heaviest losses recorded in December": a part's record
            if record and _WITH_PART.search(region, max(here, record.start() - 20), record.start()):
                record = None
        if record and not NOT_RECORD.search(region[: record.start()]):
            rank_word = record.group("rank")
            previous = _PREVIOUS.search(region) is not None
            after = region[record.end() : record.end() + 25]
            month = RECORD_MONTH.search(after)
            # "the highest daily loss this month", "найбільші добові втрати цього місяця": a day's record
            # within the month, not the month's sum
            if month and (_DAY_MEASURE.search(after, 0, month.start())
                          or after[: month.start()].rstrip().lower().endswith(_MONTH_WINDOW)):
                month = None
            scope = "month" if month else "day"
            rank = parse_count(rank_word) if rank_word else None
            if rank is not None and rank > 1 and record.end() < here and _RANKED_ABOVE.search(region, record.end(), here):
                rank -= 1  # "the second deadliest month, following October 2023, with 521": October 2023 is first
            return rank_word, rank, previous, scope
        return None

    @cached_property
    def total_cue(self) -> bool:
        return bool(TOTAL_CUE.search(self.left[-200:]) or _has_strong_total(self.sentence))

    @cached_property
    def milestone_words(self) -> bool:
        return bool(MILESTONE_CUE.search(self.left[-45:]))

    @cached_property
    def own_region(self) -> str:
        """Return the clause from the number's own clause on, a cue right before the next figure dropped."""
        # "... per day in October, bringing the count for October to 41,980": the average is the
        # previous figure's; read the cue only from the number's own clause on
        region = self.region
        # "середньодобові втрати російських сил, включно з пораненими та загиблими, склали 1523 особи": an aside
        # between commas that says what the subject counts breaks no clause; the subject's words are the figure's
        asides = [m.span() for m in _ASIDE.finditer(self.left)] if "," in self.left else []
        cuts = [m.end() for m in _OWN_CLAUSE.finditer(self.left) if not any(a <= m.start() < b for a, b in asides)]
        region = region[cuts[-1]:] if cuts and region.startswith(self.left) else region
        # "2022: 106,720 troops lost — averaging 340 per day": a cue right before the next figure is its own
        return _NEXT_AVERAGE.sub("", region)

    @cached_property
    def average(self) -> bool:
        """Return whether the figure's own clause says it is an average ("a day", "on average", "середньому").

        An average the figure is compared with is not its measure: "lost 203 tanks, slightly below the
        average rate maintained throughout 2024", "нижче середнього показника".
        """
        return self.uncompared(AVERAGE_CUE)

    def uncompared(self, pattern: re.Pattern[str]) -> bool:
        """Return whether ``pattern`` occurs in the figure's own clause other than as a yardstick."""
        region = self.own_region
        return any(
            not _COMPARED_AVERAGE.search(region, max(0, m.start() - 24), m.start())
            for m in pattern.finditer(region)
        )

    def says(self, pattern: re.Pattern[str], *, own: bool = False) -> bool:
        """Return whether ``pattern`` occurs in the clause (``own``: from the figure's own clause on)."""
        key = (pattern, own)
        found = self._said.get(key)
        if found is None:
            found = self._said[key] = pattern.search(self.own_region if own else self.region) is not None
        return found

    @cached_property
    def _said(self) -> dict[tuple[re.Pattern[str], bool], bool]:
        return {}

    @cached_property
    def convention(self) -> DateConvention | None:
        return region_convention(self.region)

    @cached_property
    def total_before(self) -> re.Match[str] | None:
        """Return a total cue just before the figure ("a total of", "bringing")."""
        return STRONG_TOTAL_CUE.search(self.left[-60:])

    @cached_property
    def day_words(self) -> bool:
        return bool(DAY_CUE.search(self.own_region) or INCREMENT_CUE.search(self.left[-30:]))


def _mean_before(ctx: Context) -> bool:
    """Return whether the figure continues a daily average said just before it, of another period.

    "the daily average loss rate rose from 400 in 2022, to 693 in 2023", "lost 1,556 people a day on
    average (1,570 in December)": joined to the figure before it and with no noun of its own, a figure
    of another period is the same measure, the average, not that period's sum.
    """
    before = ctx.inherited
    return before is not None and before.kind is ClaimKind.PERIOD and before.measure == "mean"


def decide_kind(
    ctx: Context, time: TimeRef | None, scales: Mapping[str, Scale] | None, *, as_of: date
) -> tuple[ClaimKind, ClaimExtras]:
    """Return the claim kind and its extra fields (streak length, record rank, measure)."""
    n = ctx.number
    cues = ctx.cues if ctx.cues is not None else Cues(ctx.region, ctx.left, ctx.sentence)
    if cues.streak is not None:
        return ClaimKind.STREAK, dict(cues.streak)  # type: ignore[return-value]
    if cues.record is not None:
        rank_word, rank_count, previous, scope = cues.record
        rank = rank_count if rank_word else (2 if previous and time is None else 1)
        top = ceiling(ctx.category, scales)
        if time is not None and time.granularity in {"month", "year"} and top is not None and n.value > top:
            # "a record 48,670 in December", "in 2024 amounted to a record 429,660": the month's or year's sum
            scope = time.granularity
        elif (time is not None and time.kind == "period" and time.is_relative and top is not None and n.value > top
              and fits_period(n.value, time, ctx.category, scales, as_of)):
            # "its deadliest days yet ... nearly 4,000 troops within a mere 48 hours": above any day, the
            # window's sum, not a day's record within it
            return ClaimKind.PERIOD, {}
        # "the average daily losses in February amounted to 983, the highest since the war began", "the
        # highest daily loss rate was in May, with an average of 1,262": the record is the month's; the
        # figure is its daily mean, not a day's losses
        elif (time is not None and time.kind == "period" and top is not None and n.value <= top
              and cues.average and not cues.says(_SINGLE_DAY, own=True)):
            return ClaimKind.PERIOD, {"measure": "mean"}
        return ClaimKind.RECORD, {"record_scope": scope, "record_rank": rank or 1}
    top = ceiling(ctx.category, scales)
    scale = scales.get(ctx.category) if scales is not None else None
    small = top is not None and n.value <= top and (scale is None or n.value < scale.total_now // 2)
    if ctx.is_list:  # "танків – 8" under "втрати за добу:" is the day's; under a total heading, the total
        if time is not None and time.kind == "period" and not time.is_as_of and time.primary.end is not None \
                and fits_period(n.value, time, ctx.category, scales, as_of):
            return ClaimKind.PERIOD, {}  # "лише за вересень армія РФ втратила: Танки: 70 одиниць"
        day = time is not None and time.kind == "day" and not time.is_as_of and small
        return (ClaimKind.DAY if day else ClaimKind.TOTAL), {}
    big = top is not None and n.value > top
    total_cue = cues.total_cue
    milestone_cue = cues.milestone_words or ctx.comparator in {
        Comparator.NEARLY, Comparator.AT_LEAST,
    }
    milestone = is_round(n) and milestone_cue and not small
    if time is not None and (time.kind == "war" or time.is_as_of):
        # "around 500 Russian armored vehicles per month since Vladimir Putin's invasion began", "an average of
        # 580 a day since the invasion": a rate over the war, its mean, not the running total
        if time.kind == "war" and not time.is_as_of and top is not None and not cues.says(_SINGLE_DAY, own=True):
            if cues.uncompared(_PER_MONTH) and not cues.uncompared(_DAY_MEASURE) and n.value <= 31 * top:
                return ClaimKind.PERIOD, {"measure": "mean_month"}
            if cues.average and not big:
                return ClaimKind.PERIOD, {"measure": "mean"}
        if milestone:
            return ClaimKind.MILESTONE, {}
        # "Мінус 930 окупантів: свіжа статистика Генштабу на 24 січня": under a report's day, a figure no total
        # can be (within the largest day, under half the total) is that day's
        return (ClaimKind.DAY if small and time.kind == "day" else ClaimKind.TOTAL), {}
    if (time is not None and time.kind == "period" and time.primary.end is not None and not big
            and ctx.comparator in {Comparator.AT_LEAST, Comparator.AT_MOST} and cues.says(_EVERY_DAY, own=True)):
        # "a daily toll of over 1,000 throughout November": every day of it, not the average
        last = min(time.primary.end, as_of - timedelta(days=1))
        days = (last - time.primary.start).days + 1
        if days > 1:
            return ClaimKind.STREAK, {"streak_days": days, "streak_is_ordinal": False}
    if time is not None and time.kind == "period":
        if not fits_period(n.value, time, ctx.category, scales, as_of):
            return (ClaimKind.MILESTONE if milestone else ClaimKind.TOTAL), {}
        if cues.says(_SINGLE_DAY, own=True):
            return ClaimKind.RECORD, {"record_scope": "day", "record_rank": 1}
        if cues.average and cues.uncompared(_PER_MONTH) and not cues.uncompared(_DAY_MEASURE):
            return ClaimKind.PERIOD, {"measure": "mean_month"}
        # a figure above the largest day is no daily average: "December was the costliest month, with
        # 48,670 killed or wounded, and ... its highest daily loss of the war on December 19"
        if (cues.average or ctx.list_rate or cues.uncompared(_DAILY) or _mean_before(ctx)) and not big:
            return ClaimKind.PERIOD, {"measure": "mean"}
        return ClaimKind.PERIOD, {}
    if (cues.average or ctx.list_rate) and not cues.says(_SINGLE_DAY, own=True) and time is None and not big:
        return ClaimKind.PERIOD, {"measure": "mean"}
    # "Росія втрачає 30–35 тисяч військових на місяць", "losing some 35,000 troops a month": a monthly
    # rate with no period of its own is the rate of late (the past weeks' monthly mean), no total
    if (time is None and top is not None and n.value <= 31 * top and (cues.uncompared(_PER_MONTH) or ctx.month_rate)
            and not cues.uncompared(_DAY_MEASURE)):
        return ClaimKind.PERIOD, {"measure": "mean_month"}
    if milestone and (big or total_cue or top is None):
        return ClaimKind.MILESTONE, {}
    if time is not None:  # one day
        return (ClaimKind.TOTAL if (total_cue and not small) or big else ClaimKind.DAY), {}
    if ctx.inherited is not None and ctx.inherited.kind in {ClaimKind.TOTAL, ClaimKind.DAY}:
        return ctx.inherited.kind, {}
    if big:
        return ClaimKind.TOTAL, {}
    if small or cues.day_words:
        return ClaimKind.DAY, {}
    return ClaimKind.TOTAL, {}


# an average the figure is set against: "below the average rate", "above the daily average", "нижче середнього"
_COMPARED_AVERAGE = re.compile(
    r"\b(?:below|above|under|than|exceed(?:s|ed|ing)?|нижче|вище|менше|більше|ніж|перевищ\w*)\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:year's\s+|month's\s+)?$",
    re.I,
)
# a superlative after "with (the)" / "з" names a part of the figure before it, not the figure
# a record word's own noun, right after it, that is no loss (read by ``match`` at the word's end; a run of
# spaces is entered at its first only, so a search is linear too): "найбільше боїв", "найбільшу кількість атак",
# "the highest number of attacks"
_RECORD_OF_OTHER = re.compile(
    r"(?<!\s)\s++(?:(?:кількіст\w*+|числ\w*+|number\s++of)\s++)?(?:(?:бойових|ворожих|російських|enemy|russian)\s++)?"
    r"(?:боїв|бо[їє]зіткнен\w*+|зіткнен\w*+|атак\w*+|штурм\w*+|обстріл\w*+|ударів|attacks?|assaults?|clashes|battles|"
    r"engagements|strikes|shelling)\b", re.I)
# "завдаючи окупантам максимальних втрат і скоротивши ... на 418 тисяч", "inflicting maximum losses": the most
# one can inflict, the manner or aim of the fighting (a gerund or an infinitive), not a record of any figure;
# "завдали ворогу максимальних втрат у грудні" (a finite verb, an outcome) stays a record
_INFLICT_STEMS = ("завдаюч", "завдава", "завдат", "наносяч", "наноси", "нанест", "inflicting", "inflict")


def _inflicted_most(region: str, record: re.Match[str]) -> bool:
    """Return whether "maximum" is the object of inflicting, as a manner or an aim (the words before it)."""
    if not record.group().lower().startswith(("максимальн", "maximum")):
        return False
    before = region[max(0, record.start() - 40) : record.start()].split()[-3:]
    return any(w.lower().startswith(_INFLICT_STEMS) for w in before)


_WITH_PART = re.compile(r"\b(?:with|з|із)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_BY_REPORT = re.compile(r"\bby\s+(?:the\s+)?report(?:ing)?\s+dates?\b|\bза\s+дат\w+\s+(?:звіт\w*|публікац\w*|повідомлен\w*)", re.I)
_BY_LOSS = re.compile(r"\bby\s+(?:the\s+)?(?:loss|losses)\s+dates?\b|\bза\s+дат\w+\s+втрат\w*", re.I)


def region_convention(region: str) -> DateConvention | None:
    """Return the convention a clause names in words ("by report date", "за датою втрат"), if any."""
    if _BY_REPORT.search(region):
        return DateConvention.REPORT
    if _BY_LOSS.search(region):
        return DateConvention.LOSS
    return None


_TODAY = frozenset({"today", "сьогодні"})


def convention_hint(
    sentence: str, s0: int, time: TimeRef | None, is_list: bool, region: str = "", cues: Cues | None = None,
) -> DateConvention | None:
    """Return REPORT when the date names the report ("reported ... on December 20", "by report date").

    ``cues``: the clause's words already read (``cues.region`` is ``region``).
    """
    if is_list and (time is None or time.kind != "period"):  # a list under a month names loss-date sums
        return DateConvention.REPORT
    said = cues.convention if cues is not None else region_convention(region)
    if said is not None:
        return said
    if time is None or time.kind != "day" or time.granularity == "latest":
        return None  # months and years: "reported in October" is said of loss-date sums
    if time.is_relative and time.text.lower() in _TODAY:
        return DateConvention.REPORT  # "lost 22 pieces of special equipment today": today's report (its day is not over)
    if time.text.lower().startswith("between"):
        return DateConvention.LOSS  # "between November 28 and 29": the 24 hours the report covers
    pos, end = time.start_pos - s0, time.end_pos - s0
    report, loss = (_nearest_verb(spans, pos, end) for spans in _verbs(sentence))
    # the nearest verb names the convention; a report verb wins a tie
    return DateConvention.REPORT if report is not None and (loss is None or report <= loss) else None


_Spans = tuple[list[int], list[int]]  # the starts and the ends of non-overlapping matches, in order


@lru_cache(maxsize=256)
def _verbs(sentence: str) -> tuple[_Spans, _Spans]:
    """Return where the report verbs and the loss verbs of a sentence are: found once per sentence."""
    found = [list(p.finditer(sentence)) for p in (REPORT_VERB, LOSS_VERB)]
    report, loss = (([m.start() for m in ms], [m.end() for m in ms]) for ms in found)
    return report, loss


def _nearest_verb(spans: _Spans, pos: int, end: int) -> int | None:
    """Return the distance from a date (``pos``..``end``) to the nearest verb before or after it."""
    starts, ends = spans
    before = bisect_right(ends, pos)
    after = bisect_left(starts, end)
    options = ([pos - ends[before - 1]] if before else []) + ([starts[after] - end] if after < len(starts) else [])
    return min(options, default=None)


def claim_convention(
    sentence: str, s0: int, time: TimeRef | None, is_list: bool, region: str, kind: ClaimKind,
    day: Claim | None, how: str, cues: Cues | None = None,
) -> DateConvention | None:
    """Return the convention hint; a total "bringing" a day's losses up is read like that day."""
    # only for "yesterday"/"the past day", which name the losses of today's report; an explicit
    # date keeps the report-date reading of a total ("On January 5 ... the total rose to")
    if day is not None and day.kind is ClaimKind.DAY and kind is ClaimKind.TOTAL and (
            how == "inherited" or (time is not None and time.is_relative)):
        return day.convention_hint or DateConvention.LOSS
    if kind is ClaimKind.DAY and time is not None and time.is_as_of and time.kind == "day":
        return DateConvention.REPORT  # "930 окупантів ... станом на 24 січня": the day of that day's report
    return convention_hint(sentence, s0, time, is_list, region, cues)


RECORD_WINDOW_RE = re.compile(
    r"(?:\bso\s+far\s+)?\bthis\s+year\b|\bof\s+the\s+year\b|\bearlier\s+in\s+the\s+year\b|\bцього\s+року\b|\bз\s+початку\s+(?:цього\s+)?року\b|"
    r"\bof\s+(?P<y>20[2-4]\d)\b|"
    # "the highest daily loss this month": a day's record within the month (a day's measure said before it)
    r"(?P<m>\b(?:so\s+far\s+)?this\s+month\b|\bof\s+the\s+month\b|\bцього\s+місяця\b|"
    r"\bз\s+початку\s+(?:цього\s+)?місяця\b)", re.I)

_MONTH = 0  # the "year" of a month's window: the as-of date's month
# the words one of which every window holds ("year", "року", "month", "of", ...), lower case (patterns.needed)
_RECORD_WINDOW_WORDS = needed(RECORD_WINDOW_RE)


def record_window_span(sentence: str, s0: int) -> tuple[int | None, int, int] | None:
    """Return (the year written, None for "this year" or 0 for "this month", span start, span end) of a record's window.

    "the deadliest month this year", "the highest of 2024": the window bounds the record;
    "the highest daily loss this month" bounds a day's record by the month (only after a day's
    measure: "record losses of 45,000 this month" is the month's own figure);
    :func:`window_at` gives its start at the as-of date.
    """
    low = lowered(sentence)
    if low is not None and _RECORD_WINDOW_WORDS and not any(w in low for w in _RECORD_WINDOW_WORDS):
        return None  # no window's word: most sentences, read without a scan of the pattern
    for m in RECORD_WINDOW_RE.finditer(sentence):
        cue = RECORD_CUE.search(sentence[max(0, m.start() - 60) : m.start()])
        if cue is None:
            continue
        if m["m"]:
            between = sentence[max(0, m.start() - 60) + cue.end() : m.start()]
            # "the highest this month", "найбільше цього місяця": nothing between, a day's record within
            # the month as Cues reads it (_MONTH_WINDOW); "record losses of 45,720 this month" is the month's
            if between.strip() and not _DAY_MEASURE.search(between):
                continue
            return _MONTH, s0 + m.start(), s0 + m.end()
        return (int(m["y"]) if m["y"] else None), s0 + m.start(), s0 + m.end()
    return None


def window_at(span: tuple[int | None, int, int] | None, as_of: date) -> tuple[date, int, int] | None:
    """Return (window start, span start, span end) of a record's window ("this year" is the as-of date's)."""
    if span is None:
        return None
    year, start, end = span
    if year == _MONTH:  # the month of the latest report's losses
        last = as_of - timedelta(days=1)
        return last.replace(day=1), start, end
    return date(as_of.year if year is None else year, 1, 1), start, end
