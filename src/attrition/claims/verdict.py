"""The verdict: match a claim against its candidate figures and judge it, in one place.

Owns the verdict: each claim is evaluated under the loss-date and report-date
conventions and under each boundary reading of its words (the latest report or the
one before it; "since mid-October" from the 15th or the 16th), then judged in this
order: exact under the primary convention → ``correct``; within the rounding the
wording implies → ``rounded``; exact (or within rounding) only under the other
convention → ``correct_other_convention``; otherwise ``incorrect`` with the right figure
and where the claimed one does hold. ``unverifiable`` when the record cannot say.
Figures come from :mod:`attrition.claims.figures` (analysis calls). Pure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from attrition.claims.candidate import LOSS, REPORT, Candidate, Unverifiable, conventions
from attrition.claims.claim import Claim, ClaimKind, Evidence, Verdict, VerdictKind
from attrition.claims.explain import (
    days_unit,
    label,
    other_convention_note,
    reason,
    say,
    worded,
)
from attrition.claims.figures import SeriesIndex
from attrition.claims.lexicon import Comparator
from attrition.claims.registry import judges_for
from attrition.claims.rounding import match, native_step
from attrition.claims.scope import claim_category
from attrition.model.dates import WAR_START, from_convention, loss_date
from attrition.model.series import SeriesRow
from attrition.model.wording import Lang


def _evidence(rows: tuple[SeriesRow, ...]) -> tuple[Evidence, ...]:
    seen: dict[date, Evidence] = {}
    for r in rows:
        seen[r.report_date] = Evidence(r.report_date, loss_date(r.report_date), r.total,
                                       r.increment_printed, r.increment_diff)
    return tuple(sorted(seen.values(), key=lambda e: e.report_date))


def _check_dates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> None:
    """Raise Unverifiable when the claim's dates lie outside what the record covers."""
    cat = claim_category(claim.category)
    if claim.time is None:
        if not cat.exists_on(idx.last.report_date):
            raise Unverifiable(say("no_longer_reported", lang, label=label(cat.key, lang)))
        return
    first = claim.time.primary.start
    last = claim.time.primary.end
    if claim.time.kind == "period" and last is not None and last >= WAR_START:
        first = max(first, WAR_START)  # "in 2022": from the invasion on
    if first < WAR_START:
        raise Unverifiable(say("before_invasion", lang, day=first, first=idx.first.report_date))
    if first > idx.last_day(REPORT):
        raise Unverifiable(say("after_latest", lang, day=first, last=idx.last.report_date))
    if from_convention(first, LOSS) < cat.valid_from and claim.time.kind != "war":
        raise Unverifiable(say("reported_only_from", lang, label=label(cat.key, lang), first=cat.valid_from))


def verify_claim(claim: Claim, idx: SeriesIndex | None, lang: Lang = "en") -> Verdict:
    """Return the verdict for one claim, given its category's record cut at the as-of date.

    ``lang`` is the language of the explanation ("en" or "uk"); the verdict does not depend on it.
    """
    if claim.unverifiable_reason:
        why = reason(claim.unverifiable_reason, lang)
        return Verdict(claim, VerdictKind.UNVERIFIABLE, say("unverifiable", lang, why=why))
    if idx is None or not idx:
        why = say("no_series", lang, label=label(claim.category, lang))
        return Verdict(claim, VerdictKind.UNVERIFIABLE, say("unverifiable", lang, why=why))
    try:
        _check_dates(claim, idx, lang)
        candidates = judges_for(claim.kind).build(claim, idx, lang)
    except Unverifiable as why:
        return Verdict(claim, VerdictKind.UNVERIFIABLE, say("unverifiable", lang, why=str(why)))
    if not candidates:
        none = say("no_report_for_period", lang)
        return Verdict(claim, VerdictKind.UNVERIFIABLE, say("unverifiable", lang, why=none))
    return judge(claim, candidates, idx, lang)


def judge(claim: Claim, candidates: list[Candidate], idx: SeriesIndex, lang: Lang = "en") -> Verdict:
    """Pick the verdict from evaluated candidates (primary convention first)."""
    primary = conventions(claim)[0]
    for c in candidates:
        if c.condition is not None:
            hedged = claim.comparator in {Comparator.NEARLY, Comparator.ABOUT}
            fits = c.condition and all(match(claim, x) is not None for x in c.checks)
            c.match = ("rounded" if hedged else "exact") if fits else None
        else:
            found = [m for v in c.values if (m := match(claim, v)) is not None]
            c.match = "exact" if "exact" in found else (found[0] if found else None)
    order: list[tuple[Callable[[Candidate], bool], VerdictKind]] = [
        (lambda c: c.convention is primary and c.match == "exact", VerdictKind.CORRECT),
        # "за тиждень з 27 листопада по 3 грудня ... близько 7210": a figure spelled to the series' own
        # unit that is the other convention's exact sum was counted by it; "about" is the General
        # Staff's own hedge on personnel, not the writer's rounding of the primary sum (7,230)
        (lambda c: c.convention is not primary and c.match == "exact" and c.condition is None
         and claim.kind is ClaimKind.PERIOD and claim.measure == "sum" and claim.step <= native_step(claim.category),
         VerdictKind.CORRECT_OTHER_CONVENTION),
        (lambda c: c.convention is primary and c.match == "rounded", VerdictKind.ROUNDED),
        (lambda c: c.convention is not primary and c.match is not None,
         VerdictKind.CORRECT_OTHER_CONVENTION),
    ]
    base = next((c for c in candidates if c.convention is primary), candidates[0])
    for test, kind in order:
        chosen = next((c for c in candidates if test(c)), None)
        if chosen is not None:
            return _verdict(claim, kind, chosen, base, lang)
    holds = judges_for(claim.kind).holds(claim, idx, lang) if claim.high is None else None
    return _verdict(claim, VerdictKind.INCORRECT, base, base, lang, holds, candidates)


def _says(c: Candidate, lang: Lang, with_arithmetic: bool = True) -> str:
    """Return "<what> <verb> <value>" plus the arithmetic in brackets."""
    if not c.values:
        return c.what
    key = "says_arith" if with_arithmetic and c.short else "says"
    return say(key, lang, what=c.what, verb=c.verb, value=c.values[0], unit=c.unit, short=c.short)


def _verdict(claim: Claim, kind: VerdictKind, chosen: Candidate, base: Candidate, lang: Lang = "en",
             holds: str | None = None, others: list[Candidate] | None = None) -> Verdict:
    claimed = worded(claim.comparator, claim.value, lang, claim.high)
    if claim.kind is ClaimKind.STREAK:
        claimed = say("claimed_days", lang, days=str(claim.streak_days),
                      unit=days_unit(claim.streak_days or 0, lang))
    elif claim.milestone_near:
        claimed = say("quoted", lang, text=claim.milestone_near)  # the wording used: "approaching the 800,000 mark"
    elif claim.kind is ClaimKind.MILESTONE and claim.time is not None and claim.time.kind == "day" \
            and not claim.time.is_as_of and not claim.time.is_relative:
        claimed = say("claimed_passed", lang, value=claim.value)
    detail = f"; {chosen.detail}" if chosen.detail else ""
    if kind is VerdictKind.CORRECT:
        if claim.high is not None:  # a range: say that the figure lies in it
            detail = f"; {say('in_range', lang, claimed=claimed)}{detail}"
        text = say("correct", lang, says=_says(chosen, lang), detail=detail)
    elif kind is VerdictKind.ROUNDED:
        text = say("rounded", lang, says=_says(chosen, lang), claimed=claimed, detail=detail)
    elif kind is VerdictKind.CORRECT_OTHER_CONVENTION:
        what = say("quoted", lang, text=claim.time.text) if claim.time is not None else say("the_date", lang)
        text = say("other_convention", lang, note=other_convention_note(chosen.convention, what, lang),
                   says=_says(chosen, lang), detail=detail, base=_says(base, lang, with_arithmetic=False))
    else:
        core = _says(base, lang)
        if base.detail:
            core = say("core_detail", lang, core=core, detail=base.detail)
        other = next((c for c in others or [] if c.convention is not base.convention and c.values), None)
        if other is not None:
            core = say("and_other", lang, core=core, other=_says(other, lang, with_arithmetic=False))
        if not base.values:  # a condition (a milestone in a period) rather than a figure
            text = say("incorrect_condition", lang, core=core)
        else:
            text = say("incorrect", lang, core=core, claimed=claimed, holds=f"; {holds}" if holds else "")
    return Verdict(
        claim, kind, text, expected=chosen.expected if kind is not VerdictKind.INCORRECT else base.expected,
        convention=chosen.convention, reading=chosen.reading, evidence=_evidence(chosen.rows),
        arithmetic=chosen.arithmetic, holds_on=holds,
    )
