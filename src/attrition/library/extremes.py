"""Rankings of one category: ``extremes`` (top days, weeks or months, yearly highs, a day's rank).

Apart from :mod:`.analyses` so that ``attrition extremes … --json`` (which must start within
4x a bare interpreter) defines only its own answer type; the ranking itself is pure Python
(:mod:`attrition.analysis.extremes`), imported inside the method.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from attrition.library.base import Door, as_date, as_of_date, series_sources
from attrition.library.results import Answer, envelope_meta, plain
from attrition.model.dates import DateConvention, parse_span

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.analysis.extremes import DayRank, Extremes, RankedPeriod


@dataclass(frozen=True)
class ExtremesAnswer(Answer):
    """The top days/weeks/months, what was left out, the highs of each year, a day's rank."""

    category: str
    convention: str
    as_of: date | None
    sources: frozenset[str]
    by: str
    include_corrections: bool
    exclude_coarse: bool
    result: Extremes
    yearly_highs: list[RankedPeriod]
    rank_of: DayRank | None

    def to_dict(self) -> dict[str, Any]:
        """Return top, candidates, excluded, notes, yearly_highs and rank_of."""
        return {
            "top": plain(list(self.result.top)),
            "candidates": self.result.candidates,
            "excluded": plain(list(self.result.excluded)),
            "notes": list(self.result.notes),
            "yearly_highs": plain(self.yearly_highs),
            "rank_of": plain(self.rank_of),
        }

    def meta(self) -> dict[str, Any]:
        """Return convention, as_of, sources and the ranking options."""
        return envelope_meta(self.convention, self.as_of, self.sources, category=self.category,
                             by=self.by, include_corrections=self.include_corrections,
                             exclude_coarse=self.exclude_coarse)


class ExtremesMethods(Door):
    """The highest days, weeks or months of one category."""

    def extremes(
        self,
        category: str,
        *,
        convention: str | DateConvention = "loss",
        by: str = "day",
        top: int = 10,
        start: str | date | None = None,
        end: str | date | None = None,
        include_corrections: bool = False,
        exclude_coarse: bool = True,
        week_start: str = "mon",
        rank_of: str | date | None = None,
        as_of: str | date | None = None,
    ) -> ExtremesAnswer:
        """Rank the highest days (weeks, months); by day also the highs of each year.

        ``rank_of`` also gives that day's rank and since when it is the highest.
        """
        from attrition.analysis import extremes as ex

        conv = DateConvention.parse(convention)
        when = as_of_date(as_of)
        series = self._known_series(category, when)
        first, last = parse_span(start, end)
        result = ex.extremes(series, conv, by=by, top=top, start=first,
                             end=last, include_corrections=include_corrections,
                             exclude_coarse=exclude_coarse, week_start=week_start)
        day = as_date(rank_of, "rank_of")
        ranked = ex.day_rank(series, day, conv, include_corrections=include_corrections,
                             exclude_coarse=exclude_coarse) if day else None
        highs = ex.yearly_highs(series, conv, include_corrections=include_corrections,
                                exclude_coarse=exclude_coarse) if by == "day" else []
        return ExtremesAnswer(series.category, conv.value, when or series.last_report_date,
                              frozenset(series_sources(series)), by, include_corrections,
                              exclude_coarse, result, highs, ranked)
