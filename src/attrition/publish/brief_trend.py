"""Facts of the brief about the shape of the series: highest days, streaks, the trend with
its change point, and the next milestone with its forecast interval.

Numbers come from :mod:`attrition.analysis` (extremes, streaks, trends, changepoints,
forecast); this module picks windows and thresholds and cites the result.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from attrition.analysis.changepoints import change_points
from attrition.analysis.extremes import day_rank, extremes
from attrition.analysis.forecast import forecast, headline_milestone
from attrition.analysis.streaks import streaks
from attrition.analysis.trends import rolling_means
from attrition.errors import AttritionError
from attrition.publish.brief_facts import DAY, LOSS, BriefContext, Citation, Fact


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
    result = forecast(ctx.series, LOSS, milestones=[milestone])
    crossing = asdict(result.crossings[0])
    data = {"milestone": milestone, "last_total": result.last_total,
            "rate_per_day": result.rate_per_day, "method": result.method,
            "method_description": result.method_description,
            "interval_method": result.interval_method, "crossing": crossing}
    cite = Citation((ctx.report_date,), ctx.last.sources, "both",
                    (ctx.cmd(f"forecast {ctx.category} --milestone {milestone}"),))
    return Fact("milestone", data, cite)
