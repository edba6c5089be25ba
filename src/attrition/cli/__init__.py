"""The ``attrition`` command group. Commands are imported lazily so start-up stays fast.

``main`` (the click group, :mod:`.group`) is imported on first use, so that this package
imports without click: the console script enters through :func:`run`, which lets
:mod:`.hot` answer the plain ``--json`` forms of the hot commands without click (the
same library call the click command makes), and otherwise runs ``main``.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.cli.group import LazyGroup as LazyGroup
    from attrition.cli.group import main as main

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
    "serve": "attrition.cli.serve:serve",
    "site": "attrition.cli.serve:site",
    "compare": "attrition.cli.independent:compare",
    "territory": "attrition.cli.independent:territory",
}


_OWN_PROCESS = False  # True while run() serves the command line this process started for


def run() -> None:
    """Run the command line (the ``attrition`` console script and ``python -m attrition``)."""
    global _OWN_PROCESS
    from attrition.cli.hot import answer

    _OWN_PROCESS = True
    try:
        if answer(sys.argv[1:]):
            return
        from attrition.cli.group import main

        main()
    finally:
        _OWN_PROCESS = False


def own_process() -> bool:
    """Return whether the running command is the one this process was started for.

    True under :func:`run` (the console script, ``python -m attrition``): the process's
    start-up is then part of the command, and ``update`` counts its deadline from it.
    False when a host process invokes a command (click's test runner, a notebook): its
    age says nothing about the command, whose deadline counts from the call.
    """
    return _OWN_PROCESS


def __getattr__(name: str) -> Any:
    if name in ("main", "LazyGroup"):
        from attrition.cli import group

        return getattr(group, name)
    raise AttributeError(f"module 'attrition.cli' has no attribute {name!r}")
