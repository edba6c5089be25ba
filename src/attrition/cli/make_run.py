"""`attrition run`: what `make run` does on a fresh machine — bring the record up to date, then show.

With ATTRITION_IMPORT naming a file or folder, that is ingested; otherwise every live
source is asked once (as `attrition update`), and when none answers the command says
how to import files instead. Then it prints the status and the latest figure of every
current category.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from attrition.cli.ingest import ingest_text
from attrition.cli.options import db_option, json_option
from attrition.cli.query import status_text
from attrition.cli.render import emit, fail
from attrition.cli.session import log_level_option, open_db, thousands
from attrition.errors import AttritionError
from attrition.library.results import envelope_meta

if TYPE_CHECKING:  # pragma: no cover
    from attrition.config import Settings
    from attrition.library import Attrition

NO_NETWORK = (
    "No live source could be reached (no network?), so nothing was fetched.{reason}\n"
    "To import the published history from files instead:\n"
    "  ATTRITION_IMPORT=../shared/data make run\n"
    "or\n"
    "  attrition ingest PATH..."
)


def latest_figures(record: Attrition) -> list[dict[str, Any]]:
    """Return the latest consensus row of every current category (none if never reported)."""
    from attrition.model.categories import CURRENT_KEYS

    rows = []
    for key in CURRENT_KEYS:
        rows += record.losses(key).to_dict()
    return rows


def latest_text(rows: list[dict[str, Any]]) -> str:
    """Return the latest figures as a table, with report and loss dates."""
    if not rows:
        return "latest figures: none (the record is empty)"
    lines = [
        "latest figures (total, and the increase on the loss date):",
        f"  {'category':<20} {'report_date':<11}  {'loss_date':<10}  {'total':>11}  "
        f"{'printed':>8}  {'diff':>8}",
    ]
    for row in rows:
        about = "~" if row["is_approximate"] else " "
        lines.append(
            f"  {row['category']:<20} {row['report_date']!s:<11}  {row['loss_date']!s:<10}  "
            f"{about}{row['total']:>10,}  {thousands(row['increment_printed'], signed=True):>8}  "
            f"{thousands(row['increment_diff'], signed=True):>8}"
        )
    return "\n".join(lines)


def _live(record: Attrition, settings: Settings, data: dict[str, Any]) -> list[str]:
    """Try every live source once; return the lines to print and fill ``data``."""
    from attrition.cli.update import update_text

    answer = record.update(default_base_url=settings.base_url, user_agent=settings.user_agent,
                           timeout_s=settings.timeout_s, attempts=1)
    result = answer.result
    summary = answer.to_dict()
    data["update"] = summary
    if not any(o.ok for o in result.outcomes):
        data["live_fetch"] = "unreachable"
        first = result.errors[0] if result.errors else None
        reason = f"\nFirst error: {first}" if first else ""
        return [NO_NETWORK.format(reason=reason)]
    data["live_fetch"] = "ok" if result.ok else "partial"
    return [update_text(summary)]


@click.command()
@db_option
@log_level_option
@json_option
def run(db: str | None, log_level: str, as_json: bool) -> None:
    """Bring the record up to date, then show its status and latest figures.

    If ATTRITION_IMPORT names a file or folder it is ingested first (re-running is a
    no-op). Otherwise the live sources are asked (as `attrition update` does, with one
    try each); when none can be reached it says so and how to import files instead.

    Example: ATTRITION_IMPORT=../shared/data attrition run
    """
    from attrition.library.base import settings as load_settings
    from attrition.log import configure_logging

    configure_logging(log_level)
    try:
        settings = load_settings(db)
    except AttritionError as err:
        fail(err, as_json=as_json)
    texts: list[str] = []
    data: dict[str, Any] = {"import_path": settings.import_path, "ingest": None}
    try:
        with open_db(settings.db) as record:
            if settings.import_path:
                result = record.ingest([settings.import_path])
                data["ingest"] = result.to_dict()
                texts.append(f"imported {settings.import_path}")
                texts.append(ingest_text(result, max_skipped=5))
            else:
                texts += _live(record, settings, data)
            data["status"] = record.status().to_dict()
            data["latest"] = latest_figures(record)
    except AttritionError as err:
        fail(err, as_json=as_json)
    texts += ["", status_text(data["status"]), "", latest_text(data["latest"])]
    sources = (s["name"] for s in data["status"]["sources"])
    emit(data, as_json=as_json, text="\n".join(texts), meta=envelope_meta("loss", None, sources))
