"""The newsroom brief: every fact a story is built from, each with its citation, in words.

``build_brief`` asks the fact builders (:mod:`.figures`, and the findings below) for
each fact; they take every number from :mod:`attrition.analysis` and wrap it in a
:class:`~attrition.publish.brief.facts.Fact` naming the reports it is computed from, the
sources that agree on them, the date convention and the CLI command that reproduces it.
:func:`render_brief` (:mod:`.render`) words it; :mod:`.facts` holds the value types and
:mod:`.sentences`/:mod:`.words` the language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrition.errors import AttritionError
from attrition.model.categories import get_category
from attrition.publish.brief.facts import DAY, Brief, BriefContext, Citation, Fact
from attrition.publish.brief.figures import (
    fact_complete_months,
    fact_equipment_week,
    fact_last_7_days,
    fact_latest,
    fact_milestone,
    fact_month_to_date,
    fact_streaks,
    fact_top_days,
    fact_trend,
    streak_thresholds,
)
from attrition.publish.brief.independent import fact_independent
from attrition.publish.brief.render import render_brief
from attrition.publish.inputs import Record
from attrition.publish.version import data_version

__all__ = [
    "Brief", "Citation", "Fact", "build_brief", "fact_findings", "render_brief", "streak_thresholds",
]


def fact_findings(ctx: BriefContext, since: date, equipment: list[str]) -> Fact:
    """Findings that touch the numbers above: corrections, gaps, disagreements, typos."""
    seen: dict[tuple[str, str | None, date | None], dict[str, Any]] = {}
    found = ctx.record.findings_of(ctx.category, since, ctx.report_date)
    week_start = ctx.report_date - 7 * DAY
    for key in equipment:
        found += ctx.record.findings_of(key, week_start, ctx.report_date)
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


def build_brief(record: Record, *, category: str = "personnel") -> Brief:
    """Compute every fact of the brief for ``category`` as known on the record's ``as_of``.

    A fact the data cannot support (e.g. too short a record for a forecast) is left out
    and listed in ``skipped`` with the reason, so the rest of the brief still stands.
    """
    get_category(category)
    ctx = BriefContext(record, category)
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
    if record.beside is not None:  # apart from the official figures, last
        add("independent", fact_independent)
    return Brief(category, record.as_of, ctx.report_date, ctx.loss_date, tuple(facts),
                 data_version(record), skipped=skipped)
