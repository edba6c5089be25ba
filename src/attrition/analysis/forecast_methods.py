"""The daily-rate methods milestone forecasts can use, and which one is the default.

Each method maps daily increments (one per calendar day) to a rate per day, causally:
the rate at day t uses days ≤ t only. Names and descriptions import nothing heavy, so
the CLI can list them at start-up; numpy/scipy are imported when a rate is computed.
The default is the method the backtest in docs/forecast.md ranks best.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

DEFAULT_METHOD = "ewma7"

METHOD_NAMES: dict[str, str] = {
    "ewma7": "exponentially weighted mean of daily increments, half-life 7 days",
    "ewma5": "exponentially weighted mean of daily increments, half-life 5 days",
    "ewma10": "exponentially weighted mean of daily increments, half-life 10 days",
    "ewma14": "exponentially weighted mean of daily increments, half-life 14 days",
    "mean7": "mean of the last 7 days",
    "mean28": "mean of the last 28 days",
}


def ewma(half_life: float) -> Callable[[np.ndarray], np.ndarray]:
    """Return an exponentially weighted mean with ``half_life`` days, started at the first day."""

    def rate(x: np.ndarray) -> np.ndarray:
        import numpy as np
        from scipy.signal import lfilter

        if x.size == 0:
            return x.copy()
        a = 1.0 - 0.5 ** (1.0 / half_life)
        y, _ = lfilter([a], [1.0, -(1.0 - a)], x, zi=[(1.0 - a) * x[0]])
        return np.asarray(y, dtype=np.float64)

    return rate


def trailing_mean(window: int) -> Callable[[np.ndarray], np.ndarray]:
    """Return the mean of the last ``window`` days (fewer at the start)."""

    def rate(x: np.ndarray) -> np.ndarray:
        import numpy as np

        c = np.concatenate([[0.0], np.cumsum(x)])
        idx = np.arange(x.size)
        lo = np.maximum(idx + 1 - window, 0)
        return np.asarray((c[idx + 1] - c[lo]) / (idx + 1 - lo), dtype=np.float64)

    return rate


RATE_FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "ewma7": ewma(7),
    "ewma5": ewma(5),
    "ewma10": ewma(10),
    "ewma14": ewma(14),
    "mean7": trailing_mean(7),
    "mean28": trailing_mean(28),
}
