"""The ``attrition`` command group. Commands are imported lazily so start-up stays fast.

``main`` (the click group, :mod:`.group`) is imported on first use, so that this package
imports without click: the console script enters through :func:`console` (:func:`run`
and a fast end), which lets :mod:`.hot` answer the plain ``--json`` forms of the hot
commands without click (the same library call the click command makes), and otherwise
runs ``main``.
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
    "run": "attrition.cli.make_run:run",
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
    """Run the command line (``python -m attrition``; a host process may call it too)."""
    _run()


def console() -> None:
    """The ``attrition`` console script: :func:`run`, then, after a hot answer, end the process at once.

    A hot answer (:mod:`.hot`: ``check FILE``, ``losses``/``extremes``/``territory``/``forecast --json``)
    has printed everything and holds nothing open (the store is closed, check's kept
    patterns are written), so the interpreter's teardown (a last collection, freeing every
    object and module: ~18 ms after checking a long article) is skipped: standard output
    and error are flushed, the ``atexit`` callbacks run, and the process exits with 0. Any
    other command (click) ends the usual way.
    """
    if _run(ending=True):
        _end_now()


def _run(*, ending: bool = False) -> bool:
    """Run the command line; return True when :mod:`.hot` answered it (click did not run).

    A hot answer makes ~10^5 short-lived objects and almost no cycles: the cyclic collector
    is paused from the hot entry's imports on (16 collections, ~8 ms, ran before check's own
    pause began). It is on again for click's commands (``serve`` runs for days), and after
    the answer unless the process is ``ending`` with it (:func:`console`): turning it back
    on starts a collection of everything the answer made (~6 ms after a long article).
    (Not :func:`attrition.model.gc_pause.gc_paused`, which always turns it back on.)
    """
    global _OWN_PROCESS
    import gc

    _OWN_PROCESS = True
    try:
        was_on = gc.isenabled()
        gc.disable()
        answered = False
        try:
            from attrition.cli.hot import answer

            answered = answer(sys.argv[1:])
        finally:
            if was_on and not (answered and ending):
                gc.enable()
        if answered:
            return True
        from attrition.cli.group import main

        main()
        return False
    finally:
        _OWN_PROCESS = False


def _end_now() -> None:
    """End the process with 0 after a printed answer, without tearing the interpreter down.

    What a normal exit does that matters here still happens: the ``atexit`` callbacks run
    and both standard streams are flushed. If a stream cannot be flushed (a closed pipe),
    this returns and the interpreter ends the usual way, reporting it as it always does.
    """
    import atexit
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        os._exit(120)  # what the interpreter exits with when it cannot flush at exit
    os._exit(0)


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
