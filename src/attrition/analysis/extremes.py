"""Extremes and rankings: top days or periods, the rank of a day, "highest since", yearly highs.

Only one-day jumps are days: a jump after missing reports is a span and never ranks.
A day whose jump contains a stated correction (e.g. personnel, report 2025-02-28:
+1,060 printed, +2,710 in totals) is left out unless ``include_corrections`` and is
listed with its reason; early-war coarse estimates (to 2022-04-30) are left out when
``exclude_coarse``, and the result says so. Weeks and months rank only when complete;
their value is the difference of totals (as the MoD's monthly figures are), so a period
containing a correction still ranks and is flagged ``includes_corrections``.
Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import COARSE_UNTIL, LossSeries, SeriesRow, derived

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Literal

    from attrition.analysis.periods import PeriodRow

    RankBy = Literal["day", "week", "month"]


@dataclass(frozen=True)
class RankedPeriod:
    """One ranked day or period; rank 1 is the highest (ties share a rank)."""

    rank: int
    period: str  # the day (ISO, under the convention) or the period label
    start: date
    end: date
    value: int
    includes_corrections: bool = False
    is_coarse: bool = False


@dataclass(frozen=True)
class ExcludedPeriod:
    """A day or period left out of a ranking, with the reason."""

    period: str
    start: date
    end: date
    value: int | None
    reason: str


@dataclass(frozen=True)
class Extremes:
    """The top-N ranking of a category over a range, with what was left out and why."""

    category: str
    convention: DateConvention
    by: str
    start: date | None
    end: date | None
    top: tuple[RankedPeriod, ...]
    candidates: int  # days/periods that were ranked
    excluded: tuple[ExcludedPeriod, ...]
    include_corrections: bool
    exclude_coarse: bool
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayRank:
    """Where one day stands: its rank over the whole record and since when it is the highest."""

    category: str
    convention: DateConvention
    day: str  # ISO date under the convention
    value: int | None
    rank: int | None  # None when the day itself is excluded
    of: int  # days ranked
    highest_since: date | None  # the last earlier day at least as high; None = highest so far
    excluded_reason: str | None = None


def _day_candidates(
    series: LossSeries,
    convention: DateConvention,
    start: date | None,
    end: date | None,
    include_corrections: bool,
    exclude_coarse: bool,
) -> tuple[list[tuple[date, SeriesRow]], list[tuple[date, SeriesRow, str]]]:
    """Split rows in range into ranked days and excluded rows (with reasons)."""
    ranked: list[tuple[date, SeriesRow]] = []
    excluded: list[tuple[date, SeriesRow, str]] = []
    for row in series.rows:
        day = row.date_for(convention)
        if (start and day < start) or (end and day > end) or row.increment_diff is None:
            continue
        if row.span_days > 1:
            excluded.append((day, row, f"span of {row.span_days} days after missing reports"))
        elif row.includes_correction and not include_corrections:
            excluded.append((day, row, _correction_reason(row)))
        elif row.is_coarse and exclude_coarse:
            excluded.append((day, row, f"early-war coarse estimate (to {COARSE_UNTIL})"))
        else:
            ranked.append((day, row))
    return ranked, excluded


def _correction_reason(row: SeriesRow) -> str:
    own = row.increment_excluding_correction
    parts = [f"jump of {row.increment_diff:+,} in the total includes a stated correction"]
    if own is not None and own != row.increment_diff:
        parts.append(f"the day's own increment is {own:+,}")
    return "; ".join(parts)


def _competition_ranks(values: list[int]) -> list[int]:
    """Rank values sorted descending: equal values share a rank (1, 2, 2, 4)."""
    ranks: list[int] = []
    for i, v in enumerate(values):
        ranks.append(ranks[-1] if i and v == values[i - 1] else i + 1)
    return ranks


def _rank_order(value: int, first_day: date) -> tuple[int, date]:
    """The order days and periods rank in: highest value first, the earlier of equal values first."""
    return -value, first_day


def top_days(
    series: LossSeries,
    convention: DateConvention,
    top: int,
    *,
    start: date | None = None,
    end: date | None = None,
    through: date | None = None,
    exclude_coarse: bool = False,
) -> list[tuple[date, int]]:
    """Return (day, value) of ``extremes(series.upto(through), convention, by="day", top=top,
    start=start, end=end, exclude_coarse=exclude_coarse).top``, highest first.

    The whole series' days are ranked once per series object (:func:`derived`); each call
    only walks that order, keeping the days in [start, end] of reports up to ``through``
    (None: all), so a check asking the record up to many dates sorts the record once.
    """
    if top < 1:
        raise UsageError(f"--top must be at least 1, got {top}", input=str(top))
    order = derived(series, ("top_days", convention, exclude_coarse), lambda s: _days_in_rank_order(
        s, convention, exclude_coarse))
    out: list[tuple[date, int]] = []
    rank = 0
    last: int | None = None
    for day, value, report in order:
        if (start and day < start) or (end and day > end) or (through is not None and report > through):
            continue
        if value != last:
            rank, last = len(out) + 1, value  # competition ranks: equal values share a rank
            if rank > top:
                break
        out.append((day, value))
    return out


def _days_in_rank_order(
    series: LossSeries, convention: DateConvention, exclude_coarse: bool
) -> list[tuple[date, int, date]]:
    ranked, _ = _day_candidates(series, convention, None, None, False, exclude_coarse)
    items = [(day, int(row.increment_diff or 0), row.report_date) for day, row in ranked]
    items.sort(key=lambda x: _rank_order(x[1], x[0]))
    return items


def extremes(
    series: LossSeries,
    convention: DateConvention,
    *,
    by: RankBy | str = "day",
    top: int = 10,
    start: date | None = None,
    end: date | None = None,
    include_corrections: bool = False,
    exclude_coarse: bool = False,
    week_start: str = "mon",
) -> Extremes:
    """Return the ``top`` highest days (or complete weeks/months) in [start, end]."""
    if top < 1:
        raise UsageError(f"--top must be at least 1, got {top}", input=str(top))
    notes: list[str] = []
    if by == "day":
        ranked_rows, excluded_rows = _day_candidates(
            series, convention, start, end, include_corrections, exclude_coarse
        )
        items = [
            (day.isoformat(), day, day, int(row.increment_diff or 0), row.includes_correction,
             row.is_coarse)
            for day, row in ranked_rows
        ]
        coarse_out = [x for x in excluded_rows if x[2].startswith("early-war")]
        others = [x for x in excluded_rows if not x[2].startswith("early-war")]
        excluded = [
            ExcludedPeriod(day.isoformat(), day, day, row.increment_diff, reason)
            for day, row, reason in others
        ]
        if coarse_out:
            notes.append(
                f"{len(coarse_out)} early-war days to {COARSE_UNTIL} left out "
                "(coarse estimates: zero days, then thousands at once)"
            )
            floor = sorted((x[3] for x in items), reverse=True)[:top]
            cut = floor[-1] if len(floor) == top else None
            excluded += [
                ExcludedPeriod(day.isoformat(), day, day, row.increment_diff, reason)
                for day, row, reason in coarse_out
                if cut is None or (row.increment_diff or 0) >= cut
            ]
    elif by in ("week", "month"):
        from attrition.analysis.periods import period_rows  # here: a ranking by day needs none

        items, excluded = _period_candidates(
            period_rows(series, by, convention, start=start, end=end, week_start=week_start),
            exclude_coarse,
        )
        flagged = sum(1 for x in items if x[4])
        if flagged:
            notes.append(
                f"{flagged} of the ranked {by}s contain a stated correction (flagged); "
                "their values are differences of totals"
            )
    else:
        raise UsageError(f"rank by {by!r}: use day, week or month", input=by)
    if not include_corrections and any("correction" in e.reason for e in excluded):
        notes.append(
            "jumps containing a stated correction are left out; include_corrections ranks them"
        )
    items.sort(key=lambda x: _rank_order(x[3], x[1]))
    ranks = _competition_ranks([x[3] for x in items])
    chosen = [
        RankedPeriod(r, label, s, e, v, corr, coarse)
        for r, (label, s, e, v, corr, coarse) in zip(ranks, items, strict=True)
        if r <= top
    ]
    return Extremes(
        series.category, convention, by, start, end, tuple(chosen), len(items),
        tuple(sorted(excluded, key=lambda x: x.start)), include_corrections, exclude_coarse,
        tuple(notes),
    )


def _period_candidates(
    rows: list[PeriodRow], exclude_coarse: bool
) -> tuple[list[tuple[str, date, date, int, bool, bool]], list[ExcludedPeriod]]:
    items: list[tuple[str, date, date, int, bool, bool]] = []
    excluded: list[ExcludedPeriod] = []
    for p in rows:
        reason = None
        if not p.complete:
            reason = f"incomplete: {p.days_present} of {p.days_expected} days"
            if p.days_outside:
                reason += f", plus {p.days_outside} days before it (a span)"
        elif p.includes_coarse and exclude_coarse:
            reason = f"contains early-war coarse estimates (to {COARSE_UNTIL})"
        if reason is not None:
            excluded.append(ExcludedPeriod(p.period, p.start, p.end, p.value, reason))
        elif p.value is not None:
            items.append(
                (p.period, p.start, p.end, p.value, p.includes_corrections, p.includes_coarse)
            )
    return items, excluded


def day_rank(
    series: LossSeries,
    day: date,
    convention: DateConvention,
    *,
    include_corrections: bool = False,
    exclude_coarse: bool = False,
) -> DayRank:
    """Return the rank of ``day`` among all days of the record, and since when it is highest."""
    ranked, excluded = _day_candidates(
        series, convention, None, None, include_corrections, exclude_coarse
    )
    values = [int(row.increment_diff or 0) for _, row in ranked]
    for d, row, reason in excluded:
        if d == day:
            return DayRank(series.category, convention, day.isoformat(), row.increment_diff,
                           None, len(values), None, reason)
    match = [(d, row) for d, row in ranked if d == day]
    if not match:
        raise UsageError(
            f"no one-day figure for {day} ({convention.label}) in {series.category}",
            input=day.isoformat(),
        )
    value = int(match[0][1].increment_diff or 0)
    rank = 1 + sum(v > value for v in values)
    since = None
    for d, row in reversed(ranked):
        if d < day and int(row.increment_diff or 0) >= value:
            since = d
            break
    return DayRank(series.category, convention, day.isoformat(), value, rank, len(values), since)


def yearly_highs(
    series: LossSeries,
    convention: DateConvention,
    *,
    include_corrections: bool = False,
    exclude_coarse: bool = False,
) -> list[RankedPeriod]:
    """Return the highest day of each calendar year (rank = its rank within the year: 1)."""
    ranked, _ = _day_candidates(
        series, convention, None, None, include_corrections, exclude_coarse
    )
    best: dict[int, tuple[date, SeriesRow]] = {}
    for d, row in ranked:
        cur = best.get(d.year)
        if cur is None or int(row.increment_diff or 0) > int(cur[1].increment_diff or 0):
            best[d.year] = (d, row)
    return [
        RankedPeriod(1, d.isoformat(), d, d, int(row.increment_diff or 0),
                     row.includes_correction, row.is_coarse)
        for _, (d, row) in sorted(best.items())
    ]
