"""What publishing is given: series and consensus figures, gathered by the library; never a Store.

The library (:mod:`attrition.library.publishing`) builds one :class:`Record` per call,
as known on ``as_of``, and every brief, chart, card and export reads only that. The
row shapes below are structural (``Protocol``): the store's rows fit them, and so does
any other object with these fields, so publish imports nothing from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from attrition.checks import ConsensusPoint
from attrition.model.records import FindingInfo
from attrition.model.series import LossSeries
from attrition.publish.independent_tables import IndependentSeries, IndependentTables

if TYPE_CHECKING:  # pragma: no cover
    from attrition.analysis.forecast_calibration import Calibration


class Figure(ConsensusPoint, Protocol):
    """One consensus figure: one report of one category, with how it was chosen.

    The fields the consensus checks read come from :class:`attrition.checks.ConsensusPoint`.
    """

    @property
    def category(self) -> str: ...
    @property
    def loss_date(self) -> date: ...
    @property
    def is_approximate(self) -> bool: ...
    @property
    def has_correction(self) -> bool: ...
    @property
    def sources(self) -> tuple[str, ...]: ...
    @property
    def n_sources(self) -> int: ...
    @property
    def values(self) -> dict[str, int]: ...


class SourceInfo(Protocol):
    """What the record holds from one source (for provenance and the data version)."""

    @property
    def name(self) -> str: ...
    @property
    def last_ingested_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class Record:
    """The record as known on ``as_of``: what one publishing call reads.

    ``series`` maps a category key to its consensus series (an empty series when the
    record has none; it may read lazily); ``table`` holds every category's consensus
    figures in canonical order; ``findings`` are the stored findings, oldest first.
    """

    as_of: date | None
    series: Mapping[str, LossSeries]
    table: Mapping[str, Sequence[Figure]]
    sources: Sequence[SourceInfo] = ()
    findings: Sequence[FindingInfo] = field(default=())
    independent: IndependentTables | None = None  # exports only: counts that never vote
    beside: IndependentSeries | None = None  # compare/territory charts and the brief
    # the library's forecast calibration of a series (``auto``, kept per data version)
    calibrations: Callable[[LossSeries], Calibration] | None = None

    def calibration(self, series: LossSeries) -> Calibration:
        """Return the ``auto`` forecast calibration of ``series`` (the library's kept one).

        Without a provider (a Record built by hand) it is computed here.
        """
        if self.calibrations is not None:
            return self.calibrations(series)
        from attrition.analysis.forecast_calibration import calibrate
        from attrition.analysis.forecast_methods import DEFAULT_METHOD

        return calibrate(series, method=DEFAULT_METHOD)

    def findings_of(self, category: str, start: date, end: date) -> list[FindingInfo]:
        """Return the findings about ``category`` with report dates in [start, end]."""
        return [f for f in self.findings if f.category == category and f.report_date is not None
                and start <= f.report_date <= end]
