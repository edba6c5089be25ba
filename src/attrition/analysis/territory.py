"""The "largest since" ranking of occupied-area changes (pure).

The changes themselves follow the map-state convention of :mod:`attrition.model.territory`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from attrition.model.independent import TerritoryChange


@dataclass(frozen=True)
class Ranking:
    """Where one period's change stands among all the stored periods of its kind."""

    change: TerritoryChange
    rank: int  # 1 = the largest net gain of all stored periods
    n_periods: int
    largest_since: date | None  # start of the last earlier period with a larger gain; None: none
    series_start: date  # first period the comparison covers
    larger_later: tuple[TerritoryChange, ...]  # periods after it with a larger gain


def rank_change(changes: Sequence[TerritoryChange], period_start: date) -> Ranking | None:
    """Rank the net gain of the period starting ``period_start`` among ``changes``.

    "Largest since X" means no period between X and it gained more; ``largest_since``
    is None when no earlier stored period did (the largest since the series began).
    """
    ordered = sorted(changes, key=lambda c: c.period_start)
    target = next((c for c in ordered if c.period_start == period_start), None)
    if target is None:
        return None
    earlier_larger = [c for c in ordered
                      if c.period_start < period_start and c.net_km2 > target.net_km2]
    rank = 1 + sum(1 for c in ordered if c.net_km2 > target.net_km2)
    return Ranking(
        target, rank, len(ordered),
        earlier_larger[-1].period_start if earlier_larger else None,
        ordered[0].period_start,
        tuple(c for c in ordered if c.period_start > period_start and c.net_km2 > target.net_km2),
    )
