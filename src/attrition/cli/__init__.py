"""The ``attrition`` command group. Commands are imported lazily so start-up stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click

from attrition import __version__

# command name -> "module:function"; each command module holds only option parsing
# and one call into the library.
COMMANDS: dict[str, str] = {
    "ingest": "attrition.cli.ingest:ingest",
    "parse": "attrition.cli.ingest:parse",
    "status": "attrition.cli.query:status",
    "losses": "attrition.cli.query:losses",
    "findings": "attrition.cli.query:findings",
    "check": "attrition.cli.check:check",
    "update": "attrition.cli.update:update",
    "run": "attrition.cli.run:run",
    "extremes": "attrition.cli.analysis:extremes",
    "trend": "attrition.cli.analysis:trend",
    "forecast": "attrition.cli.forecast:forecast",
    "backtest": "attrition.cli.forecast:backtest",
    "brief": "attrition.cli.publish:brief",
    "chart": "attrition.cli.publish:chart",
    "card": "attrition.cli.publish:card",
    "export": "attrition.cli.publish:export",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        command: click.Command = getattr(import_module(module), attr)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="attrition")
def main(**_: Any) -> None:
    """attrition: Russia's reported war losses, from the General Staff's daily reports.

    Example: attrition losses personnel --on 2024-12-03 --json
    """
