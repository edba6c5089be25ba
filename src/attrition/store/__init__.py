"""The provenance-keeping store: open_store(url) -> Store. SQLite by default, PostgreSQL by URL.

Every value is kept with the document it came from; nothing stored is overwritten
(changes become revisions); every write runs in one transaction. ``Store`` (:mod:`.core`) is a thin face over :mod:`.writes`, :mod:`.reads`
and :mod:`.consensus`; it imports neither pandas nor ``attrition.sources``.

The public names below are imported on first use (PEP 562), so that importing the
package (or a light submodule such as :mod:`.rows`) does not load the rest of the store.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.store.core import Store, open_store
    from attrition.store.rows import (
        ConsensusRow,
        DocumentRef,
        Revision,
        RunRecord,
        SourceSummary,
        SourceValue,
        StoredCorrection,
        StoredFinding,
        WriteResult,
    )

__all__ = [
    "ConsensusRow",
    "DocumentRef",
    "Revision",
    "RunRecord",
    "SourceSummary",
    "SourceValue",
    "Store",
    "StoredCorrection",
    "StoredFinding",
    "WriteResult",
    "open_store",
]

# public name -> the submodule that defines it
_HOME = {
    "Store": "core",
    "open_store": "core",
    "ConsensusRow": "consensus_row",
    **dict.fromkeys(
        (
            "DocumentRef", "Revision", "RunRecord", "SourceSummary",
            "SourceValue", "StoredCorrection", "StoredFinding", "WriteResult",
        ),
        "rows",
    ),
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'attrition.store' has no attribute {name!r}")
    # __import__, not importlib.import_module: importing importlib costs CLI start-up time
    value = getattr(__import__(f"{__name__}.{home}", fromlist=(name,)), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
