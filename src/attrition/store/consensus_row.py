"""The consensus row: the one shape of a ``consensus`` table row, from SQL to JSON.

Apart from :mod:`.rows` (re-exported there) because ``attrition losses … --json`` reads
these rows and nothing else of the store's value types: this module imports neither
dataclasses nor the model's records (CLI start-up time, see :mod:`attrition.model.value`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from attrition.model.dates import loss_date
from attrition.model.value import Value

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

# The ``consensus`` table's columns, in the order from_db reads and to_db writes them.
CONSENSUS_COLUMNS = (
    "category", "report_date", "total", "increment_printed", "increment_diff", "span_days",
    "is_approximate", "has_correction", "increment_printed_is_derived", "sources",
    "n_sources", "values_json",
)


# Slotted and not frozen: a refresh of the full history makes ~2 x 10^4 of these, and a
# frozen value's __init__ is several times slower. Treat them as values all the same.
class ConsensusRow(Value):
    """One report of one category in the consensus record, with how it was chosen.

    The one shape of a consensus row from SQL (:meth:`from_db`, :meth:`to_db`, in the
    ``consensus`` table's column order :data:`CONSENSUS_COLUMNS`) to JSON (:meth:`to_dict`).
    ``sources`` are the sources that agree on ``total``; ``n_sources`` counts every voting
    source with a value that day; ``values`` maps each source to its total when they disagree.
    """

    __slots__ = (
        "category", "report_date", "loss_date", "total", "increment_printed", "increment_diff",
        "span_days", "is_approximate", "has_correction", "increment_printed_is_derived",
        "sources", "n_sources", "values",
    )
    category: str
    report_date: date
    loss_date: date
    total: int
    increment_printed: int | None
    increment_diff: int | None
    span_days: int
    is_approximate: bool
    has_correction: bool
    increment_printed_is_derived: bool
    sources: tuple[str, ...]
    n_sources: int
    values: dict[str, int]

    def __init__(
        self, category: str, report_date: date, loss_date: date, total: int,
        increment_printed: int | None, increment_diff: int | None, span_days: int,
        is_approximate: bool, has_correction: bool, increment_printed_is_derived: bool,
        sources: tuple[str, ...], n_sources: int, values: dict[str, int] | None = None,
    ) -> None:
        self.category = category
        self.report_date = report_date
        self.loss_date = loss_date
        self.total = total
        self.increment_printed = increment_printed
        self.increment_diff = increment_diff
        self.span_days = span_days
        self.is_approximate = is_approximate
        self.has_correction = has_correction
        self.increment_printed_is_derived = increment_printed_is_derived
        self.sources = sources
        self.n_sources = n_sources
        self.values = {} if values is None else values

    @classmethod
    def from_db(cls, r: Sequence[Any]) -> ConsensusRow:
        """Return the row stored as ``r`` (the columns of :data:`CONSENSUS_COLUMNS`)."""
        (category, day, total, printed, diff, span, approx, has_correction, derived, sources,
         n_sources, values_json) = r
        report_date = date.fromisoformat(day)
        return cls(
            category, report_date, loss_date(report_date), total, printed, diff, span,
            bool(approx), bool(has_correction), bool(derived),
            tuple(sources.split(",")) if sources else (), n_sources,
            json.loads(values_json) if values_json else {},
        )

    def to_db(self) -> tuple[Any, ...]:
        """Return the stored form: the values of :data:`CONSENSUS_COLUMNS`, in order."""
        return (
            self.category, self.report_date.isoformat(), self.total, self.increment_printed,
            self.increment_diff, self.span_days, 1 if self.is_approximate else 0,
            1 if self.has_correction else 0, 1 if self.increment_printed_is_derived else 0,
            ",".join(self.sources), self.n_sources,
            json.dumps(self.values) if self.values else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON record of this row (dates as ``date``; the encoder writes ISO)."""
        return {
            "category": self.category,
            "report_date": self.report_date,
            "loss_date": self.loss_date,
            "total": self.total,
            "increment_printed": self.increment_printed,
            "increment_diff": self.increment_diff,
            "is_approximate": self.is_approximate,
            "sources": list(self.sources),
            "span_days": self.span_days,
            "has_correction": self.has_correction,
            "increment_printed_is_derived": self.increment_printed_is_derived,
            "n_sources": self.n_sources,
            "values": dict(self.values),
        }
