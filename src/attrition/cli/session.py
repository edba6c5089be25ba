"""What the data commands share: opening the record --db names, and number formatting."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

__all__ = ["log_level_option", "open_db", "thousands"]

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
    """Open the record --db names (else $ATTRITION_DB, else the default): :func:`attrition.open`."""
    from attrition.library import open as open_record

    return open_record(db)


def thousands(value: int | None, *, signed: bool = False) -> str:
    """Return ``value`` with thousands separators ("–" for None); ``signed`` adds "+"."""
    if value is None:
        return "–"
    return f"{value:+,}" if signed else f"{value:,}"
