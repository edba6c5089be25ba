"""Rolling means, growth rates and the "has the mean risen since DATE" test.

Means run on the calendar grid (a span after missing reports is spread evenly over its
days and flagged). Window and alignment are in every column name
(``daily_mean_7d_trailing``). By default a day's own increment is used, so a stated
correction (a revision of earlier days) does not read as a surge; pass
``increments="diff"`` for the jump in the total. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

import numpy as np

from attrition.analysis.daily import DailyGrid, Increments, daily_grid
from attrition.analysis.welch import welch_difference
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

Alignment = Literal["trailing", "centred"]


def rolling_means(
    series: LossSeries,
    convention: DateConvention,
    *,
    windows: Sequence[int] = (7, 28),
    alignment: Alignment | str = "trailing",
    start: date | None = None,
    end: date | None = None,
    increments: Increments = "excluding_corrections",
) -> pd.DataFrame:
    """Return a frame: ``<convention>_date``, daily, flags, ``daily_mean_<w>d_<alignment>``.

    Also ``daily_mean_<w>d_<alignment>_pct_change_vs_<w>d_earlier``: the growth of each
    mean against the same mean ``w`` days before. A mean is NaN until its window is full.
    """
    import pandas as pd

    if alignment not in ("trailing", "centred"):
        raise UsageError(f"alignment {alignment!r}: use trailing or centred", input=alignment)
    grid = daily_grid(series, convention, increments=increments)
    days = pd.Series(grid.values)
    frame = pd.DataFrame({
        f"{convention.value}_date": [grid.date_at(i) for i in range(len(grid))],
        "daily": grid.values,
        "is_spread": grid.is_spread,
        "is_correction": grid.is_correction,
        "is_coarse": grid.is_coarse,
    })
    for w in windows:
        if w < 1:
            raise UsageError(f"window must be at least 1 day, got {w}", input=str(w))
        name = f"daily_mean_{w}d_{alignment}"
        frame[name] = days.rolling(w, min_periods=w, center=alignment == "centred").mean()
        prior = frame[name].shift(w)
        frame[f"{name}_pct_change_vs_{w}d_earlier"] = 100.0 * (frame[name] - prior) / prior
    col = frame[f"{convention.value}_date"]
    mask = pd.Series(True, index=frame.index)
    if start:
        mask &= col >= start
    if end:
        mask &= col <= end
    out = frame.loc[mask].reset_index(drop=True)
    out.attrs.update(category=series.category, convention=convention.value,
                     increments=increments, alignment=alignment)
    return out


@dataclass(frozen=True)
class MeanShift:
    """Before/after means around ``since``, their difference with a 95% interval, and slopes."""

    category: str
    convention: DateConvention
    since: date
    before_start: date
    before_end: date
    after_start: date
    after_end: date
    days_before: int
    days_after: int
    mean_before: float
    mean_after: float
    difference: float  # mean_after − mean_before
    difference_ci95: tuple[float, float]  # Welch, effective n adjusted for lag-1 autocorrelation
    p_value_risen: float  # one-sided: has the mean risen?
    mann_whitney_p_risen: float  # rank-based, one-sided
    slope_per_day: float  # Theil–Sen over the whole window
    slope_ci95: tuple[float, float]
    increments: str
    method: str = "welch_ar1_effective_n"


def mean_shift_since(
    series: LossSeries,
    since: date,
    convention: DateConvention,
    *,
    days: int = 50,
    end: date | None = None,
    increments: Increments = "excluding_corrections",
) -> MeanShift:
    """Test whether the daily mean of the ``days`` days from ``since`` exceeds the ``days`` before.

    The after window runs from ``since`` (inclusive) for ``days`` days, cut at ``end`` or
    at the latest day; the before window is the ``days`` days ending the day before.
    """
    from scipy import stats

    grid = daily_grid(series, convention, increments=increments)
    cut = min(grid.index_of(end), len(grid) - 1) if end else len(grid) - 1
    i0 = grid.index_of(since)
    if i0 - days < 1 or i0 > cut:
        raise UsageError(
            f"{since} needs {days} days of data before it and at least one after",
            input=since.isoformat(),
        )
    i1 = min(i0 + days - 1, cut)
    before, after = _finite(grid, i0 - days, i0 - 1), _finite(grid, i0, i1)
    if before.size < 3 or after.size < 3:
        raise UsageError(f"too few days around {since} to compare", input=since.isoformat())
    diff = float(after.mean() - before.mean())
    lo, hi, p = welch_difference(before, after)
    mw = stats.mannwhitneyu(after, before, alternative="greater")
    window = _finite(grid, i0 - days, i1)
    ts = stats.theilslopes(window, np.arange(window.size), alpha=0.95)
    return MeanShift(
        series.category, convention, since,
        grid.date_at(i0 - days), grid.date_at(i0 - 1), grid.date_at(i0), grid.date_at(i1),
        int(before.size), int(after.size),
        round(float(before.mean()), 1), round(float(after.mean()), 1), round(diff, 1),
        (round(lo, 1), round(hi, 1)), float(p), float(mw.pvalue),
        round(float(ts.slope), 3), (round(float(ts.low_slope), 3), round(float(ts.high_slope), 3)),
        increments,
    )


def _finite(grid: DailyGrid, i: int, j: int) -> np.ndarray:
    values = grid.values[i : j + 1]
    finite: np.ndarray = values[np.isfinite(values)]
    return finite
