"""Figures and period sums: ``losses`` (a day, a span, the latest), ``periods``, ``period_sum``.

``losses`` is the hottest path of the CLI (``attrition losses … --json`` must start within
2x a bare interpreter): this module imports only the store's consensus read, model.dates
and light value types (:mod:`attrition.model.value`: no dataclasses, no typing); period
sums import their analysis inside their method.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from attrition.library.base import Door, as_date, as_of_date, series_sources
from attrition.library.results import Answer, envelope_meta, plain
from attrition.model.dates import DateConvention, report_range
from attrition.model.value import FrozenValue

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, overload

    import pandas as pd

    from attrition.analysis.periods import PeriodRow
    from attrition.store import ConsensusRow


class Losses(FrozenValue, Answer, Sequence["ConsensusRow"]):
    """Consensus rows of one category, oldest first (a sequence of ConsensusRow)."""

    __slots__ = ("category", "convention", "as_of", "rows")
    category: str
    convention: str
    as_of: date | None
    rows: tuple[ConsensusRow, ...]

    def __init__(self, category: str, convention: str, as_of: date | None,
                 rows: tuple[ConsensusRow, ...]) -> None:
        self._set(category=category, convention=convention, as_of=as_of, rows=rows)

    if TYPE_CHECKING:  # pragma: no cover
        @overload
        def __getitem__(self, index: int) -> ConsensusRow: ...
        @overload
        def __getitem__(self, index: slice) -> Sequence[ConsensusRow]: ...

    def __getitem__(self, index: int | slice) -> ConsensusRow | Sequence[ConsensusRow]:
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[ConsensusRow]:
        return iter(self.rows)

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one JSON record per row."""
        return [r.to_dict() for r in self.rows]

    def meta(self) -> dict[str, Any]:
        """Return convention, as_of, the sources that agree on any row, and the category."""
        return envelope_meta(self.convention, self.as_of,
                             (s for r in self.rows for s in r.sources), category=self.category)


class Periods(FrozenValue, Answer):
    """Period sums of one category: one row per period, or one custom range (``by="custom"``)."""

    __slots__ = ("category", "by", "convention", "week_start", "as_of", "sources", "rows")
    category: str
    by: str
    convention: str
    week_start: str
    as_of: date | None  # the as_of asked for, else the latest report date
    sources: frozenset[str]
    rows: list[PeriodRow]

    def __init__(self, category: str, by: str, convention: str, week_start: str,
                 as_of: date | None, sources: frozenset[str], rows: list[PeriodRow]) -> None:
        self._set(category=category, by=by, convention=convention, week_start=week_start,
                  as_of=as_of, sources=sources, rows=rows)

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one JSON record per period."""
        return [plain(r) for r in self.rows]

    def meta(self) -> dict[str, Any]:
        """Return convention, as_of, sources, and category/by/week_start."""
        return envelope_meta(self.convention, self.as_of, self.sources, category=self.category,
                             by=self.by, week_start=self.week_start)


class LossesMethods(Door):
    """Losses on a day or span, series, period sums."""

    def series(
        self,
        category: str,
        convention: str | DateConvention = "loss",
        as_of: str | date | None = None,
    ) -> pd.DataFrame:
        """Return the consensus series as a DataFrame, one row per report present."""
        conv = DateConvention.parse(convention)
        return self.loss_series(category, as_of=as_of).to_frame(conv)

    def losses(
        self,
        category: str,
        *,
        on: str | date | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
        convention: str | DateConvention = "loss",
        as_of: str | date | None = None,
    ) -> Losses:
        """Return consensus rows for a day (``on``) or span (``start``/``end``), else the latest.

        Dates are read under ``convention`` (default loss: ``on="2024-12-02"`` is the
        report of 2024-12-03); rows are ordered by report date.
        """
        from attrition.model.categories import lookup_category

        key = lookup_category(category).key
        conv = DateConvention.parse(convention)
        when = as_of_date(as_of)
        first, last = report_range(on, start, end, conv)
        if on is None and start is None and end is None:
            latest = self.store.latest_report_date(key)
            if latest is None:
                rows = []
            elif when is None:
                rows = self.store.consensus_rows(key, latest, latest)
            else:
                rows = self.store.consensus_rows(key, None, min(latest, when), as_of=when)[-1:]
        else:
            rows = self.store.consensus_rows(key, first, last, as_of=when)
        return Losses(key, conv.value, when, tuple(rows))

    def periods(
        self,
        category: str,
        by: str = "month",
        *,
        convention: str | DateConvention = "loss",
        start: str | date | None = None,
        end: str | date | None = None,
        week_start: str = "mon",
        today: str | date | None = None,
        as_of: str | date | None = None,
    ) -> Periods:
        """Return period sums (day/week/month/quarter/year) under ``convention``.

        ``by="custom"`` with ``start`` and ``end`` is one sum over that range, compared
        with the range before it and the same range a year earlier.
        """
        from attrition.analysis.periods import custom_period, period_rows
        from attrition.errors import UsageError

        conv = DateConvention.parse(convention)
        when = as_of_date(as_of)
        series = self._known_series(category, when)
        first, last = as_date(start, "start"), as_date(end, "end")
        day = as_date(today, "today")
        if by == "custom":
            if first is None or last is None:
                raise UsageError("a custom period needs a start and an end", input=by)
            rows = [custom_period(series, first, last, conv, today=day)]
        else:
            rows = period_rows(series, by, conv, start=first, end=last, week_start=week_start,
                               today=day)
        return Periods(series.category, by, conv.value, week_start,
                       when or series.last_report_date, frozenset(series_sources(series)), rows)
