"""Source objects by name, loaded from their entries in :mod:`attrition.model.roster`.

The roster is the one registry (a plain dict, so it could later come from entry points);
this module only imports a source's module when that source is used.
"""

from __future__ import annotations

from importlib import import_module

from attrition.errors import UsageError
from attrition.model.roster import ROSTER
from attrition.sources.base import Source


def source_names() -> tuple[str, ...]:
    """Return the names of every registered source, in the roster's order."""
    return tuple(ROSTER)


def get_source(name: str) -> Source:
    """Return the source registered as ``name``; raise UsageError for an unknown name."""
    try:
        entry = ROSTER[name]
    except KeyError:
        raise UsageError(
            f"unknown source {name!r}; known: {', '.join(ROSTER)}", input=name
        ) from None
    module, attr = entry.target.split(":")
    source: Source = getattr(import_module(module), attr)
    return source
