"""Source registry: name → Source object. A plain dict, so it could later come from entry points."""

from __future__ import annotations

from importlib import import_module

from attrition.errors import UsageError
from attrition.sources.base import Source

# name -> "module:attribute"; modules are imported only when a source is used.
_REGISTRY: dict[str, str] = {
    "gs_text": "attrition.sources.gs_text:SOURCE",
    "petroivaniuk": "attrition.sources.petroivaniuk:SOURCE",
    "lod_db": "attrition.sources.lod_db:SOURCE",
    "minfin": "attrition.sources.minfin:SOURCE",
    "russianwarship": "attrition.sources.russianwarship:SOURCE",
    "telegram": "attrition.sources.telegram:SOURCE",
    "mod_site": "attrition.sources.mod_site:SOURCE",
}


def source_names() -> tuple[str, ...]:
    """Return the names of every registered source."""
    return tuple(_REGISTRY)


def get_source(name: str) -> Source:
    """Return the source registered as ``name``; raise UsageError for an unknown name."""
    try:
        target = _REGISTRY[name]
    except KeyError:
        raise UsageError(
            f"unknown source {name!r}; known: {', '.join(_REGISTRY)}", input=name
        ) from None
    module, attr = target.split(":")
    source: Source = getattr(import_module(module), attr)
    return source
