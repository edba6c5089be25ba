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

Where the record up to the origin is at least :data:`HISTORY_MIN_DAYS` long, the count
over h days is an equal mixture of that negative binomial and the record itself
(:func:`mixed_bands`): the counts of every h-day window of the record up to the origin
(windows longer than a third of the record are scaled up from that length). A quiet
spell then does not rule out a burst the record has seen before: ships lost none for 20
months, then five in a month (2026-02-14 … 03-16); the negative binomial of the last two
years' rate gave that burst under 2.5%, and its 80% / 95% ranges held 71% / 83% of the
backtest cases (see docs/forecast.md for the mixture's figures).

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
HISTORY_MIN_DAYS = 365  # a record this long reads its bands off its own h-day windows
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
    mean, sd = _moments(rate, horizon, spread, days)
    top = int(mean[-1] + 12 * sd[-1] + 20)
    if top > MAX_EXACT:
        return _normal_bands(mean, sd, levels)
    return _bands_of(count_cdf(rate, horizon, top, spread, days), levels)


def _moments(rate: float, horizon: int, spread: float, days: int
             ) -> tuple[np.ndarray, np.ndarray]:
    """Return the mean and standard deviation of the predictive count h = 1..horizon ahead."""
    import numpy as np

    t = days / spread
    shape = rate * t  # (n + 1/2) / spread
    h = np.arange(1, horizon + 1, dtype=np.float64)
    p = t / (t + h)
    return shape * (1 - p) / p, np.sqrt(shape * (1 - p)) / p


def _normal_bands(mean: np.ndarray, sd: np.ndarray, levels: Sequence[float]) -> np.ndarray:
    from statistics import NormalDist

    import numpy as np

    z = np.array([NormalDist().inv_cdf(q) for q in levels])
    return np.asarray(np.maximum(np.round(mean[None, :] + z[:, None] * sd[None, :]), 0.0))


def _bands_of(cdf: np.ndarray, levels: Sequence[float]) -> np.ndarray:
    """Return per level the smallest count k with P(count ≤ k) ≥ level, [levels, h]."""
    import numpy as np

    out = np.stack([(cdf < q - 1e-12).sum(axis=1) for q in levels]).astype(np.float64)
    return np.asarray(np.maximum.accumulate(out, axis=1))


def count_cdf(rate: float, horizon: int, top: int, spread: float = 1.0,
              days: int = COUNT_DAYS) -> np.ndarray:
    """Return P(count ≤ k) [h, k] of the negative binomial, h = 1..horizon, k = 0..top."""
    import numpy as np

    t = days / spread
    shape = rate * t
    h = np.arange(1, horizon + 1, dtype=np.float64)
    p = t / (t + h)  # success probability of NB(shape, p)
    k = np.arange(top + 1, dtype=np.float64)
    # log pmf: log Γ(k + a) − log Γ(a) − log k! + a·log p + k·log(1 − p), by the ratio recurrence
    ratio = np.concatenate([[0.0], np.cumsum(np.log((k[1:] - 1 + shape) / k[1:]))])
    logpmf = ratio[None, :] + shape * np.log(p)[:, None] + k[None, :] * np.log1p(-p)[:, None]
    return np.asarray(np.cumsum(np.exp(logpmf), axis=1))


def window_counts(daily: np.ndarray, horizon: int) -> list[np.ndarray]:
    """Return, for h = 1..horizon, the counts of every h-day window of the record ``daily``.

    ``daily`` is the record up to the origin (nothing later); windows overlap. Beyond a
    third of the record, windows of that length are scaled by h / length (rounded).
    """
    import numpy as np

    c = np.concatenate([[0.0], np.cumsum(np.maximum(daily, 0.0))])
    longest = max(daily.size // 3, 1)
    out = []
    for h in range(1, horizon + 1):
        span = min(h, longest)
        counts = np.floor(c[span:] - c[:-span] + 1e-9)
        out.append(np.floor(counts * h / span + 0.5) if span < h else counts)
    return out


def mixed_bands(daily: np.ndarray, rate: float, horizon: int, levels: Sequence[float],
                spread: float = 1.0, days: int = COUNT_DAYS) -> np.ndarray:
    """Return the level quantiles [levels, h] of ½ negative binomial + ½ the record's windows.

    The count over h days is, with equal weight, the clustered negative binomial of
    :func:`count_bands` or the count of an h-day window of the record up to the origin
    (``daily``, nothing later): the windows know the bursts the record has had, the
    negative binomial the uncertainty of a rate counted on a short record.
    """
    import numpy as np

    windows = window_counts(daily, horizon)
    mean, sd = _moments(rate, horizon, spread, days)
    top = int(max(mean[-1] + 12 * sd[-1] + 20, max(float(w.max()) for w in windows)))
    if top > MAX_EXACT:  # not a rare record (``--method count`` on a large one)
        return _normal_bands(mean, sd, levels)
    empirical = np.stack([np.cumsum(np.bincount(w.astype(np.int64), minlength=top + 1)[: top + 1])
                          / w.size for w in windows])
    return _bands_of(0.5 * count_cdf(rate, horizon, top, spread, days) + 0.5 * empirical, levels)


