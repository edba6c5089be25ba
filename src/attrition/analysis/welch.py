"""Difference of two daily means with a Welch interval shrunk for autocorrelation.

Daily loss figures are autocorrelated, so a plain Welch interval is too narrow. Each
group's n is replaced by the AR(1) effective sample size n·(1−ρ)/(1+ρ), with ρ its
lag-1 autocorrelation clipped to [0, 0.9]. Pure: numbers in, numbers out.
"""

from __future__ import annotations

import numpy as np


def effective_n(x: np.ndarray) -> float:
    """Return n·(1−ρ)/(1+ρ) with ρ the lag-1 autocorrelation (clipped to [0, 0.9])."""
    if x.size < 4:
        return float(x.size)
    d = x - x.mean()
    denom = float(np.dot(d, d))
    rho = float(np.dot(d[1:], d[:-1])) / denom if denom else 0.0
    rho = min(max(rho, 0.0), 0.9)
    return max(2.0, x.size * (1 - rho) / (1 + rho))


def welch_difference(before: np.ndarray, after: np.ndarray) -> tuple[float, float, float]:
    """Return (low, high) of the 95% interval of mean(after) − mean(before), and one-sided p."""
    from scipy import stats

    n1, n2 = effective_n(before), effective_n(after)
    v1, v2 = float(before.var(ddof=1)) / n1, float(after.var(ddof=1)) / n2
    se = float(np.sqrt(v1 + v2))
    diff = float(after.mean() - before.mean())
    if se == 0:
        return diff, diff, 0.0 if diff > 0 else 1.0
    dof = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    t = float(stats.t.ppf(0.975, dof))
    return diff - t * se, diff + t * se, float(stats.t.sf(diff / se, dof))
