"""`attrition compare` and `attrition territory`: options → one library call → render.

The independent counts (Oryx, named dead) and DeepState's territory sit beside the
official series; they never vote in it. Each output names its date conventions.
"""

from __future__ import annotations

from typing import Any

import click

from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import open_db, thousands
from attrition.errors import AttritionError


@click.command()
@click.argument("category")
@click.option("--on", "on", default=None, metavar="DATE",
              help="Compare what each side had published by DATE (default: the latest).")
@click.option("--by", type=click.Choice(["month"]), default=None,
              help="Both series per month (official by loss date, Oryx by snapshot date).")
@click.option("--from", "start", default=None, metavar="DATE", help="First month (--by month).")
@click.option("--to", "end", default=None, metavar="DATE", help="Last month (--by month).")
@click.option("--country", type=click.Choice(["Russia", "Ukraine"]), default="Russia",
              show_default=True, help="Whose Oryx losses (the official series is Russia's).")
@db_option
@json_option
def compare(
    category: str, on: str | None, by: str | None, start: str | None, end: str | None,
    country: str, db: str | None, as_json: bool,
) -> None:
    """Set the official CATEGORY beside an independent count, with the ratio and caveats.

    Equipment categories are compared with Oryx's photo-confirmed losses (types summed
    through the crosswalk); `personnel` with the Mediazona/BBC named dead, each with its
    as-of date (the General Staff counts killed and wounded; names are a lower bound).

    Example: attrition compare tanks --on 2025-07-19 --json
    """
    try:
        with open_db(db) as record:
            if category in ("personnel", "named_deaths"):
                named = record.named_deaths()
                emit_answer(named, as_json=as_json, text=_named_text)
                return
            answer = record.compare(category, on=on, by=by, start=start, end=end,
                                    country=country)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json, text=_compare_text)


def _compare_text(d: dict[str, Any]) -> str:
    lines = [f"{d['category']}: General Staff vs Oryx ({d['country']})"]
    if (p := d["on"]) is not None:
        lines.append(
            f"  by {p['day']}: General Staff {thousands(p['official_total'])} (report of "
            f"{p['official_report_date']}, losses to {p['official_loss_date']}); Oryx "
            f"{thousands(p['independent_total'])} (page seen {p['independent_date']}); ratio "
            f"{p['ratio'] if p['ratio'] is not None else '–'}"
        )
    if d["months"]:
        lines.append(f"  {'month':<8} {'GS change':>10} {'Oryx change':>12} {'GS total':>10} "
                     f"{'Oryx total':>11} {'ratio':>6}")
        for m in d["months"]:
            lines.append(
                f"  {m['month']:<8} {thousands(m['official_change']):>10} "
                f"{thousands(m['independent_change']):>12} {thousands(m['official_total']):>10} "
                f"{thousands(m['independent_total']):>11} "
                f"{m['ratio_total'] if m['ratio_total'] is not None else '–':>6}"
            )
    lines += [f"  dates: {v}" for v in d["conventions"].values()]
    lines += [f"  caveat: {c}" for c in d["caveats"]]
    return "\n".join(lines)


def _named_text(d: dict[str, Any]) -> str:
    lines = ["personnel: General Staff (killed + wounded) vs named dead"]
    for r in d["rows"]:
        value = thousands(r["value"])
        if r["low"] is not None:
            value = f"{thousands(r['low'])}–{thousands(r['high'])} (interval)"
        lines.append(
            f"  {r['as_of_date']}  {r['item']:<22} {value:>20}  General Staff "
            f"{thousands(r['official_personnel'])} (report of {r['official_report_date']})"
        )
    lines += [f"  caveat: {c}" for c in d["caveats"]]
    return "\n".join(lines)


@click.command()
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month",
              show_default=True, help="Change per day, ISO week or month (by map-state date).")
@click.option("--on", "on", default=None, metavar="DATE",
              help="Only the period containing DATE, with its 'largest since' rank.")
@click.option("--from", "start", default=None, metavar="DATE", help="First period.")
@click.option("--to", "end", default=None, metavar="DATE", help="Last period.")
@click.option("--compare", "compare_size", is_flag=True,
              help="With --on: name a place of about the same size (\"≈ Singapore\").")
@db_option
@json_option
def territory(
    by: str, on: str | None, start: str | None, end: str | None, compare_size: bool,
    db: str | None, as_json: bool,
) -> None:
    """Occupied area gained or lost per period (DeepState; areas computed at ingest).

    A period's change is the area the map showed at the end of its last day minus the
    area at the end of the period before (map-state date: a DeepState file dated D
    shows the map as of D−1). Gross gains and losses are given for weeks and months.

    Example: attrition territory --on 2024-11-30 --compare --json
    """
    from attrition.cli import calls

    try:
        with open_db(db) as record:
            answer = calls.territory(record, by=by, on=on, start=start, end=end,
                                     compare_size=compare_size)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json, text=_territory_text)


def _km2(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+,.1f}" if signed else f"{value:,.1f}"


def _territory_text(d: dict[str, Any]) -> str:
    lines = [f"occupied area change per {d['by']} (DeepState; {d['convention']})"]
    for c in d["changes"]:
        gross = (f"  gained {_km2(c['gained_km2'])}, lost {_km2(c['lost_km2'])}"
                 if c["gained_km2"] is not None else "")
        lines.append(f"  {c['period_start']} … {c['period_end']}  {_km2(c['net_km2'], True):>9} km²"
                     f"  ({c['from_date']} → {c['to_date']}){gross}")
    if r := d.get("ranking"):
        since = (f"the largest since {r['largest_since']}" if r["largest_since"]
                 else f"the largest in the stored series (from {r['series_start']})")
        lines.append(f"  rank {r['rank']} of {r['n_periods']}: {since}")
    if s := d.get("size"):
        lines.append(f"  {s['text_en']}  /  {s['text_uk']}")
    return "\n".join(lines)
