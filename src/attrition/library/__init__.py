"""The one door: ``attrition.open()`` returns an :class:`Attrition`, and every question is one method.

::

    import attrition
    with attrition.open() as db:              # $ATTRITION_DB, else the user data dir
        rows = db.losses("tanks", on="2024-12-02")
        months = db.periods("personnel", by="month")
        print(months.to_dict(), months.meta())

Every face (``cli``, ``api``, ``web``, a notebook) asks its questions here and nowhere
else: the faces import only this package, ``model``, ``errors``, ``config`` and ``log``
(import-linter checks it). A method takes plain arguments (strings or dates, a
category key or alias), returns a plain result object and knows nothing of click, HTTP
or terminals.

How to add a method
-------------------
* Find its area module: :mod:`.losses` (figures and period sums), :mod:`.extremes`
  (rankings), :mod:`.analyses` (trend, streaks, forecast, backtest), :mod:`.publishing`
  (brief, chart, card, export), :mod:`.status` (status, freshness, findings),
  :mod:`.updating` (ingest, update, parse), :mod:`.checking` (claims). A new area gets a new module with a mixin class
  added to :class:`Attrition`'s bases in :mod:`.door`.
* Return a result dataclass defined in that module, subclassing
  :class:`~attrition.library.results.Answer`: ``to_dict()`` is the JSON-ready ``data``
  and ``meta()`` the envelope's meta block (convention, as_of, sources, extras), so
  the CLI's ``--json`` and the API print the same thing.
* Import heavy modules (pandas, numpy, analysis, publish, sources) inside the method,
  never at module top: ``attrition losses`` must start within 2× a bare interpreter, so
  its answers (:mod:`.losses`) are :class:`~attrition.model.value.FrozenValue` types,
  not dataclasses (importing dataclasses alone costs ~0.7× that start-up).
* Apply defaults here, not in the faces (a face passes None for "not given").
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.analysis.forecast_calibration import HorizonScore
    from attrition.analysis.forecast_methods import DEFAULT_METHOD, METHOD_NAMES
    from attrition.library.door import Attrition, check, default_db, open  # noqa: A004
    from attrition.library.updating import cache_path, parse_report_file, update_source_names
    from attrition.model.dates import report_range

__all__ = [
    "DEFAULT_METHOD", "METHOD_NAMES", "Attrition", "HorizonScore", "cache_path", "check", "default_db", "open",
    "parse_report_file", "report_range", "update_source_names",
]

# public name -> the module that defines it; imported on first use (PEP 562), so that
# the hot commands load only what their answer needs
_HOME = {
    "DEFAULT_METHOD": "attrition.analysis.forecast_methods",
    "METHOD_NAMES": "attrition.analysis.forecast_methods",
    "HorizonScore": "attrition.analysis.forecast_calibration",
    "Attrition": "attrition.library.door",
    "check": "attrition.library.door",
    "default_db": "attrition.library.door",
    "open": "attrition.library.door",
    "cache_path": "attrition.library.updating",
    "parse_report_file": "attrition.library.updating",
    "update_source_names": "attrition.library.updating",
    "report_range": "attrition.model.dates",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'attrition.library' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
