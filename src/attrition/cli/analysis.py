"""`attrition extremes` and `attrition trend`: options → one library call → render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from attrition.cli.options import as_of_option, convention_option, db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import open_db, thousands
from attrition.errors import AttritionError
from attrition.model.dates import DateConvention, parse_date

F = TypeVar("F", bound=Callable[..., Any])


def optional_date(value: str | None, field: str) -> Any:
    """Parse an optional --DATE option (None stays None)."""
    return parse_date(value, field) if value else None


def range_options(func: F) -> F:
    """Apply --from/--to (days under --convention)."""
    for option in (
        click.option("--to", "end", default=None, metavar="DATE", help="Last day."),
        click.option("--from", "start", default=None, metavar="DATE", help="First day."),
    ):
        func = option(func)
    return func


# ---------------------------------------------------------------------------- extremes


@click.command()
@click.argument("category")
@click.option("--top", default=10, show_default=True, type=int, help="How many to list.")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day",
              show_default=True, help="Rank days, complete weeks or complete months.")
@click.option("--include-corrections", is_flag=True,
              help="Rank jumps that contain a stated correction too.")
@click.option("--exclude-coarse/--include-coarse", default=True, show_default=True,
              help="Leave out (default) or rank the coarse early-war estimates (to 2022-04-30).")
@click.option("--rank-of", "rank_of", default=None, metavar="DATE",
              help="Also give the rank of this day and since when it is the highest.")
@click.option("--week-start", type=click.Choice(["mon", "sun"]), default="mon",
              show_default=True, help="First day of a week (--by week).")
@range_options
@convention_option
@as_of_option
@db_option
@json_option
def extremes(
    category: str, top: int, by: str, include_corrections: bool, exclude_coarse: bool,
    rank_of: str | None, week_start: str, start: str | None, end: str | None,
    convention: str, as_of: str | None, db: str | None, as_json: bool,
) -> None:
    """Rank the highest days (or weeks, months) of CATEGORY, with per-year highs.

    Jumps after missing reports are spans, never days. Jumps that contain a stated
    correction are left out and listed with the reason unless --include-corrections.
    The early-war figures (to 2022-04-30) were coarse estimates: they are left out
    unless --include-coarse, and the output says so.

    Example: attrition extremes personnel --from 2024-11-01 --to 2024-11-30 --top 3 --json
    """
    from attrition.cli import calls

    try:
        with open_db(db) as record:
            answer = calls.extremes(
                record, category, top=top, by=by, include_corrections=include_corrections,
                exclude_coarse=exclude_coarse, rank_of=rank_of, week_start=week_start,
                start=start, end=end, convention=convention, as_of=as_of)
    except AttritionError as err:
        fail(err, as_json=as_json)
    label = DateConvention.parse(convention).label
    emit_answer(answer, as_json=as_json,
                text=lambda d: _extremes_text(d, answer.category, label, by))


def _extremes_text(data: dict[str, Any], category: str, label: str, by: str) -> str:
    lines = [f"{category}: highest {by}s; days read as the {label}"]
    for t in data["top"]:
        mark = " (includes a correction)" if t["includes_corrections"] else ""
        mark += " (early-war estimate)" if t["is_coarse"] else ""
        lines.append(f"  {t['rank']:>3}. {t['period']:<12} {t['value']:>10,}{mark}")
    lines.append(f"  ({data['candidates']:,} ranked)")
    if data["excluded"]:
        lines.append("left out:")
        lines += [f"  {e['period']:<12} {thousands(e['value'], signed=True):>10}  {e['reason']}"
                  for e in data["excluded"]]
    lines += [f"note: {n}" for n in data["notes"]]
    if data["yearly_highs"]:
        lines.append("highest day of each year:")
        lines += [f"  {h['start'].year}  {h['period']}  {h['value']:,}"
                  for h in data["yearly_highs"]]
    if r := data["rank_of"]:
        if r["rank"] is None:
            lines.append(f"{r['day']}: not ranked — {r['excluded_reason']}")
        else:
            since = r["highest_since"]
            lines.append(
                f"{r['day']}: {r['value']:,}, rank {r['rank']} of {r['of']:,}; "
                + (f"the highest since {since}" if since else "the highest so far")
            )
    return "\n".join(lines)


# ---------------------------------------------------------------------------- trend


@click.command()
@click.argument("category")
@range_options
@click.option("--since", default=None, metavar="DATE",
              help="Test whether the daily mean has risen since DATE (before/after windows).")
@click.option("--days", default=50, show_default=True, type=int,
              help="Length of the before and after windows of --since.")
@click.option("--method", type=click.Choice(["pelt", "binseg"]), default="pelt",
              show_default=True, help="Change-point search (ruptures, mean-shift model).")
@click.option("--changes", "n_bkps", default=None, type=int,
              help="Ask binseg for exactly this many change points.")
@click.option("--baseline-from", "baseline_start", default=None, metavar="DATE",
              help="Start of the CUSUM baseline (with --baseline-to).")
@click.option("--baseline-to", "baseline_end", default=None, metavar="DATE",
              help="End of the CUSUM baseline; monitoring starts the day after.")
@click.option("--threshold", default=None, type=int,
              help="Also give the longest and current streaks above (and below) N a day.")
@click.option("--window", default=None, type=int,
              help="Also give min/max/mean of the last N days.")
@convention_option
@as_of_option
@db_option
@json_option
def trend(
    category: str, start: str | None, end: str | None, since: str | None, days: int,
    method: str, n_bkps: int | None, baseline_start: str | None, baseline_end: str | None,
    threshold: int | None, window: int | None, convention: str, as_of: str | None,
    db: str | None, as_json: bool,
) -> None:
    """Show rolling means, change points, a CUSUM alarm and "risen since DATE" for CATEGORY.

    Without --from the change points cover the last 180 days. Figures are each day's own
    increment: a stated correction is not read as a surge.

    Example: attrition trend personnel --from 2024-07-01 --to 2024-12-03 --since 2024-10-20 --json
    """
    try:
        with open_db(db) as record:
            answer = record.trend(
                category, convention=convention, start=optional_date(start, "--from"),
                end=optional_date(end, "--to"), since=optional_date(since, "--since"),
                days=days, method=method, n_bkps=n_bkps,
                baseline_start=optional_date(baseline_start, "--baseline-from"),
                baseline_end=optional_date(baseline_end, "--baseline-to"),
                threshold=threshold, window=window, as_of=optional_date(as_of, "--as-of"))
    except AttritionError as err:
        fail(err, as_json=as_json)
    label = DateConvention.parse(convention).label
    emit_answer(answer, as_json=as_json, text=lambda d: _trend_text(d, answer.category, label))


def _trend_text(data: dict[str, Any], category: str, label: str) -> str:
    lines = [f"{category}: trend to {data['last_day']}; days read as the {label}"]
    for name, value in data["rolling_means"].items():
        if "pct_change" not in name:
            lines.append(f"  {name} = {thousands(None if value is None else round(value))}")
    cp = data["change_points"]
    lines.append(
        f"change points {cp['start']} … {cp['end']} ({cp['method']}, {cp['model']}, "
        f"penalty {cp['penalty']}, min {cp['min_size']} days):"
    )
    for c in cp["changes"]:
        lo, hi = c["difference_ci95"]
        lines.append(f"  {c['day']}: {c['mean_before']:,.0f} → {c['mean_after']:,.0f} a day "
                     f"({c['difference']:+,.0f}; 95% {lo:+,.0f} to {hi:+,.0f})")
    if not cp["changes"]:
        lines.append("  none")
    if s := data["mean_shift"]:
        lo, hi = s["difference_ci95"]
        lines.append(
            f"since {s['since']}: {s['mean_after']:,.1f} a day over {s['days_after']} days vs "
            f"{s['mean_before']:,.1f} over the {s['days_before']} before "
            f"({s['difference']:+,.1f}; 95% {lo:+,.1f} to {hi:+,.1f}; one-sided p "
            f"{s['p_value_risen']:.2g}); Theil–Sen slope {s['slope_per_day']:+.2f}/day"
        )
    if c := data["cusum"]:
        if c["detected_on"]:
            lines.append(f"CUSUM vs {c['baseline_start']} … {c['baseline_end']} "
                         f"(mean {c['baseline_mean']:,.0f}): detected {c['detected_on']}, "
                         f"started {c['started_on']}")
        else:
            lines.append(f"CUSUM: no alarm up to {c['monitored_until']}")
    if runs := data["streaks"]:
        for direction, r in runs.items():
            longest, current = r["longest"], r["current"]
            text = (f"{longest['days']} days {longest['start']} … {longest['end']}"
                    if longest else "none")
            now = f"; current {current['days']} days" if current else ""
            lines.append(f"longest run {direction} {r['threshold']:,}: {text}{now}")
    if w := data["recent_window"]:
        lines.append(
            f"last {w['days_expected']} days ({w['start']} … {w['end']}): min "
            f"{thousands(w['min_value'])}, max {thousands(w['max_value'])}, mean "
            f"{w['daily_mean']}"
        )
    return "\n".join(lines)
