"""What the record says for each reading of a claim, one builder per claim kind.

Owns turning a claim into :class:`~attrition.claims.candidate.Candidate` figures — a day's
increment, a report's total, a period's sum or daily mean, whether a milestone was
passed, the record day or month, the length of a run — under each convention and
boundary reading, and, when a claim is wrong, finding where its figure does hold.
Figures come from :class:`~attrition.claims.figures.SeriesIndex`. Pure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from attrition.claims.candidate import LOSS, REPORT, Candidate, Unverifiable, conventions
from attrition.claims.claim import Claim, ClaimKind
from attrition.claims.explain import (
    day_arithmetic,
    day_short,
    days_unit,
    label,
    month_label,
    month_words,
    nth,
    period_words,
    say,
    span,
)
from attrition.claims.figures import SeriesIndex, own_increment
from attrition.claims.lexicon import Comparator
from attrition.claims.near import near_candidates
from attrition.claims.timeref import Reading
from attrition.model.dates import WAR_START, DateConvention, from_convention, to_convention
from attrition.model.series import SeriesRow
from attrition.model.wording import Lang, format_number

ONE_DAY = timedelta(days=1)


def _latest_readings(idx: SeriesIndex, lang: Lang) -> tuple[Reading, ...]:
    day = idx.last_day(LOSS)
    return (Reading(say("latest_report", lang, day=idx.last.report_date), day, day),
            Reading(say("report_before_latest", lang), day - ONE_DAY, day - ONE_DAY))


def _label(reading: Reading, lang: Lang) -> str:
    """Return a claim reading's label in ``lang`` (Ukrainian is worded from its bounds)."""
    return reading.label if lang == "en" else period_words(reading, lang)


def _day_what(row: SeriesRow, convention: DateConvention, lang: Lang) -> str:
    loss = to_convention(row.report_date, LOSS)
    return say("day_loss" if convention is LOSS else "day_report", lang, loss=loss, report=row.report_date)


def day_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return one day's figure under each convention and reading."""
    readings = claim.time.readings if claim.time is not None else _latest_readings(idx, lang)
    convs = conventions(claim) if claim.time is not None else [LOSS]
    out: list[Candidate] = []
    for conv in convs:
        for reading in readings:
            row = idx.day_row(reading.start, conv)
            if row is None:
                continue
            prev = idx.previous(row)
            own = own_increment(row)  # a jump that contains a stated correction is not the day's figure
            values = () if own is None else (float(own),)
            out.append(Candidate(
                _label(reading, lang) if claim.time is not None else reading.label, conv,
                _day_what(row, conv, lang), values,
                (row,) if prev is None else (prev, row),
                day_arithmetic(row, prev.total if prev else None, lang),
                verb="were" if conv is LOSS else "was",
                short=day_short(row, prev.total if prev else None, lang),
            ))
    if not out and claim.time is not None:
        day = claim.time.primary.start
        if from_convention(day, REPORT) > idx.last.report_date:
            raise Unverifiable(say("no_report_yet", lang, day=day, last=idx.last.report_date))
        raise Unverifiable(say("gap", lang, day=day))
    return out


def day_holds(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> str | None:
    """Return the nearest report whose day figure equals the claimed value."""
    target = claim.time.primary.start if claim.time is not None else idx.last_day(LOSS)
    best: SeriesRow | None = None
    best_gap = 0
    value = claim.value
    for row in idx.between(from_convention(target, LOSS) - timedelta(days=61),
                           from_convention(target, LOSS) + timedelta(days=61)):
        if value != own_increment(row):  # most reports of the four months: their day's date is not needed
            continue
        gap = abs((to_convention(row.report_date, LOSS) - target).days)
        if gap <= 60 and (best is None or gap < best_gap):
            best, best_gap = row, gap
    if best is None:
        return None
    return say("day_holds", lang, value=claim.value, report=best.report_date,
               loss=to_convention(best.report_date, LOSS))


def _total_rows(claim: Claim, idx: SeriesIndex, lang: Lang) -> list[tuple[str, DateConvention, SeriesRow, str]]:
    """Return (reading, convention, report, note) for a cumulative total."""
    time = claim.time
    out: list[tuple[str, DateConvention, SeriesRow, str]] = []
    if time is None or (time.kind == "war" and time.primary.end is None) or time.granularity in {"latest"}:
        row: SeriesRow | None = idx.last
        for k in range(3):
            if row is None:
                break
            note = "" if k == 0 else say("latest_says", lang, day=idx.last.report_date, total=idx.last.total)
            out.append((say("report_of", lang, report=row.report_date), REPORT, row, note))
            row = idx.previous(row)
        return out
    day = time.primary.end if time.kind == "war" and time.primary.end else (
        time.primary.end or idx.last_day(REPORT) if time.kind == "period" else time.primary.start
    )
    convs = [REPORT] if time.kind == "war" else conventions(claim)
    for conv in convs:
        report = from_convention(day, conv)
        found = idx.row(report) or (idx.at_or_before(report) if report <= idx.last.report_date else None)
        if found is None:
            continue
        note = "" if found.report_date == report else say("no_report_on", lang, day=report)
        reading = say("total_on_loss" if conv is LOSS else "total_on", lang, day=day)
        out.append((reading, conv, found, note))
    return out


def total_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return the cumulative total each reading points to."""
    return [
        Candidate(reading, conv, say("total_in_report", lang, label=label(claim.category, lang),
                                     report=row.report_date),
                  (float(row.total),), (row,), None, detail=note)
        for reading, conv, row, note in _total_rows(claim, idx, lang)
    ]


def total_holds(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> str | None:
    """Return the report that printed the claimed total, or when it was first reached."""
    exact = idx.with_total(claim.value)
    if exact is not None:
        return say("total_holds", lang, value=claim.value, report=exact.report_date)
    return milestone_holds(claim, idx, lang)


def _milestone_in_period(claim: Claim, idx: SeriesIndex, lang: Lang) -> list[Candidate]:
    """Return whether the total first reached the mark within the period ("in November")."""
    assert claim.time is not None
    reading = claim.time.primary
    first = idx.first_reaching(claim.value)
    out: list[Candidate] = []
    for conv in conventions(claim):
        last = min(reading.end or idx.last_day(conv), idx.last_day(conv))
        when = to_convention(first.report_date, conv) if first is not None else None
        ok = when is not None and reading.start <= when <= last
        name = label(claim.category, lang)
        what = (say("first_reached", lang, label=name, value=claim.value, report=first.report_date,
                    loss=to_convention(first.report_date, LOSS))
                if first is not None else say("not_reached", lang, label=name, value=claim.value))
        period = _label(reading, lang)
        out.append(Candidate(period, conv, what, (), (first,) if first is not None else (), None,
                             condition=ok, detail=say("within" if ok else "outside", lang, period=period, conv=conv)))
    return out


def milestone_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return whether the total passed (or neared) the claimed mark in each reading."""
    time = claim.time
    if time is not None and time.kind == "period":
        return _milestone_in_period(claim, idx, lang)
    if claim.milestone_near:
        return near_candidates(claim, idx, _total_rows(claim, idx, lang), lang)
    crossing = time is not None and time.kind == "day" and not time.is_as_of and not time.is_relative
    out: list[Candidate] = []
    for reading, conv, row, note in _total_rows(claim, idx, lang):
        prev = idx.previous(row)
        v, total = claim.value, row.total
        checks: tuple[float, ...] = ()
        if claim.comparator in {Comparator.NEARLY, Comparator.ABOUT}:
            ok, checks = True, (float(total),)  # the verdict matches the hedged figure
        elif claim.comparator is Comparator.AT_MOST:
            ok = total < v
        elif crossing:
            ok = prev is not None and prev.total < v <= total
        else:
            ok = total >= v
        detail = note
        if crossing and prev is not None:
            detail = say("up_from", lang, total=prev.total)
        what = say("total_in_report", lang, label=label(claim.category, lang), report=row.report_date)
        if not ok and not crossing and claim.comparator is Comparator.EXACT and not _is_mark(claim):
            # "losses reached 1.27 million" for 1,266,770: the total rounded, judged as a figure
            out.append(Candidate(reading, conv, what, (float(total),), (row,), None, detail=note))
            continue
        out.append(Candidate(reading, conv, what, (float(total),),
                             (row,) if prev is None else (prev, row), None, condition=ok, checks=checks,
                             detail=detail))
    return out


def _is_mark(claim: Claim) -> bool:
    """Return True for a mark of one or two significant digits (800,000; 1.1 million), not "1.27 million"."""
    return claim.value // max(claim.step, 1) < 100


def milestone_holds(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> str | None:
    """Return when the total first reached the claimed figure, or how far short it was."""
    first = idx.first_reaching(claim.value)
    if first is None:
        return say("milestone_not_yet", lang, value=claim.value, report=idx.last.report_date,
                   total=idx.last.total, gap=claim.value - idx.last.total)
    return say("milestone_first", lang, value=claim.value, report=first.report_date, total=first.total)


def _period_readings(claim: Claim, idx: SeriesIndex, lang: Lang) -> tuple[Reading, ...]:
    if claim.time is not None and claim.time.kind != "day":
        return claim.time.readings
    last = idx.last_day(LOSS)
    if claim.time is not None:  # "1,500 a day on 5 January" read as that day
        return claim.time.readings
    return (Reading(say("past_7", lang), last - timedelta(days=6), last),
            Reading(say("past_30", lang), last - timedelta(days=29), last))


def _months(first: date, last: date, days: int) -> float:
    """Return the months a period spans: its calendar months when it is whole months, else days over 365.25/12."""
    if first.day == 1 and (last + ONE_DAY).day == 1:
        return float((last.year - first.year) * 12 + last.month - first.month + 1)
    return days / (365.25 / 12)


def period_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return a period's sum (or daily mean) under each convention and reading."""
    out: list[Candidate] = []
    for conv in conventions(claim):
        for reading in _period_readings(claim, idx, lang):
            last_known = idx.last_day(conv)
            first, last = max(reading.start, WAR_START), min(reading.end or last_known, last_known)
            fig = idx.period(first, last, conv)
            if fig is None:
                continue
            months = _months(first, last, fig.days)
            value = fig.value / {"sum": 1, "mean": fig.days, "mean_month": months}[claim.measure]
            base = (say("base_report", lang, total=fig.base.total, report=fig.base.report_date)
                    if fig.base else "0")
            arithmetic = say("period_arith", lang, end=fig.end.total, report=fig.end.report_date, base=base,
                             value=fig.value)
            unit = days_unit(fig.days, lang)
            n_months = f"{months:g}" if months == int(months) else f"{months:.1f}"
            if claim.measure != "sum":
                mean = f"{value:,.1f}" if lang == "en" else format_number(value, lang, decimals=1)
                arithmetic = say(f"{claim.measure}_arith", lang, arith=arithmetic, days=fig.days, unit=unit,
                                 mean=mean, months=n_months)
            period = _label(reading, lang)
            what = say("period_what" if claim.measure == "sum" else f"{claim.measure}_what", lang, period=period,
                       conv=conv)
            detail = ""
            if reading.end is None or reading.end > last_known or not fig.is_complete:
                detail = say("figures_to", lang, day=last)
            rows = (fig.end,) if fig.base is None else (fig.base, fig.end)
            short = (say("period_short", lang, end=fig.end.total, base=fig.base.total,
                         end_report=fig.end.report_date, base_report=fig.base.report_date)
                     if fig.base else say("period_short_first", lang, report=fig.end.report_date))
            if claim.measure != "sum":
                short = say(f"{claim.measure}_short", lang, value=fig.value, days=fig.days, unit=unit, short=short,
                            months=n_months)
            out.append(Candidate(period, conv, what, (value,), rows, arithmetic, detail=detail,
                                 short=short))
    if claim.time is not None and claim.time.granularity == "window":  # some week of it: the nearest first
        out.sort(key=lambda c: (conventions(claim).index(c.convention), abs(c.values[0] - claim.value)))
    return out


def period_holds(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> str | None:
    """Return a nearby month (or shifted window) whose sum is exactly the claimed value."""
    if claim.time is None or claim.measure != "sum":
        return None
    primary = claim.time.primary
    if claim.time.granularity == "month":
        for conv in (LOSS, REPORT):
            months = idx.months(conv, primary.start - timedelta(days=370), primary.start + timedelta(days=370))
            hits = sorted((abs((s - primary.start).days), lab, s) for lab, s, _, v in months if v == claim.value)
            if hits:
                month = hits[0][1] if lang == "en" else month_words(hits[0][2].year, hits[0][2].month, lang)
                return say("sum_for_month", lang, value=claim.value, month=month, conv=conv)
        return None
    end = primary.end or idx.last_day(LOSS)
    length = end - primary.start
    for shift in sorted(range(-7, 8), key=abs):
        for conv in (LOSS, REPORT):
            first = primary.start + timedelta(days=shift)
            fig = idx.period(first, first + length, conv)
            if fig is not None and fig.value == claim.value and (shift or conv is not LOSS):
                return say("sum_for_range", lang, value=claim.value, span=span(first, first + length, lang),
                           conv=conv)
    return None


def record_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return whether the claimed figure is the record (or N-th highest) day or month."""
    if claim.record_scope == "month":
        return _month_record(claim, idx, lang)
    if claim.record_scope == "year":
        return _year_record(claim, idx, lang)
    out: list[Candidate] = []
    time = claim.time
    rank = claim.record_rank
    for conv in conventions(claim):
        # "the highest daily loss this year reaching 1,290": the window bounds the record, whatever its time
        start: date | None = claim.record_since
        end = idx.last_day(conv)
        if time is not None and time.kind == "day":
            end = min(end, time.primary.start)
        elif time is not None and time.kind == "period":
            start, end = time.primary.start, min(end, time.primary.end or end)
        top = idx.highest(conv, rank=rank, by="day", start=start, end=end)
        if len(top) < rank:
            continue
        first, _, value = top[rank - 1]
        where = say("up_to", lang, day=end)
        if claim.record_since is not None and start == claim.record_since:
            where = say("from_to", lang, first=start, last=end)
        elif start is not None and time is not None:
            since = time.primary.label.startswith("since")
            where = say("since_period" if since else "in_period", lang, period=_label(time.primary, lang))
        record = say("record_day", lang, nth=nth(rank, lang), label=label(claim.category, lang), where=where,
                     conv=conv)
        if time is not None and time.kind == "day":
            row = idx.day_row(time.primary.start, conv)
            figure = own_increment(row) if row is not None else None
            if row is None or figure is None:
                continue
            what = _day_what(row, conv, lang)
            out.append(Candidate(_label(time.primary, lang), conv, what, (float(figure),), (row,), None,
                                 condition=True, checks=(float(figure), float(value)),
                                 detail=say("record_was", lang, record=record, value=value, day=first),
                                 verb="were" if conv is LOSS else "was"))
            continue
        row = idx.day_row(first, conv)
        out.append(Candidate(_label(time.primary, lang) if time else say("so_far", lang), conv, record,
                             (float(value),), (row,) if row is not None else (), None,
                             condition=True, checks=(float(value),), detail=say("on_day", lang, day=first)))
    return out


T = TypeVar("T")  # the key of an earlier period: a month's first day, a year


def _month_record(claim: Claim, idx: SeriesIndex, lang: Lang) -> list[Candidate]:
    """A month's sum that is the highest of all complete months before it."""
    out: list[Candidate] = []
    time = claim.time
    for conv in conventions(claim):
        if time is not None and time.kind == "period":
            first = time.primary.start
            earlier = [(m[0], m[3]) for m in idx.months(conv, claim.record_since or WAR_START, first - ONE_DAY)]
            found = _sum_record(claim, idx, lang, conv, first, earlier, lambda month: say(
                "highest_month_before", lang, month=month_label(month[0], lang), value=month[1]))
            out += [found] if found is not None else []
            continue
        top = idx.highest(conv, rank=claim.record_rank, by="month", start=None, end=idx.last_day(conv))
        if len(top) < claim.record_rank:
            continue
        first, _, value = top[claim.record_rank - 1]
        out.append(Candidate(say("so_far", lang), conv,
                             say("record_month", lang, label=label(claim.category, lang), conv=conv),
                             (float(value),), (), None, condition=True, checks=(float(value),),
                             detail=say("in_month", lang, month=month_words(first.year, first.month, lang))))
    return out


def _year_record(claim: Claim, idx: SeriesIndex, lang: Lang) -> list[Candidate]:
    """A year's sum that is the highest of the war's years before it ("in 2024 amounted to a record 429,660").

    The first year of the war counts from 24 February 2022; the year claimed counts up to the latest report.
    """
    out: list[Candidate] = []
    time = claim.time
    if time is None or time.kind != "period":
        return out
    for conv in conventions(claim):
        first = max(time.primary.start, WAR_START)
        earlier = [(year, found.value) for year in range(WAR_START.year, first.year)
                   if (found := idx.period(max(date(year, 1, 1), WAR_START), date(year, 12, 31), conv)) is not None]
        found_record = _sum_record(claim, idx, lang, conv, first, earlier, lambda year: say(
            "highest_year_before", lang, year=str(year[0]), value=year[1]))
        out += [found_record] if found_record is not None else []
    return out


def _sum_record(
    claim: Claim, idx: SeriesIndex, lang: Lang, conv: DateConvention, first: date,
    earlier: list[tuple[T, int]], describe: Callable[[tuple[T, int]], str],
) -> Candidate | None:
    """The candidate of a period's sum said to be a record: the sum from ``first`` to the claim's end (or the
    latest report), a record when exactly rank − 1 of the ``earlier`` periods' sums (each a key and a sum) were
    as high or higher ("the second-worst month"); ``describe`` words the highest earlier one."""
    assert claim.time is not None
    time = claim.time
    last = min(time.primary.end or idx.last_day(conv), idx.last_day(conv))
    fig = idx.period(first, last, conv)
    if fig is None:
        return None
    best = max(earlier, key=lambda e: e[1], default=None)
    above = sum(1 for _, value in earlier if value >= fig.value) == claim.record_rank - 1
    rows = (fig.end,) if fig.base is None else (fig.base, fig.end)
    period = _label(time.primary, lang)
    return Candidate(period, conv, say("period_what", lang, period=period, conv=conv),
                     (float(fig.value),), rows, None, condition=above,
                     checks=(float(fig.value),), detail=describe(best) if best else "")


def streak_candidates(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> list[Candidate]:
    """Return the length of the run beyond the threshold ending on the claim's day."""
    above = claim.comparator is not Comparator.AT_MOST
    wanted = claim.streak_days or 0
    out: list[Candidate] = []
    time = claim.time
    for conv in conventions(claim):
        last_known = idx.last_day(conv)
        if time is not None and time.kind == "day" and time.granularity != "latest":
            ends = [time.primary.start]
        elif time is not None and time.kind == "period":  # "in late December": any day of it
            first = time.primary.start
            last = min(time.primary.end or last_known, last_known)
            ends = [first + timedelta(days=k) for k in range((last - first).days + 1)]
            if wanted == len(ends):  # "throughout November": the run must cover all of it
                ends = [last]
        else:
            ends = [last_known, last_known - ONE_DAY]
        for end in ends:
            days, run_first, _ = idx.run_ending(claim.value, conv, above=above, end=end,
                                                horizon=max(2 * wanted, wanted + 120))
            ok = days == wanted if claim.streak_is_ordinal else days >= wanted
            side = ("above" if above else "below") if lang == "en" else ("понад" if above else "нижче за")
            what = say("run", lang, label=label(claim.category, lang), side=side, value=claim.value, end=end,
                       conv=conv)
            detail = say("run_from", lang, day=run_first) if run_first else say("run_none", lang)
            row = idx.day_row(end, conv)
            out.append(Candidate(say("ending", lang, day=end), conv, what, (float(days),),
                                 (row,) if row is not None else (), None, condition=ok,
                                 detail=detail, unit=days_unit(days, lang)))
    return out


def no_holds(claim: Claim, idx: SeriesIndex, lang: Lang = "en") -> str | None:
    """Return None: no search for where the figure holds."""
    return None


BUILDERS: dict[ClaimKind, Callable[[Claim, SeriesIndex, Lang], list[Candidate]]] = {
    ClaimKind.DAY: day_candidates,
    ClaimKind.TOTAL: total_candidates,
    ClaimKind.MILESTONE: milestone_candidates,
    ClaimKind.PERIOD: period_candidates,
    ClaimKind.RECORD: record_candidates,
    ClaimKind.STREAK: streak_candidates,
}
HOLDS: dict[ClaimKind, Callable[[Claim, SeriesIndex, Lang], str | None]] = {
    ClaimKind.DAY: day_holds,
    ClaimKind.TOTAL: total_holds,
    ClaimKind.MILESTONE: milestone_holds,
    ClaimKind.PERIOD: period_holds,
    ClaimKind.RECORD: day_holds,
    ClaimKind.STREAK: no_holds,
}
