"""`attrition forecast` and `attrition backtest`: options → one library call → render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from attrition.cli import calls
from attrition.cli.analysis import optional_date
from attrition.cli.options import as_of_option, convention_option, db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import open_db
from attrition.errors import AttritionError, UsageError
from attrition.model.dates import DateConvention

F = TypeVar("F", bound=Callable[..., Any])


def _method_option(func: F) -> F:
    from attrition.library import DEFAULT_METHOD, METHOD_NAMES

    return click.option(
        "--method", type=click.Choice(list(METHOD_NAMES)), default=DEFAULT_METHOD,
        show_default=True, help="Daily-rate method (see docs/forecast.md).",
    )(func)


@click.command()
@click.argument("category")
@click.option("--milestone", "milestones", multiple=True, type=int, metavar="N",
              help="A total to forecast (repeatable); default: the next round numbers.")
@click.option("--on", "on", multiple=True, metavar="DATE",
              help="Also give the expected total on this report date (repeatable).")
@_method_option
@convention_option
@as_of_option
@db_option
@json_option
def forecast(
    category: str, milestones: tuple[int, ...], on: tuple[str, ...], method: str,
    convention: str, as_of: str | None, db: str | None, as_json: bool,
) -> None:
    """Forecast when CATEGORY reaches a milestone, with 50/80/95% intervals.

    A milestone already reached gives the report and loss date it was crossed on. The
    method is chosen per category by a rolling-origin backtest (--method auto) and the
    intervals are calibrated on its own past errors; each date carries that backtest's
    score for its horizon and is marked indicative where it was poor or more than 120
    days ahead. --as-of forecasts with what was known then.

    Example: attrition forecast personnel --milestone 1500000 --as-of 2026-06-01 --json
    """
    try:
        with open_db(db) as record:
            answer = calls.forecast(record, category, milestones=milestones, on=on, method=method,
                                    convention=convention, as_of=as_of)
    except AttritionError as err:
        fail(err, as_json=as_json)
    label = DateConvention.parse(convention).label
    emit_answer(answer, as_json=as_json, text=lambda d: _forecast_text(d, label))


def _score_words(score: dict[str, Any] | None, days: int) -> str:
    """Return the backtest score sentence of a forecast ``days`` ahead."""
    if score is None:
        return f"no backtest this far ahead ({days} days): indicative only"
    from attrition.library import HorizonScore

    return HorizonScore(**score).sentence()


def _rate_words(per_day: float) -> str:
    """Return a daily rate in words: per year under 0.1 a day (ships: not "0.00/day")."""
    if 0 < per_day < 0.1:
        return f"{per_day * 365:.1f}/year"
    return f"{per_day:,.{1 if per_day >= 10 else 2}f}/day"


def _forecast_text(d: dict[str, Any], label: str) -> str:
    lines = [
        f"{d['category']}: {d['last_total']:,} in the report of {d['as_of']}; rate "
        f"{_rate_words(d['rate_per_day'])} ({d['method']}); "
        f"intervals dated by the {label}"
    ]
    for c in d["crossings"]:
        m = f"{c['milestone']:,}"
        if c["status"] == "crossed":
            lines.append(f"  {m}: reached in the report of {c['report_date']} "
                         f"(losses of {c['loss_date']})")
        elif c["status"] == "beyond_horizon":
            lines.append(f"  {m}: not within two years at the current rate")
        else:
            lo, hi = c["interval_80"] or ("after two years", None)
            lines.append(
                f"  {m}: report of {c['report_date']} (losses of {c['loss_date']}), "
                f"{c['days_ahead']} days ahead; 80%: {lo} … {hi or 'later'}"
                + ("  [indicative]" if c["is_indicative"] else "")
            )
            lines.append(f"      {_score_words(c['score'], c['days_ahead'])}")
    for e in d["expected"]:
        lo, hi = e["interval_80"]
        lines.append(f"  total in the report of {e['report_date']}: {e['point']:,} "
                     f"(80%: {lo:,} … {hi:,})" + ("  [indicative]" if e["is_indicative"] else ""))
    return "\n".join(lines)


# ---------------------------------------------------------------------------- backtest


@click.command()
@click.argument("category", required=False)
@click.option("--all", "all_categories", is_flag=True,
              help="Backtest every category at its default step (one table each).")
@click.option("--step", default=None, type=int,
              help="Milestones are multiples of N (default: the forecast's round-number step).")
@_method_option
@click.option("--from", "start", default="2023-01-02", show_default=True, metavar="DATE",
              help="First origin (report date); origins are weekly.")
@as_of_option
@db_option
@json_option
def backtest(
    category: str | None, all_categories: bool, step: int | None, method: str, start: str,
    as_of: str | None, db: str | None, as_json: bool,
) -> None:
    """Backtest milestone forecasts of CATEGORY (or --all) from weekly origins, no look-ahead.

    Every multiple of --step first reached 1–120 days after an origin is a case. Rows
    per horizon bucket: cases, mae_days, median_ae_days, bias_days, coverage_80,
    coverage_95 and interval_score_80. Dates are report dates. At every origin the
    forecast sees only the reports up to it; --method auto chooses among the methods
    by the backtest known then.

    Example: attrition backtest personnel --step 50000 --json
    """
    try:
        if all_categories == bool(category):
            raise UsageError("give a CATEGORY or --all (not both)", input=category or "")
        if all_categories and step:
            raise UsageError("--step applies to one category; --all uses each default step",
                             input=str(step))
        first = optional_date(start, "--from")
        when = optional_date(as_of, "--as-of")
        with open_db(db) as record:
            answer: Any
            if all_categories:
                answer = _with_progress(lambda cb: record.backtest_all(
                    method=method, start=first, as_of=when, progress=cb), quiet=as_json)
            else:
                answer = _with_progress(lambda cb: record.backtest(
                    category or "", step=step, method=method, start=first, as_of=when,
                    progress=cb), quiet=as_json)
    except AttritionError as err:
        fail(err, as_json=as_json)
    if all_categories:
        emit_answer(answer, as_json=as_json, text=lambda r: "\n\n".join(
            [_backtest_text([b for b in r if b["category"] == a.backtest.category],
                            a.backtest.category, a.backtest.method, a.backtest.step,
                            a.backtest.chosen) for a in answer.backtests]
            + [f"{c}: not backtested: {why}" for c, why in answer.skipped.items()]))
        return
    result = answer.backtest
    emit_answer(answer, as_json=as_json, text=lambda r: _backtest_text(
        r, result.category, method, result.step, result.chosen))


def _with_progress(run: Callable[[Callable[[int, int], None]], Any], quiet: bool = False
                   ) -> Any:
    """Run ``run(callback)`` under a rich progress bar on stderr (none when ``quiet``)."""
    if quiet:
        return run(lambda done, total: None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("backtest"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("origins", total=None)

        def callback(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(callback)


def _backtest_text(rows: list[dict[str, Any]], category: str, method: str, step: int,
                   chosen: dict[str, int] | None = None) -> str:
    picked = (" (chosen: " + ", ".join(f"{m} ×{n}" for m, n in sorted(chosen.items())) + ")"
              if chosen and method == "auto" else "")
    lines = [f"{category}: {method}{picked}, milestones every {step:,}; errors in days "
             "(report dates)",
             f"{'bucket':<8} {'cases':>6} {'MAE':>7} {'median':>7} {'bias':>7} "
             f"{'cov80':>6} {'cov95':>6} {'IS80':>8}"]
    for r in rows:
        if not r["cases"]:
            lines.append(f"{r['bucket']:<8} {0:>6}")
            continue
        lines.append(
            f"{r['bucket']:<8} {r['cases']:>6} {r['mae_days']:>7.2f} {r['median_ae_days']:>7.1f} "
            f"{r['bias_days']:>+7.2f} {r['coverage_80']:>6.1%} {r['coverage_95']:>6.1%} "
            f"{r['interval_score_80']:>8.1f}"
        )
    return "\n".join(lines)
