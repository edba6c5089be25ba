"""The territory answer: occupied-area changes per period, ranked, with a size comparison.

:func:`territory_answer` turns the stored changes of one period kind into the
:class:`Territory` answer; :meth:`IndependentMethods.territory
<attrition.library.independent.IndependentMethods.territory>` calls it on the changes the
store reads, and :func:`territory_from_file` on the changes a SQLite file yields to
``sqlite3`` alone (the click-free ``territory --json`` entry). Both give the same answer.
This module imports neither the store engine nor pandas, numpy, shapely or pyproj (the
areas were computed at ingest).
"""

from __future__ import annotations

from dataclasses import dataclass

from attrition.errors import UsageError
from attrition.library.results import Answer, envelope_meta

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence
    from datetime import date
    from typing import Any

    from attrition.analysis.sizes import SizeComparison
    from attrition.analysis.territory import Ranking
    from attrition.model.independent import TerritoryChange

TERRITORY_CONVENTION = (
    "map-state date: a period's change = area of the last snapshot describing the period's "
    "last day minus that of the period before (a DeepState file dated D shows the map as "
    "of D-1); weeks are ISO weeks"
)


@dataclass(frozen=True)
class Territory(Answer):
    """Occupied-area changes per period, with the largest-since ranking and a size comparison."""

    by: str
    changes: list[TerritoryChange]
    ranking: Ranking | None = None
    size: SizeComparison | None = None
    series_first: date | None = None
    series_last: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the changes, the ranking and the size comparison as plain values."""
        from dataclasses import asdict

        out: dict[str, Any] = {
            "by": self.by,
            "convention": TERRITORY_CONVENTION,
            "series_first_map_state": self.series_first,
            "series_last_map_state": self.series_last,
            "changes": [asdict(c) for c in self.changes],
        }
        if self.ranking is not None:
            r = self.ranking
            out["ranking"] = {
                "period_start": r.change.period_start, "net_km2": r.change.net_km2,
                "rank": r.rank, "n_periods": r.n_periods, "largest_since": r.largest_since,
                "is_largest_in_series": r.largest_since is None,
                "series_start": r.series_start,
                "larger_later": [c.period_start for c in r.larger_later],
            }
        if self.size is not None:
            out["size"] = {"place": self.size.place.name_en, "place_uk": self.size.place.name_uk,
                           "place_area_km2": self.size.place.area_km2,
                           "place_source": self.size.place.source, "factor": self.size.factor,
                           "is_close": self.size.is_close, "text_en": self.size.text_en,
                           "text_uk": self.size.text_uk}
        return out

    def meta(self) -> dict[str, Any]:
        """Return the envelope meta: the map-state convention and the source."""
        return envelope_meta("map_state", None, ["deepstate"], by=self.by)


def check_period(by: str) -> str:
    """Return ``by`` if it is a territory period (day, week, month); else a UsageError."""
    from attrition.model.territory import PERIODS

    if by not in PERIODS:
        raise UsageError(f"--by takes one of {', '.join(PERIODS)}", input=by)
    return by


def territory_answer(
    changes: Sequence[TerritoryChange], *, by: str = "month", on: str | date | None = None,
    start: str | date | None = None, end: str | date | None = None, compare_size: bool = False,
) -> Territory:
    """Return the answer for the stored ``changes`` of period kind ``by`` (oldest first)."""
    from attrition.model.dates import parse_date
    from attrition.model.territory import period_bounds

    check_period(by)
    if not changes:
        raise UsageError("no territory snapshots in the record; ingest DeepState files first",
                         input=by)
    first = parse_date(start, "from") if start else None
    last = parse_date(end, "to") if end else None
    shown = [c for c in changes if (first is None or c.period_end >= first)
             and (last is None or c.period_start <= last)]
    ranking = size = None
    if on is not None:
        from attrition.analysis.territory import rank_change

        day = parse_date(on, "on")
        period_start = period_bounds(day, by)[0]
        ranking = rank_change(changes, period_start)
        if ranking is None:
            raise UsageError(f"no {by} change stored for the {by} of {day}", input=str(day))
        shown = [ranking.change]
        if compare_size and ranking.change.net_km2 > 0:
            from attrition.analysis.sizes import size_comparison

            size = size_comparison(ranking.change.net_km2)
    return Territory(by, shown, ranking, size, changes[0].from_date, changes[-1].to_date)


def territory_from_file(
    path: str, *, by: str = "month", on: str | None = None, start: str | None = None,
    end: str | None = None, compare_size: bool = False,
) -> Territory | None:
    """Return :func:`territory_answer` over a SQLite file read with ``sqlite3`` alone.

    None when the file cannot answer that way (not a SQLite file with the territory
    tables, no changes stored): the caller then opens the store the usual way.
    """
    from attrition.store.territory_rows import read_changes_sqlite

    changes = read_changes_sqlite(path, check_period(by))
    if not changes:
        return None
    return territory_answer(changes, by=by, on=on, start=start, end=end,
                            compare_size=compare_size)
