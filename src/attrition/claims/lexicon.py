"""Cue words of the claim checker (English and Ukrainian): months, hedges, kinds, scope.

Owns the words that say *how* a figure is claimed — month and weekday names, the hedges
that imply rounding ("nearly", "понад"), the cues of each claim kind (totals, records,
streaks, milestones), reporting versus loss verbs, and the markers of numbers that are
about something else (the other side, money, area, deserters, other counting bodies).
Category words are NOT here: they live only in :mod:`attrition.model.categories`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby

from attrition.claims.patterns import guarded, lower_twin, needed, original

_I = re.I | re.U


class Comparator(StrEnum):
    """How a claimed figure relates to the record, as its wording implies."""

    EXACT = "exact"  # "lost 1,550"
    ABOUT = "about"  # "about", "some", "roughly", "близько", "орієнтовно"
    NEARLY = "nearly"  # "nearly", "almost", "approaching", "майже": at or just below
    AT_LEAST = "at_least"  # "more than", "over", "topped", "понад", "перевищили"
    AT_MOST = "at_most"  # "less than", "under", "up to", "менше"


@dataclass(frozen=True)
class _Months:
    pattern: str
    table: dict[str, int]


def _months() -> _Months:
    en = [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ]
    uk = [
        ("січня", "січень", "січні"), ("лютого", "лютий", "лютому"), ("березня", "березень", "березні"),
        ("квітня", "квітень", "квітні"), ("травня", "травень", "травні"), ("червня", "червень", "червні"),
        ("липня", "липень", "липні"), ("серпня", "серпень", "серпні"), ("вересня", "вересень", "вересні"),
        ("жовтня", "жовтень", "жовтні"), ("листопада", "листопад", "листопаді"),
        ("грудня", "грудень", "грудні"),
    ]
    table: dict[str, int] = {}
    for number, forms in enumerate(en, start=1):
        for form in forms:
            table[form] = number
    for number, forms in enumerate(uk, start=1):
        for form in forms:
            table[form] = number
    alternation = "|".join(sorted((re.escape(f) for f in table), key=len, reverse=True))
    return _Months(rf"(?:{alternation})\b\.?", table)


MONTHS = _months()


def month_number(word: str) -> int:
    """Return 1-12 for an English or Ukrainian month name or abbreviation."""
    return MONTHS.table[word.lower().rstrip(".")]


WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "пятницю": 4,
    "суботу": 5, "неділю": 6,
    # genitive, the start of a span: "з понеділка по п'ятницю"
    "понеділка": 0, "вівторка": 1, "середи": 2, "четверга": 3, "пятниці": 4, "суботи": 5, "неділі": 6,
}

# --- hedges written just before a number ------------------------------------------------
_HEDGES: list[tuple[Comparator, str]] = [
    # "nearly reached 48,000": the verb between the hedge and the figure keeps the hedge's meaning
    (Comparator.NEARLY, r"(?:nearly|almost|close\s+to|approaching|nearing)"
                        r"(?:\s+(?:reached|reaching|hit|hitting|touched|topped))?(?:\s+the\s+(?:\w+\s+)?"
                        r"(?:mark|milestone|threshold|level|figure|barrier)\s+of)?|"
                        r"just\s+(?:under|below|shy\s+of)|"
                        r"not\s+far\s+(?:from|off)|майже|наближа\w*\s+до|наблизил\w*\s+до|трохи\s+менше(?:\s+ніж)?|"
                        r"без\s+малого|ледь\s+не"),
    (Comparator.AT_LEAST, r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|at\s+least|no\s+fewer\s+than|"
                          r"no\s+less\s+than|exceeding|just\s+over|well\s+over|понад|більше(?:\s+ніж|,\s*ніж)?|"
                          r"більш\s+ніж|щонайменше|не\s+менше(?:\s+ніж)?|перевищ\w*|понад\s+як|"
                          r"(?:topped|passed|surpassed|exceeded|crossed|broke|passing|surpassing|crossing|topping|exceeds|tops)"
                          r"(?:\s+the(?:\s+(?:\w+\s+)?(?:mark|milestone|threshold|level|barrier)\s+of)?)?"),
    (Comparator.AT_MOST, r"less\s+than|fewer\s+than|under|below|up\s+to|no\s+more\s+than|менше(?:\s+ніж)?|"
                         r"менш\s+ніж|не\s+більше(?:\s+ніж)?|до"),
    (Comparator.ABOUT, r"about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated|"
                       r"circa|c\.|~|≈|близько|приблизно|орієнтовно|біля|десь|порядку"),
]
_HEDGE_RE = [
    (cmp, guarded(rf"(?:^|[\s(«\"“])(?:{pattern})\s*(?:of\s+)?(?:the\s+)?$", _I)) for cmp, pattern in _HEDGES
]


def hedge_before(text_before: str) -> tuple[Comparator, int] | None:
    """Return the hedge that ends ``text_before`` (the text just before a number) and its length."""
    tail = text_before[-40:]
    for cmp, pattern in _HEDGE_RE:
        match = pattern.search(tail)
        if match:
            if cmp is Comparator.AT_MOST and _RISEN_TO.search(tail):
                return None  # "довівши їхню загальну кількість до 11 603": "to", not "up to"
            return cmp, len(tail) - match.start()
    return None


# "до" after a verb of growth or a count brought up is "to" ("зросли до", "довівши кількість до")
_RISEN_TO = re.compile(r"(?<![\w’'-])(?:зрос\w*|збільши\w*|дов(?:ів|ела|ели|івши|одячи|одить|одять)\w*|"
                       r"кількість|число|показник)\s++до\s*+$", re.I)


# --- kinds --------------------------------------------------------------------------------
# Words that make a figure cumulative whatever else the sentence says.
STRONG_TOTAL_CUE = guarded(
    r"\b(?:in\s+total|a\s+total\s+of|total(?:ling|ing|led|ed|s)?|overall|altogether|all\s+told|to\s+date|"
    r"cumulative(?:ly)?|all-time|bringing|brings|brought|taking|takes|pushing|raising|"
    r"загалом|загальн\w*|всього|усього|сумарно|за\s+весь\s+час|сукупн\w*)\b",
    _I,
)
TOTAL_CUE = guarded(
    r"\b(?:in\s+total|a\s+total\s+of|total(?:ling|ing|led|ed|s)?|overall|altogether|all\s+told|to\s+date|"
    r"so\s+far|cumulative(?:ly)?|in\s+all|tally|toll|(?:now\s+)?st(?:an|oo)ds?\s+at|has\s+lost|have\s+lost|had\s+lost|"
    r"has\s+suffered|have\s+suffered|bringing|brings|brought|taking|takes|pushing|raising|"
    r"загалом|загальн\w*|всього|усього|сумарно|за\s+весь\s+час|від\s+початку|з\s+початку|"
    r"становлять|становить|склали\s+вже|сягнул\w*|досягл\w*|сукупн\w*)\b",
    _I,
)
MILESTONE_CUE = guarded(
    r"\b(?:pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|cross(?:ed|es|ing)?|top(?:ped|s|ping)?|"
    r"hit(?:s|ting)?|reach(?:ed|es|ing)?|approach(?:ed|es|ing)?|near(?:ed|s|ing)|broke|break(?:s|ing)?|"
    r"mark|milestone|threshold|barrier|перевищ\w*|перейш\w*|подола\w*|сягн\w*|досягл\w*|досягн\w*|"
    r"наблизил\w*|наближа\w*|позначк\w*|рубіж\w*|межу|планку)\b",
    _I,
)
# A milestone not yet passed but near ("days away from 800,000", "approaching the 800,000 mark").
_NEAR_VERB = r"(?:pass|surpass|top|cross|exceed|reach|hit|break)"
# searched in the 60 characters before a figure (near_milestone), so \w{0,60}+ never cuts a word short
# there and each stem in a long run of letters costs at most 60 steps (linear, issue 14)
NEAR_BEFORE = guarded(
    r"(?:(?:just\s+|only\s+|a\s+few\s+)?(?:days|weeks)\s+away\s+from|on\s+(?:course|track)\s+to\s+" + _NEAR_VERB
    + r"|set\s+to\s+" + _NEAR_VERB + r"|(?:could|will|may|should)\s+(?:soon\s+)?" + _NEAR_VERB
    + r"|(?:about|poised)\s+to\s+" + _NEAR_VERB + r"|edging\s+(?:closer|nearer)\s+to|closing\s+in\s+on"
    # "the total neared 100,000", "nears 1 million", "approached 500,000": any tense of the verb
    r"|\bnear(?:ing|ed|s)|\bapproach(?:ing|ed|es)|наближа\w{0,60}+\s+до|наблизил\w{0,60}+\s+до|ось-ось\s+(?:перевищ|перетн|сягн|досягн|подола)\w{0,60}+"
    r"|незабаром\s+(?:перевищ|перетн|сягн|досягн)\w{0,60}+)"
    r"(?:\s++the)?(?:\s++(?:позначк\w{0,60}+|рубеж\w{0,60}+|межі|планки))?(?:\s++(?:mark|milestone|threshold)\s++of)?\s*+$",
    _I,
)
NEAR_AFTER = guarded(
    r"^(?:\s+(?:mark|milestone|threshold|barrier))?\s+(?:is|are|was|were|now\s+seems?|looks?)\s+"
    r"(?:now\s+|just\s+|only\s+|a\s+few\s+|mere\s+)*(?:days|weeks)\s+away",
    _I,
)
_MARK_AFTER = guarded(r"^\s+(?:mark|milestone|threshold|barrier)\b", _I)


def milestone_near(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """Return the wording that calls the number at ``text[start:end]`` a milestone not yet passed."""
    before = NEAR_BEFORE.search(text[max(lo, start - 60) : start])
    if before is not None:
        mark = _MARK_AFTER.match(text[end:hi])
        return text[start - len(before.group()) : end + (mark.end() if mark else 0)].strip()
    after = NEAR_AFTER.match(text[end:hi])
    if after is not None:
        return text[start : end + after.end()].strip()
    return None


AVERAGE_CUE = guarded(
    r"\b(?:on\s+average|an\s+average|average(?:d|s)?|averaging|a\s+day|per\s+day|each\s+day|every\s+day|daily\s+average|"
    r"в\s+середньому|у\s+середньому|середн\w*|на\s+добу|(?<!станом\s)на\s+день|щодоби|щодня|щоденно|за\s+день\s+у\s+середньому)\b",
    _I,
)
DAY_CUE = guarded(
    r"\b(?:in\s+(?:a\s+single|one|a)\s+day|in\s+24\s+hours|single[- ]day|one[- ]day|daily|за\s+одну\s+добу|"
    r"за\s+один\s+день|за\s+добу|добов\w*)\b",
    _I,
)
INCREMENT_CUE = guarded(
    r"\b(?:another|additional|further|a\s+further|ще|додатково|rose\s+by|increased\s+by|grew\s+by|"
    r"went\s+up\s+by|зросл\w*\s+на|збільшил\w*\s+на|скоротил\w*)\b",
    _I,
)
RECORD_CUE = guarded(
    r"\b(?:(?P<rank>second|third|fourth|fifth|2nd|3rd|4th|5th|друг\w*|трет\w*|четверт\w*)[- ]+)?"
    r"(?:record(?:-breaking|-high)?|deadliest|bloodiest|costliest|highest|heaviest|worst|largest|biggest|"
    r"all-time\s+high|(?:daily|record|new)\s+high|a\s+high\s+of|peak|рекорд\w*|найбільш\w*|найвищ\w*|найкривавіш\w*|найгірш\w*|"
    r"максимальн\w*|найважч\w*|найбільше|"
    # "over 2,000 in a single day for the first time": the day is the record, above the bound
    r"for\s+the\s+first\s+time|вперше)\b",
    _I,
)
NOT_RECORD = guarded(
    r"\b(?:(?:one|some)\s+of\s+(?:the|its|their)|among\s+the|одн\w+\s+з\s+(?:най|рекорд)|(?:of\s+)?the\s+top[- ]\w+|"
    r"десят\w*\s+най)\s*$", _I)
VAGUE_DAYS = guarded(
    r"\b(?:most|many|several|some|a\s+few|multiple|numerous)\s+(?:of\s+the\s+)?days\b|"
    r"\b(?:більшість|багато|кілька|декілька)\s+(?:з\s+)?(?:днів|діб)\b|"
    # "a total of 3,720 over both days": days named elsewhere in the text
    r"\bover\s+(?:both|the\s+two|these|those)\s+days\b|\bза\s+(?:ці|обидві|дві)\s+доби\b",
    _I,
)
UNPARSED_PERIOD = guarded(  # not "the reporting period" of a daily report ("За звітний період"): the report's day
    # A season as another noun's attribute is no time ("battling it out in harsh winter conditions"), nor is
    # an offensive or campaign but as the time of the figure, after a preposition of time ("during the
    # offensive", "since the start of the campaign"): "as Moscow plows on with its offensive" names none
    r"\b(?:month|week|year|quarter|season|(?:summer|winter|spring|autumn)(?!\s++(?:conditions|weather|cold|frosts?|"
    r"clothing|gear|uniforms?|mud|rains?|storms?)\b)|(?<!reporting\s)period|"
    r"(?:during|throughout|over|since|in|of)\s++(?:the\s++|its\s++|this\s++|that\s++|their\s++|a\s++)?"
    r"(?:[\w'’-]++\s++){0,2}+(?:offensive|campaign)|"
    r"місяц\w*|тижн\w*|тиждень|рок\w*|рік|квартал\w*|літ[оа]|зим\w*|весн\w*|осін\w*|(?<!звітний\s)період\w*|"
    r"наступ\w*)\b",
    _I,
)
WOUNDED_ONLY = guarded(
    r"^\s*(?:to\s+be\s+|were\s+|have\s+been\s+|had\s+been\s+|are\s+|was\s+)?(?:wounded|injured|поранен\w*)\b"
    # "418,000 wounded and killed", "пораненими та вбитими": both, in the other order
    r"(?!\s*(?:and|or|&|і|й|та|чи|або)\s+(?:killed|dead|вбит\w*|убит\w*|загибл\w*))", _I
)
# A record said of a figure stated just before ("lost 38,940 in May, the highest monthly figure since the
# start of the war"; "It described the daily increase as the highest of the war so far"): the record is
# bounded by the war itself, so it is a claim about that figure.
RECORD_CLAUSE = guarded(
    r"\b(?:the|its|a\s+new)\s+(?:highest|largest|biggest|deadliest|heaviest|worst)\b[^.;:!?\d]{0,70}?"
    r"\b(?:since\s+(?:the\s+)?(?:beginning|start|outbreak|launch)\s+of\s+the\s+(?:full[- ]scale\s+)?(?:war|invasion)|"
    r"since\s+\w+\s+(?:launched|began|started)\s+(?:its|the)\s+(?:full[- ]scale\s+)?(?:war|invasion)|"
    r"of\s+the\s+(?:full[- ]scale\s+)?(?:war|invasion)(?:\s+so\s+far)?)\b|"
    r"\b(?:найбільш\w*|найвищ\w*|рекордн\w*)\b[^.;:!?\d]{0,70}?\bз\s+початку\s+(?:повномасштабн\w+\s+)?"
    r"(?:вторгнення|війни)\b",
    _I,
)
RECORD_MONTH = guarded(r"\b(?:month|monthly|місяц\w*|місячн\w*)\b", _I)
# The count word of a streak starts where its word does: the lookbehinds keep a search from
# retrying at every character of a long word ("9" * 1,000 took 0.13 s per search; issue 14).
# A word fails or matches the same way from any of its characters, so no match is lost.
# Every match starts with a word character or "-": the lookahead skips the others at once.
_STREAK = (
    r"(?:\bfor\s+)?(?:the\s+)?(?<![\w-])(?P<n1>[\w-]+?)(?:th|st|nd|rd)?\s+(?:straight|consecutive|successive)\s+days?\b|"
    r"\b(?:for\s+)?the\s+(?P<n2>[\w-]+?)\s+(?:straight\s+|consecutive\s+)?day\s+in\s+a\s+row\b|"
    r"\b(?<!\w)(?<![\w-]-)(?P<n3>[\w-]++)\s+days\s+in\s+a\s+row\b|"
    r"\b(?<!\w)(?<![\w'’ʼ-]['’ʼ-])(?:вже\s+)?(?P<n4>[\w'’ʼ-]++)\s+(?:день|дні|днів|добу|доби|діб)\s+поспіль\b|"
    r"\bпоспіль\s+(?P<n5>[\w'’ʼ-]+)\s+(?:днів|діб|дні|доби)\b|"
    r"\b(?<!\w)(?<![\w-]-)(?:for\s+)?(?P<n6>[\w-]++)\s+days\s+(?:straight|running|in\s+succession|on\s+end)\b"
)
STREAK_CUE = guarded(rf"(?=[\w-])(?:{_STREAK})", _I)
# Every match of STREAK_CUE holds one of these words (each alternative of _STREAK ends in one:
# straight/consecutive/successive days, in a row, поспіль, running, in succession, on end), with
# the same flags: a clause without any holds no streak and is not searched with the cue itself,
# which tries every position of the clause (a test holds the cue to these words).
STREAK_WORD = re.compile(r"straight|consecutive|successi|row|поспіль|running|end", _I)
STREAK_ORDINAL = guarded(r"(?:th|st|nd|rd|ий|ій|ою|у|ої|ого|тий|ту)$|first|second|third|fifth|twelfth", _I)

# --- verbs: which date a day figure carries -------------------------------------------------
REPORT_VERB = guarded(
    r"\b(?:report(?:ed|s)?|said|says|announced|announces|published|stated|update[ds]?|"
    r"повідоми\w*|повідомля\w*|оприлюдни\w*|заяви\w*|звіт\w*|зведенн\w*|оновил\w*)\b",
    _I,
)
LOSS_VERB = guarded(
    r"\b(?:lost|lose|loses|losing|killed|wounded|injured|died|suffered|suffers|eliminated|liquidated|"
    r"destroyed|shot\s+down|downed|втрати(?:ла|ли|в)|втрачає|ліквідува\w*|ліквідовано|знищил\w*|знищено|"
    r"вбил\w*|збил\w*|збито|уразил\w*|загинул\w*|знешкоди\w*)\b",
    _I,
)
LOSS_WORD = guarded(
    r"\b(?:los[st]|losses|losing|loses|lose|casualt\w*|killed|wounded|injured|dead|deaths?|died|"
    r"eliminated|liquidated|neutrali[sz]ed|destroyed|downed|shot\s+down|taken\s+out|wiped\s+out|"
    r"knocked\s+out|suffered|attrition|toll|fatalit\w*|destroy\w*|eliminat\w*|liquidat\w*|kill(?:s|ing)?|"
    r"shooting\s+down|downing|(?:put|taken|knocked)\s+out\s+of\s+action|виведен\w*\s+з\s+ладу|вивели\s+з\s+ладу|"
    r"втрат\w*|втрач\w*|ліквід\w*|знищ\w*|вбит\w*|убит\w*|поранен\w*|"
    r"уражен\w*|уразил\w*|збит\w*|збил\w*|загинул\w*|загибл\w*|вибул\w*|скоротил\w*|мінус\w*|"
    r"вбили|поклали|демілітаризова\w*|знешкод\w*|нейтраліз\w*|bloodiest|deadliest|costliest|найкривавіш\w*)\b",
    _I,
)

# --- scope ---------------------------------------------------------------------------------
RUSSIAN_SIDE = guarded(
    r"\b(?:russia|russian|russians|russia['’]s|moscow|moscow['’]s|kremlin|putin['’]s|enemy|enemy['’]s|"
    r"occupiers?|occupying|invaders?|invading|orcs?|росі\w*|російськ\w*|росіян\w*|рф|ворог\w*|ворож\w*|"
    r"окупант\w*|окупаційн\w*|загарбник\w*|противник\w*|рашист\w*|орк\w*|країн\w*-агресор\w*|агресор\w*)\b",
    _I,
)
UKRAINIAN_SIDE = guarded(
    r"\b(?:ukrainian|ukrainians|ukraine['’]s|ukraine|kyiv['’]s|our|українськ\w*|україн\w*|наш\w*|зсу)\b", _I
)
# "Сили оборони знищили", "Ukrainian forces killed": Ukraine as the agent, so the losses are Russia's; not in
# the passive ("13,000 Ukrainian soldiers had been killed", "Ukrainian troops were killed": Ukraine's own losses)
UKRAINE_AGENT = guarded(
    r"(?:сил\w*\s+оборони|зсу|захисник\w*|українськ\w+\s+(?:військов\w*|воїн\w*|сил\w*|підрозділ\w*)|"
    r"ukrainian\s+(?:forces|troops|defenders|military|units|soldiers|drones?)|ukraine['’]s\s+(?:forces|military|army)|"
    r"defen[cs]e\s+forces)\s+(?:(?!(?:been|were|was|being|get|got|gets|are|is)\s)\w+\s+){0,3}?"
    r"(?:знищил\w*|ліквідува\w*|знешкоди\w*|уразил\w*|збил\w*|вбил\w*|"
    r"скоротил\w*|поклал\w*|killed|destroyed|eliminated|shot\s+down|downed|took\s+out|hit|wiped\s+out)",
    _I,
)
UKRAINE_LOSER = guarded(
    # "Russia's forces in Ukraine lost ...": a place after "in", not the side that lost
    r"(?<!\bin\s)(?<!\bу\s)(?<!\bв\s)(?:ukraine|україна|ukraine['’]s\s+(?:army|military|forces|armed\s+forces)|"
    r"ukrainian\s+(?:army|military|forces|troops|side)|kyiv)\s+(?:has\s+|had\s+|have\s+|are\s+|is\s+)?(?:lost|loses|losing|suffered|втратила)|"
    # the side as the speaker of its own losses ("Ukraine says it has lost up to 13,000 soldiers")
    r"(?:ukraine|kyiv)\s+(?:says|said|admits|admitted|claims|claimed)\s+(?:that\s+)?it\s+(?:has\s+|had\s+)?(?:lost|suffered)|"
    r"(?:ukraine['’]s|ukrainian|kyiv['’]s|our)\s+(?:own\s+)?(?:(?:troop|combat|battlefield)\s+)?(?:losses|casualties|dead|soldiers|troops|servicemen|military\s+losses)|"
    r"(?:losses|casualties)\s+(?:of|among)\s+(?:ukraine|ukrainian|kyiv)|"
    r"втрат\w*\s+(?:україн\w*|зсу|сил\s+оборони|наш\w*)|(?:україн\w*|наш\w*)\s+(?:військов\w*|бійц\w*|захисник\w*)\s+загинул\w*|"
    r"загинул\w*+\s++(?:\d[\d\s]*+(?<=\s))?(?:тисяч\w*\s+)?(?:україн\w*|наш\w*)|"
    r"загибл\w*\s+україн\w*|(?:casualties|losses)\s+suffered\s+by\s+(?:ukraine|kyiv|ukrainian)|"
    r"(?:suffered|sustained)\s+by\s+(?:ukraine|kyiv|ukrainian\s+(?:forces|troops))|"
    r"(?:україн\w*|ukraine|kyiv|zelensk\w*|зеленськ\w*)\b(?:(?!russia|росі|рф\b|moscow|kremlin|москв)[^.;]){0,60}?"
    r"\b(?:(?:its|their|own)\s+(?:own\s+)?(?:(?:military|troop|combat)\s+)?(?:losses|casualties|dead|death\s+toll)|дані\s+про\s+(?:свої\s+)?втрат\w*|"
    r"власн\w*\s+втрат\w*|свої\s+втрат\w*)\b|"
    # Russia as the one that destroyed, so the losses are Ukraine's (Russia's ministry on Ukraine's losses:
    # "Russia has destroyed 21 Ukrainian aircraft", "Russian forces destroyed eight aircraft, 277 drones",
    # "Russian air defense systems shot down ... 483 drones"); only auxiliaries between, not a figure
    # ("Russia lost 12 tanks destroyed" is Russia's)
    r"\b(?:russia|russia['’]s\s+(?:forces|military|army|troops)|the\s+russian\s+side|russian\s+(?:forces|troops|military|"
    r"army|units|air\s+defen[cs]es?(?:\s+(?:systems|forces|units))?))\s+(?:(?:has|have|had|also|reportedly|allegedly|"
    r"claims?|claimed|to)\s+){0,3}(?:destroyed|shot\s+down|downed|eliminated|wiped\s+out|took\s+out)\b",
    _I,
)
# Another war's side: the Soviet Union ("the official losses of the Soviet army in Afghanistan amount to
# 15,051 people", "the Soviet Union also lost a whopping 333 helicopters"); not "Soviet-era tanks" (Russia's)
PAST_WAR_SIDE = guarded(
    r"\b(?:soviet\s+union|ussr|soviet\s+(?:army|troops|soldiers|forces|military)|red\s+army|"
    r"радянськ\w+\s+(?:союз\w*|армі\w*|військ\w*))\b",
    _I,
)
# The side patterns without re.I, for lower-cased plain text (scope.side_in; patterns.lower_twin)
PAST_WAR_SIDE_LOWER = lower_twin(PAST_WAR_SIDE)
# one of them is in every match, lower case (patterns.needed): side_in searches each figure's window for
# another war's side only when it holds one (a substring test), so a long list costs no extra search
PAST_WAR_WORDS = needed(PAST_WAR_SIDE)
RUSSIAN_SIDE_LOWER = lower_twin(RUSSIAN_SIDE)
UKRAINE_AGENT_LOWER = lower_twin(UKRAINE_AGENT)
UKRAINE_LOSER_LOWER = lower_twin(UKRAINE_LOSER)
# Both sides' losses together, never Russia's alone: "The total number of military casualties on both sides is
# nearing 1.4 million", "the total losses of both sides already amount to about 1.8 million", "combined Russian
# and Ukrainian casualties may be as high as 1.8 million", "200,000 soldiers have been killed or wounded on both
# sides", "втрати обох сторін", "загинули з обох боків" (scope.both_sides reads it beside one figure)
BOTH_SIDES = guarded(
    r"\b(?:losses|casualties|killed|wounded|injured|missing|dead|deaths|toll)\s+(?:on|of|for|from|among|to)\s+both\s+sides\b|"
    r"\bboth\s+(?:sides|armies)['’]?\s+(?:combined\s+)?(?:losses|casualties|dead|deaths)\b|"
    r"\bcombined\s+(?:russian\s+and\s+ukrainian|ukrainian\s+and\s+russian)\s+(?:(?:military|troop)\s+)?"
    r"(?:losses|casualties|deaths|dead)\b|"
    r"\b(?:russian\s+and\s+ukrainian|ukrainian\s+and\s+russian)\s+(?:(?:military|troop)\s+)?(?:losses|casualties|deaths)"
    r"\s+combined\b|\b(?:together|combined),?\s+the\s+two\s+(?:armies|sides)\b|"
    r"\bthe\s+two\s+(?:armies|sides)\s+(?:have\s+|had\s+)?(?:together|combined)\b|"
    # a Ukrainian stem is read from a word's start only (\b), so a long word costs one try (issue 14)
    r"\bвтрат\w{0,6}+\s+(?:\w+\s+)?обох\s+(?:сторін|армій|боків)|\b(?:обидві|дві)\s+(?:сторони|армії)\s+(?:разом\s+)?"
    r"(?:втратил\w*|зазнал\w*)|\b(?:загинул|поранен|загибл|вбит)\w{0,4}+\s+з\s+обох\s+(?:сторін|боків)|"
    r"\bсукупн\w{0,4}+\s+втрат\w{0,4}+\s+(?:росі\w*|рф)\s+(?:і|та|й)\s+україн\w*",
    _I,
)
OTHER_COUNTRY = guarded(
    r"\b(?:north\s+korean?s?|dprk|pyongyang['’]s|північнокорейськ\w*|кндр|корейськ\w*|корейц\w*|belarusian|"
    r"білоруськ\w*|iranian|syrian|cuban|chechen|wagner|вагнер\w*)\b",
    _I,
)
OTHER_SOURCE = guarded(
    r"\b(?:nato|pentagon|u\.?s\.?\s+(?:officials?|intelligence|estimates?|defen[cs]e|generals?|leader|president)|american\s+officials?|"
    # the United States as the speaker ("while the United States spoke of «more than 100,000 casualties»")
    r"united\s+states\s+(?:has\s+|had\s+)?(?:spoke\s+of|spoken\s+of|speaks\s+of|said|says|estimated|estimates|put|puts|believes)|"
    r"white\s+house|csis|british|u\.?k\.?\s+(?:ministry|mod|defen[cs]e|intelligence|military|officials?)|"
    r"western\s+(?:estimates?|officials?|intelligence|analysts?)|analysts\s+(?:estimate[sd]?|believe[sd]?|calculated?)|"
    r"аналітики\s+(?:оцінюють|оцінили|підрахували)|mediazona|медіазон\w*|медиазон\w*|bbc|"
    r"isw|oryx(?:spioenkop)?|kremlin\s+(?:has\s+|had\s+)?(?:says|said|admitted|claims|claimed|confirmed|acknowledged)|shoigu|belousov|russia['’]s\s+(?:defen[cs]e\s+)?ministry|"
    r"russian\s+(?:defen[cs]e\s+)?ministry|moscow\s+(?:says|said|admitted|acknowledged|claims|claimed)|нато|пентагон\w*|"
    # the United States' bodies in Ukrainian ("із посиланням на заяву голови Об’єднаного комітету начальників штабів
    # США Марка Міллі", "за оцінками розвідки США", "американські посадовці"), as "u.s. officials", "milley" above
    r"міллі|(?:міністерств\w*\s++оборони|міноборони|розвідк\w*|штаб\w*|комітет\w*|уряд\w*|посадовц\w*|чиновник\w*|"
    r"адміністраці\w*|генерал\w*)\s++сша|американськ\w+\s++(?:розвідк\w*|посадовц\w*|чиновник\w*|генерал\w*|оцінк\w*)|"
    r"britain|britain['’]s|the\s+uk|uk['’]s|british|the\s+u\.k(?=\.)|u\.k\.['’]s|moscow\s+(?:\w+\s+)?(?:acknowledged|admitted|acknowledges|admits|confirmed|confirms)|"
    r"британськ\w*|британі\w*|британц\w*|сполучен\w*\s++королівств\w*|united\s+kingdom|шойгу|білоусов\w*|ukrwarlosses|radakin|healey|cavoli|milley|austin|"
    # Western officials by name and role ("said British Defence Secretary Ben Wallace", "... 220,000 wounded
    # and killed - Wallace", "the Norwegian Chief of Defence, Eirik Kristoffersen"), a headline's "UK claims"
    # and "USA estimates", a think tank's own estimate ("The think tank estimates ...")
    r"wallace|kristoffersen|kirby|u\.?k\.?\s+(?:claims|says|said|estimates?|believes)|usa\s+(?:estimates?|officials?|intelligence)|"
    r"(?:the|a)\s+think[\s-]+tank\s+(?:also\s+)?(?:estimates?|estimated|said|says|believes|puts?|reckons)|"
    r"москва\s+(?:востаннє\s+|офіційно\s+)?(?:офіційно|визнала|визнає|заявляла|називала)|кремл\w*\s+(?:визна\w*|заяв\w*)|"
    # Russia's Ministry of Defence and Russia's own side in Ukrainian ("За даними Міноборони РФ", "російська
    # сторона оприлюднила дані про втрати російських військ")
    r"міноборони\s++(?:рф|росії)|міністерств\w*\s++оборони\s++(?:рф|росії)|російськ\w+\s++міноборони|"
    r"російськ\w+\s++сторон\w*\s++(?:\w+\s++)?(?:оприлюдни\w*|повідоми\w*|визна\w*|заяви\w*|назва\w*)|"
    # Russia's own admissions ("Russia last reported its military casualties ... around 6,000", "Russia has
    # publicly acknowledged only just over 6,000 soldier deaths", "The last time Russia publicly announced the
    # death toll ... was in September 2022, when it said 5,937 troops had been killed", "Moscow has so far confirmed
    # the death of more than a thousand Russian soldiers")
    r"(?:russia|moscow)\s+(?:last\s+|officially\s+|only\s+|has\s+(?:so\s+far\s+)?)?(?:publicly\s+)?"
    r"(?:reported|acknowledged|admitted|disclosed|confirmed|announced)\s+"
    r"(?:its|the\s+(?:deaths?|death\s+toll|toll)|to|only)|"
    # Russia's generals who gave its toll ("said ... Colonel General Sergey Rudskoy, at a press briefing")
    r"rudsko[yi]|konashenkov|"
    r"russia\s+(?:last\s+|only\s+)?officially\s+(?:reported|acknowledged|admitted|disclosed)\b|"
    # Newsweek's "Russia has not updated its figures since September 2022 when it said ... 6,000",
    # "with Russia not updating its tally since September 2022, which it then put at fewer than 6,000"
    r"russia\s+(?:has\s+|had\s+)?(?:not|hasn['’]t)\s+(?:(?:updat\w+|revis\w+)\s+its|(?:given|provided|issued|released|"
    r"published)\s+(?:an?\s+|any\s+)?(?:official\s+|new\s+)?(?:update|figures?|toll))|"
    # a side's admission of its own dead ("the Russian authorities admitted to just under 500 deaths", "Раніше
    # росіяни визнали вбитими 63 своїх військових"): its own count, never the General Staff's, which claims;
    # and Russia's own press ("The pro-Kremlin Russian newspaper ... putting them at 9,861 dead")
    r"admit(?:ted|s)?\s+(?:to\s+|the\s+(?:deaths?|loss(?:es)?)\s+of\s+)|acknowledg(?:ed|es)\s+(?:the\s+)?(?:deaths?|loss(?:es)?)\s+of|"
    r"визна(?:ли|ла|ло|в|є|ють)\s++(?:загибель|вбитими|загиблими|втрат\w*)|pro-kremlin|прокремлівськ\w*|"
    # Russia's own toll ("Russia says 1,351 soldiers died in Ukraine", "The Russian military said in a
    # briefing on Friday that 1,351 military personnel had been killed", "The deputy head of Russia's
    # military general staff says that 1,351 ...", "Russia last gave an update in March when it said ...")
    # and what Russia claims ("Russia claims 158 drones downed in mass attack", a Kyiv Independent link):
    # its own count, of Ukraine's drones or men
    r"russia\s+(?:says|said|claims|claimed)|russian\s+military\s+(?:says|said|claims|claimed)|"
    # Russia's officials who gave its toll ("At a Moscow briefing on Friday, Russian senior military officials
    # updated its losses in Ukraine to 1,351 soldiers")
    r"russian\s+(?:senior\s+|top\s+|military\s+|defen[cs]e\s+){0,2}officials?|російськ\w+\s++(?:військов\w+\s++)?(?:посадовц\w*|чиновник\w*)|russia['’]s\s+military\s+general\s+staff|"
    r"russia\s+(?:last\s+)?(?:gave|provided|released|issued)\s+(?:an?\s+)?(?:update|figures?|toll)|"
    r"center\s+for\s+strategic\s+and\s+international\s+studies|"
    # a newspaper's own estimate ("The Economist ... від 1 до 1,35 млн"; Forbes's count of tanks, "Russia has lost
    # at least 2,619 tanks in Ukraine, ..., Forbes reported"; "Видання на основі відкритих даних,
    # інформації від джерел та звітів оцінює втрати Росії ... від одного до 1,35 мільйона")
    r"the\s+economist|forbes|(?:видання|газета|журнал)\s++(?:[\w'’,]+\s++){0,10}?(?:оцінює|оцінюють|оцінил\w|підрахува\w*)|"
    # think tanks' own counts ("the International Institute for Strategic Studies said in February that
    # Russia has now lost 3,000 tanks"; RUSI): estimates of their own, not the General Staff's
    r"international\s+institute\s+for\s+strategic\s+studies|iiss|rusi|royal\s+united\s+services\s+institute|"
    r"міжнародн\w*\s+інститут\w*\s+стратегічних\s+досліджень|"
    # Russia's own toll ("Russia's last official death toll ... 1,351"), Putin's word, independent Russian
    # media ("Independent Russian media outlet iStories"), the US government and its press
    r"official\s+death\s+toll|putin\s+(?:has\s+)?(?:said|says|estimated|estimates|claimed|admitted)|"
    r"independent\s+russian\s+(?:media|outlets?|news)|istories|"
    r"(?:u\.?s\.?|the\s+united\s+states)\s+(?:department\s+of\s+defen[cs]e|under\s*secretary|government|"
    r"estimates?|estimated|believes|says|said|claims|claimed|assesses)|new\s+york\s+times|"
    # another government named by its capital or as its officials ("..., according to London", "Washington
    # estimates", "Defense officials in the United States have estimated similar numbers")
    r"according\s+to\s+(?:london|washington)|(?:london|washington)\s+(?:says|said|estimates?|estimated|believes|"
    r"claims?|claimed|assesses|assessed|puts?)|(?:defen[cs]e\s+|intelligence\s+|military\s+)?officials?\s+(?:in|from)\s+"
    r"(?:the\s+united\s+states|the\s+u\.?s\.?|washington|london|britain|the\s+u\.?k\.?)(?!\w)|"
    # the US Defense Intelligence Agency ("Lt. Gen. Scott D. Berrier, director the Defense Intelligence Agency,
    # told House lawmakers that the best estimate is between 2,000 and 4,000")
    r"defen[cs]e\s+intelligence\s+agency|"
    # a president's own estimate ("Zelensky stated that ...", "за даними президента")
    r"zelensk\w*\s+(?:has\s+)?(?:stated|said|says|claimed|estimated|told)|"
    r"за\s+даними\s+президента|зеленськ\w*\s+(?:озвучи\w*|заяви\w*|сказа\w*|назва\w*)|"
    # the verb first ("про це заявив президент України Володимир Зеленський", "said President Zelensky")
    r"(?:заяви\w*|сказа\w*|повідоми\w*|розпові\w*|said|says|told)\s++(?:[\w'’]+\s++){0,4}?зеленськ\w*|"
    r"(?:said|says|told)\s++(?:[\w'’]+\s++){0,3}?zelensk\w*|"
    # France's own estimate ("France has estimated that 150,000 ...", "Paris assessed the total Russian casualties
    # ... at 500,000", "Paris estimates Russian casualties were 500,000", its foreign minister by name), Donald
    # Trump's word ("Trump said that Russia had 700,000 dead and wounded"), the Pentagon's briefer ("..., the
    # senior defense official said") and the New York Times as NYT
    r"(?:france|paris)\s+(?:has\s+|had\s+)?(?:estimated|estimates|estimate|assessed|assesses|believes|puts|put)|"
    r"s\wjourn\w|trump\s+(?:has\s+|had\s+|also\s+)?(?:said|says|claimed|claims|estimated|stated|mentioned|wrote)|"
    # another's word as a noun ("while slamming Donald Trump's claim Russia has lost around 600,000 troops"),
    # a president's adviser's own count ("Ukraine's presidential advisor ... claims more than 7,000")
    r"(?:trump|putin|zelensk\w*)['’]s\s+(?:claims?|estimates?|assertions?|figures?)|presidential\s+advis[eo]rs?|"
    r"senior\s+(?:u\.?s\.?\s+)?defen[cs]e\s+officials?|nyt|"
    r"(?:estonian|estonia['’]s|lithuanian|latvian|polish|finnish|german|french|norwegian|norway['’]s)\s+(?:military\s+)?"
    r"(?:intelligence|officials?|defen[cs]e|estimates?|army|chief)|rutte|рютте|сил\w*\s+безпілотних\s+систем|unmanned\s+systems\s+forces|"
    r"(?:естонськ|литовськ|латвійськ|польськ|німецьк|французьк)\w*\s+розвідк\w*)\b",
    _I,
)
# Ukraine as the source of a figure ("Kyiv estimates", "Ukraine said"): the General Staff's count.
UKRAINE_SOURCE = guarded(
    r"\b(?:kyiv|ukraine|ukrainian\s+(?:military|officials|army|side|defen[cs]e\s+ministry|general\s+staff|government)|"
    r"зсу|сили\s+оборони|україна|українськ\w+\s+(?:військов\w*|сторон\w*))\b(?:['’]s\s+\w+)?\s+(?:now\s+|also\s+)?"
    r"(?:says|said|estimates?|estimated|reports?|reported|claims?|claimed|puts?|counts?|announced|"
    r"повідомля\w*|повідоми\w*|заяви\w*|оцінює|оцінила)"
    # "roughly in line with Kyiv's estimate of 708,890": Kyiv's own count named as a noun (not "citing
    # Ukraine's figures", "based on Kyiv's count": another body's figure drawn from it)
    r"|(?<!\bciting\s)(?<!\bon\s)(?<!\bfrom\s)\b(?:kyiv|ukraine)['’]s\s+(?:own\s+)?(?:estimate|tally|count)s?\b"
    # "At the same time, according to Ukraine, Russian losses are significantly higher."
    r"|\baccording\s+to\s+(?:kyiv|ukraine)\b(?!['’])",
    _I,
)
ATTACK_SENTENCE = guarded(
    r"\b(?:launch(?:ed|es|ing)?(?!\s+(?:rocket|system|vehicle))|fired|air\s+force|shaheds?|gerbera|ballistic|випусти\w*|запусти\w*|"
    r"атакува\w*|шахед\w*|повітрян\w+\s+сил\w*|балістичн\w*|"
    # the night's air defence ("At night, air defense shot down 53 Russian drones, another 30 were lost in location")
    r"air\s+defen[cs]es?\s+(?:forces\s+|units\s+)?(?:shot\s+down|downed|intercepted|neutrali[sz]ed)|intercepted|"
    r"lost\s+in\s+location|locationally\s+lost|ппо\s+(?:збил\w*|знешкоди\w*)|локаційно\s+втрачен\w*)\b",
    _I,
)
GENERAL_STAFF = guarded(
    # not Russia's own ("Russia's military general staff": OTHER_SOURCE); "the Russian General Staff has
    # revealed that over 1,080,480 troops have been lost" (an aggregator's slip, development set) is Ukraine's
    r"\b(?:(?<!military\s)general\s+staff|генштаб\w*|генеральн\w*\s+штаб\w*|ministry\s+of\s+defen[cs]e\s+of\s+ukraine|"
    r"ukraine['’]s\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)|міноборони\s+україни|"
    r"мінооборони|armed\s+forces\s+of\s+ukraine|ukraine['’]s\s+armed\s+forces|ukraine['’]s\s+military|"
    r"kyiv['’]s\s+military)\b",
    _I,
)
# The counting bodies' patterns without re.I, for lower-cased plain text (clauses._marks)
OTHER_SOURCE_LOWER = lower_twin(OTHER_SOURCE)
UKRAINE_SOURCE_LOWER = lower_twin(UKRAINE_SOURCE)
GENERAL_STAFF_LOWER = lower_twin(GENERAL_STAFF)
NOT_LOSS = [
    ("deserters", r"desert\w*|awol|дезертир\w*|сзч|самовільн\w*"),
    ("prisoners of war", r"prisoners?|pows?|captured|captives?|полонен\w*|військовополонен\w*|обмін\w*|exchange"),
    ("civilians", r"civilians?|цивільн\w*|мирн\w*\s+(?:жител\w*|мешканц\w*|населенн\w*)|children|дітей|діти"),
    ("recruitment", r"recruit\w*|contracts?|signed|mobili[sz]\w*|volunteers?|завербува\w*|вербу\w*|мобілізова\w*|"
                    r"мобілізу\w*|набра\w*|набира\w*|залучи\w*|залуча\w*|"
                    r"мобілізац\w*|добровольц\w*|контракт\w*|призов\w*|conscript\w*"),
    ("troop strength", r"deployed|massed|amassed|stationed|concentrated|group(?:ing)?\s+of\s+forces|"
                       r"grouping|strong|зосереди\w*|стягну\w*|угрупованн\w*|налічує|army\s+of|troops\s+in\s+ukraine"),
    ("attacks", r"attacks?|assaults?|clashes|combat\s+engagements?|engagements|battles|штурм\w*|атак\w*|"
                r"бо[їє]зіткнен\w*|боїв|обстріл\w*|shelling|strikes|airstrikes|ударів|удари|bombs|каб\w*|"
                r"launched|fired|випусти\w*|запусти\w*|атакува\w*|shaheds?|шахед\w*|glide"),
    ("named dead", r"names|identified|named|confirmed\s+(?:dead|deaths|killed)|поіменно|імен\w*|"
                   r"встановил\w*\s+імен\w*|obituar\w*|некролог\w*"),
    ("territory", r"settlements|villages|towns|населен\w*\s+пункт\w*|сіл\b|територі\w*"),
    # a past war compared with ("the 70,000 casualties suffered by the Soviet Union during the Soviet-Afghan
    # War", "15,000 Soviet soldiers"); "Soviet-era tanks" are Russia's own
    ("another war's losses", r"soviet\s+union|ussr|soviet[- ]afghan|soviet\s+(?:troops|soldiers|army|forces|military|"
                             r"casualties|losses|dead)|red\s+army|afghanistan|afghan\s+war|vietnam|в\s+афганістан\w*|"
                             r"афганськ\w+\s+війн\w*|в['’]єтнам\w*|"
                             # another war's dead named by their nation ("nearly 60,000 Americans killed or wounded
                             # during the 20-year war in Iraq and Afghanistan", "Nearly 70,000 Afghan soldiers")
                             # ("4,400 American troops": the words between the figure and its noun end with it)
                             r"americans|american(?:\s+(?:soldiers|troops|servicemen|service\s+members|casualties)|(?=\s*$))|"
                             r"afghans?|iraqis?|американц\w*|американськ\w+\s+(?:військов\w*|солдат\w*)|афганц\w*"),
]
NOT_LOSS_RE = [(reason, guarded(rf"\b(?:{pattern})\b", _I)) for reason, pattern in NOT_LOSS]

OUT_UNIT_AFTER = [
    ("time of day", r":\d{2}\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"),
    # a ratio's first term: "loss ratios reaching 5:1", "3:1" (a time of day has two digits after its colon)
    ("ratio", r":\d\b"),
    ("duration", r"-?\s*hours?\b|-годинн\w*|\s*годин\w*"),  # "over a 24-hour stretch"
    ("percentage", r"%|percent\b|per\s*cent\b|percentage|відсот\w*|процент\w*|п\.п\."),
    ("area", r"km²|km2\b|sq\.?\s*(?:km|mi|kilomet\w*|miles?)\b|square\s+(?:kilomet\w*|miles?)|кв\.?\s*км|км²|км2|"
             r"квадратн\w*\s+кілометр\w*|hectares?\b|гектар\w*|га\b"),
    ("distance", r"km\b|kilomet\w*|miles?\b|metres?\b|meters?\b|км\b|кілометр\w*|метр\w*"),
    ("money", r"(?:us\s+)?dollars?\b|usd\b|euros?\b|eur\b|pounds\b|hryvnias?\b|uah\b|rubles?\b|roubles?\b|"
              r"гривен\w*|грн\b|рубл\w*|долар\w*|євро\b|\$|billion\b|bn\b|млрд\b|мільярд\w*"),
    ("duration", r"(?:hours?|days?|weeks?|months?|years?|decades?|годин\w*|днів|дні|діб|доби|тижн\w*|"
                 r"місяц\w*|рок\w*|років|хвилин\w*|minutes?)\b"),
    ("age", r"-?years?-old|years\s+old|річн\w*"),
    ("war day", r"(?:th|st|nd|rd|-?й|-?ма|-?та|-?ї)\s+(?:day|доб\w*|день)\b"),
    ("model designation", r"-(?:[a-zа-я]{1,3}\d*)\b"),
    # a numeric date's day or month ("Wednesday (4/10/2023)", "12/06/2022")
    ("date", r"/\d{1,2}/(?:19|20)\d{2}\b|/(?:19|20)\d{2}\b"),
]
OUT_UNIT_AFTER_RE = [(reason, guarded(rf"^\s*+(?:{pattern})", _I)) for reason, pattern in OUT_UNIT_AFTER]
OUT_BEFORE = [
    ("money", r"(?:[$€£₴]|us\$|usd|eur|uah)\s*$"),
    ("war day", r"\b(?:day|доба|день|дня)\s+(?:no\.?\s*)?$"),
    # "Ka-52", "S-300"; a longer name capitalised: "a Zoopark-1 radar", "Shahed-136", "Orlan-10", "Геран-2"
    ("model designation", r"\b[A-Za-zА-Яа-яІіЇї]{1,4}-$|(?-i:\b[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]{4,10}-)$"),
    ("time of day", r"\d:$"),
    ("number sign", r"(?:№|#|no\.)\s*$"),
    # a TV channel's name ("Podolyak told Channel 24", "в ефірі Каналу 24")
    ("channel name", r"\b(?:channel|каналу?|каналі)\s*$"),
]
OUT_BEFORE_RE = [(reason, guarded(pattern, _I)) for reason, pattern in OUT_BEFORE]

_PLACES = (
    # one battle, after the preposition the alternative below reads ("в одному бою", "за один бій")
    r"одному\s+бою|одній\s+(?:атаці|сутичці)|один\s+бій|одну\s+атаку|"
    r"bakhmut|avdiivka|pokrovsk|kursk|vuhledar|kupiansk|kup'?yansk|kharkiv\s+oblast|chasiv\s+yar|toretsk|"
    r"kurakhove|sievierodonetsk|lysychansk|mariupol|krynky|marinka|mar'?inka|robotyne|siversk|myrnohrad|"
    r"kostiantynivka|lyman|vovchansk|velyka\s+novosilka|huliaipole|kurakhove|zaporizhzhia\s+oblast|бахмут\w*|авдіївк\w*|покровськ\w*|"
    r"курськ\w*|вугледар\w*|куп'?янськ\w*|часов\w+\s+яр\w*|торецьк\w*|курахов\w*|мар'?їнк\w*|"
    r"робот\w+|сіверськ\w*|мирноград\w*|костянтинівк\w*|лиман\w*|вовчанськ\w*|"
    # more towns and fronts named in 2023-2026 reporting
    r"dobropillia|selydove|kreminna|svatove|bilohorivka|soledar|klishchiivka|andriivka|orikhiv|stepnohirsk|"
    r"kamianske|prymorske|sumy\s+oblast|yunakivka|borova|novopavlivka|vremivka|ocheretyne|novohrodivka|"
    r"kramatorsk|sloviansk|druzhkivka|tokmak|kherson\s+oblast|donetsk\s+oblast|luhansk\s+oblast|kreminna|"
    r"pishchane|dvorichna|rodynske|shakhove|uspenivka|zolota\s+nyva|kupiansk-vuzlovyi|sudzha|tetkino|"
    r"добропіл\w*|селидов\w*|кремінн\w*|сватов\w*|білогорівк\w*|соледар\w*|кліщіївк\w*|оріхов\w*|"
    r"степногірськ\w*|кам'?янськ\w*|новопавлівк\w*|времівськ\w*|очеретин\w*|новогродівк\w*|краматорськ\w*|"
    r"слов'?янськ\w*|дружківк\w*|гуляйпол\w*|великоновосілк\w*|суджанськ\w*|суджі|суджа|родинськ\w*|"
    # the towns of 2022 in Ukrainian ("Захисники Маріуполя", "у Сєвєродонецьку")
    r"маріупол\w*|сєвєродонецьк\w*|лисичанськ\w*|ізюм\w*|попасн\w*|рубіжн\w*"
)
# Its top-level alternatives in order, each with whether it reads case (its "(?-i:…)": capitals).
# LOCATION is their alternation; extract reads a sentence of plain characters with them in parts
# (extract._SentenceFacts.places): the ones that read no case as lower-case twins of the lowered sentence, the
# others as written. The regional commands' branch was one alternative behind a lookahead on its
# first characters; each of its alternatives starts with one of them, so they stand on their own.
# The regional commands, as LOCATION reads them and alone (COMMAND): (source, reads case).
# Their names ("ОСУВ «Таврія»", "Хортиця", "операційна зона") ...
_COMMAND_NAMES: list[tuple[str, bool]] = [
    (r"\b(?:khortytsia|tavria|таврі[яїю]|хортиц[яіею]|осув|операційн\w*+\s++зон\w*+)\b", False),
]
# ... and a regional command as the source: one sector's figures ("оперативно-тактичне угруповання
# «Схід»", "угруповання Об'єднаних сил", "пресслужба ООС", "Сили оборони півдня", "Оперативне
# командування «Південь»", "в районі відповідальності"). Each alternative a literal first and its word
# before read by a lookbehind after it. The abbreviations in capitals only ("оту" is also a pronoun)
_COMMAND_UNITS: list[tuple[str, bool]] = [
    (r"\bугруп(?:ов|ув)ан\w*+\s++(?:військ\s++)?[«\"“„]", False),
    (r"єднан(?<=[оo]б['’ʼ]єднан)\w*+\s++сил", False),
    (r"півдня(?:(?<=оборони\sпівдня)|(?<=оборонці\sпівдня))", False),
    (r"півночі(?:(?<=оборони\sпівночі)|(?<=оборонці\sпівночі))", False),
    (r"[«\"“„](?:(?<=командування\s.)|(?<=ок\s.))(?:південь|північ|захід|схід)\b", False),
    (r"відповідальності(?:(?<=районі\sвідповідальності)|(?<=району\sвідповідальності)|(?<=смузі\sвідповідальності))", False),
    (r"(?-i:\b(?:ООС|ОТУ|ССО|НГУ|ДШВ|ДПСУ|ОШБр|ОМБр|ОДШБр|ОМПБр|ОБрМП)\b)", True),
]
# a region of the front after "на" (a LOCATION alternative; extract tells by FRONT_REGION where one starts)
_FRONT_REGION = (r"\bна\s++(?:півдні|сході|півночі|донбас\w*+|донеччин\w*+|луганщин\w*+|харківщин\w*+|херсонщин\w*+|"
                 r"запоріжж\w*+|сумщин\w*+|курщин\w*+)\b")
FRONT_REGION = re.compile(_FRONT_REGION, re.I)
_LOCATION_ALTERNATIVES: list[tuple[str, bool]] = [
    (r"\bin\s+(?:a|one)\s+(?:single\s+)?(?:attack|strike|battle|assault|ambush)\b", False),
    (r"\bпід\s+час\s+(?:однієї\s+)?(?:атаки|штурму|удару)\b", False),
    # "during the Kursk operation", "throughout the Kursk offensive", "під час Курської операції"
    # ... and a town's own defenders ("Захисники Маріуполя знищили 40 окупантів", "the defenders of Bakhmut")
    (rf"\b(?:in|near|around|at|for|under|outside|during|throughout|defenders\s+of|біля|під(?:\s+час)?|у|в|за(?:\s+час)?|на|"
     rf"поблизу|захисник\w*+|оборонц\w*+)\s+(?:the\s+)?(?:{_PLACES})\b", False),
    # a region of the front ("На півдні за минулу добу ЗСУ знищили близько 300 окупантів", "На сході ЗСУ
    # знищили два танки та 75 загарбників", "на Донбасі", "на Херсонщині"): one sector's figures
    (_FRONT_REGION, False),
    (r"\b(?:direction|axis|sector|front\s+line\s+near|напрямк\w*|напрям\w*|ділянц\w*)\b", False),
    # an unlisted town: "near Zarichne", "on the Huliaipole front", "in the village of ...", a unit's zone
    (r"(?-i:\b(?:[Nn]ear|[Oo]utside|[Aa]round|[Ii]n\s+the\s+vicinity\s+of)\s+(?:the\s+)?[A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+)?)", True),
    (r"(?-i:\b[A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+)?\s+front\b)", True),
    (r"\b(?:in|near)\s+the\s+(?:town|city|village|settlement)\s+of\b", False),
    (r"\barea\s+of\s+responsibility\b", False),
    (r"\b(?:operational[- ]strategic\s+group)\b", False),
    *_COMMAND_NAMES,
    (r"\b(?:угрупован\w+\s+військ|"
     r"зон\w*\s+відповідальності|в\s+районі\s+(?:населеного\s+пункту|міста|села)|поблизу\s+(?:міста|села)|"
     r"під\s+(?:містом|селом))\b", False),
    *_COMMAND_UNITS,
]
LOCATION = guarded("|".join(source for source, _ in _LOCATION_ALTERNATIVES), _I)
# The runs of alternatives that read case alike, in order, each compiled on its own: a run that
# reads no case as its lower-case twin (patterns.lower_twin: guarded, without re.I), for the
# lowered sentence; the others as written, for the sentence. extract reads them in this order.
_LOCATION_RUNS = [(cased, guarded("|".join(s for s, _ in run), 0 if cased else _I & ~re.I))
                  for cased, run in ((k, list(g)) for k, g in groupby(_LOCATION_ALTERNATIVES, key=lambda a: a[1]))]
if [cased for cased, _ in _LOCATION_RUNS] != [False, True, False, True]:  # the four names below
    raise ValueError("LOCATION's runs of alternatives changed: name them anew")
(_, LOCATION_LOWER), (_, LOCATION_CAPITALS), (_, LOCATION_UNITS_LOWER), (_, LOCATION_ABBREVIATIONS) = _LOCATION_RUNS

# The regional commands alone, no direction or town: a sentence with no figure that names one
# ("Сили оборони Півдня продовжують завдавати ворогу втрат", "Про це повідомив командувач ОСУВ
# «Таврія»") makes the figures that follow that command's (extract._command_named); the same
# alternatives LOCATION reads them with
COMMAND = guarded("|".join(source for source, _ in _COMMAND_NAMES + _COMMAND_UNITS), _I)

# One branch's or unit's own count ("Сили спеціальних операцій ... знищили 23 окупантів", "підрозділи
# Нацгвардії знищили 45 РСЗВ «Град»", "бійці 92-ї окремої штурмової бригади", "десантники", "підрозділи
# безпілотних систем ... знешкодили понад 33 000", "Українські дрони знищили 25 тис.", "тільки завдяки БпЛА")
# and one operation's toll ("У межах наступальної операції ... за цей час склали 2456 осіб", "за 7,5 місяців
# Курської операції втрати ворога становлять 55 тис.", "контрнаступальні дії на Донбасі"; not "оборонна
# операція", Syrskyi's name for the whole war's defence: "Однією з пріоритетних задач оборонної операції є
# знищення ворожої артилерії. Лише за 2024 рік було уражено 13 тисяч артилерійських систем"), read as a
# regional command is (beside a figure, extract._SentenceFacts.places; in a sentence without one,
# extract._command_named), but searched only in a sentence that holds one of UNIT_WORDS (a substring test
# per sentence): its words start with common letters, so a lead guard would let it try at most positions
UNITS = guarded(
    r"\b(?:сил\w*+\s++спеціальних\s++операцій|національн\w*+\s++гварді\w*+|нацгвард\w*+|гвардійц\w*+|"
    # a brigade by its name, not a unit's size ("or some 5 artillery brigades", "дорівнює 5 бригадам")
    r"окрем\w*+\s++(?:[\w-]++\s++){0,3}?бригад\w*+|бригад\w*+\s++[«\"“„]|"
    r"десантник\w*+|десантно-штурмов\w*+|морськ\w*+\s++піхот\w*+|спецназ\w*+|спецпризначенц\w*+|прикордонник\w*+|"
    r"підрозділ\w*+\s++безпілотних\s++систем|дронар\w*+|дронщик\w*+|(?:українськ\w++\s++)?дрони\s++знищил\w*+|"
    r"завдяки\s++(?:бпла|безпілотник\w*+|дронам)|special\s++operations\s++forces|national\s++guard\w*+)\b"
    # one weapon's own toll, the weapon as the means ("Учора стінгерами було збито сім гелікоптерів", "за
    # допомогою джавелінів", "shot down by Stinger missiles", "with Javelins"); not a weapon named as a target
    # or a delivery ("Росія втратила 500 танків, багато від джавелінів", "2,000 Javelins")
    r"|\b(?:стінгер|джавелін|байрактар|хаймарс|ендлав)(?:ами|ом)\b|\bза\s++допомогою\s++(?:стінгер|джавелін|"
    r"байрактар|хаймарс|ендлав)\w*+|\b(?:by|with|using)\s++(?:the\s++)?(?:stinger|javelin|bayraktar|himars|nlaw)s?\b"
    r"|\b(?:(?:контр)?наступальн\w*+\s++(?:операці\w*+|ді[їйя]\w*+)|(?:курськ|добропільськ|харківськ|херсонськ|"
    r"покровськ|кураховськ|бахмутськ)\w*+\s++операці\w*+)"
    # the English names of the Kursk operation ("The cross-border operation is part of Kyiv's broader strategy";
    # not "the counteroffensive", whose time since June 2023 articles sum from the General Staff's own reports)
    r"|\b(?:cross-border|kursk)\s++(?:operation|incursion|offensive)\b",
    _I,
)
UNIT_WORDS = needed(UNITS)  # one of them is in every match, lower case (patterns.needed)

# Every pattern above, and those of the lists of (label, pattern), runs behind a lookahead on
# the characters its matches can start with (claims.patterns.guarded: lead_guard, computed from
# the pattern itself, stored in claims/leads.py): the same matches, found 2-3 times faster in
# long text. ``UNGUARDED`` gives the patterns as written, compiled on demand (the tests compare
# the two).


class _AsWritten(Mapping[str, re.Pattern[str]]):
    """Name -> the lexicon pattern of that name as written (without its guard), compiled when asked."""

    def __init__(self, names: list[str]) -> None:
        self._names = names

    def __getitem__(self, name: str) -> re.Pattern[str]:
        if name not in self._names:
            raise KeyError(name)
        pattern: re.Pattern[str] = globals()[name]
        return original(pattern)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


UNGUARDED: Mapping[str, re.Pattern[str]] = _AsWritten(
    [k for k, v in globals().items() if isinstance(v, re.Pattern)])
