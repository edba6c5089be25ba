"""The click group behind ``attrition``: commands are imported only when one is used.

Re-exported as :data:`attrition.cli.main` (import it from there); the console script
enters through :func:`attrition.cli.run`, which may answer before click is imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click

from attrition import __version__
from attrition.cli import COMMANDS


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
