"""The clause-level tests extraction applies around one number.

Owns the word patterns and small predicates that decide how a number relates to its
neighbours: coordinated lists ("48,670 in December, 48,240 in January"), comparisons
("more than in 2022"), "DATE, when ..." clauses, hedges written after a number ("1,500
or more"), the counting body nearest a figure, units that name no category, the
2022 categories merged later, ranges ("від 400 до 750") and a time named twice in a row
("за минулу добу, 22 листопада"). No I/O.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache

from attrition.claims.lexicon import (
    GENERAL_STAFF,
    GENERAL_STAFF_LOWER,
    LOSS_WORD,
    OTHER_SOURCE,
    OTHER_SOURCE_LOWER,
    RUSSIAN_SIDE,
    UKRAINE_SOURCE,
    UKRAINE_SOURCE_LOWER,
)
from attrition.claims.numbers import NumberSpan
from attrition.claims.patterns import lower_twin, lowered
from attrition.claims.scope import SUMMED, not_loss_reason, summed_key
from attrition.claims.timeref import TimeRef
from attrition.model.categories import CATEGORIES, get_category

CONNECTOR = re.compile(
    r"^[\s,;:()\-–—]*(?:(?:and|or|while|whereas|but|then|with|vs\.?|versus|compared\s+(?:with|to)|up\s+from|"
    r"down\s+from|from|to|after|before|against|і|й|та|а|але|проти|після|порівняно\s+з|тоді\s+як|"
    r"including|of\s+which|з\s+них|зокрема|rather\s+than|instead\s+of|not|than|замість|а\s+не|ніж)\b"
    r"[\s,;:()\-–—]*)*$",
    re.I,
)
# Linear time (issue 14; tests/claims/test_regex_linear.py pins each against the pattern it
# replaced): a possessive repeat (\s*+, ++) where what follows cannot start with what it gave
# back; a leading (?<!\s) where the pattern is matched at a number's or a noun's end, which never
# follows a space, so a scan skips the inside of a run of spaces instead of reading it from each.
# "2023: 253,290 troops — averaging 693 per day": the average of the figure just before it
AVERAGE_OF_PREVIOUS = re.compile(
    r"^[^\d.;!?]{0,25}?(?:\baverag(?:ing|ed|e\s+of)|\bon\s+average|\ban\s+average\s+of|\bв\s+середньому|"
    r"\bу\s+середньому|\bсередн\w+\s+(?:по\s+)?\w+)\s*+(?:of\s++)?"
    r"(?:(?:about|around|nearly|almost|some|over|close\s+to|близько|майже|понад)\s*+)?$",
    re.I,
)
# matched at the number's end (``AFTER_HEDGE.match(text, n.end)``): the rest of the text is not copied
AFTER_HEDGE = re.compile(r"(?<!\s)\s*+(?:\+|-plus\b|or\s+more\b|and\s+more\b|і\s+більше\b|з\s+гаком\b|or\s+so\b)", re.I)
POST_NOUN = re.compile(
    r"^\s*+(?:(?:were|have\s+been|had\s+been|has\s+been|was|who|that|have|has|had)\s*+)?(?:captured|taken\s+prisoner|deserted|recruited|"
    r"mobili[sz]ed|deployed|stationed|massed|signed|sent|identified|named|потрапил\w*\s+в\s+полон|"
    r"здал\w*\s+в\s+полон|(?:було\s+)?(?:взято|узято)\s+(?:в|у)\s+полон|(?:в|у)\s+полон\b|дезертирува\w*|мобілізува\w*|"
    # the noun is a unit's adjective: a size compared with ("що дорівнює 3 танковим батальйонам", "10 tank battalions")
    r"батальйон\w*|дивізіон\w*|дивізі\w*|полк\w*|бригад\w*|battalions?\b|divisions?\b|regiments?\b|brigades?\b|"
    # another war's: "casualties suffered by the Soviet Union during ...", "soldiers lost in Afghanistan"
    r"(?:suffered|lost|sustained)\s+by\s+(?:the\s+)?(?:soviet\s+union|ussr|red\s+army|soviet\s+\w+)|"
    r"(?:(?:killed|died|lost|suffered|sustained)\s+)?(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:afghanistan|vietnam|soviet[- ]afghan|afghan\s+war))",
    re.I,
)
# the army's slang after a figure: "18 «двохсотих»" (the 200s: the dead), "243 «трьохсотих»" (the 300s: the wounded)
KILLED_AFTER = re.compile(r"(?<!\s)\s*+(?:soldiers\s++)?(?:had\s++died|killed|dead|вбитими|загиблими|убитими|[«\"“„]?+двохсот\w*+)\b(?!\s+(?:or|and|і|й|та|чи|або)\b)", re.I)
WOUNDED_SLANG_AFTER = re.compile(r"(?<!\s)\s*+[«\"“„]?+трьохсот\w*+", re.I)
# A projection, not a reported figure ("is on track to sustain more than 330,000", "would face a total of
# 331,480 by the year's end", "are likely to continue to exceed 1,000 per day", "продовжуватиме перевищувати
# 1000", "possibly reaching one million this month"): the words before the figure, back to the figure before
# it. Forecasts are out of scope.
FORECAST_BEFORE = re.compile(
    r"\bon\s+track\s+to\b|\b(?:is|are)\s+(?:expected|projected|forecast)\s+to\b|"
    r"\b(?:will|would|could|may|might)\s+(?:likely\s+|probably\s+|almost\s+certainly\s+)?"
    r"(?:continue\s+to|face|reach|exceed|surpass|hit|top|sustain|average|suffer)\b|"
    r"\blikely\s+to\s+continue\s+to\b|\bпродовжуватим\w*|\b(?:може|можуть)\s+(?:сягнути|перевищити|досягти)\b|"
    # "with casualties possibly reaching one million this month": a mark the figure may pass, not one passed
    r"\b(?:possibly|probably|likely|potentially)\s+(?:reaching|passing|surpassing|topping|crossing|exceeding|hitting)\b|"
    r"\bймовірно\s+(?:сягнуть|перевищать|досягнуть)\b",
    re.I,
)
# a goal is a figure to come: "стратегічну мету вбивати 50 тисяч", "метою названо збільшення … до 50 тис.",
# "Якщо досягнемо показника в 50 тисяч", "the goal of killing 50,000"; "з метою" ("in order to") is none
_GOAL = re.compile(r"(?<![\w’'-])(?<!\bз\s)мет(?:а|ою|у|і)\b|\b(?:goal|target|aim)\s+(?:of|is|was|to)\b|"
                   r"\bдосягнемо\b|\bif\s+(?:we|they)\s+(?:reach|hit)\b", re.I)


def goal_before(left: str) -> bool:
    """Return True when the 80 characters before a figure make it a goal (searched only when one of its words is there)."""
    near = left[-80:]
    return ("мет" in near or "Мет" in near or "goal" in near or "aim" in near or "target" in near
            or "досягнемо" in near or "if " in near) and _GOAL.search(near) is not None
# "103 losses for each kilometre gained", "per square kilometre", "More than a hundred Russian troops were killed
# or injured for every square kilometre": a rate per area or distance, no loss figure
PER_AREA = re.compile(r"^[\s\w]{0,60}?\b(?:per|for\s+(?:each|every)|each|every)\s+(?:(?:increased|gained|captured|seized|occupied|new)\s+)?(?:square|sq\.?|km|kilomet\w*|mile)|^[\s\w]{0,20}?\bна\s+(?:квадратн\w*|кв\.)", re.I)
# The rate named before its figures in the clause: "The casualty rate per square kilometer dropped from 133 in 2024
# to just under 100 in 2025" (words and figures between, no "and"/"but" joining another clause)
_PER_AREA_BEFORE = re.compile(
    r"\b(?:per|for\s+(?:each|every))\s+(?:square\s+(?:kilomet|km|mile)\w*|sq\.?\s*(?:km|mi)\b|km²|km\b|kilomet\w*|mile)"
    r"(?:(?!\s(?:and|but|while|whereas|as)\b)[\s\w]){0,50}$", re.I)


def per_area_before(left: str) -> bool:
    """Return True when the 100 characters before a figure name a rate per area whose figure it is
    (:data:`_PER_AREA_BEFORE`; searched only when "per", "each" or "every" is there)."""
    near = left[-100:]
    low = near.lower()
    return ("per " in low or "each " in low or "every " in low) and _PER_AREA_BEFORE.search(near) is not None


KILLED_ONLY = re.compile(r"^(?:killed|dead|загибл\w*+|вбит\w*+|убит\w*+)$", re.I)
AND_WOUNDED = re.compile(r"^\s*(?:or|and|і|й|та|чи|або|,)\s*(?:\w+\s+)?(?:wounded|injured|поранен\w*)", re.I)
# The dead and the wounded given apart in one sentence ("about 350,000 Russians were killed in the war,
# 600,000 to 700,000 Russians have been injured"; "Russia had lost 198,000 soldiers and another 550,000
# wounded"; "370,000 soldiers were wounded"): the figure said killed, or lost beside its own wounded,
# counts the dead alone, and the one said wounded the wounded alone. Said killed with no wounded figure
# apart it stays the General Staff's count, as English media word it ("1,060 Russian personnel had been
# killed the previous day"); "45,720 soldiers wounded, killed, or captured" is all of them. Read on the
# lower-cased words right after a personnel noun (no re.I: each such pattern costs more to compile).
APART_AFTER_NOUN = re.compile(
    r"^\s*+(?:(?P<wounded>(?:were\s++|have\s++been\s++|had\s++been\s++|are\s++|was\s++)?(?:wounded|injured)\b"
    r"(?!\s*+(?:,|and|or|&)\s*+(?:or\s++|and\s++)?(?:killed|dead)))|"
    r"(?P<killed>(?:were|have\s++been|had\s++been|has\s++been|was)\s++killed\b(?!\s*+(?:or|and|&)\s))|"
    r",?\s*+and\s++(?:(?:another|a\s++further|some|about|nearly|almost|over|more\s++than)\s++)?\d[\d,.]*+\s*+"
    r"(?:(?:thousand|million)\s++)?(?:[^\W\d_]++\s++)?(?:wounded|injured)\b)")
# a wounded figure of the (lower-cased) sentence, not the wounded and killed together ("550,000 wounded",
# "700,000 russians have been injured"; not "1,770 russian soldiers had been killed or injured")
WOUNDED_FIGURE = re.compile(
    r"\d\s*+(?:(?:thousand|million)\s++)?(?:[^\W\d_]++\s++){0,2}?(?:(?:were|are|have\s++been|had\s++been)\s++)?"
    r"(?:wounded|injured)\b(?!\s*+(?:,|and|or|&)\s*+(?:or\s++|and\s++)?(?:killed|dead))")
AND_CATEGORY = re.compile(r"(?<!\s)\s++(?:and|&|і|й|та)\s+")
# "units of (military) equipment", "одиниць (ворожої) техніки": all equipment, no one category
ALL_EQUIPMENT_AFTER = re.compile(
    r"^\s++(?:(?:units?|pieces?|items?)\s+of\s+(?:(?:military|enemy|russian|armou?red|heavy|combat)\s+)*"
    r"(?:equipment|hardware|machinery)|(?:одиниц[яіьею]\w*|од\.)\s+(?:\w+\s+)?(?:техніки|озброєння))\b",
    re.I)
# after "N tanks and": a named part that is no category ("trucks", "вантажівок"), up to a clause edge;
# matched right after AND_CATEGORY's spaces, so a word is read from its start only
NAMED_PART = re.compile(
    r"(?<![^\W\d_])(?P<part>[^\W\d_]++(?:\s++[^\W\d_]++)?)(?=\s*+(?:[.,;:)]|$)|\s+(?:since|over|in|on|during|from|near|"
    r"від|з|за|у|в|на|станом|протягом|біля)\b)")
NOT_A_PART = re.compile(  # read with fullmatch; anchored, so a scan tries one position
    r"^(?:was|were|is|are|has|have|had|the|its|their|his|her|it|they|we|he|she|that|this|which|who|"
    r"more|other|others|many|some|several|all|dozens|hundreds|thousands|so|then|also|[a-z]+ed|[a-z]+ing|"
    # a hedge of the next figure ("278 artillery systems and over 200 APVs"), not a part
    r"over|about|nearly|almost|around|approximately|roughly|at|up|under|less|fewer|just|"
    r"понад|близько|майже|приблизно|щонайменше|більше|менше|[а-яіїєґ]+(?:в|ла|ли|ло|є|ють|ять|ить|ать)|його|їх|це|ще|також|інші|інших)", re.I)
# the separator of a list of category nouns: ", " or a closing ", and" / " та " ("A, B and C")
LIST_SEPARATOR = re.compile(r",?(?<!\s)\s++(?P<last>and|&|і|й|та)\s+|,\s+")
OK_FOLLOW = {
    "in", "on", "over", "during", "for", "since", "from", "to", "at", "by", "per", "a", "an", "the",
    "this", "last", "yesterday", "today", "and", "or", "as", "according", "compared", "versus",
    "vs", "up", "down", "after", "before", "while", "with", "were", "was", "have", "had", "has",
    "are", "is", "killed", "wounded", "losses", "loss", "casualties", "dead", "more", "mark", "milestone", "threshold",
    "figure", "so", "that", "which", "who", "between", "than", "throughout", "across",
    "of", "within", "among", "including", "each", "every", "daily", "overnight", "alone",
    "у", "в", "за", "з", "із", "на", "від", "до", "протягом", "упродовж", "впродовж", "і", "та",
    "й", "а", "осіб", "особи", "вбитими", "убитими", "пораненими", "загиблими", "ліквідовано",
    "станом", "минулої", "минулу", "останню", "вчора", "сьогодні", "напередодні", "тоді",
    "що", "які", "яких", "це", "порівняно", "проти", "людей", "чоловік", "згідно", "позначку",
    "ліквідували", "знищено", "втрат", "втрати", "одиниць", "rather", "instead", "not", "against",
    "but", "then", "now", "respectively", "only", "замість", "не", "відповідно",
}
INCREMENT = re.compile(r"\(\s*\+\s*$|(?<![\w\d])\+\s*$")
# "31 000 загиблих українців", "57,500 Ukrainian troops": whose losses is said after the number
UKRAINIANS_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:україн\w*|ukrainians?\b)", re.I)
# "загинуло 100 тисяч російських солдатів", "загинули близько 350 тисяч": the verb of dying right before the
# figure (a hedge between): the dead alone. Read on the figure's last 50 characters before it; "загинули або
# були поранені 400 тисяч" puts the wounded between and is not matched
DIED_BEFORE = re.compile(
    r"\bзагин(?:уло|ули|ула|ув|уть)\s++(?:(?:близько|майже|приблизно|понад|щонайменше|більше\s++ніж|до)\s++)?$",
    re.I)
# "втрати росіян загиблими ... 180 000": a count of the dead only, when no wounded are named
KILLED_WORDING = re.compile(r"\bзагибл\w*|\bубит\w+\s+(?!і|й|та)", re.I)
ANY_WOUNDED = re.compile(r"\b(?:поранен\w*|wounded|injured|санітарн\w*)", re.I)
UKRAINIAN_ADJ = re.compile(r"\b(?:ukrainian|ukraine['’]s|українськ\w*|наш\w*)\b", re.I)


COMPARED = re.compile(r"(?:\bthan|\bніж|\bcompared\s+(?:with|to)|\bпорівняно\s+з)\s++(?:(?:in|during|у|в|за)\s*+)?$", re.I)


# "more than 200" is a hedge on the figure, not a comparison that opens a clause
CLAUSE_BREAK = re.compile(
    r"\b(?:when|which|that|while|whereas|after|before|since|because|but|коли|який|яка|які|що|після|"
    r"але|однак|проте|втім|утім|натомість|however|тоді\s+як|up\s+from|down\s+from|compared\s+(?:with|to)|versus|vs|(?<!more\s)(?<!less\s)(?<!fewer\s)than|ніж|порівняно\s+з|проти)\b|[;:—–]",
    re.I,
)


WHEN = re.compile(r"^[\s,]*(?:when|коли|де)\b", re.I)


# the time's own "since"/"after" ("188 artillery systems, 383 UAVs, ... and more since Monday"): not a
# clause of its own, unless the figures are compared with it ("the most since May", "higher than since")
_OWN_SINCE = ("since", "after", "після")
_SINCE_COMPARED = ("most", "highest", "lowest", "largest", "biggest", "greatest", "fewest", "least", "record", "than",
                   "найбільш", "найвищ", "рекорд", "ніж")


def _compared_before(head: str) -> bool:
    """Return whether one of the last four words before "since" compares ("the most since May")."""
    return any(w.strip(".,;:!?()\"'«»").startswith(_SINCE_COMPARED) for w in head[-60:].lower().split()[-4:])


def past_opening_contrast(text: str, n: NumberSpan, ref: TimeRef) -> bool:
    """Return whether ``n`` stands in a sentence's opening clause of contrast and ``ref`` past the comma closing it.

    "While the Ukrainian government now claims over 15,000 Russian servicemen have been killed, the Russian
    authorities admitted to just under 500 deaths on 2 March": 2 March is the main clause's, not 15,000's.
    """
    if ref.start_pos < n.end:
        return False
    opening = max(text.rfind(c, max(0, n.start - 200), n.start) for c in ".!?\n") + 1
    if text.find(", ", n.end, ref.start_pos) < 0 or text.find(", ", opening, n.start) >= 0:
        return False  # no comma between, or one before the figure: the figure is not in the opening clause
    return CONTRAST_OPENING.match(text, opening, n.start) is not None


def coordinated(text: str, n: NumberSpan, ref: TimeRef) -> bool:
    """Return True when only a list ("1,550 soldiers and 12 tanks") or "DATE, when ..." separates them.

    A date only compared with ("more and fewer than a year ago") is no figure's, as in the pairing
    of figures with their own dates.
    """
    if ref.start_pos >= n.end:
        between = text[n.end : ref.start_pos]
        if len(between) >= 120:
            return False
        head, _, word = between.rstrip().rpartition(" ")
        if word.lower() in _OWN_SINCE and not _compared_before(head):
            between = head
        joined = not CLAUSE_BREAK.search(between) and not past_opening_contrast(text, n, ref)
    else:
        between = text[ref.end_pos : n.start]
        if len(between) >= 120 or re.search(r"\d", between):  # another figure stands between them
            return False
        joined = WHEN.match(between) is not None or not CLAUSE_BREAK.search(between)
    return joined and not COMPARED.search(text, max(0, ref.start_pos - 20), ref.start_pos)


# a conjunction of contrast: "Минулої доби росіяни втратили 1 140 військових, однак 2 жовтня втрати були більшими",
# "lost 1,140 troops, but on October 2 the losses were higher": what follows it opens a clause of its own
CONTRAST = re.compile(r"\b(?:однак|але|проте|утім|втім|зате|натомість|тоді\s++як|but|however|whereas|yet)\b", re.I)
# a sentence that opens with a subordinate clause of contrast: "While the Ukrainian government now claims over
# 15,000 ..., the Russian authorities admitted to just under 500 deaths on 2 March", "Хоча Генштаб називає ...,
# ...": the clause ends at its first comma, and what follows is the main clause
CONTRAST_OPENING = re.compile(r"[\"'«“„(\s]{0,10}+(?:while|whereas|although|though|хоча|тоді\s++як)\b", re.I)


# The run of spaces before "while" is matched from its start only (or right after a " — "
# break): retried from each space of a long run it made the search quadratic (issue 14).
CLAUSE = re.compile(r";|\s[—–]\s|,?(?:(?<!\s)|(?<=[—–]\s))\s++(?:while|whereas|which|but|although|though|тоді\s+як|тоді\s+коли|але|проте|натомість)\b", re.I)
CLAUSE_LOWER = lower_twin(CLAUSE)  # for lower-cased plain text (_marks): behind a lead guard, without re.I


@lru_cache(maxsize=512)
def sentence_has(pattern: re.Pattern[str], sentence: str) -> bool:
    """Return whether ``pattern`` occurs in ``sentence``, searched once per sentence (not per number)."""
    return pattern.search(sentence) is not None


# "The estimate, which is broadly in-line with estimates made by Western intelligence agencies, ...", "...
# 700,000 troops, lower than the General Staff's figure": a body named as what a figure is compared with does
# not speak for the sentence (read in the 60 characters before it)
_COMPARED_WITH = re.compile(
    r"\b(?:in[- ]line\s++with|consistent\s++with|compared\s++(?:with|to)|similar\s++to|"
    r"(?:higher|lower|more|less|greater|smaller)\s++than)\s++(?:[\w'’-]++\s++){0,4}+$", re.I)


def _compared_with(text: str, at: int) -> bool:
    """Return whether the body named at ``at`` is what a figure is compared with ("in line with estimates by").

    Not when its own figure follows it ("roughly in line with Kyiv's estimate of 708,890"): that body speaks
    for the figure after it.
    """
    return _COMPARED_WITH.search(text, max(0, at - 60), at) is not None \
        and not any(c.isdigit() for c in text[at : at + 40])


@lru_cache(maxsize=2048)  # a sentence's marks, for every figure of it and both passes of a self-dated check
def _marks(sentence: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Return clause-break starts and ends, other bodies' and the General Staff's positions."""
    clause, other, general, ukraine, text = CLAUSE, OTHER_SOURCE, GENERAL_STAFF, UKRAINE_SOURCE, sentence
    low = lowered(sentence)
    if low is not None:  # plain characters: the twins without re.I, the same places (patterns.lower_twin)
        clause, other, general, ukraine, text = (
            CLAUSE_LOWER, OTHER_SOURCE_LOWER, GENERAL_STAFF_LOWER, UKRAINE_SOURCE_LOWER, low)
    breaks = list(clause.finditer(text))
    others = [m.start() for m in other.finditer(text) if not _compared_with(text, m.start())]
    staff = sorted(m.start() for p in (general, ukraine) for m in p.finditer(text) if not _compared_with(text, m.start()))
    return [m.start() for m in breaks], [m.end() for m in breaks], others, staff


# "Про це повідомляє ...", "This was reported by ...": a sentence that names the source of the one before
ATTRIBUTION_AFTER = re.compile(
    r"^\W*(?:(?:як\s+(?:передає|передають|пише|повідомляє|інформує)\s+[^,.]{1,40},\s*+)?"  # "Як передає РБК-Україна, про це ..."
    r"про\s+це\s+(?:[\w'’]+\s+){0,3}?(?:повідомля\w*|повідоми\w*|звіту\w*|пише|пишуть|заяви\w*|йдеться|інформу\w*|"
    r"сказа\w*|розпові\w*|написа\w*)|на\s+це\s+(?:[\w'’]+\s+){0,3}?зверну\w*\s+увагу|"
    # "Такі дані з посиланням на дані розвідки наводить Міністерство оборони Великої Британії", "Ці цифри оприлюднило ..."
    r"(?:такі|ці)\s+(?:дані|цифри)\s+(?:[\w'’]+\s+){0,5}?(?:навод\w*|навел\w*|навів|оприлюдн\w*|опублікува\w*|"
    r"озвучи\w*)|"
    r"this\s+(?:was|is)\s+(?:reported|announced|stated|said)\s+(?:by|in)|(?:that|this)\s+is\s+according\s+to|"
    # Ukrainska Pravda's line under its lead: "Source: UK Defence Intelligence update dated 5 August on X"
    r"(?:source|джерело)\s*+:)", re.I)
# Plain-text tests, no patterns (each compiled re.I pattern costs a few M instructions at import):
# "The British Ministry of Defense reported this on X": the body first, then the verb, a few words in; an
# outlet that retells the body's figures ("Reuters writes about this with reference to the data of the
# International Institute for Strategic Studies": the body named after the verb)
_ATTRIBUTING = (" reported this", " stated this", " announced this", " writes about this", " wrote about this",
                " writes about it", " wrote about it", " reports about this", " reported about this")
# "... 1,351 Russian soldiers have been killed since the Russian invasion of Ukraine. After more than a month
# of fighting, the Russian Defense Ministry released the latest figures on Friday.": the figures just given
_RELEASED_THEM = (" released the latest figures", " released the figures", " released these figures",
                  " published the latest figures", " published the figures", " published these figures")


def attributes_otherwise(sentence: str) -> bool:
    """Return whether ``sentence`` names the source of the sentence before it, in a form ATTRIBUTION_AFTER
    does not match at its start.

    After an "According to X," of the outlet that retells it ("According to Censor.NET, this is stated
    in an analytical review by the UK Ministry of Defense"), with the body first ("The British
    Ministry of Defense reported this on X"), or as the body that released the figures just given
    ("After more than a month of fighting, the Russian Defense Ministry released the latest figures").
    """
    low = sentence[:100].lower()
    if low.startswith("according to "):
        comma = low.find(",")
        return 0 < comma <= 60 and ATTRIBUTION_AFTER.match(sentence[comma + 1 :]) is not None
    for verb in _ATTRIBUTING:
        at = low.find(verb)
        if at > 0 and low.count(" ", 0, at) <= 8 and ", " not in low[:at]:
            return True
    return any(w in low for w in _RELEASED_THEM)


# The wording of another body's estimate, not of the General Staff's count: an average ("an average
# of 658 casualties per day", "913 people per day") or an intelligence service's hedge ("Russia has
# probably lost more than 70,000"). A sentence so worded that names no body speaks for the body the
# article last named, when that was a Western intelligence service or defence ministry or NATO, even
# from an earlier paragraph (UK Defence Intelligence updates retold over several paragraphs, the
# ministry named once at the top); not a president speaking of his own army's losses, nor Russia's
# ministry, nor one asked for comment ("Newsweek has contacted the ... Ministry for comment").
_ESTIMATE_WORDS = ("average", "per day", " a day", "probably", "likely", "almost certainly", "we estimate", "our estimate",
                   "estimated to be", "were estimated", "was estimated", "are estimated", "is estimated",
                   # the estimate's own verb ("It estimates that Russia has suffered ...", "The analytical center
                   # estimates that ...") and its passive ("30,000 to 40,000 Russians are thought to have been killed")
                   "estimates that", "estimated that", "thought to have", "believed to have",
                   "середн",
                   "ймовірно", "імовірно", "вірогідно", "за оцінками", "за підрахунками", "оцінює", "оцінюють")
_ESTIMATING_BODIES = ("british", "britain", "u.k.", "the uk", "uk's", "uk ", "united kingdom", "nato", "western",
                      "pentagon", "defence intelligence", "defense intelligence", "британ", "нато", "розвідк", "західн",
                      "oryx", "королівств", "economist", "forbes", "isw", "інститут вивчення війни", "інституту вивчення війни",
                      "france", "french", "paris",
                      # think tanks ("the Center for Strategic and International Studies (CSIS)", "the IISS")
                      "csis", "center for strategic", "think tank", "think-tank", "iiss", "rusi")
_FOR_COMMENT = ("for comment", "for a comment", "за коментарем")


# Oryx's signature: losses it has seen evidence of ("has verified 1,000 distinct Russian tank losses"),
# split by what became of them ("3,153, 2,129 destroyed, 157 damaged, 350 abandoned and 517 captured";
# "Of these, 2,635 were destroyed, 534 were captured"); the General Staff gives one figure per line
_VERIFIED_WORDS = (" verified ", "visually confirmed", "visually verified", "documented")
_FATES = ("destroyed", "damaged", "abandoned", "captured")


def estimate_wording(sentence: str) -> bool:
    """Return whether ``sentence`` is worded as an estimate (an average, an intelligence hedge) or as an
    open-source count (evidence seen, losses split by their fate: two of destroyed / damaged / abandoned /
    captured)."""
    low = sentence.lower()
    return any(w in low for w in _ESTIMATE_WORDS) or any(w in low for w in _VERIFIED_WORDS) \
        or sum(w in low for w in _FATES) >= 2


def names_an_estimating_body(sentence: str) -> bool:
    """Return whether ``sentence`` names a body whose estimates are retold (not one asked for comment)."""
    low = sentence.lower()
    return any(b in low for b in _ESTIMATING_BODIES) and not any(c in low for c in _FOR_COMMENT)


# "За повідомленням, ...", "According to the report, ...": the body named before is still speaking
CONTINUES_SOURCE = re.compile(
    # Ukrainska Pravda's labelled paragraphs: "Details: The report states that ..." goes on with "Source: ..."
    r"^\W*(?:(?:details|деталі|подробиці)\s*+:\s*+)?"
    r"(?:за\s+повідомленням|у\s+повідомленні|згідно\s+з\s+повідомленням|за\s+(?:їхніми|його|її|їх)\s+даними|"
    # "According to their findings, Russia has lost at least 2203 tanks" (the website named before)
    r"according\s+to\s+(?:the\s+)?(?:report|update|assessment|estimate|ministry)|"
    r"according\s+to\s+(?:its|their)\s+(?:data|findings|figures|count|tally)|"
    r"the\s+(?:report|update|assessment|ministry|agency|intelligence\s+service)\s+(?:also\s+)?"
    r"(?:said|says|added|adds|noted|notes|estimated|estimates|indicated|indicates|states|stated)|"
    # "It shared in an intelligence update that as many as 60,000 of Putin's troops may have been killed" (a
    # bullet under "Britain's defense ministry said ...")
    r"it\s+(?:also\s+)?(?:said|added|noted|estimated|states|stated|shared|reported|wrote|posted|published))\b", re.I)


# the Ukrainian verbs of saying, past tense without the ending ("сказав", "заявила", "написали"): one list for
# the speaker named by a pronoun (PRONOUN_SAID) and after a quotation (_SAID_BY_REFERENCE)
_UK_SAID_STEM = r"(?:зазначи|заяви|дода|наголоси|сказа|розпові|написа|повідоми|підкресли|уточни)"
# "“You see there are over 100,000 dead and wounded Russian soldiers,” he said", "He said: \"It is our
# assessment that approximately 15,000 ...\"", "Russia's military casualties are approaching 300,000, the
# officials claimed", "...," the head of state said: a speaker named by a pronoun (or as "the officials", "the head
# of state") only is the one named last, a
# paragraph or two before (Milley, Wallace, Shoigu, "US officials have told the New York Times"), not a new source
PRONOUN_SAID = re.compile(r"\b(?:he|she|(?:the|those)\s+officials|the\s+head\s+of\s+state)\s+(?:also\s+|later\s+|then\s+)?"
                          r"(?:said|says|added|adds|estimated|estimates|told|noted|claimed|claims|stated|continued)\b"
                          # "За його словами, Росія щомісяця ... втрачає приблизно 35 тисяч", "Він також зазначив, що ..."
                          r"|\bза\s+(?:його|її)\s+(?:словами|даними|оцінками)|(?<!\w)(?:він|вона|глава\s+держави)\s+(?:також\s+|теж\s+|ще\s+)?"
                          rf"{_UK_SAID_STEM}(?:в|ла)(?!\w)",
                          re.I)
_PRONOUN_REACH = 2  # paragraphs back to the one that named the speaker


def _in_reach(paragraph: int, named_in: int) -> bool:
    """Tell whether the speaker named in paragraph ``named_in`` is near enough before ``paragraph`` to be meant."""
    return 0 <= paragraph - named_in <= _PRONOUN_REACH


# The line that closes a post retold as a list and names who wrote it: an embedded post's signature
# ("Latest Defence Intelligence update on the situation in Ukraine – 04 May 2024.— Ministry of Defence 🇬🇧
# (@DefenceHQ) May 4, 2024"), a "Source: ..." line, a dash before the author ("— UK Defence Intelligence"), or
# a short line of words only
_SIGNATURE_MAX = 250  # characters
_SOURCE_LINE = re.compile(r"^\W*(?:source|джерело|via)\s*:", re.I)


def signs_off(line: str) -> bool:
    """Return whether ``line`` (a paragraph after a list) is a sign-off naming the list's author, not a
    sentence of its own: short, and a post's signature ("(@handle)"), a "Source:" line, opened by a dash, or
    words with no figure. The caller checks that it names a counting body."""
    text = line.strip()
    if not text or len(text) > _SIGNATURE_MAX:
        return False
    return "(@" in text or _SOURCE_LINE.match(text) is not None or text[0] in "—–-" or (
        len(text) <= 80 and not any(ch.isdigit() for ch in text))


# A sentence that sums up or goes on with the period just spoken of ("Загалом за час великої війни російська армія
# втратила 1 мільйон 213 тисяч", "За цей період окупанти зазнали значних втрат, а саме приблизно 365 танків",
# "In total, ...", "Over the same period, ..."): said by the body that spoke last, a paragraph or two before
_SUMS_UP = re.compile(
    r"^\W*+(?:загалом|всього|усього|(?:в|у)\s++цілому|за\s++(?:цей|той|весь\s++цей|увесь\s++цей)\s++(?:період|час|термін)|"
    r"in\s++total|overall|altogether|in\s++all|all\s++told|(?:during|over|in|for)\s++(?:this|that|the\s++same)\s++"
    r"(?:period|time))(?!\w)", re.I)


def sums_up_what_was_said(sentence: str, paragraph: int, named_in: int) -> bool:
    """Return whether ``sentence`` opens by summing up, or going on with the period of, what was said before
    ("Загалом ...", "За цей період ...", "In total, ..."), with the speaker named (in paragraph ``named_in``)
    at most two paragraphs before ``paragraph``."""
    return _in_reach(paragraph, named_in) and _SUMS_UP.match(sentence) is not None


def said_by_pronoun(sentence: str, paragraph: int, named_in: int) -> bool:
    """Return whether ``sentence`` names its speaker by a pronoun only, with the speaker named
    (in paragraph ``named_in``) at most two paragraphs before ``paragraph``."""
    return _in_reach(paragraph, named_in) and PRONOUN_SAID.search(sentence) is not None


# a quotation's marks: "“", "«", "„" open one and "”", "»" close it; a straight '"' does both (paired in order)
_OPENING, _CLOSING = "“«„", "”»"
# who a closed quotation is said by: "..., the US leader wrote", "..., said Trump", "», – заявив Зеленський"
_SAID_AFTER_QUOTE = re.compile(
    r"\W{0,4}+(?:[\w'’.-]{1,30}+\s++){0,6}?(?:wrote|writes|said|says|stated|added|claimed|tweeted|posted|told|"
    r"написав|написала|заявив|заявила|сказав|сказала|зазначив|зазначила|наголосив|наголосила|додав|додала)\b", re.I)


def quote_closing(paragraph: str, at: int) -> int | None:
    """Return where the quotation that holds position ``at`` of ``paragraph`` closes, else None."""
    straight = [i for i, ch in enumerate(paragraph) if ch == '"']
    for o, c in zip(straight[::2], straight[1::2], strict=False):
        if o < at < c:
            return c
    opened = max(paragraph.rfind(ch, 0, at) for ch in _OPENING)
    if opened < 0 or any(paragraph.find(ch, opened, at) >= 0 for ch in _CLOSING):
        return None
    closes = [i for i in (paragraph.find(ch, at) for ch in _CLOSING) if i >= 0]
    return min(closes) if closes else None


# A quotation's speaker named after it closes by a pronoun, a plain noun or a title only ("...," the ministry said
# in a statement; "...," the head of state said; "», – сказав він"; "», – заявив посадовець"): the body named
# last, a paragraph or two before
_SPEAKER_WORDS = (r"(?:the\s++(?:ministry|agency|department|official|minister|spokes(?:man|woman|person)|report|"
                  r"update|statement|institute|think\s++tank|intelligence\s++update|head\s++of\s++state|president|"
                  r"commander(?:-in-chief)?|general)|he|she|they|it)")
_UK_SPEAKER = (r"(?:він|вона|вони|посадов(?:ець|иця|ці)|міністр|речни(?:к|ця)|відомство|міністерство|"
               r"глава\s++держави|президент|головнокомандувач|головком)")
_UK_SAID = rf"{_UK_SAID_STEM}(?:в|ла|ло|ли)"
_SAID_BY_REFERENCE = re.compile(
    rf"\W{{0,4}}+(?:{_SPEAKER_WORDS}\s++(?:also\s++)?(?:said|says|wrote|writes|added|stated|noted|told)|"
    rf"(?:said|says|added|wrote|stated|noted)\s++{_SPEAKER_WORDS}|{_UK_SAID}\s++{_UK_SPEAKER}|"
    rf"{_UK_SPEAKER}\s++(?:також\s++)?{_UK_SAID})(?!\w)", re.I)


def quote_said_by_reference(text: str, at: int, paragraph: int, named_in: int) -> bool:
    """Return whether the quotation holding ``at`` of the paragraph ``text`` is said by a speaker named, right
    after it closes, by a pronoun or a plain noun only ("...," the ministry said in a statement; "», – сказав
    він"), with the speaker named (in paragraph ``named_in``) at most two paragraphs before ``paragraph``."""
    if not _in_reach(paragraph, named_in):
        return False
    close = quote_closing(text, at)
    return close is not None and _SAID_BY_REFERENCE.match(text, close + 1) is not None


def quote_speaker(paragraph: str, at: int) -> str | None:
    """Return the kind of body ("other", "staff", "both") that says the quotation holding ``at``, named right
    after it closes ("... since the beginning of the year. That is a lot of unnecessary DEATH! ...," the US
    leader wrote), else None: every sentence of the quotation is the speaker's, not only the last."""
    close = quote_closing(paragraph, at)
    if close is None:
        return None
    tail = paragraph[close + 1 : close + 120]
    said = _SAID_AFTER_QUOTE.match(tail)
    return named_source(tail[: said.end() + 40]) if said else None


def named_source(sentence: str) -> str | None:
    """Return "other" or "staff" for the kind of counting body a sentence speaks for, else None.

    A sentence naming both speaks for the one named first when that is another body; else "both".
    """
    _, _, others, staff = _marks(sentence)
    if others and not staff:
        return "other"
    if staff and not others:
        return "staff"
    if others and others[0] < staff[0]:
        return "other"  # "UK intelligence analysed the General Staff's data": the body named first speaks
    return "both" if others else None


def other_source(sentence: str, pos: int) -> bool:
    """Return True when the counting body nearest the number (in its clause) is not the General Staff.

    The sentence's marks are found once and looked up by position, so a sentence with many
    numbers costs no more than one pass over it.
    """
    starts, ends, all_others, all_staff = _marks(sentence)
    before = bisect_right(ends, pos)  # the breaks do not overlap: starts and ends are both sorted
    lo = ends[before - 1] if before else 0
    after = bisect_left(starts, pos)
    hi = starts[after] if after < len(starts) else len(sentence)
    for a, b in ((lo, hi), (0, len(sentence))):
        others = all_others[bisect_left(all_others, a) : bisect_left(all_others, b)]
        staff = all_staff[bisect_left(all_staff, a) : bisect_left(all_staff, b)]
        if others or staff:
            if not staff:
                return True
            if not others:
                return False
            return min(abs(x - pos) for x in others) < min(abs(x - pos) for x in staff)
    return False


_CUT = re.compile(r"(?<!\s)\s*+(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)")


def unknown_unit(right: str) -> bool:
    """Return True when a word right after the number names something that is no category."""
    m = re.match(r"^[\s\u00a0]*([A-Za-zА-Яа-яІіЇїЄєҐґ'’]+)", right)
    if not m or _CUT.match(right, m.end()):  # "1 226 420 о […]": a word the excerpt cut off names nothing
        return False
    word = m.group(1).lower()
    return word not in OK_FOLLOW and not LOSS_WORD.match(word) and not RUSSIAN_SIDE.match(word)


def post_noun_reason(after: str) -> str | None:
    m = POST_NOUN.match(after)
    return not_loss_reason(m.group()) or "not a loss figure" if m else None


def without_times(left: str, stimes: list[TimeRef], offset: int) -> str:
    out = left
    for ref in sorted(stimes, key=lambda r: -r.start_pos):
        a, b = ref.start_pos - offset, ref.end_pos - offset
        if a >= 0 and b <= len(out):
            out = out[:a] + " " + out[b:]
    return out


_LISTED_BEFORE = re.compile(r"[-–—‒:]\s*+(?:(?:about|близько|орієнтовно|approximately)\s*+)?$", re.I)


def looks_listed(left: str) -> bool:
    return bool(_LISTED_BEFORE.search(left))


def lead_space(text: str, pos: int) -> int:
    count = 0
    while pos + count < len(text) and text[pos + count] in " («\"“":
        count += 1
    return count


def current_key(key: str, time: TimeRef | None, as_of: date | None = None, noun: str = "") -> str:
    """Return the category the General Staff used on the figure's date for a named one.

    "Vehicles" after April 2022 is the merged vehicles-and-fuel-tanks line; "motor vehicles"
    (``noun``) before May 2022 is the vehicles line that was later merged. A figure without a
    date of its own speaks of the article's date (``as_of``).
    """
    if SUMMED in key:  # a sum of categories: each part as the General Staff named it then
        return summed_key(*(current_key(k, time, as_of, noun) for k in key.split(SUMMED)))
    cat = get_category(key)
    # a total since the invasion speaks of its end ("56,000 vehicles since February 2022" is the merged line)
    when = as_of if time is None else (time.primary.end or as_of) if time.kind == "war" else time.primary.start
    if cat.merged_into and (when is None or not cat.exists_on(when)):
        return cat.merged_into
    when = as_of if time is None else (time.primary.end or as_of)  # a total speaks of its end
    if when is not None and not cat.exists_on(when) and noun:
        stem = noun.split()[0].lower()[:5]
        earlier = [c for c in CATEGORIES if c.merged_into == key and c.exists_on(when)
                   and any(a.lower().startswith(stem) for a in c.aliases)]
        if len(earlier) == 1:
            return earlier[0].key
    return key


# "The report also lists 4,262 tanks, ...": equipment after figures already read as losses
ALSO_LISTS = re.compile(r"\b(?:the\s+report|lists?|listed|also|as\s+well\s+as|також|а\s+також)\b", re.I)
A_TOTAL_OF = re.compile(r"a\s+total\s+of|in\s+total", re.I)


RANGE_REASON = "a range (or a change) between two figures, not one figure"
_RANGE_FROM = re.compile(r"(?:\bfrom|\bbetween|\bвід|\bз|\bіз)\s*$", re.I)
# read with fullmatch; anchored, so a scan tries one position. The high end may be hedged: "estimates ranging
# from 600,000 to over 1,000,000", "від 600 тисяч до понад мільйона"
_RANGE_TO = re.compile(r"^\.?\s*+(?:to|and|до|і|й)\s*+(?:(?:over|more\s++than|понад|більше\s++ніж)\s++)?", re.I)
# "300 to 400 deaths each day": English "to" between two figures is a range without "from" too,
# unless the first is a change ("up 300 to 400", "by 300 to 400": the second is where it got to)
_BARE_TO = re.compile(r"^\s++to\s++$", re.I)
_TO_CHANGE = re.compile(r"(?:\bby|\bup|\bdown|\+|\bfrom)\s*$", re.I)


def shared_scale(low: int, high: int) -> int:
    """Return the scale (1,000 or 1,000,000) a range's bare low end shares with its high end, else 1.

    "від 1 до 1,35 млн" is 1 to 1.35 million: the low end, scaled, stays below the high end and
    within three times of it; "від 5 до 120 тисяч" shares nothing (5,000 is too far below).
    """
    for scale in (1_000_000, 1_000):
        if low < 1000 and low * scale < high < 3 * low * scale:
            return scale
    return 1


def ranges(text: str, nums: list[NumberSpan]) -> set[int]:
    """Return the indexes of numbers that bound a range ("від 400 до 750", "1000–1100")."""
    out: set[int] = set()
    for k in range(len(nums) - 1):
        a, b = nums[k], nums[k + 1]
        gap = text[a.end : b.start]
        dash = gap.strip() in {"-", "–", "—"} and len(gap) <= 3
        before = text[max(0, a.start - 10) : a.start]
        words = _RANGE_TO.fullmatch(gap) and (_RANGE_FROM.search(before) or (
            _BARE_TO.fullmatch(gap) and not _TO_CHANGE.search(before)))
        # "50-70 000", "600–700 тисяч": the first bound shares the second's thousands; "від 1 до 1,35 млн",
        # "від одного до 1,35 мільйона": a bare first bound shares the word the second is scaled by
        scale = shared_scale(a.value, b.value)
        shorthand = (dash and scale == 1000) or (b.has_multiplier and not a.has_multiplier and scale > 1)
        if (dash or words) and (a.value < b.value < 3 * a.value or shorthand):
            out.update({k, k + 1})
    return out


_WEEKDAY_NAMES = frozenset(calendar.day_name)


def _two_weekdays(a: TimeRef, b: TimeRef) -> bool:
    """Whether ``a`` and ``b`` are two different weekdays ("on Saturday, Sunday, and Monday"): a list."""
    return a.day != b.day and all(r.is_relative and r.primary.label.split(" (")[0] in _WEEKDAY_NAMES
                                  for r in (a, b))


def one_per_time(stimes: list[TimeRef], text: str) -> list[TimeRef]:
    """Drop a time named twice in a row: "за минулу добу, 22 листопада", "за тиждень з 27 по 3 грудня".

    Two different weekdays in a row are a list of days, not one day named twice ("1,500, 1,330,
    and 1,400 troops on Saturday, Sunday, and Monday respectively").
    """
    out: list[TimeRef] = []
    for r in stimes:
        if out and r.kind != "war" and out[-1].kind != "war" and not text[out[-1].end_pos : r.start_pos].strip(" ,(–—-"):
            if r.kind == out[-1].kind == "day" and (r.is_relative or not out[-1].is_relative) \
                    and not _two_weekdays(out[-1], r):
                continue
            if out[-1].is_relative and not r.is_relative and r.kind in {"day", "period"}:
                out[-1] = r
                continue
        out.append(r)
    return out
