"""Datasette metadata for the SQLite record: titles, descriptions, licences, source links.

``attrition export`` writes it as ``metadata.json`` next to the tables; ``datasette
record.sqlite --metadata out/metadata.json`` then shows the views of migration
``0003_views`` with what each column means. Pure: returns a dict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrition.publish.datapackage import SOURCE_NOTES

VIEWS: dict[str, tuple[str, dict[str, str]]] = {
    "losses_daily": (
        "One row per category and report: both dates, the total, both increments",
        {
            "loss_date": "Day the losses happened: the report date minus one day",
            "report_date": "Day the General Staff published the report",
            "total": "Cumulative total since 24 February 2022 (consensus of the sources)",
            "increment_printed": "The report's own '(+N)', as printed (empty when not given)",
            "increment_diff": "Difference of this total and the previous one present",
            "span_days": "Loss days the difference covers (more than 1 after a missing report)",
            "has_correction": "1 when the printed increment and the difference disagree",
            "sources": "Sources that agree on this total",
        },
    ),
    "losses_monthly": (
        "Monthly sums of the differences of totals, under both date conventions",
        {
            "convention": "loss: months of loss dates (the Ministry's monthly totals); "
                          "report: months of publication dates",
            "losses": "Sum of the differences of totals of the month's reports",
            "days_covered": "Loss days those differences cover",
            "includes_corrections": "1 when a difference in the month includes a correction",
        },
    ),
    "findings_open": (
        "What the checks flagged that no stated correction explains",
        {"kind": "e.g. increment_mismatch, total_decreased, missing_days"},
    ),
}


def datasette_metadata(sources: Iterable[str], database: str = "record") -> dict[str, Any]:
    """Return Datasette metadata for the record's database named ``database``."""
    used = [SOURCE_NOTES[s] for s in sorted(set(sources)) if s in SOURCE_NOTES]
    licences = "; ".join(f"{n['title']}: {n['licence']}" for n in used)
    return {
        "title": "attrition — Russia's reported war losses",
        "description": "The daily loss reports of the General Staff of the Armed Forces of "
                       "Ukraine as a verified, provenance-tracked record. A report published "
                       "on day D covers the losses of day D − 1.",
        "license": licences or "figures are the General Staff's",
        "source": ", ".join(n["title"] for n in used) or "General Staff of the AFU",
        "source_url": used[0]["path"] if used else "https://www.zsu.gov.ua/",
        "databases": {
            database: {
                "tables": {
                    name: {"title": title, "description": title, "columns": columns}
                    for name, (title, columns) in VIEWS.items()
                },
            },
        },
    }
