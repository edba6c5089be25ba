"""The count model for rare-event categories: predictive bands of a Poisson rate.

Ships, submarines, aircraft and helicopters are lost a few at a time, weeks or months
apart: a log-ratio of realised to forecast increase is mostly log(1/1) or log(2/1), and
conformal quantiles of it say little. For such a category (a daily rate under
:data:`RARE_RATE` over the last :data:`RARE_DAYS` days at the origin) the increase over
h days is modelled as a Poisson count whose rate is uncertain: with n events in the last
T = :data:`COUNT_DAYS` days the rate has the Gamma(n + ½, T) posterior (Jeffreys prior),
and the predictive count is negative binomial, NB(n + ½, T / (T + h)). Losses come in
clusters (five ships in a month after twenty quiet ones), so the posterior's variance is
multiplied by the index of dispersion D ≥ 1 of the 28-day counts up to the origin —
Gamma((n + ½)/D, T/D), the same mean rate — and the count is NB((n + ½)/D, T/(T + D·h)).
Its quantiles are the bands at each level; the point is its median. Nothing is fitted
beyond counting.

Pure: no I/O, no clock. numpy is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

RARE_RATE = 0.25  # events a day over the last year: below this a category is "rare"
RARE_DAYS = 365  # … measured over this many days
COUNT_DAYS = 730  # the window whose events estimate the rate (365 ran 46% on ships)
DISPERSION_DAYS = 28  # block length for the index of dispersion (0: plain Poisson)
PRIOR_EVENTS = 0.5  # Jeffreys prior on a Poisson rate: Gamma(n + 1/2, T)
MAX_EXACT = 4_000  # counts above this use the normal approximation of the negative binomial


def count_rates(daily: np.ndarray, days: int | None = None) -> np.ndarray:
    """Return the posterior mean rate (n + ½) / T at every day, T = ``days`` (COUNT_DAYS).

    T is the days the record has when it is shorter than the window.
    """
    import numpy as np

    t = days or COUNT_DAYS
    c = np.concatenate([[0.0], np.cumsum(np.maximum(daily, 0.0))])
    idx = np.arange(daily.size)
    lo = np.maximum(idx + 1 - t, 0)
    # a record shorter than the window: its events over the days it has
    return np.asarray((c[idx + 1] - c[lo] + PRIOR_EVENTS) / (idx + 1 - lo), dtype=np.float64)


def dispersion(daily: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Return, per origin, the index of dispersion (≥ 1) of DISPERSION_DAYS-day counts up to it."""
    import numpy as np

    out = np.ones(ends.size)
    if not DISPERSION_DAYS:
        return out
    x = np.maximum(daily, 0.0)
    for i, end in enumerate(ends.tolist()):
        n = (end + 1) // DISPERSION_DAYS
        if n < 4:
            continue
        blocks = x[end + 1 - n * DISPERSION_DAYS: end + 1].reshape(n, DISPERSION_DAYS).sum(axis=1)
        m = blocks.mean()
        if m > 0:
            out[i] = max(1.0, float(blocks.var(ddof=1) / m))
    return out


def count_bands(rate: float, horizon: int, levels: Sequence[float], spread: float = 1.0,
                days: int = COUNT_DAYS) -> np.ndarray:
    """Return the level quantiles [levels, h] of the predictive count h = 1..``horizon`` ahead.

    ``rate`` is (n + ½) / ``days``, the days the rate was counted over. ``spread`` (≥ 1)
    divides the Gamma posterior's shape and rate alike: the same mean rate, its variance
    times ``spread`` (events that come in clusters).
    """
    import numpy as np

    t = days / spread
    shape = rate * t  # (n + 1/2) / spread
    h = np.arange(1, horizon + 1, dtype=np.float64)
    p = t / (t + h)  # success probability of NB(shape, p)
    mean = shape * (1 - p) / p
    sd = np.sqrt(shape * (1 - p)) / p
    top = int(mean[-1] + 12 * sd[-1] + 20)
    if top > MAX_EXACT:
        from statistics import NormalDist

        z = np.array([NormalDist().inv_cdf(q) for q in levels])
        return np.asarray(np.maximum(np.round(mean[None, :] + z[:, None] * sd[None, :]), 0.0))
    k = np.arange(top + 1, dtype=np.float64)
    # log pmf: log Γ(k + a) − log Γ(a) − log k! + a·log p + k·log(1 − p), by the ratio recurrence
    ratio = np.concatenate([[0.0], np.cumsum(np.log((k[1:] - 1 + shape) / k[1:]))])
    logpmf = ratio[None, :] + shape * np.log(p)[:, None] + k[None, :] * np.log1p(-p)[:, None]
    cdf = np.cumsum(np.exp(logpmf), axis=1)
    out = np.stack([(cdf < q - 1e-12).sum(axis=1) for q in levels]).astype(np.float64)
    return np.asarray(np.maximum.accumulate(out, axis=1))
