"""Territory and independent-count claims, each judged against its own source (pure).

A reader (registered in :mod:`attrition.claims.registry`) finds, sentence by sentence:

* territory: "advances in November amounted to the size of Singapore", "Russia captured
  N km² in October", "its largest territorial gain since …" — category ``territory``;
* independent counts: "Mediazona has confirmed the names of 95,000 soldiers" (category
  ``named_deaths``), "Oryx has documented 3,000 tanks" (``oryx:tanks``).

The verifier judges them against the series the caller passes under those keys (the
library builds them from the independent tables): never against the official series.
With no such series, or none covering the date, the verdict is ``unverifiable``.

Series conventions (the library builds them so): ``territory`` rows are dated by the
map-state date and their ``total`` is the occupied area in **tenths of km²**; a
month's change is the last row of the month minus the last row of the month before
(as ``attrition territory`` computes it). ``named_deaths`` and ``oryx:<category>`` rows
are dated by the count's own as-of date, ``total`` = the count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from attrition.claims.claim import Claim, ClaimKind, Verdict, VerdictKind
from attrition.claims.dates import find_times
from attrition.claims.document import Document
from attrition.claims.extract import Extraction
from attrition.claims.figures import SeriesIndex
from attrition.claims.kinds import Scale
from attrition.claims.lexicon import Comparator
from attrition.claims.numbers import find_numbers
from attrition.claims.rounding import match
from attrition.claims.timeref import TimeRef
from attrition.model.wording import Lang

TERRITORY = "territory"
NAMED_DEATHS = "named_deaths"
ORYX_PREFIX = "oryx:"
SIZE_TOLERANCE = 0.10  # "the size of X" holds within ±10 % (as attrition.analysis.sizes)
FIGURE_TOLERANCE = 0.03  # a km² change "rounded" within 3 % (a measured area; counts: rounding.match)
WAR_START = date(2022, 2, 24)

_TERRITORY_WORDS = re.compile(
    r"\b(advances?|gain(?:ed|s)?|captur(?:ed|es?)|seiz(?:ed|es?)|occupi(?:ed|es)|territor\w*|"
    r"km²|km2|square\s+kilomet\w*|sq\.?\s*km)\b", re.IGNORECASE)
_SIZE_OF = re.compile(r"\b(?:the\s+)?size\s+of\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
_LARGEST_SINCE = re.compile(
    r"\b(?:largest|biggest|greatest)\s+(?:monthly\s+)?(?:territorial\s+)?(?:gain|advance)s?\s+"
    r"since\s+(?P<since>(?:the\s+)?(?:first|early|opening)\s+(?:weeks?|months?|days?)\s+of\s+"
    r"(?:the\s+)?(?:conflict|war|invasion)|the\s+(?:start|beginning)\s+of\s+(?:the\s+)?"
    r"(?:conflict|war|invasion)|[^.,;]{3,40})", re.IGNORECASE)
_KM2_AFTER = re.compile(r"^\s*(?:km²|km2|square\s+kilomet\w*|sq\.?\s*km)", re.IGNORECASE)
_NAMED = re.compile(r"\b(Mediazona|Mediazona\s+and\s+(?:the\s+)?BBC|BBC\s+Russian)\b.{0,80}?"
                    r"\b(names?|named|identified|confirmed)\b", re.IGNORECASE | re.DOTALL)
_ORYX = re.compile(r"\bOryx\b", re.IGNORECASE)
_ORYX_ITEMS = {"tank": "tanks", "tanks": "tanks", "artillery": "artillery",
               "aircraft": "aircraft", "helicopters": "helicopters", "mlrs": "mlrs"}
_ORYX_WORDS = {k: re.compile(rf"\b{k}\b") for k in _ORYX_ITEMS}  # the first item the sentence names


def _times(text: str, as_of: date, spans: list[tuple[int, int]]) -> list[TimeRef]:
    return find_times(text, as_of, spans)


def _month_ref(times: list[TimeRef], s0: int, s1: int) -> TimeRef | None:
    for t in times:
        if s0 <= t.start_pos < s1 and t.granularity == "month":
            return t
    return None


def _since_date(text: str, times: list[TimeRef], pos: int) -> date:
    low = text.lower()
    if any(w in low for w in ("first week", "early week", "opening week", "first month",
                               "start of", "beginning of", "first days", "opening")):
        return WAR_START
    for t in times:
        if t.start_pos >= pos:
            return t.primary.start
    return WAR_START


def read_independent(doc: Document, as_of: date, scales: Mapping[str, Scale] | None = None
                     ) -> Extraction:
    """Find territory and independent-count claims in ``doc`` (dates resolved at ``as_of``)."""
    text = doc.text
    territory = [(s.start, s.end) for s in doc.sentences
                 if _TERRITORY_WORDS.search(text, s.start, s.end) or _SIZE_OF.search(text, s.start, s.end)]
    times = _times(text, as_of, territory) if territory else []  # dates matter only there
    claims: list[Claim] = []
    ti = 0
    for s in doc.sentences:
        s0, s1 = s.start, s.end
        sentence = text[s0:s1]
        if ti < len(territory) and territory[ti][0] == s0:
            ti += 1
            claims += _territory_claims(text, sentence, s0, times, as_of)
        claims += _count_claims(text, sentence, s0)
    return Extraction(tuple(claims), ())


def _territory_claims(text: str, sentence: str, s0: int, times: list[TimeRef], as_of: date
                      ) -> list[Claim]:
    from attrition.analysis.sizes import find_place

    out: list[Claim] = []
    month = _month_ref(times, s0, s0 + len(sentence))
    size = _SIZE_OF.search(sentence)
    if size and month is not None:
        place = find_place(size.group("place").strip())
        if place is not None:
            a, b = s0 + size.start(), s0 + size.end()
            out.append(Claim(text[a:b], a, b, TERRITORY, ClaimKind.PERIOD, round(place.area_km2),
                             Comparator.ABOUT, time=month, number_text=place.name_en))
    for n in find_numbers(sentence):
        if _KM2_AFTER.match(sentence[n.end:]) and month is not None and not n.is_year_like:
            a, b = s0 + n.start, s0 + n.end + _KM2_AFTER.match(sentence[n.end:]).end()  # type: ignore[union-attr]
            out.append(Claim(text[a:b], a, b, TERRITORY, ClaimKind.PERIOD, round(n.value),
                             Comparator.EXACT, time=month, number_text=n.text))
    largest = _LARGEST_SINCE.search(sentence)
    if largest and month is not None:
        a, b = s0 + largest.start(), s0 + largest.end()
        since = _since_date(largest.group("since"), [t for t in times if t.start_pos >= a], a)
        out.append(Claim(text[a:b], a, b, TERRITORY, ClaimKind.RECORD, 1, time=month,
                         record_scope="month", record_since=since,
                         number_text=largest.group("since")))
    return out


def _count_claims(text: str, sentence: str, s0: int) -> list[Claim]:
    category: str | None = None
    if _NAMED.search(sentence):
        category = NAMED_DEATHS
    elif _ORYX.search(sentence):
        low = sentence.lower()
        item = next((k for k, word in _ORYX_WORDS.items() if word.search(low)), None)
        category = ORYX_PREFIX + _ORYX_ITEMS[item] if item else None
    if category is None:
        return []
    numbers = [n for n in find_numbers(sentence) if not n.is_year_like and n.value >= 100]
    if not numbers:
        return []
    n = max(numbers, key=lambda x: x.value)
    a, b = s0 + n.start, s0 + n.end
    low = sentence[:n.start].lower()
    comparator = (Comparator.AT_LEAST if re.search(r"\b(over|more than|at least)\s*$", low)
                  else Comparator.NEARLY if re.search(r"\b(almost|nearly)\s*$", low)
                  else Comparator.ABOUT if re.search(r"\b(about|around|some)\s*$", low)
                  else Comparator.EXACT)
    return [Claim(text[a:b], a, b, category, ClaimKind.TOTAL, round(n.value), comparator, step=n.step,
                  number_text=n.text)]


# ---------------------------------------------------------------------------- verdicts


def _month_change(idx: SeriesIndex, start: date, end: date) -> tuple[float, date, date] | None:
    closing = idx.at_or_before(end)
    opening = idx.at_or_before(start - timedelta(days=1))
    before = (start - timedelta(days=1)).replace(day=1)
    if (closing is None or opening is None or closing.report_date < start
            or opening.report_date < before):
        return None  # each end must lie in its own month (as attrition.analysis.territory)
    return (closing.total - opening.total) / 10, opening.report_date, closing.report_date


def _monthly(idx: SeriesIndex) -> dict[date, float]:
    out: dict[date, float] = {}
    for row in idx.rows:
        month = row.report_date.replace(day=1)
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        found = _month_change(idx, month, end)
        if found is not None:
            out[month] = found[0]
    return out


def _unverifiable(claim: Claim, why: str) -> Verdict:
    return Verdict(claim, VerdictKind.UNVERIFIABLE, f"Cannot be checked: {why}.")


def verify_independent(claim: Claim, idx: SeriesIndex | None, lang: Lang = "en") -> Verdict:
    """Judge one territory or independent-count claim against its own series."""
    source = {TERRITORY: "DeepState map (occupied area computed by attrition)",
              NAMED_DEATHS: "Mediazona/BBC named-dead count"}.get(
        claim.category, "Oryx's visually confirmed count")
    if idx is None or not idx:
        return _unverifiable(claim, f"the record holds no {source} for that date "
                                    "(never compared with the official series)")
    if claim.category == TERRITORY:
        return _territory_verdict(claim, idx, source)
    last = idx.last
    value = last.total
    ok_exact = value == claim.value
    fits = match(claim, value, native=1) is not None  # the official figures' rule (counts of one)
    kind = (VerdictKind.CORRECT if ok_exact else VerdictKind.ROUNDED if fits
            else VerdictKind.INCORRECT)
    text = (f"{source} as of {last.report_date.isoformat()}: {value:,} "
            f"(claimed {claim.value:,}).")
    return Verdict(claim, kind, text, expected=value,
                   reading=f"{source}, as of {last.report_date.isoformat()}")


def _territory_verdict(claim: Claim, idx: SeriesIndex, source: str) -> Verdict:
    assert claim.time is not None
    start = claim.time.primary.start
    end = claim.time.primary.end or start
    found = _month_change(idx, start, end)
    label = claim.time.primary.label
    if found is None:
        return _unverifiable(claim, f"the {source} has no snapshots closing {label} and the "
                                    "month before")
    net, d0, d1 = found
    span = f"map of {d0.isoformat()} → {d1.isoformat()}"
    if claim.kind is ClaimKind.RECORD:
        months = _monthly(idx)
        month = start.replace(day=1)
        larger = [m for m, v in months.items() if m != month and v > net and m >= (
            claim.record_since or WAR_START)]
        first = min(months) if months else month
        since = claim.record_since or WAR_START
        if larger:
            return Verdict(claim, VerdictKind.INCORRECT,
                           f"{source}: {label} gained {net:+,.1f} km² ({span}); "
                           f"{larger[-1].strftime('%B %Y')} gained more.", reading=label)
        if first > since:
            covered = first.strftime("%B %Y")
            return Verdict(
                claim, VerdictKind.UNVERIFIABLE,
                f"Cannot be checked in full: {label} ({net:+,.1f} km², {span}) is the largest "
                f"month in the stored {source}, which begins with {covered}; the record has "
                f"no territory snapshots from {since.isoformat()} to then.", reading=label)
        return Verdict(claim, VerdictKind.CORRECT,
                       f"{source}: {label} gained {net:+,.1f} km² ({span}), more than any month "
                       f"since {since.isoformat()}.", reading=label)
    if claim.number_text and claim.comparator is Comparator.ABOUT:  # "the size of <place>"
        ratio = net / claim.value if claim.value else 0
        kind = (VerdictKind.ROUNDED if abs(ratio - 1) <= SIZE_TOLERANCE
                else VerdictKind.INCORRECT)
        return Verdict(
            claim, kind,
            f"{source}: the occupied area changed by {net:+,.1f} km² in {label} ({span}); "
            f"{claim.number_text} is about {claim.value:,} km² ({ratio:.0%} of it).",
            expected=round(net), reading=label)
    diff = abs(net - claim.value)
    kind = (VerdictKind.CORRECT if diff < 0.5 else VerdictKind.ROUNDED
            if diff <= FIGURE_TOLERANCE * max(claim.value, 1) else VerdictKind.INCORRECT)
    return Verdict(claim, kind,
                   f"{source}: the occupied area changed by {net:+,.1f} km² in {label} ({span}).",
                   expected=round(net), reading=label)


def is_independent(category: str) -> bool:
    """Return True for the categories this module judges (never the official series)."""
    return category in (TERRITORY, NAMED_DEATHS) or category.startswith(ORYX_PREFIX)

