"""The point methods milestone forecasts can use: each maps a record to expected increases.

A method takes the daily grid of one category up to an origin (``total``, ``daily``: one
value per report day, oldest first) and returns the expected increase of the total
F(h) for h = 1..``horizon`` days ahead. Every method is causal: the path at an origin
uses days ≤ origin only, and is computed for many origins at once from the full grid
(``ends``: the grid index of each origin), which is exact because the grid up to a
report date depends on reports up to that date only.

* ``ewma7`` — the reference: an exponentially weighted mean of daily increments
  (half-life 7 days) held constant, F(h) = rate·h. Others of the family (``ewma5``,
  ``ewma10``, ``ewma14``, ``mean7``, ``mean28``) stay available with ``--method``.
* ``trend`` — a damped local linear trend (Holt, damped additive trend) on the log of
  the weekly mean daily rate, its parameters fitted by statsmodels' maximum likelihood;
  the rate path is exp(forecast) and F(h) its running sum. Parameters are refitted on
  fixed dates every :data:`REFIT_WEEKS` weeks (on the data up to that date) and the
  filter is run to each origin with the last parameters fitted on or before it.
* ``count`` — for rare events (:mod:`attrition.analysis.forecast_counts`): a Poisson
  rate from the last two years' events with negative-binomial intervals, mixed with the
  counts of the record's own h-day windows; ``auto`` uses it
  where the last year's rate is under a quarter of an event a day, and nothing else there.
* ``growth`` — growth-aware empirical: the ``ewma7`` path corrected, per horizon, by the
  median of its own past log errors at that horizon (what a constant rate missed by when
  losses grew); the correction is made by the calibration, which owns the past errors.

``auto`` is not a method: it picks one of :data:`AUTO_CANDIDATES` per category by the
rolling-origin backtest (:mod:`attrition.analysis.forecast_calibration`).

Names and descriptions import nothing heavy, so the CLI can list them at start-up;
numpy is imported when a path is computed and statsmodels only by ``trend``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from attrition.analysis.forecast_counts import count_rates

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

AUTO = "auto"
DEFAULT_METHOD = AUTO
REFERENCE_METHOD = "ewma7"
AUTO_CANDIDATES: tuple[str, ...] = ("ewma7", "trend", "growth", "count")
COUNT_METHOD = "count"  # auto uses it, and only it, where events are rare

METHOD_NAMES: dict[str, str] = {
    AUTO: "chosen per category by the rolling-origin backtest among "
    + ", ".join(AUTO_CANDIDATES),
    "ewma7": "exponentially weighted mean of daily increments, half-life 7 days",
    "trend": "damped local linear trend on the log weekly rate (statsmodels Holt, fitted)",
    "growth": "ewma7 corrected per horizon by the median of its own past errors (drift)",
    "count": ("rare events: Poisson rate of the last 730 days, clustered negative binomial "
              "mixed with the record's own h-day counts"),
    "loggrowth": "28-day mean rate growing at its log growth of the last 182 days",
    "ewma5": "exponentially weighted mean of daily increments, half-life 5 days",
    "ewma10": "exponentially weighted mean of daily increments, half-life 10 days",
    "ewma14": "exponentially weighted mean of daily increments, half-life 14 days",
    "mean7": "mean of the last 7 days",
    "mean28": "mean of the last 28 days",
}

REFIT_WEEKS = 26  # the trend's parameters are refitted on dates 26 weeks apart
TREND_WEEKS = 104  # weeks of log rates the trend sees (fit and filter)
GROWTH_DAYS = 182  # loggrowth: look-back for the log growth, and the cap ahead
MEDIAN_POINT_METHODS = frozenset({"growth", "count"})  # point = the median band, not the path
RATE_FLOOR = 1.0  # added to rates before taking logs (categories with zero days)
DAMPING_MAX = 0.98  # per week: a trend fades to a level within about a year

# (total, daily, ends, horizon, ordinals of the origins) -> paths [origin, h]
PathFunction = Callable[["np.ndarray", "np.ndarray", "np.ndarray", int, "np.ndarray"],
                        "np.ndarray"]


def ewma_rates(x: np.ndarray, half_life: float) -> np.ndarray:
    """Return the exponentially weighted mean of ``x`` at every day, started at ``x[0]``."""
    import numpy as np

    a = 1.0 - 0.5 ** (1.0 / half_life)
    out = np.empty(x.size, dtype=np.float64)
    level = float(x[0]) if x.size else 0.0
    for i, v in enumerate(x.tolist()):
        level = a * v + (1.0 - a) * level
        out[i] = level
    return out


def trailing_means(x: np.ndarray, window: int) -> np.ndarray:
    """Return the mean of the last ``window`` days at every day (fewer at the start)."""
    import numpy as np

    c = np.concatenate([[0.0], np.cumsum(x)])
    idx = np.arange(x.size)
    lo = np.maximum(idx + 1 - window, 0)
    return np.asarray((c[idx + 1] - c[lo]) / (idx + 1 - lo), dtype=np.float64)


def _constant(rates: Callable[[np.ndarray], np.ndarray]) -> PathFunction:
    def paths(total: np.ndarray, daily: np.ndarray, ends: np.ndarray, horizon: int,
              ordinals: np.ndarray) -> np.ndarray:
        import numpy as np

        r = np.maximum(rates(daily)[ends], 0.0)
        return np.asarray(r[:, None] * np.arange(1, horizon + 1)[None, :])

    return paths


def _log_growth_paths(total: np.ndarray, daily: np.ndarray, ends: np.ndarray, horizon: int,
                      ordinals: np.ndarray) -> np.ndarray:
    import numpy as np

    m28 = np.maximum(trailing_means(daily, 28), 0.0)
    now = m28[ends]
    then = m28[np.maximum(ends - GROWTH_DAYS, 0)]
    g = (np.log(now + RATE_FLOOR) - np.log(then + RATE_FLOOR)) / GROWTH_DAYS
    k = np.minimum(np.arange(1, horizon + 1), GROWTH_DAYS)
    rate = (now[:, None] + RATE_FLOOR) * np.exp(g[:, None] * k[None, :]) - RATE_FLOOR
    return np.asarray(np.cumsum(np.maximum(rate, 0.0), axis=1))


def _weekly_log_rates(daily: np.ndarray, end: int) -> np.ndarray:
    """Return log(mean daily rate + floor) of the TREND_WEEKS full weeks ending at ``end``."""
    import numpy as np

    n = min((end + 1) // 7, TREND_WEEKS)
    weeks = daily[end + 1 - 7 * n: end + 1].reshape(n, 7).mean(axis=1)
    return np.asarray(np.log(np.maximum(weeks, 0.0) + RATE_FLOOR))


def _fit_holt(y: np.ndarray) -> tuple[float, float, float]:
    """Return (alpha, beta, phi) of a damped additive trend fitted by statsmodels."""
    import warnings

    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter on short or flat series
        fit = ExponentialSmoothing(
            y, trend="add", damped_trend=True, initialization_method="estimated",
            bounds={"damping_trend": (0.8, DAMPING_MAX), "smoothing_level": (0.05, 1.0)},
        ).fit()
    p = fit.params
    return float(p["smoothing_level"]), float(p["smoothing_trend"]), float(p["damping_trend"])


def _holt_path(y: np.ndarray, alpha: float, beta: float, phi: float, weeks: int) -> np.ndarray:
    """Run the damped-trend filter over ``y``; return the log forecasts 1..``weeks`` ahead."""
    import numpy as np

    # start flat at the first week: 104 weeks wash the start out when alpha and beta are
    # positive, and a fitted beta of 0 (no trend updates) then means no trend, not a
    # noisy first-week slope held for two years
    level, slope = float(y[0]), 0.0
    for v in y[1:].tolist():
        prev = level
        level = alpha * v + (1 - alpha) * (prev + phi * slope)
        slope = beta * (level - prev) + (1 - beta) * phi * slope
    damp = np.cumsum(phi ** np.arange(1, weeks + 1))
    return np.asarray(level + damp * slope)


def _trend_paths(total: np.ndarray, daily: np.ndarray, ends: np.ndarray, horizon: int,
                 ordinals: np.ndarray) -> np.ndarray:
    import numpy as np

    weeks_ahead = -(-horizon // 7)
    out = np.empty((ends.size, horizon))
    fitted: dict[int, tuple[float, float, float]] = {}
    for row, (end, day) in enumerate(zip(ends.tolist(), ordinals.tolist(), strict=True)):
        # parameters of the last refit date on or before this origin, fitted on data up to it
        block = (day // 7) // REFIT_WEEKS * REFIT_WEEKS * 7
        refit_end = end - (day - block)
        y = _weekly_log_rates(daily, end)
        if y.size < 8 or refit_end < 56:
            out[row] = _constant(lambda x: trailing_means(x, 28))(
                total, daily, np.array([end]), horizon, np.array([day]))[0]
            continue
        if block not in fitted:
            fitted[block] = _fit_holt(_weekly_log_rates(daily, refit_end))
        logs = _holt_path(y, *fitted[block], weeks_ahead)
        rate = np.repeat(np.exp(logs) - RATE_FLOOR, 7)[:horizon]
        out[row] = np.cumsum(np.maximum(rate, 0.0))
    return out


PATH_FUNCTIONS: dict[str, PathFunction] = {
    "ewma7": _constant(lambda x: ewma_rates(x, 7)),
    "trend": _trend_paths,
    "growth": _constant(lambda x: ewma_rates(x, 7)),  # its point is bias-corrected later
    "count": _constant(count_rates),  # its bands and point come from the count model
    "loggrowth": _log_growth_paths,
    "ewma5": _constant(lambda x: ewma_rates(x, 5)),
    "ewma10": _constant(lambda x: ewma_rates(x, 10)),
    "ewma14": _constant(lambda x: ewma_rates(x, 14)),
    "mean7": _constant(lambda x: trailing_means(x, 7)),
    "mean28": _constant(lambda x: trailing_means(x, 28)),
}
