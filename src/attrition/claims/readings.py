"""What the record says for each reading of a claim, one builder per claim kind.

Owns turning a claim into :class:`~attrition.claims.verify.Candidate` figures — a day's
increment, a report's total, a period's sum or daily mean, whether a milestone was
passed, the record day or month, the length of a run — under each convention and
boundary reading, and, when a claim is wrong, finding where its figure does hold.
Figures come from :class:`~attrition.claims.figures.SeriesIndex`. Pure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from attrition.claims.claim import Claim, ClaimKind
from attrition.claims.explain import (
    convention_words,
    day_arithmetic,
    day_short,
    fmt,
    fmt_date,
    label,
)
from attrition.claims.figures import SeriesIndex, own_increment
from attrition.claims.lexicon import Comparator
from attrition.claims.timeref import Reading
from attrition.claims.verify import LOSS, REPORT, Candidate, Unverifiable, conventions, match
from attrition.model.dates import WAR_START, DateConvention, from_convention, to_convention
from attrition.model.series import SeriesRow

ONE_DAY = timedelta(days=1)


def _latest_readings(idx: SeriesIndex) -> tuple[Reading, ...]:
    day = idx.last_day(LOSS)
    return (Reading(f"the latest report ({fmt_date(idx.last.report_date)})", day, day),
            Reading("the report before the latest", day - ONE_DAY, day - ONE_DAY))


def _day_what(row: SeriesRow, convention: DateConvention) -> str:
    loss = to_convention(row.report_date, LOSS)
    if convention is LOSS:
        return f"the losses of {fmt_date(loss)} (report of {fmt_date(row.report_date)})"
    return f"the increase in the report of {fmt_date(row.report_date)} (losses of {fmt_date(loss)})"


def day_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return one day's figure under each convention and reading."""
    readings = claim.time.readings if claim.time is not None else _latest_readings(idx)
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
                reading.label, conv, _day_what(row, conv), values,
                (row,) if prev is None else (prev, row),
                day_arithmetic(row, prev.total if prev else None),
                verb="were" if conv is LOSS else "was",
                short=day_short(row, prev.total if prev else None),
            ))
    if not out and claim.time is not None:
        day = claim.time.primary.start
        if from_convention(day, REPORT) > idx.last.report_date:
            raise Unverifiable(f"no report for {fmt_date(day)} yet (latest: {fmt_date(idx.last.report_date)})")
        raise Unverifiable(f"no one-day report covers {fmt_date(day)} (a gap in the reports)")
    return out


def day_holds(claim: Claim, idx: SeriesIndex) -> str | None:
    """Return the nearest report whose day figure equals the claimed value."""
    target = claim.time.primary.start if claim.time is not None else idx.last_day(LOSS)
    best: SeriesRow | None = None
    for row in idx.rows:
        loss = to_convention(row.report_date, LOSS)
        if abs((loss - target).days) > 60:
            continue
        if claim.value == own_increment(row) and (
            best is None or abs((loss - target).days) < abs((to_convention(best.report_date, LOSS) - target).days)
        ):
            best = row
    if best is None:
        return None
    return (f"{fmt(claim.value)} is the figure of the report of {fmt_date(best.report_date)} "
            f"(losses of {fmt_date(to_convention(best.report_date, LOSS))})")


def _total_rows(claim: Claim, idx: SeriesIndex) -> list[tuple[str, DateConvention, SeriesRow, str]]:
    """Return (reading, convention, report, note) for a cumulative total."""
    time = claim.time
    out: list[tuple[str, DateConvention, SeriesRow, str]] = []
    if time is None or (time.kind == "war" and time.primary.end is None) or time.granularity in {"latest"}:
        row: SeriesRow | None = idx.last
        for k in range(3):
            if row is None:
                break
            note = "" if k == 0 else f"the latest report ({fmt_date(idx.last.report_date)}) says {fmt(idx.last.total)}"
            out.append((f"the report of {fmt_date(row.report_date)}", REPORT, row, note))
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
        note = "" if found.report_date == report else f"no report on {fmt_date(report)}; the previous one"
        reading = f"the total on {fmt_date(day)}" + (" (end of that day)" if conv is LOSS else "")
        out.append((reading, conv, found, note))
    return out


def total_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return the cumulative total each reading points to."""
    return [
        Candidate(reading, conv, f"the {label(claim.category)} total in the report of "
                  f"{fmt_date(row.report_date)}", (float(row.total),), (row,), None, detail=note)
        for reading, conv, row, note in _total_rows(claim, idx)
    ]


def total_holds(claim: Claim, idx: SeriesIndex) -> str | None:
    """Return the report that printed the claimed total, or when it was first reached."""
    exact = idx.with_total(claim.value)
    if exact is not None:
        return f"{fmt(claim.value)} is the total of the report of {fmt_date(exact.report_date)}"
    return milestone_holds(claim, idx)


def _milestone_in_period(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return whether the total first reached the mark within the period ("in November")."""
    assert claim.time is not None
    reading = claim.time.primary
    first = idx.first_reaching(claim.value)
    out: list[Candidate] = []
    for conv in conventions(claim):
        last = min(reading.end or idx.last_day(conv), idx.last_day(conv))
        when = to_convention(first.report_date, conv) if first is not None else None
        ok = when is not None and reading.start <= when <= last
        what = (f"the {label(claim.category)} total first reached {fmt(claim.value)} in the report of "
                f"{fmt_date(first.report_date)} (losses of {fmt_date(to_convention(first.report_date, LOSS))})"
                if first is not None else f"the {label(claim.category)} total had not reached {fmt(claim.value)}")
        where = "within" if ok else "outside"
        out.append(Candidate(reading.label, conv, what, (), (first,) if first is not None else (), None,
                             ok=ok, detail=f"{where} {reading.label} {convention_words(conv)}"))
    return out


def milestone_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return whether the total passed (or neared) the claimed mark in each reading."""
    time = claim.time
    if time is not None and time.kind == "period":
        return _milestone_in_period(claim, idx)
    crossing = time is not None and time.kind == "day" and not time.is_as_of and not time.is_relative
    out: list[Candidate] = []
    for reading, conv, row, note in _total_rows(claim, idx):
        prev = idx.previous(row)
        v, total = claim.value, row.total
        if claim.comparator in {Comparator.NEARLY, Comparator.ABOUT}:
            ok = match(claim, total) is not None
        elif claim.comparator is Comparator.AT_MOST:
            ok = total < v
        elif crossing:
            ok = prev is not None and prev.total < v <= total
        else:
            ok = total >= v
        detail = note
        if crossing and prev is not None:
            detail = f"up from {fmt(prev.total)} in the report before"
        out.append(Candidate(reading, conv, f"the {label(claim.category)} total in the report of "
                             f"{fmt_date(row.report_date)}", (float(total),),
                             (row,) if prev is None else (prev, row), None, ok=ok, detail=detail))
    return out


def milestone_holds(claim: Claim, idx: SeriesIndex) -> str | None:
    """Return when the total first reached the claimed figure."""
    first = idx.first_reaching(claim.value)
    if first is None:
        return f"the total had not reached {fmt(claim.value)} by the report of {fmt_date(idx.last.report_date)} ({fmt(idx.last.total)})"
    return f"the total first reached {fmt(claim.value)} in the report of {fmt_date(first.report_date)} ({fmt(first.total)})"


def _period_readings(claim: Claim, idx: SeriesIndex) -> tuple[Reading, ...]:
    if claim.time is not None and claim.time.kind != "day":
        return claim.time.readings
    last = idx.last_day(LOSS)
    if claim.time is not None:  # "1,500 a day on 5 January" read as that day
        return claim.time.readings
    return (Reading("the past 7 days", last - timedelta(days=6), last),
            Reading("the past 30 days", last - timedelta(days=29), last))


def period_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return a period's sum (or daily mean) under each convention and reading."""
    out: list[Candidate] = []
    for conv in conventions(claim):
        for reading in _period_readings(claim, idx):
            last_known = idx.last_day(conv)
            first, last = max(reading.start, WAR_START), min(reading.end or last_known, last_known)
            fig = idx.period(first, last, conv)
            if fig is None:
                continue
            value = float(fig.value) if claim.measure == "sum" else fig.value / fig.days
            base = f"{fmt(fig.base.total)} (report of {fmt_date(fig.base.report_date)})" if fig.base else "0"
            arithmetic = f"{fmt(fig.end.total)} (report of {fmt_date(fig.end.report_date)}) − {base} = {fmt(fig.value)}"
            if claim.measure == "mean":
                arithmetic += f"; ÷ {fig.days} days = {value:,.1f} a day"
            what = f"{reading.label} {convention_words(conv)}"
            if claim.measure == "mean":
                what = f"the daily average over {reading.label} {convention_words(conv)}"
            detail = ""
            if reading.end is None or reading.end > last_known or not fig.is_complete:
                detail = f"figures to {fmt_date(last)}"
            rows = (fig.end,) if fig.base is None else (fig.base, fig.end)
            short = (f"{fmt(fig.end.total)} − {fmt(fig.base.total)}, reports of "
                     f"{fmt_date(fig.end.report_date)} and {fmt_date(fig.base.report_date)}"
                     if fig.base else f"the total of the report of {fmt_date(fig.end.report_date)}")
            if claim.measure == "mean":
                short = f"{fmt(fig.value)} over {fig.days} days; {short}"
            out.append(Candidate(reading.label, conv, what, (value,), rows, arithmetic, detail=detail,
                                 short=short))
    return out


def period_holds(claim: Claim, idx: SeriesIndex) -> str | None:
    """Return a nearby month (or shifted window) whose sum is exactly the claimed value."""
    if claim.time is None or claim.measure != "sum":
        return None
    primary = claim.time.primary
    if claim.time.granularity == "month":
        for conv in (LOSS, REPORT):
            months = idx.months(conv, primary.start - timedelta(days=370), primary.start + timedelta(days=370))
            hits = sorted((abs((s - primary.start).days), lab) for lab, s, _, v in months if v == claim.value)
            if hits:
                return f"{fmt(claim.value)} is the sum for {hits[0][1]} {convention_words(conv)}"
        return None
    end = primary.end or idx.last_day(LOSS)
    length = end - primary.start
    for shift in sorted(range(-7, 8), key=abs):
        for conv in (LOSS, REPORT):
            first = primary.start + timedelta(days=shift)
            fig = idx.period(first, first + length, conv)
            if fig is not None and fig.value == claim.value and (shift or conv is not LOSS):
                return (f"{fmt(claim.value)} is the sum for {fmt_date(first)} to "
                        f"{fmt_date(first + length)} {convention_words(conv)}")
    return None


def record_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """Return whether the claimed figure is the record (or N-th highest) day or month."""
    if claim.record_scope == "month":
        return _month_record(claim, idx)
    out: list[Candidate] = []
    time = claim.time
    rank = claim.record_rank
    for conv in conventions(claim):
        start: date | None = None
        end = idx.last_day(conv)
        if time is not None and time.kind == "day":
            end = min(end, time.primary.start)
            start = claim.record_since
        elif time is not None and time.kind == "period":
            start, end = time.primary.start, min(end, time.primary.end or end)
        top = idx.highest(conv, rank=rank, by="day", start=start, end=end)
        if len(top) < rank:
            continue
        first, _, value = top[rank - 1]
        where = f"up to {fmt_date(end)}"
        if claim.record_since is not None and start == claim.record_since:
            where = f"from {fmt_date(start)} to {fmt_date(end)}"
        elif start is not None and time is not None:
            where = time.primary.label if time.primary.label.startswith("since") else f"in {time.primary.label}"
        nth = "" if rank == 1 else f"{_ordinal(rank)} "
        record = f"the {nth}highest one-day {label(claim.category)} figure {where} {convention_words(conv)}"
        if time is not None and time.kind == "day":
            row = idx.day_row(time.primary.start, conv)
            figure = own_increment(row) if row is not None else None
            if row is None or figure is None:
                continue
            ok = match(claim, figure) is not None and match(claim, value) is not None
            what = _day_what(row, conv)
            out.append(Candidate(time.primary.label, conv, what, (float(figure),), (row,), None, ok=ok,
                                 detail=f"{record} was {fmt(value)}, on {fmt_date(first)}",
                                 verb="were" if conv is LOSS else "was"))
            continue
        row = idx.day_row(first, conv)
        out.append(Candidate(time.primary.label if time else "so far", conv, record, (float(value),),
                             (row,) if row is not None else (), None,
                             ok=match(claim, value) is not None, detail=f"on {fmt_date(first)}"))
    return out


def _month_record(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
    """A month's sum that is the highest of all complete months before it."""
    out: list[Candidate] = []
    time = claim.time
    for conv in conventions(claim):
        if time is not None and time.kind == "period":
            first = time.primary.start
            last = min(time.primary.end or idx.last_day(conv), idx.last_day(conv))
            fig = idx.period(first, last, conv)
            if fig is None:
                continue
            earlier = idx.months(conv, claim.record_since or WAR_START, first - ONE_DAY)
            best = max(earlier, key=lambda m: m[3], default=None)
            ok = match(claim, fig.value) is not None and (best is None or fig.value > best[3])
            detail = f"the highest month before it was {best[0]} with {fmt(best[3])}" if best else ""
            rows = (fig.end,) if fig.base is None else (fig.base, fig.end)
            out.append(Candidate(time.primary.label, conv, f"{time.primary.label} {convention_words(conv)}",
                                 (float(fig.value),), rows, None, ok=ok, detail=detail))
            continue
        top = idx.highest(conv, rank=claim.record_rank, by="month", start=None, end=idx.last_day(conv))
        if len(top) < claim.record_rank:
            continue
        first, _, value = top[claim.record_rank - 1]
        out.append(Candidate("so far", conv, f"the highest monthly {label(claim.category)} figure "
                             f"{convention_words(conv)}", (float(value),), (), None,
                             ok=match(claim, value) is not None, detail=f"in {first:%B %Y}"))
    return out


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


def streak_candidates(claim: Claim, idx: SeriesIndex) -> list[Candidate]:
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
            days, first, last = idx.run_ending(claim.value, conv, above=above, end=end,
                                               horizon=max(2 * wanted, wanted + 120))
            ok = days == wanted if claim.streak_is_ordinal else days >= wanted
            side = "above" if above else "below"
            what = (f"the run of days with {label(claim.category)} {side} {fmt(claim.value)} ending "
                    f"{fmt_date(end)} {convention_words(conv)}")
            detail = f"from {fmt_date(first)}" if first else "no such day then"
            row = idx.day_row(end, conv)
            out.append(Candidate(f"ending {fmt_date(end)}", conv, what, (float(days),),
                                 (row,) if row is not None else (), None, ok=ok,
                                 detail=detail, unit=" days"))
    return out


def no_holds(claim: Claim, idx: SeriesIndex) -> str | None:
    """Return None: no search for where the figure holds."""
    return None


BUILDERS: dict[ClaimKind, Callable[[Claim, SeriesIndex], list[Candidate]]] = {
    ClaimKind.DAY: day_candidates,
    ClaimKind.TOTAL: total_candidates,
    ClaimKind.MILESTONE: milestone_candidates,
    ClaimKind.PERIOD: period_candidates,
    ClaimKind.RECORD: record_candidates,
    ClaimKind.STREAK: streak_candidates,
}
HOLDS: dict[ClaimKind, Callable[[Claim, SeriesIndex], str | None]] = {
    ClaimKind.DAY: day_holds,
    ClaimKind.TOTAL: total_holds,
    ClaimKind.MILESTONE: milestone_holds,
    ClaimKind.PERIOD: period_holds,
    ClaimKind.RECORD: day_holds,
    ClaimKind.STREAK: no_holds,
}
