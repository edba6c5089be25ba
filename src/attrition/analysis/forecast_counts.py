"""The count model for rare-event categories: predictive bands of a Poisson rate.

Ships, submarines, aircraft and helicopters are lost a few at a time, weeks or months
apart: a log-ratio of realised to forecast increase is mostly log(1/1) or log(2/1), and
conformal quantiles of it say little. For such a category (a daily rate under
:data:`RARE_RATE` over the last :data:`COUNT_DAYS` days at the origin) the increase over
h days is modelled as a Poisson count whose rate is uncertain: with n events in the last
T = :data:`COUNT_DAYS` days the rate has the Gamma(n + ½, T) posterior (Jeffreys prior),
and the predictive count is negative binomial, NB(n + ½, T / (T + h)). Its quantiles are
the bands at each level; the point is its median. Nothing is fitted beyond counting.

Pure: no I/O, no clock. numpy is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

RARE_RATE = 0.25  # events a day over the last year: below this a category is "rare"
COUNT_DAYS = 365  # the window whose events estimate the rate
PRIOR_EVENTS = 0.5  # Jeffreys prior on a Poisson rate: Gamma(n + 1/2, T)
MAX_EXACT = 4_000  # counts above this use the normal approximation of the negative binomial


def count_rates(daily: np.ndarray) -> np.ndarray:
    """Return the posterior mean rate (n + ½) / T at every day, T = COUNT_DAYS."""
    import numpy as np

    c = np.concatenate([[0.0], np.cumsum(np.maximum(daily, 0.0))])
    idx = np.arange(daily.size)
    lo = np.maximum(idx + 1 - COUNT_DAYS, 0)
    return np.asarray((c[idx + 1] - c[lo] + PRIOR_EVENTS) / COUNT_DAYS, dtype=np.float64)


def count_bands(rate: float, horizon: int, levels: Sequence[float]) -> np.ndarray:
    """Return the level quantiles [levels, h] of the predictive count h = 1..``horizon`` ahead."""
    import numpy as np

    shape = rate * COUNT_DAYS  # n + 1/2
    h = np.arange(1, horizon + 1, dtype=np.float64)
    p = COUNT_DAYS / (COUNT_DAYS + h)  # success probability of NB(shape, p)
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
