"""attrition: the General Staff's daily loss reports as a verified, provenance-tracked record.

The public API is small and lazily imported so that ``attrition --help`` stays fast::

    import attrition
    db = attrition.open()              # the default SQLite store
    df = db.series("personnel", convention="loss")
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time

__version__ = "0.1.0"

__all__ = ["Attrition", "__version__", "check", "open"]

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.library import Attrition, check, open  # noqa: A004


def __getattr__(name: str) -> Any:
    if name in {"Attrition", "open", "check"}:
        from attrition import library

        return getattr(library, name)
    raise AttributeError(f"module 'attrition' has no attribute {name!r}")
