"""The newsroom brief as data: every fact a story is built from, each with its citation.

``build_brief`` asks :mod:`attrition.analysis` for each number (periods, extremes,
streaks, trends, change points, the milestone forecast) and wraps it in a :class:`Fact`
that names the reports it is computed from, the sources that agree on them, the date
convention, and the CLI command that reproduces it. Wording lives in
:mod:`attrition.publish.brief_text`; this module holds no language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from attrition.analysis.changepoints import change_points
from attrition.analysis.extremes import day_rank, extremes
from attrition.analysis.forecast import forecast, headline_milestone
from attrition.analysis.periods import PeriodRow, custom_period, period_rows
from attrition.analysis.streaks import recent_window, streaks
from attrition.analysis.trends import rolling_means
from attrition.errors import AttritionError, UsageError
from attrition.model.categories import CURRENT_KEYS, get_category
from attrition.model.dates import DateConvention, loss_date, war_day
from attrition.model.series import LossSeries, SeriesRow
from attrition.publish.version import DataVersion, data_version
from attrition.store import Store

LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT
DAY = timedelta(days=1)
CAVEATS: tuple[str, ...] = ("own_figures", "personnel", "independent", "conventions")


@dataclass(frozen=True)
class Citation:
    """Where a number comes from: the reports, the sources agreeing, and how to reproduce it."""

    report_dates: tuple[date, ...]
    sources: tuple[str, ...]
    convention: str  # "loss", "report" or "both"
    commands: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """One fact of the brief: a kind, its numbers (JSON-ready) and its citation."""

    kind: str
    data: dict[str, Any]
    citation: Citation


@dataclass(frozen=True)
class Brief:
    """Every fact of the brief for one category as known on ``as_of``."""

    category: str
    as_of: date | None
    report_date: date
    loss_date: date
    facts: tuple[Fact, ...]
    version: DataVersion
    caveats: tuple[str, ...] = CAVEATS
    skipped: dict[str, str] = field(default_factory=dict)  # fact kind -> why it is missing

    def fact(self, kind: str) -> Fact | None:
        """Return the fact of ``kind``, or None if the brief has none."""
        return next((f for f in self.facts if f.kind == kind), None)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates stay dates; the CLI encoder writes them as ISO)."""
        return {
            "category": self.category, "as_of": self.as_of, "report_date": self.report_date,
            "loss_date": self.loss_date, "facts": [asdict(f) for f in self.facts],
            "caveats": list(self.caveats), "skipped": self.skipped,
            "data_version": self.version.to_dict(),
        }


class _Context:
    """The series and the command suffix shared by every fact of one brief."""

    def __init__(self, store: Store, category: str, as_of: date | None) -> None:
        self.store, self.category, self.as_of = store, category, as_of
        self.series = store.series(category, as_of=as_of)
        if len(self.series) < 2:
            raise UsageError(f"too few figures for {category!r} to write a brief"
                             + (f" as of {as_of}" if as_of else ""), input=category)
        self.rows: dict[date, SeriesRow] = {r.report_date: r for r in self.series.rows}
        self.last = self.series.rows[-1]
        self.report_date = self.last.report_date
        self.loss_date = loss_date(self.report_date)
        self.suffix = f" --as-of {as_of.isoformat()}" if as_of else ""

    def sources(self, *report_dates: date, series: LossSeries | None = None) -> tuple[str, ...]:
        """Return the sources agreeing on the totals of these reports (in first-seen order)."""
        rows = self.rows if series is None else {r.report_date: r for r in series.rows}
        out: list[str] = []
        for day in report_dates:
            row = rows.get(day)
            for name in row.sources if row else ():
                if name not in out:
                    out.append(name)
        return tuple(out)

    def cmd(self, text: str, *, as_of: bool = True) -> str:
        """Return an attrition command reproducing a figure, with --as-of when given."""
        return f"attrition {text}{self.suffix if as_of else ''}"

    def edge_reports(self, start: date, end: date, convention: DateConvention,
                     series: LossSeries | None = None) -> tuple[date, ...]:
        """Return the reports whose totals bound a period: the one before it and its last."""
        days = [r.report_date for r in (series or self.series).rows]
        first = start if convention is REPORT else start + DAY
        last = end if convention is REPORT else end + DAY
        before = max((d for d in days if d < first), default=None)
        closing = max((d for d in days if d <= last), default=None)
        return tuple(d for d in (before, closing) if d is not None)


def _period_dict(row: PeriodRow) -> dict[str, Any]:
    return {
        "period": row.period, "start": row.start, "end": row.end, "value": row.value,
        "days_present": row.days_present, "days_expected": row.days_expected,
        "complete": row.complete, "includes_corrections": row.includes_corrections,
    }


def _month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first: date) -> date:
    return _month_start(first, -1) - DAY


# ---------------------------------------------------------------------------- facts


def fact_latest(ctx: _Context) -> Fact:
    """The latest total and the day's increase, with the report date and the loss date."""
    row = ctx.last
    plus = row.increment_printed if row.increment_printed is not None else row.increment_diff
    data = {
        "report_date": row.report_date, "loss_date": row.loss_date,
        "war_day": war_day(row.report_date), "total": row.total, "plus": plus,
        "increment_printed": row.increment_printed, "increment_diff": row.increment_diff,
        "span_days": row.span_days, "is_approximate": row.is_approximate,
        "includes_correction": row.includes_correction,
    }
    cite = Citation((row.report_date,), row.sources, "both",
                    (ctx.cmd(f"losses {ctx.category} --on {row.loss_date}"),))
    return Fact("latest", data, cite)


def fact_last_7_days(ctx: _Context) -> Fact:
    """The last 7 loss days against the 7 before (the same window by report date)."""
    end = ctx.loss_date
    week = custom_period(ctx.series, end - 6 * DAY, end, LOSS)
    prev = custom_period(ctx.series, end - 13 * DAY, end - 7 * DAY, LOSS)
    data = {
        "current": _period_dict(week), "previous": _period_dict(prev),
        "report_start": week.start + DAY, "report_end": week.end + DAY,
        "daily_mean": round(week.value / 7, 1) if week.value is not None else None,
        "change": week.change_vs_previous, "pct_change": week.pct_change_vs_previous,
    }
    reports = ctx.edge_reports(prev.start, week.end, LOSS)
    reports = tuple(sorted({*reports, *ctx.edge_reports(week.start, week.end, LOSS)}))
    cite = Citation(reports, ctx.sources(*reports), "both",
                    (ctx.cmd(f"losses {ctx.category} --from {prev.start} --to {week.end}"),))
    return Fact("last_7_days", data, cite)


def fact_month_to_date(ctx: _Context) -> Fact:
    """The month so far by loss date, against the same days of earlier months; by report date too."""
    end = ctx.loss_date
    first = _month_start(end)
    now = custom_period(ctx.series, first, end, LOSS)
    earlier = []
    for back in (1, 2, 3, 12):
        start = _month_start(first, back)
        stop = min(start + (end - first), _month_end(start))
        if start < ctx.series.rows[0].loss_date + DAY:
            continue
        earlier.append(_period_dict(custom_period(ctx.series, start, stop, LOSS)))
    rfirst = _month_start(ctx.report_date)
    by_report = custom_period(ctx.series, rfirst, ctx.report_date, REPORT)
    data = {"loss": _period_dict(now), "earlier": earlier, "report": _period_dict(by_report)}
    reports = sorted({*ctx.edge_reports(first, end, LOSS),
                      *ctx.edge_reports(rfirst, ctx.report_date, REPORT)})
    cmds = [ctx.cmd(f"losses {ctx.category} --by month --from {first} --to {end}"),
            ctx.cmd(f"losses {ctx.category} --by month --convention report "
                    f"--from {rfirst} --to {ctx.report_date}")]
    cmds += [ctx.cmd(f"losses {ctx.category} --from {e['start']} --to {e['end']}")
             for e in earlier]
    return Fact("month_to_date", data, Citation(tuple(reports), ctx.sources(*reports), "both",
                                                tuple(cmds)))


def fact_complete_months(ctx: _Context, count: int = 3) -> Fact:
    """The last ``count`` complete months by loss date, with the report-date figure beside."""
    loss_rows = [r for r in period_rows(ctx.series, "month", LOSS, end=ctx.loss_date)
                 if r.complete][-count:]
    if not loss_rows:
        raise UsageError("no complete month in the record yet", input=ctx.category)
    by_report = {r.period: r for r in period_rows(ctx.series, "month", REPORT,
                                                  start=loss_rows[0].start)}
    months = []
    for row in loss_rows:
        rep = by_report.get(row.period)
        item = _period_dict(row)
        item["change_vs_previous"] = row.change_vs_previous
        item["pct_change_vs_previous"] = row.pct_change_vs_previous
        item["report_value"] = rep.value if rep and rep.complete else None
        months.append(item)
    first, last = loss_rows[0].start, loss_rows[-1].end
    reports = sorted({d for r in loss_rows for d in ctx.edge_reports(r.start, r.end, LOSS)})
    cmds = (ctx.cmd(f"losses {ctx.category} --by month --from {first} --to {last}"),
            ctx.cmd(f"losses {ctx.category} --by month --convention report "
                    f"--from {first} --to {last}"))
    return Fact("complete_months", {"months": months},
                Citation(tuple(reports), ctx.sources(*reports), "both", cmds))


def fact_top_days(ctx: _Context, top: int = 3) -> Fact:
    """The top days of the last 30 and 90 days and of the war, and where the latest day ranks."""
    end = ctx.loss_date
    windows = []
    cmds = []
    for name, start, coarse in (("30d", end - 29 * DAY, False), ("90d", end - 89 * DAY, False),
                                ("war", None, True)):
        ranking = extremes(ctx.series, LOSS, by="day", top=top, start=start, end=end,
                           exclude_coarse=coarse)
        windows.append({
            "window": name, "start": start, "end": end, "candidates": ranking.candidates,
            "top": [{"rank": t.rank, "loss_date": t.start, "report_date": t.start + DAY,
                     "value": t.value} for t in ranking.top],
            "excluded_corrections": sum("correction" in e.reason for e in ranking.excluded),
            "excluded_spans": sum("span" in e.reason for e in ranking.excluded),
            "exclude_coarse": coarse, "notes": list(ranking.notes),
        })
        opts = f" --from {start}" if start else " --exclude-coarse"
        cmds.append(ctx.cmd(f"extremes {ctx.category} --top {top}{opts} --to {end}"))
    latest: dict[str, Any] | None = None
    try:
        rank = day_rank(ctx.series, end, LOSS, exclude_coarse=True)
        latest = {"loss_date": end, "value": rank.value, "rank": rank.rank, "of": rank.of,
                  "highest_since": rank.highest_since, "excluded_reason": rank.excluded_reason}
        cmds.append(ctx.cmd(f"extremes {ctx.category} --top 1 --exclude-coarse "
                            f"--rank-of {end}"))
    except AttritionError:
        latest = None  # the latest jump is a span: it has no one-day rank
    reports = sorted({t["report_date"] for w in windows for t in w["top"]})
    return Fact("top_days", {"windows": windows, "latest": latest},
                Citation(tuple(reports), ctx.sources(*reports), "loss", tuple(cmds)))


def streak_thresholds(mean: float) -> list[int]:
    """Return round daily thresholds under ``mean``: 10^k and the largest of 1.5/2/3/5×10^k."""
    if mean < 2:
        return []
    power = 10 ** (len(str(int(mean))) - 1)
    upper = max(int(m * power) for m in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5) if m * power <= mean)
    return sorted({power, upper})


def fact_streaks(ctx: _Context, mean_7d: float) -> Fact:
    """Current and longest runs of days above round thresholds near the recent mean."""
    runs = []
    for threshold in streak_thresholds(mean_7d):
        found = streaks(ctx.series, threshold, LOSS, direction="above", end=ctx.loss_date)
        runs.append({"threshold": threshold,
                     "current": asdict(found.current) if found.current else None,
                     "longest": asdict(found.longest) if found.longest else None})
    reports = tuple(sorted({d for r in runs for k in ("current", "longest") if r[k]
                            for d in (r[k]["start"] + DAY, r[k]["end"] + DAY)}))
    cmds = tuple(ctx.cmd(f"trend {ctx.category} --threshold {r['threshold']}") for r in runs)
    return Fact("streaks", {"runs": runs},
                Citation(reports, ctx.sources(*reports), "loss", cmds))


def fact_trend(ctx: _Context) -> Fact:
    """7- and 28-day trailing means and the latest change point of the last 180 days."""
    end = ctx.loss_date
    means = rolling_means(ctx.series, LOSS, windows=(7, 28), start=end, end=end)
    row = means.iloc[-1]

    def num(name: str) -> float | None:
        value = float(row[name])
        return None if value != value else round(value, 1)  # NaN → None

    cp = change_points(ctx.series, LOSS, start=end - 179 * DAY, end=end)
    last_change = asdict(cp.changes[-1]) if cp.changes else None
    data = {
        "loss_date": end,
        "daily_mean_7d_trailing": num("daily_mean_7d_trailing"),
        "daily_mean_28d_trailing": num("daily_mean_28d_trailing"),
        "pct_change_7d": num("daily_mean_7d_trailing_pct_change_vs_7d_earlier"),
        "pct_change_28d": num("daily_mean_28d_trailing_pct_change_vs_28d_earlier"),
        "change_point": last_change, "changes": len(cp.changes),
        "segments": [asdict(s) for s in cp.segments[-2:]],
        "method": cp.method, "model": cp.model, "penalty": cp.penalty,
        "penalty_rule": cp.penalty_rule, "window_start": cp.start, "window_end": cp.end,
        "increments": cp.increments,
    }
    reports = (end - 27 * DAY, ctx.report_date)
    return Fact("trend", data, Citation(reports, ctx.sources(*reports), "loss",
                                        (ctx.cmd(f"trend {ctx.category}"),)))


def fact_milestone(ctx: _Context) -> Fact:
    """When the next headline round number is expected, with 50/80/95% intervals."""
    milestone = headline_milestone(ctx.last.total)
    result = forecast(ctx.series, LOSS, milestones=[milestone])
    crossing = asdict(result.crossings[0])
    data = {"milestone": milestone, "last_total": result.last_total,
            "rate_per_day": result.rate_per_day, "method": result.method,
            "method_description": result.method_description,
            "interval_method": result.interval_method, "crossing": crossing}
    cite = Citation((ctx.report_date,), ctx.last.sources, "both",
                    (ctx.cmd(f"forecast {ctx.category} --milestone {milestone}"),))
    return Fact("milestone", data, cite)


def fact_equipment_week(ctx: _Context, top: int = 5) -> Fact:
    """The equipment categories whose last 7 days moved most against their usual week.

    Each day counts its own increment (a stated revision of earlier days is not a loss of
    the week, see ``analysis.streaks.recent_window``); the usual week is 7 × the daily mean
    of the 12 weeks before. Categories are ranked by (week − usual) / √usual, so a jump
    from 5 to 10 does not outrank one from 300 to 450.
    """
    end = ctx.loss_date
    moves = []
    for key in CURRENT_KEYS:
        if key in ("personnel", ctx.category):
            continue
        series = ctx.store.series(key, as_of=ctx.as_of)
        if len(series) < 100 or series.rows[-1].report_date != ctx.report_date:
            continue
        week = recent_window(series, 7, LOSS, end=end)
        before = recent_window(series, 7, LOSS, end=end - 7 * DAY)
        base = recent_window(series, 84, LOSS, end=end - 7 * DAY)
        if base.daily_mean is None or week.days_present < 7:
            continue
        usual = base.daily_mean * 7
        if max(week.total, usual) < 5:
            continue
        totals = custom_period(series, week.start, week.end, LOSS)
        moves.append({
            "category": key, "value": week.total, "usual_week": round(usual, 1),
            "pct_vs_usual": round(100 * (week.total - usual) / usual, 1) if usual else None,
            "previous_week": before.total if before.days_present == 7 else None,
            "change_in_totals": totals.value,
            "includes_corrections": totals.includes_corrections,
            "start": week.start, "end": week.end,
            "score": round((week.total - usual) / max(usual, 1.0) ** 0.5, 2),
        })
    moves.sort(key=lambda m: -abs(m["score"]))
    chosen = moves[:top]
    cmds, reports, sources = [], set(), []
    for m in chosen:
        cmds.append(ctx.cmd(f"losses {m['category']} --from {m['start'] - 84 * DAY} "
                            f"--to {m['end']}"))
        series = ctx.store.series(m["category"], as_of=ctx.as_of)
        edges = ctx.edge_reports(m["start"], m["end"], LOSS, series)
        reports.update(edges)
        sources += [s for s in ctx.sources(*edges, series=series) if s not in sources]
    return Fact("equipment_week", {"moves": chosen, "considered": len(moves)},
                Citation(tuple(sorted(reports)), tuple(sources), "loss", tuple(cmds)))


def fact_findings(ctx: _Context, since: date, equipment: list[str]) -> Fact:
    """Findings that touch the numbers above: corrections, gaps, disagreements, typos."""
    seen: dict[tuple[str, str | None, date | None], dict[str, Any]] = {}
    found = list(ctx.store.findings(category=ctx.category, start=since, end=ctx.report_date))
    week_start = ctx.report_date - 7 * DAY
    for key in equipment:
        found += ctx.store.findings(category=key, start=week_start, end=ctx.report_date)
    for f in sorted(found, key=lambda f: (f.report_date or date.min, f.source is not None)):
        key3 = (f.kind, f.category, f.report_date)
        if key3 not in seen:  # one line per kind/category/day; the consensus one first
            seen[key3] = {"kind": f.kind, "category": f.category, "report_date": f.report_date,
                          "source": f.source, "message": f.message}
    gaps = [{"kind": "missing_reports", "category": ctx.category, "report_date": r.report_date,
             "span_days": r.span_days, "source": None,
             "message": f"{r.span_days - 1} report(s) missing before {r.report_date}"}
            for r in ctx.series.rows if r.span_days > 1 and r.report_date >= since]
    items = sorted([*seen.values(), *gaps], key=lambda x: (x["report_date"], x["category"]))
    # `findings` lists what is stored now (it has no --as-of)
    cmds = (ctx.cmd(f"findings --category {ctx.category} --from {since} "
                    f"--to {ctx.report_date}", as_of=False),
            ctx.cmd(f"findings --from {week_start} --to {ctx.report_date}", as_of=False))
    reports = tuple(sorted({i["report_date"] for i in items if i["report_date"]}))
    return Fact("findings", {"since": since, "items": items},
                Citation(reports, (), "report", cmds))


def build_brief(store: Store, *, category: str = "personnel", as_of: date | None = None) -> Brief:
    """Compute every fact of the brief for ``category`` as known on ``as_of`` (None: now).

    A fact the data cannot support (e.g. too short a record for a forecast) is left out
    and listed in ``skipped`` with the reason, so the rest of the brief still stands.
    """
    get_category(category)
    ctx = _Context(store, category, as_of)
    facts: list[Fact] = []
    skipped: dict[str, str] = {}

    def add(kind: str, make: Any, *args: Any) -> Fact | None:
        try:
            fact: Fact = make(ctx, *args)
        except AttritionError as err:
            skipped[kind] = err.message
            return None
        facts.append(fact)
        return fact

    add("latest", fact_latest)
    add("last_7_days", fact_last_7_days)
    add("month_to_date", fact_month_to_date)
    months = add("complete_months", fact_complete_months)
    add("top_days", fact_top_days)
    trend = add("trend", fact_trend)
    mean = trend.data["daily_mean_7d_trailing"] if trend else None
    if mean:
        add("streaks", fact_streaks, mean)
    add("milestone", fact_milestone)
    equipment = add("equipment_week", fact_equipment_week) if category == "personnel" else None
    since = months.data["months"][0]["start"] + DAY if months else ctx.report_date - 90 * DAY
    eq_keys = [m["category"] for m in equipment.data["moves"]] if equipment else []
    add("findings", fact_findings, since, eq_keys)
    return Brief(category, as_of, ctx.report_date, ctx.loss_date, tuple(facts),
                 data_version(store, as_of), skipped=skipped)
