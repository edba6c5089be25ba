"""The newsroom brief as data: every fact a story is built from, each with its citation.

``build_brief`` asks the fact builders (:mod:`.brief_periods`, :mod:`.brief_trend` and
the findings below) for each fact; they take every number from :mod:`attrition.analysis`
and wrap it in a :class:`~attrition.publish.brief_facts.Fact` naming the reports it is
computed from, the sources that agree on them, the date convention and the CLI command
that reproduces it. Wording lives in :mod:`attrition.publish.brief_text`; this module
holds no language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrition.errors import AttritionError
from attrition.model.categories import get_category
from attrition.publish.brief_facts import DAY, Brief, BriefContext, Citation, Fact
from attrition.publish.brief_periods import (
    fact_complete_months,
    fact_equipment_week,
    fact_last_7_days,
    fact_latest,
    fact_month_to_date,
)
from attrition.publish.brief_trend import (
    fact_milestone,
    fact_streaks,
    fact_top_days,
    fact_trend,
    streak_thresholds,
)
from attrition.publish.version import data_version
from attrition.store import Store

__all__ = ["Brief", "Citation", "Fact", "build_brief", "fact_findings", "streak_thresholds"]


def fact_findings(ctx: BriefContext, since: date, equipment: list[str]) -> Fact:
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
    ctx = BriefContext(store, category, as_of)
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
