"""What the data commands share: opening the store --db names, and the envelope's meta block."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from attrition.cli.render import meta

__all__ = ["log_level_option", "meta", "open_db", "thousands"]

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library import Attrition

log_level_option = click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    default="warning",
    show_default=True,
    help="Log to stderr at this level (info: one line per document).",
)


def open_db(db: str | None) -> Attrition:
    """Open the record the --db option (else $ATTRITION_DB, else the default) names."""
    from attrition.config import load_settings
    from attrition.library import Attrition
    from attrition.store import open_store

    return Attrition(open_store(load_settings(db).db))


def thousands(value: int | None, *, signed: bool = False) -> str:
    """Return ``value`` with thousands separators ("–" for None); ``signed`` adds "+"."""
    if value is None:
        return "–"
    return f"{value:+,}" if signed else f"{value:,}"
