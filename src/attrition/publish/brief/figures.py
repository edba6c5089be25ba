"""The numbers of every fact of the brief, each with its citation.

Period facts: the latest day, the last 7 days, the month so far, the last complete
months and the week's equipment movements. Shape facts: the highest days, streaks, the
trend with its change point, and the next milestone with its forecast interval. Every
number comes from :mod:`attrition.analysis`; this module chooses the windows and
thresholds and cites the result.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from attrition.analysis.changepoints import change_points
from attrition.analysis.extremes import day_rank, extremes
from attrition.analysis.forecast import forecast, headline_milestone
from attrition.analysis.forecast_methods import DEFAULT_METHOD
from attrition.analysis.periods import custom_period, period_rows
from attrition.analysis.streaks import streaks
from attrition.analysis.trends import rolling_means
from attrition.errors import AttritionError, UsageError
from attrition.model.categories import CURRENT_KEYS
from attrition.model.dates import war_day
from attrition.publish.brief.facts import (
    DAY,
    LOSS,
    REPORT,
    BriefContext,
    Citation,
    Fact,
    month_end,
    month_start,
    period_dict,
)


def fact_latest(ctx: BriefContext) -> Fact:
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


def fact_last_7_days(ctx: BriefContext) -> Fact:
    """The last 7 loss days against the 7 before (the same window by report date)."""
    end = ctx.loss_date
    week = custom_period(ctx.series, end - 6 * DAY, end, LOSS)
    prev = custom_period(ctx.series, end - 13 * DAY, end - 7 * DAY, LOSS)
    data = {
        "current": period_dict(week), "previous": period_dict(prev),
        "report_start": week.start + DAY, "report_end": week.end + DAY,
        "daily_mean": round(week.value / 7, 1) if week.value is not None else None,
        "change": week.change_vs_previous, "pct_change": week.pct_change_vs_previous,
    }
    reports = ctx.edge_reports(prev.start, week.end, LOSS)
    reports = tuple(sorted({*reports, *ctx.edge_reports(week.start, week.end, LOSS)}))
    cite = Citation(reports, ctx.sources(*reports), "both",
                    (ctx.cmd(f"losses {ctx.category} --from {week.start} --to {week.end} --sum"),))
    return Fact("last_7_days", data, cite)


def fact_month_to_date(ctx: BriefContext) -> Fact:
    """The month so far by loss date, against the same days of earlier months; by report date too."""
    end = ctx.loss_date
    first = month_start(end)
    now = custom_period(ctx.series, first, end, LOSS)
    earlier = []
    for back in (1, 2, 3, 12):
        start = month_start(first, back)
        stop = min(start + (end - first), month_end(start))
        if start < ctx.series.rows[0].loss_date + DAY:
            continue
        earlier.append(period_dict(custom_period(ctx.series, start, stop, LOSS)))
    rfirst = month_start(ctx.report_date)
    by_report = custom_period(ctx.series, rfirst, ctx.report_date, REPORT)
    data = {"loss": period_dict(now), "earlier": earlier, "report": period_dict(by_report)}
    reports = sorted({*ctx.edge_reports(first, end, LOSS),
                      *ctx.edge_reports(rfirst, ctx.report_date, REPORT)})
    cmds = [ctx.cmd(f"losses {ctx.category} --by month --from {first} --to {end}"),
            ctx.cmd(f"losses {ctx.category} --by month --convention report "
                    f"--from {rfirst} --to {ctx.report_date}")]
    cmds += [ctx.cmd(f"losses {ctx.category} --from {e['start']} --to {e['end']} --sum")
             for e in earlier]
    return Fact("month_to_date", data, Citation(tuple(reports), ctx.sources(*reports), "both",
                                                tuple(cmds)))


def fact_complete_months(ctx: BriefContext, count: int = 3) -> Fact:
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
        item = period_dict(row)
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


def fact_equipment_week(ctx: BriefContext, top: int = 5) -> Fact:
    """The equipment categories whose last 7 days moved most against their usual week.

    The week's figure is the one week figure, by difference of totals
    (:func:`attrition.analysis.periods.custom_period`), flagged when a jump in it contains
    a stated revision; the usual week is 7 × the daily figure of the 12 weeks before.
    Categories are ranked by (week − usual) / √usual, so a jump from 5 to 10 does not
    outrank one from 300 to 450.
    """
    end = ctx.loss_date
    moves = []
    for key in CURRENT_KEYS:
        if key in ("personnel", ctx.category):
            continue
        series = ctx.record.series[key]
        if len(series) < 100 or series.rows[-1].report_date != ctx.report_date:
            continue
        week = custom_period(series, end - 6 * DAY, end, LOSS)
        before = custom_period(series, end - 13 * DAY, end - 7 * DAY, LOSS)
        base = custom_period(series, end - 90 * DAY, end - 7 * DAY, LOSS)
        if week.value is None or week.days_present < 7 or not base.value or not base.days_present:
            continue
        usual = base.value / base.days_present * 7
        if max(week.value, usual) < 5:
            continue
        moves.append({
            "category": key, "value": week.value, "usual_week": round(usual, 1),
            "pct_vs_usual": round(100 * (week.value - usual) / usual, 1) if usual else None,
            "previous_week": before.value if before.complete else None,
            "includes_corrections": week.includes_corrections,
            "start": week.start, "end": week.end,
            "score": round((week.value - usual) / max(usual, 1.0) ** 0.5, 2),
        })
    moves.sort(key=lambda m: -abs(m["score"]))
    chosen = moves[:top]
    cmds: list[str] = []
    reports: set[date] = set()
    sources: list[str] = []
    for m in chosen:
        cmds.append(ctx.cmd(f"losses {m['category']} --from {m['start'] - 84 * DAY} "
                            f"--to {m['end']}"))
        series = ctx.record.series[m["category"]]
        edges = ctx.edge_reports(m["start"], m["end"], LOSS, series)
        reports.update(edges)
        sources += [s for s in ctx.sources(*edges, series=series) if s not in sources]
    return Fact("equipment_week", {"moves": chosen, "considered": len(moves)},
                Citation(tuple(sorted(reports)), tuple(sources), "loss", tuple(cmds)))


def fact_top_days(ctx: BriefContext, top: int = 3) -> Fact:
    """The top days of the last 30 and 90 days and of the war, and where the latest day ranks."""
    end = ctx.loss_date
    windows: list[dict[str, Any]] = []
    cmds: list[str] = []
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


def fact_streaks(ctx: BriefContext, mean_7d: float) -> Fact:
    """Current and longest runs of days above round thresholds near the recent mean."""
    runs: list[dict[str, Any]] = []
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


def fact_trend(ctx: BriefContext) -> Fact:
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


def fact_milestone(ctx: BriefContext) -> Fact:
    """When the next headline round number is expected, with 50/80/95% intervals."""
    milestone = headline_milestone(ctx.last.total)
    result = forecast(ctx.series, LOSS, milestones=[milestone], method=DEFAULT_METHOD,
                      calibration=ctx.record.calibration(ctx.series))
    crossing = asdict(result.crossings[0])
    data = {"milestone": milestone, "last_total": result.last_total,
            "rate_per_day": result.rate_per_day, "method": result.method,
            "method_description": result.method_description,
            "interval_method": result.interval_method, "crossing": crossing}
    cite = Citation((ctx.report_date,), ctx.last.sources, "both",
                    (ctx.cmd(f"forecast {ctx.category} --milestone {milestone}"),))
    return Fact("milestone", data, cite)
