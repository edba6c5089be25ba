"""`attrition status`, `attrition losses` and `attrition findings`: read the record, print it.

Nothing here imports pandas or numpy: `losses` must start in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from attrition.cli.options import as_of_option, convention_option, db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import open_db, thousands
from attrition.errors import AttritionError
from attrition.model.dates import DateConvention, parse_date

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------------------- status


def status_text(data: dict[str, Any]) -> str:
    """Return the text form of `status`."""
    lines = [f"database {data['database']}"]
    if data["latest_report_date"]:
        lines.append(
            f"latest report {data['latest_report_date']} (losses of {data['latest_loss_date']})"
        )
    else:
        lines.append("no reports yet — import some: attrition ingest PATH")
    fresh = data.get("freshness") or {}
    if fresh.get("age_days") is not None:
        lines.append(f"newest data is {fresh['age_days']} day(s) old (Kyiv date {fresh['today']})")
    if fresh.get("warning"):
        lines.append(f"warning: {fresh['warning']}")
    lines.append("sources:")
    for src in data["sources"]:
        fetched = src["last_fetched_at"].date() if src["last_fetched_at"] else "–"
        lines.append(
            f"  {src['name']:<14} {src['report_days']:>5,} report days "
            f"{src['first_report_date'] or '–'} … {src['last_report_date'] or '–'}; "
            f"{src['documents']} document(s), last fetched {fetched}"
        )
    if not data["sources"]:
        lines.append("  (none)")
    if data.get("independent"):
        lines.append("independent counts and territory (never vote in the official record):")
        for row in data["independent"]:
            lines.append(f"  {row['source']:<10} {row['series']:<15} {row['rows']:>7,} rows "
                         f"{row['first'] or '–'} … {row['last'] or '–'}; "
                         f"{row['documents']} document(s)")
    for held in data.get("held_back", []):
        lines.append(f"held back (unconfirmed decrease): {held['message']}")
    lines.append("counts: " + ", ".join(f"{k} {v:,}" for k, v in data["counts"].items()))
    kinds = data["findings_by_kind"]
    lines.append(
        "findings: " + (", ".join(f"{k} {v:,}" for k, v in kinds.items()) if kinds else "none")
    )
    return "\n".join(lines)


@click.command()
@db_option
@json_option
def status(db: str | None, as_json: bool) -> None:
    """Show what the record holds: sources, latest report, counts and findings by kind.

    Example: attrition status --json
    """
    try:
        with open_db(db) as record:
            answer = record.status()
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json, text=status_text)


# ---------------------------------------------------------------------------- losses


def losses_text(rows: list[dict[str, Any]], category: str, convention: str) -> str:
    """Return the text table of `losses`, headed by the convention it was read under."""
    dated = "loss date (report date − 1)" if convention == "loss" else "report date"
    lines = [f"{category}; dates read as the {dated}"]
    if not rows:
        lines.append("no consensus figure for that date or span")
        return "\n".join(lines)
    lines.append(
        f"{'loss_date':<10}  {'report_date':<11}  {'total':>11}  {'printed':>8}  "
        f"{'diff':>8}  span  sources"
    )
    for row in rows:
        about = "~" if row["is_approximate"] else " "
        mark = " (correction)" if row["has_correction"] else ""
        others = {s: v for s, v in row["values"].items() if s not in row["sources"]}
        if others:
            mark += "; disagreeing: " + ", ".join(f"{s} {v:,}" for s, v in others.items())
        lines.append(
            f"{row['loss_date']!s:<10}  {row['report_date']!s:<11}  {about}{row['total']:>10,}  "
            f"{thousands(row['increment_printed'], signed=True):>8}  "
            f"{thousands(row['increment_diff'], signed=True):>8}  {row['span_days']:>4}  "
            f"{', '.join(row['sources'])}{mark}"
        )
    return "\n".join(lines)


def losses_options(func: F) -> F:
    """Apply the date options of `losses` (one place, so --by etc. can be added beside them)."""
    for option in reversed(
        (
            click.option("--on", "on", default=None, metavar="DATE", help="One day."),
            click.option("--from", "start", default=None, metavar="DATE", help="First day."),
            click.option("--to", "end", default=None, metavar="DATE", help="Last day."),
            convention_option,
            as_of_option,
            click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]),
                         default=None, help="Sum over periods (with --from/--to)."),
            click.option("--week-start", type=click.Choice(["mon", "sun"]), default="mon",
                         show_default=True, help="First day of a week for --by week."),
            click.option("--sum", "as_sum", is_flag=True,
                         help="One sum over --from..--to (a custom period)."),
        )
    ):
        func = option(func)
    return func


@click.command()
@click.argument("category")
@losses_options
@db_option
@json_option
def losses(
    category: str,
    on: str | None,
    start: str | None,
    end: str | None,
    convention: str,
    as_of: str | None,
    by: str | None,
    week_start: str,
    as_sum: bool,
    db: str | None,
    as_json: bool,
) -> None:
    """Show the consensus figures of CATEGORY on a day or over a span (else the latest).

    CATEGORY is a key or an alias (personnel, tanks, "air defense", ББМ...). Dates are
    read under --convention: with the default `loss`, --on 2024-12-02 is the report
    published on 2024-12-03. Each row has the total, the printed increment, the
    difference of totals, the days it spans and the sources that agree. --by sums
    days, weeks, months, quarters or years, saying how complete each period is; --sum
    gives one sum over --from..--to ("the last 7 days").

    Example: attrition losses personnel --on 2024-12-02 --json
    """
    from attrition.cli import calls

    try:
        with open_db(db) as record:
            found = calls.losses(record, category, on=on, start=start, end=end,
                                 convention=convention, as_of=as_of, by=by,
                                 week_start=week_start, as_sum=as_sum)
    except AttritionError as err:
        fail(err, as_json=as_json)
    if by is None and not as_sum:
        text = lambda rows: losses_text(rows, found.category, convention)  # noqa: E731
    else:
        text = lambda rows: periods_text(rows, found.category, convention, by or "custom")  # noqa: E731
    emit_answer(found, as_json=as_json, text=text)


def periods_text(rows: Sequence[dict[str, Any]], category: str, convention: str, by: str) -> str:
    """Return the text table of `losses --by`/`--sum`."""
    head = "one sum over the range" if by == "custom" else f"by {by}"
    label = DateConvention.parse(convention).label
    lines = [f"{category}, {head}; days read as the {label}"]
    lines.append(f"{'period':<24} {'value':>10}  {'days':>7}  {'vs previous':>12}  "
                 f"{'vs last year':>12}  notes")
    for r in rows:
        notes = []
        if not r["complete"]:
            notes.append("incomplete")
        if r["includes_corrections"]:
            notes.append("includes a correction")
        if r["includes_coarse"]:
            notes.append("early-war estimates")
        lines.append(
            f"{r['period']:<24} {thousands(r['value']):>10}  "
            f"{r['days_present']:>3}/{r['days_expected']:<3}  "
            f"{thousands(r['change_vs_previous'], signed=True):>12}  "
            f"{thousands(r['change_vs_last_year'], signed=True):>12}  {', '.join(notes)}"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------------- findings


def findings_text(rows: list[dict[str, Any]]) -> str:
    """Return one line per finding."""
    if not rows:
        return "no findings"
    return "\n".join(
        f"{row['report_date'] or '-'!s:<10}  {row['kind']:<22} {row['category'] or '-':<18} "
        f"{row['source'] or 'consensus':<14} {row['message']}"
        for row in rows
    )


@click.command()
@click.option("--kind", default=None, metavar="KIND", help="Only this kind (e.g. increment_mismatch).")
@click.option("--category", default=None, metavar="CATEGORY", help="Only this category (key or alias).")
@click.option("--from", "start", default=None, metavar="DATE", help="First report date.")
@click.option("--to", "end", default=None, metavar="DATE", help="Last report date.")
@db_option
@json_option
def findings(
    kind: str | None,
    category: str | None,
    start: str | None,
    end: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """List what the checks flagged: disagreements, mismatched increments, gaps, typos.

    --from/--to are report dates. Kinds include disagreement, increment_mismatch,
    total_decreased, missing_days, not_multiple_of_10 and source_shrank.

    Example: attrition findings --kind increment_mismatch --category personnel
    """
    try:
        first = parse_date(start, "--from") if start else None
        last = parse_date(end, "--to") if end else None
        with open_db(db) as record:
            found = record.findings(kind=kind, category=category, start=first, end=last)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(found, as_json=as_json, text=findings_text)
