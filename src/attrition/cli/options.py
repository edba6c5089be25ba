"""Shared click options, so every command spells them the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

json_option = click.option("--json", "as_json", is_flag=True, help="Print the JSON envelope.")
db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="PATH|URL",
    help="Database file or URL (default: $ATTRITION_DB, else the user data dir).",
)
convention_option = click.option(
    "--convention",
    type=click.Choice(["loss", "report"]),
    default="loss",
    show_default=True,
    help="Date a daily figure carries: the loss date (report date − 1) or the report date.",
)
as_of_option = click.option(
    "--as-of", "as_of", default=None, metavar="DATE", help="Answer with what was known on DATE."
)
