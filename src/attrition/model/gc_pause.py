"""Pausing the cyclic garbage collector around work that makes many short-lived objects without cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk write (or a whole ingest, or a check).

    A bulk history makes ~10^5 short-lived tuples and dicts that hold no cycles; letting
    the collector walk them repeatedly costs ~15 % of a full-history load. It is
    re-enabled (only if it was on) however the block ends; nested blocks leave it to the
    outermost. attrition.ingest pauses it around parsing and its one transaction;
    ``attrition check FILE`` around its whole answer (173 collections, ~30 ms, found
    430 objects in cycles on the 5,027-word article).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
