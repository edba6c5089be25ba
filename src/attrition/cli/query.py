"""`attrition status`, `attrition losses` and `attrition findings`: read the record, print it.

Nothing here imports pandas or numpy: `losses` must start in a few milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click

from attrition.cli.fastpath import row_dict  # shared with the click-free fast path
from attrition.cli.options import as_of_option, convention_option, db_option, json_option
from attrition.cli.render import emit, fail
from attrition.cli.session import meta, open_db, thousands
from attrition.errors import AttritionError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library import Attrition
    from attrition.store.rows import StoredFinding

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------------------- status


def status_data(record: Attrition, now: datetime | None = None) -> dict[str, Any]:
    """Return what the record holds: sources, latest report, counts, findings by kind, freshness."""
    from datetime import UTC

    from attrition.freshness import freshness
    from attrition.model.dates import loss_date
    from attrition.sources import get_source, source_names

    store = record.store
    known = set(source_names())
    sources = []
    for summary in store.sources_summary():
        row = dict(vars(summary))
        row["title"] = get_source(summary.name).title if summary.name in known else None
        sources.append(row)
    latest = store.latest_report_date()
    kinds = Counter(f.kind for f in store.findings())
    return {
        "database": store.url,
        "sources": sources,
        "latest_report_date": latest,
        "latest_loss_date": loss_date(latest) if latest else None,
        "counts": store.counts(),
        "findings_by_kind": dict(sorted(kinds.items())),
        "freshness": freshness({s["name"]: s["last_report_date"] for s in sources},
                               now or datetime.now(UTC)).as_dict(),
    }


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
            data = status_data(record)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit(data, as_json=as_json, text=status_text,
         meta=meta("report", None, (s["name"] for s in data["sources"])))


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
    from attrition.model.categories import lookup_category
    from attrition.model.dates import parse_date

    if by is not None or as_sum:
        from attrition.cli.analysis import emit_periods, load_series

        try:
            if as_sum and (by is not None or not (start and end)):
                raise UsageError("--sum needs --from and --to, and no --by")
            series, when = load_series(db, category, as_of)
            emit_periods(series, by or "custom", convention, on or start, on or end,
                         week_start, when, as_json)
        except AttritionError as err:
            fail(err, as_json=as_json)
        return
    try:
        key = lookup_category(category).key
        when = parse_date(as_of, "--as-of") if as_of else None
        with open_db(db) as record:
            found = record.losses(
                key, on=on, start=start, end=end, convention=convention, as_of=when
            )
    except AttritionError as err:
        fail(err, as_json=as_json)
    rows = [row_dict(r) for r in found]
    emit(
        rows,
        as_json=as_json,
        text=losses_text(rows, key, convention),
        meta=meta(convention, when, (s for r in found for s in r.sources), category=key),
    )


# ---------------------------------------------------------------------------- findings


def finding_row(found: StoredFinding) -> dict[str, Any]:
    """Return one stored finding as a JSON-ready dict."""
    return {
        "id": found.id,
        "kind": found.kind,
        "category": found.category,
        "report_date": found.report_date,
        "source": found.source,
        "message": found.message,
        "details": found.details,
        "recorded_at": found.recorded_at,
    }


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
    from attrition.model.categories import lookup_category
    from attrition.model.dates import parse_date

    try:
        key = lookup_category(category).key if category else None
        first: date | None = parse_date(start, "--from") if start else None
        last: date | None = parse_date(end, "--to") if end else None
        with open_db(db) as record:
            stored = record.store.findings(kind=kind, category=key, start=first, end=last)
    except AttritionError as err:
        fail(err, as_json=as_json)
    rows = [finding_row(f) for f in stored]
    emit(rows, as_json=as_json, text=findings_text(rows),
         meta=meta("report", None, (r["source"] for r in rows if r["source"]), count=len(rows)))
