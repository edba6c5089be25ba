"""Facts of the brief that are sums over periods: the latest day, the last 7 days, the month
so far, the last complete months, and the week's equipment movements.

Every number comes from :mod:`attrition.analysis.periods` or
:mod:`attrition.analysis.streaks`; this module chooses the windows and cites them.
"""

from __future__ import annotations

from datetime import date

from attrition.analysis.periods import custom_period, period_rows
from attrition.errors import UsageError
from attrition.model.categories import CURRENT_KEYS
from attrition.model.dates import war_day
from attrition.publish.brief_facts import (
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
        series = ctx.store.series(key, as_of=ctx.as_of)
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
        series = ctx.store.series(m["category"], as_of=ctx.as_of)
        edges = ctx.edge_reports(m["start"], m["end"], LOSS, series)
        reports.update(edges)
        sources += [s for s in ctx.sources(*edges, series=series) if s not in sources]
    return Fact("equipment_week", {"moves": chosen, "considered": len(moves)},
                Citation(tuple(sorted(reports)), tuple(sources), "loss", tuple(cmds)))
