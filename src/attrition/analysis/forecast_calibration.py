"""Rolling-origin calibration: method choice, conformal intervals and the backtest score.

One engine serves the forecast and the backtest, so they agree by construction. For an
origin date O the calibration origins are O − 7k (k ≥ 0; those with at least
:data:`MIN_REPORTS` reports). At every calibration origin o each candidate method gives
its expected increase path F_o(h) from the data up to o only (see
:mod:`attrition.analysis.forecast_methods`), and, once o + h has been reported, the
realised increase R_o(h) (total of the last report ≤ o + h, minus the total at o) gives
the score s = log((R + c) / (F + c)), c = :data:`~attrition.analysis.forecast_methods.RATE_FLOOR`.

* **Intervals** (split conformal per horizon): at origin O, the level-p band is
  (F(h) + c)·exp(Q_p(h)) − c, Q_p(h) the empirical p-quantile of the scores of origins
  within :data:`WINDOW_DAYS` before O whose o + h ≤ O (fully observed: no look-ahead).
  The spread is *normalised* (locally adaptive conformal): each origin's scores are
  measured in its local scale u_o = :data:`SCALE_FLOOR` (0.15) + |log change of the 28-day mean
  rate over the last 28 days| and brought to the scale u_O of the origin forecast from,
  so a rate that just jumped widens the range at once, months before its long-horizon
  errors are known; the median (the ``growth`` point) is that of the unscaled scores.
  Quantiles are widened to the pooled quantile of all scores at h ≤ 120 scaled by
  (h/30)^0.5 where that is wider: under growth the newest long-horizon errors are months
  old, the short-horizon ones are not. The 2.5%/97.5% quantiles are widened on both
  sides, the others only below the median (the record running slower than the
  forecast): chosen on the backtest, it keeps personnel's 80% range near 80% while the
  95% range holds for growing series. Horizons with fewer than :data:`MIN_SCORES`
  scores reuse the last horizon that has them, widened by √(h / h_last). Bands are made
  non-decreasing in h.
* **Score** (the backtest of the method, used to choose it and printed with it): every
  past origin o of the window is scored as the forecast would have been then — its own
  path and bands, calibrated on what was known at o — on the totals it actually reached
  h = 1..120 days later: error in days of the forecast crossing, and whether the 80% and
  95% crossing intervals held the true day. Summed per horizon bucket.
* **Choice** (``auto``): per horizon bucket, the reference (``ewma7``) unless another
  candidate's mean absolute error in days over the scored cases known at O is at least
  40% lower (then the lowest): small differences in the past do not repeat, large ones
  (growth) do. Rare categories use the count model throughout.

Pure: no I/O, no clock. numpy is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from attrition.analysis.forecast_counts import (
    COUNT_DAYS,
    HISTORY_MIN_DAYS,
    RARE_DAYS,
    RARE_RATE,
    count_bands,
    count_rates,
    dispersion,
    mixed_bands,
)
from attrition.analysis.forecast_methods import (
    AUTO,
    AUTO_CANDIDATES,
    COUNT_METHOD,
    MEDIAN_POINT_METHODS,
    METHOD_NAMES,
    PATH_FUNCTIONS,
    RATE_FLOOR,
)
from attrition.errors import UsageError
from attrition.model.series import LossSeries

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

ENGINE_VERSION = "2026-12-05.6"  # bump when the methods change: cached calibrations go stale
# band levels: the band at level p gives the crossing-date quantile q = 1 − p. An interval
# at level L is equal-tailed, (q=(1−L)/2, q=(1+L)/2), or starts at the first day, (0, L):
# see :func:`starts_at_first_day`
LEVELS: tuple[float, ...] = (0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 0.9, 0.975)
INTERVAL_LEVELS: tuple[float, ...] = (0.5, 0.8, 0.95)
MAX_HORIZON_DAYS = 730  # crossings later than this are reported as beyond the horizon
SCORED_HORIZON_DAYS = 120  # the backtest scores crossings 1..120 days ahead
EVERY_DAYS = 7
WINDOW_DAYS = 365  # the method choice and its score use origins at most this old
QUANTILE_WINDOW_DAYS = 365  # conformal quantiles use the errors of origins this recent
QUANTILE_HALF_LIFE_DAYS = float("inf")  # … weighed by their age (inf: equally)
MIN_SCORES = 12  # a horizon needs this many observed scores to have its own quantiles
MIN_REPORTS = 28  # a calibration origin needs this many reports before it
SELECT_MARGIN = 0.6  # another method replaces the reference only if 40% better
# local scale of an origin's log errors: SCALE_FLOOR + |log change of the SCALE_DAYS-day
# mean rate over the last SCALE_LAG days| (SCALE_DAYS = 0: errors are not rescaled)
SCALE_DAYS = 28
SCALE_LAG = 28
SCALE_FLOOR = 0.15
ACI_GAMMA = 0.0  # adaptive widening step (log spread per unit of miss rate − target); 0: off
ACI_BOUNDS = (0.0, 1.4)  # never narrower than the conformal spread, at most ×4 (e^1.4)
MIN_CASES = 30  # fewer scored cases than this: the score is not reported
POOL_BOTH_SIDES_FROM = 0.45  # |level − 0.5|: the 2.5% and 97.5% quantiles
POOL_KAPPA = 0.5  # pooled scores scale as (h / 30)^κ: a random-walk rate's error growth
BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("1-7", 1, 7), ("8-30", 8, 30), ("31-60", 31, 60), ("61-120", 61, 120), ("all", 1, 120),
)
# a bucket's forecasts are "indicative" when its past errors were this bad
POOR_MEDIAN_AE_SHARE = 0.25  # median error above a quarter of the horizon
POOR_COVERAGE_80 = 0.65  # or the 80% range held less than 65% of the time


@dataclass(frozen=True)
class HorizonScore:
    """How forecasts this far ahead fared in the rolling-origin backtest."""

    bucket: str  # days ahead, e.g. "31-60"
    cases: int
    mae_days: float | None
    median_ae_days: float | None
    coverage_80: float | None  # share of true crossing days inside the 80% interval
    coverage_95: float | None
    is_poor: bool  # forecasts this far ahead are marked indicative

    def sentence(self) -> str:
        """Return the plain-words reading of this score."""
        if self.cases == 0 or self.median_ae_days is None or self.coverage_80 is None:
            return f"no past forecasts {self.bucket} days ahead to judge this one by"
        return (f"in the past, forecasts {self.bucket} days ahead were off by a median of "
                f"{self.median_ae_days:g} days; the 80% range held "
                f"{self.coverage_80:.0%} of the time")


@dataclass(frozen=True)
class Calibration:
    """What a forecast at ``origin`` needs: the chosen method's path, bands and score."""

    category: str
    origin: date  # the last report used
    method: str
    total: int  # at the origin
    increase: tuple[float, ...]  # point F(h), h = 1..MAX_HORIZON_DAYS
    bands: tuple[tuple[float, ...], ...]  # per LEVELS: increase at that ratio quantile
    scores: tuple[HorizonScore, ...]  # per BUCKETS, of the chosen method
    method_mae: dict[str, float | None]  # candidates' mean abs error (days), the choice's basis
    origins: int  # calibration origins behind the bands
    bucket_methods: tuple[str, ...] = ()  # the method used per scored bucket (1-7 … 61-120+)
    mean_rate: float | None = None  # the count model's mean daily rate (its point is a median)

    def description(self) -> str:
        """Return the method in words; a per-horizon choice names each bucket's method."""
        if self.method in METHOD_NAMES:
            return METHOD_NAMES[self.method]
        return "chosen per horizon by the backtest: " + ", ".join(
            f"{b[0]} days {m}" for b, m in zip(BUCKETS, self.bucket_methods, strict=False))

    def score_for(self, days_ahead: int) -> HorizonScore | None:
        """Return the score of the bucket holding ``days_ahead`` (None beyond 120 days)."""
        for s in self.scores[:-1]:
            lo, hi = (int(x) for x in s.bucket.split("-"))
            if lo <= days_ahead <= hi:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates as ISO strings); :meth:`from_dict` reverses it."""
        d = asdict(self)
        d["origin"] = self.origin.isoformat()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Calibration:
        """Rebuild a calibration stored with :meth:`to_dict`."""
        return cls(
            d["category"], date.fromisoformat(d["origin"]), d["method"], int(d["total"]),
            tuple(d["increase"]), tuple(tuple(b) for b in d["bands"]),
            tuple(HorizonScore(**s) for s in d["scores"]), dict(d["method_mae"]),
            int(d["origins"]), tuple(d.get("bucket_methods", ())), d.get("mean_rate"),
        )


@dataclass
class _Engine:
    """Paths, scores and realised increases at the calibration origins (oldest first)."""

    dates: np.ndarray  # ordinal of each calibration date (anchor − 7k)
    days: np.ndarray  # ordinal of each origin's last report
    totals: np.ndarray
    paths: dict[str, np.ndarray]  # method -> [origin, h]
    realised: np.ndarray  # [origin, h], NaN where o + h is after the last report
    rare: np.ndarray  # per origin: the last year's rate is under RARE_RATE a day
    scale: np.ndarray  # per origin: the local scale its log errors are measured in
    spread: np.ndarray  # per origin: the count model's index of dispersion (≥ 1)
    count_days: np.ndarray  # per origin: the days its count-model rate was counted over
    daily: np.ndarray  # the daily grid (report dates) of the whole series
    ends: np.ndarray  # per origin: its grid index (the count model reads daily[: end + 1])


def _grid(series: LossSeries) -> tuple[int, np.ndarray, np.ndarray]:
    """Return (first report ordinal, total per report day, daily increments) — report dates."""
    from attrition.analysis.daily import daily_grid
    from attrition.model.dates import DateConvention

    grid = daily_grid(series, DateConvention.REPORT, increments="diff")
    daily = grid.values.copy()
    daily[0] = 0.0 if daily.size == 1 else daily[1]  # no baseline for the first report
    return grid.first_day, grid.total, daily


def _engine(series: LossSeries, anchor: date, methods: Sequence[str]) -> _Engine:
    import numpy as np

    first, total, daily = _grid(series)
    reports = np.array([r.report_date.toordinal() for r in series.rows])
    # each calibration date's origin is its last report; the grid index is its day
    dates = np.arange(anchor.toordinal(), first - 1, -EVERY_DAYS)[::-1]
    idx = np.searchsorted(reports, dates, side="right") - 1
    keep = idx + 1 >= MIN_REPORTS
    days = reports[idx[keep]]
    ends = days - first
    paths = {m: PATH_FUNCTIONS[m](total, daily, ends, MAX_HORIZON_DAYS, days) for m in methods}
    # realised: total of the last report ≤ o + h (step function; known once o + h passed)
    step_total = total.copy()
    on_report = np.zeros(total.size, dtype=bool)
    on_report[reports - first] = True
    last_seen = np.maximum.accumulate(np.where(on_report, np.arange(total.size), 0))
    step_total = total[last_seen]
    at = ends[:, None] + np.arange(1, MAX_HORIZON_DAYS + 1)[None, :]
    inside = at < total.size
    realised = np.where(inside, step_total[np.minimum(at, total.size - 1)] - total[ends][:, None],
                        np.nan)
    rare = count_rates(daily, RARE_DAYS)[ends] < RARE_RATE
    return _Engine(dates[keep], days, total[ends], paths, np.asarray(realised, dtype=np.float64),
                   rare, _local_scale(daily, ends), dispersion(daily, ends),
                   np.minimum(ends + 1, COUNT_DAYS), daily, ends)


def _local_scale(daily: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Return each origin's scale: SCALE_FLOOR + |log change of its mean rate| (data ≤ origin)."""
    import numpy as np

    from attrition.analysis.forecast_methods import trailing_means

    if not SCALE_DAYS:
        return np.ones(ends.size)
    m = np.log(np.maximum(trailing_means(daily, SCALE_DAYS), 0.0) + RATE_FLOOR)
    d = np.abs(m[ends] - m[np.maximum(ends - SCALE_LAG, 0)])
    return np.asarray(SCALE_FLOOR + d)


def _quantiles(scores: np.ndarray, days: np.ndarray, at: int, unit: np.ndarray
               ) -> tuple[np.ndarray, int] | None:
    """Return the log-ratio quantiles [LEVELS, h] at origin day ``at`` and the origins used.

    Each origin's scores are divided by its local scale ``unit`` and multiplied by the
    scale at ``at`` (normalised conformal): a month whose rate just jumped gets a wider
    range at once, a steady month a narrower one; both scales are known at their origins.
    """
    import numpy as np

    age = at - days
    rows = (age > 0) & (age <= QUANTILE_WINDOW_DAYS)
    if not rows.any():
        return None
    now = float(unit[np.searchsorted(days, at)])
    weight = 0.5 ** (age[rows] / QUANTILE_HALF_LIFE_DAYS)
    h = np.arange(1, scores.shape[1] + 1)
    raw = np.where(h[None, :] <= age[rows][:, None], scores[rows], np.nan)
    s = raw / unit[rows][:, None] * now
    counts = np.sum(~np.isnan(s), axis=0)
    supported = np.nonzero(counts >= MIN_SCORES)[0]
    if supported.size == 0:
        return None
    last = int(supported[-1])
    q = np.full((len(LEVELS), s.shape[1]), np.nan)
    q[:, : last + 1] = _weighted_quantiles(s[:, : last + 1], weight)
    if POOL_KAPPA:
        # pooled over horizons ≤ 120 days, scores scaled by (h / 30)^κ: the newest origins'
        # short-horizon errors inform the long horizons, whose own errors are older
        span = min(SCORED_HORIZON_DAYS, s.shape[1])
        scale = (h[:span] / 30.0) ** POOL_KAPPA
        z = (s[:, :span] / scale[None, :]).ravel()
        zw = np.repeat(weight, span)
        keep = ~np.isnan(z)
        if keep.sum() >= MIN_SCORES:
            pooled = _weighted_quantiles(z[keep][:, None], zw[keep])[:, 0]
            zq = pooled[:, None] * ((h[: last + 1] / 30.0) ** POOL_KAPPA)[None, :]
            levels = np.array(LEVELS)[:, None]
            # 95% bands on both sides; narrower ones only where the record runs slower
            # than the forecast (the side growth-corrected points overshoot on)
            below = levels < 0.5
            above = (levels > 0.5) & (np.abs(levels - 0.5) >= POOL_BOTH_SIDES_FROM)
            q[:, : last + 1] = np.where(below, np.minimum(q[:, : last + 1], zq),
                                        np.where(above, np.maximum(q[:, : last + 1], zq),
                                                 q[:, : last + 1]))
    # the rescaling sets the spread only: the median (the growth method's point) stays the
    # median of the errors as they were
    mid = LEVELS.index(0.5)
    q[:, : last + 1] += (_weighted_quantiles(raw[:, : last + 1], weight)[mid]
                         - q[mid, : last + 1])[None, :]
    widen = np.sqrt(h[last + 1:] / (last + 1))
    q[:, last + 1:] = q[:, last: last + 1] * widen[None, :]
    return q, int(rows.sum())


def _widened(q: np.ndarray, widening: np.ndarray) -> np.ndarray:
    """Return quantiles ``q`` spread about their median by exp(``widening``) [bucket, level]."""
    import numpy as np

    col = _bucket_of_h(q.shape[1])
    mid = q[LEVELS.index(0.5)][None, :]
    return np.asarray(mid + np.exp(widening[col].T) * (q - mid))


def _bucket_of_h(horizon: int) -> np.ndarray:
    """Return the scored bucket (0..3) of every h = 1..horizon (beyond 120: the last)."""
    import numpy as np

    h = np.arange(1, horizon + 1)
    return np.asarray(np.searchsorted([hi for _, _, hi in BUCKETS[:-1]], h, side="left")
                      .clip(max=len(BUCKETS) - 2))


def _finish(q: np.ndarray, path: np.ndarray) -> np.ndarray:
    """Return the bands [LEVELS, h]: increases at the ratio quantiles ``q``, non-decreasing."""
    import numpy as np

    bands = (path[None, :] + RATE_FLOOR) * np.exp(q) - RATE_FLOOR
    return np.asarray(np.maximum.accumulate(np.maximum(bands, 0.0), axis=1))


def _weighted_quantiles(s: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Return the LEVELS quantiles of every column (NaN = missing), rows weighed by ``weight``.

    The weighted empirical distribution with each value at the middle of its weight
    (Hazen), interpolated linearly: equal weights give the usual median.
    """
    import numpy as np

    order = np.argsort(s, axis=0, kind="stable")  # NaN last
    values = np.take_along_axis(s, order, axis=0)
    w = np.where(np.isnan(values), 0.0, weight[order])
    cum = np.cumsum(w, axis=0)
    total = cum[-1]
    mid = (cum - w / 2) / np.where(total > 0, total, 1.0)
    mid = np.where(w > 0, mid, np.inf)
    out = np.empty((len(LEVELS), s.shape[1]))
    cols = np.arange(s.shape[1])
    n = (w > 0).sum(axis=0)
    for k, p in enumerate(LEVELS):
        hi = np.minimum((mid < p).sum(axis=0), np.maximum(n - 1, 0))
        lo = np.maximum(hi - 1, 0)
        m_lo, m_hi = mid[lo, cols], mid[hi, cols]
        frac = np.clip((p - m_lo) / np.where(m_hi > m_lo, m_hi - m_lo, 1.0), 0.0, 1.0)
        out[k] = values[lo, cols] * (1 - frac) + values[hi, cols] * frac
    return out


def _point(method: str, path: np.ndarray, bands: np.ndarray) -> np.ndarray:
    """Return the point increase path: the method's own, or its median band (``growth``)."""
    return bands[LEVELS.index(0.5)] if method in MEDIAN_POINT_METHODS else path


def starts_at_first_day(day_at: Callable[[float], Any]) -> Any:
    """Return whether a crossing's intervals run from the first day: the shorter 80% range.

    ``day_at(q)`` is the crossing-date quantile q in days ahead (q = 0: day 1, the first
    report; later than the horizon: MAX_HORIZON_DAYS + 1), for one crossing or an array of
    them. Of the 80% ranges [1, t(0.8)] and [t(0.1), t(0.9)] the shorter one is taken
    (ties: equal-tailed), and the 50% and 95% ranges split their tails the same way, so
    the three stay nested. Where the crossing is most likely soon and less likely every
    later day (the wait for the next loss of a rare category) the range from the first
    day is the shorter one holding the same probability; the equal-tailed one left the
    likeliest days out. Where the crossing-date density is symmetric the equal-tailed
    range is the shorter.
    """
    return day_at(0.8) - 1 < day_at(0.9) - day_at(0.1)


def interval_days(day_at: Callable[[float], Any], level: float, first_day: Any) -> tuple[Any, Any]:
    """Return the (first, last) days of the ``level`` interval (see :func:`starts_at_first_day`).

    ``first_day`` (a bool, or an array of them) says which intervals start at day 1.
    """
    lo, hi = day_at(round((1 - level) / 2, 3)), day_at(round((1 + level) / 2, 3))
    return lo + first_day * (1 - lo), hi + first_day * (day_at(level) - hi)


def crossing_days(curve: np.ndarray, gaps: np.ndarray) -> np.ndarray:
    """Return the first h (1-based) with curve[h] ≥ gap per gap; MAX_HORIZON_DAYS + 1 if none."""
    import numpy as np

    return np.asarray(np.searchsorted(curve, gaps, side="left") + 1)


@dataclass
class _Scored:
    """Backtest cases of one method: origin day, true day, error, 80/95% hits.

    ``widening`` holds the adaptive widening in force at every calibration origin
    [origin, bucket, level] (log factors; see :func:`_score_cases`).
    """

    origin_day: np.ndarray
    true_days: np.ndarray
    errors: np.ndarray
    in80: np.ndarray
    in95: np.ndarray
    widening: np.ndarray


BandsAt = Callable[[int, int, "np.ndarray"], "np.ndarray | None"]


def _score_cases(engine: _Engine, method: str, bands_at: BandsAt, upto: int,
                 adaptive: bool, only: np.ndarray | None = None) -> _Scored:
    """Score the origins in order, adapting the bands' spread to their past misses.

    Cases are every level the total reached 1..120 days after an origin. Only origins
    whose 120 days are observed by ``upto`` enter the score, but every origin feeds the
    adaptive widening (an ACI-style update with delayed feedback): the 80% and 95% hits
    of an origin's crossings in bucket b become known on day origin + b's last day, and
    only from then on move the log spread of that bucket's bands, side by side
    (γ·(missed on this side − the side's share: 10% or 2.5%)). The widening at an origin
    therefore uses outcomes reported by that origin, never later ones.
    """
    import heapq

    import numpy as np

    level = np.array(LEVELS)
    side95 = np.abs(level - 0.5) >= POOL_BOTH_SIDES_FROM
    n_b = len(BUCKETS) - 1
    state = np.zeros((n_b, len(LEVELS)))
    widening = np.zeros((engine.days.size, n_b, len(LEVELS)))
    pending: list[tuple[int, int, int, np.ndarray]] = []  # (known day, seq, bucket, misses)
    parts: list[tuple[np.ndarray, ...]] = []
    for i, day in enumerate(engine.days.tolist()):
        while pending and pending[0][0] <= day:
            _, _, b, missed = heapq.heappop(pending)
            state[b] = np.clip(state[b] + ACI_GAMMA * missed, *ACI_BOUNDS)
        widening[i] = state
        if only is not None and not only[i]:
            continue
        if day + 1 > upto:
            continue
        bands = bands_at(i, day, state)
        if bands is None:
            continue
        r = engine.realised[i, :SCORED_HORIZON_DAYS]
        seen = np.concatenate([[0.0], np.nan_to_num(r, nan=-np.inf)])
        gained = np.nonzero(np.diff(np.maximum.accumulate(seen)) > 0)[0]
        if gained.size == 0:
            continue
        gaps = r[gained]
        true = gained + 1
        # a case stands for every unit gained that day: a milestone of any step falls on
        # a day in proportion to its gain, so the misses are weighed as a backtest sees them
        weight = np.diff(np.concatenate([[0.0], gaps]))
        point = crossing_days(_point(method, engine.paths[method][i], bands), gaps)
        # the earliest date uses the high band (ratio quantile 0.9), the latest the low one
        def day_at(q: float, bands: np.ndarray = bands, gaps: np.ndarray = gaps) -> np.ndarray:
            if q == 0:
                return np.ones(gaps.size, dtype=np.int64)
            return crossing_days(bands[LEVELS.index(round(1 - q, 3))], gaps)

        first_day = starts_at_first_day(day_at)
        lo80, hi80 = interval_days(day_at, 0.8, first_day)
        lo95, hi95 = interval_days(day_at, 0.95, first_day)
        if adaptive:
            for b, (_, lo, hi) in enumerate(BUCKETS[:-1]):
                sel = (true >= lo) & (true <= hi)
                if not sel.any():
                    continue
                missed = np.zeros(len(LEVELS))
                w = weight[sel] / weight[sel].sum()
                late80, early80 = float(w @ (true[sel] > hi80[sel])), float(
                    w @ (true[sel] < lo80[sel]))
                late95, early95 = float(w @ (true[sel] > hi95[sel])), float(
                    w @ (true[sel] < lo95[sel]))
                # the low ratio quantiles give the late dates, the high ones the early dates
                missed[(level < 0.5) & ~side95] = late80 - 0.1
                missed[(level > 0.5) & ~side95] = early80 - 0.1
                missed[(level < 0.5) & side95] = late95 - 0.025
                missed[(level > 0.5) & side95] = early95 - 0.025
                heapq.heappush(pending, (day + hi, len(parts) * n_b + b, b, missed))
        if day + SCORED_HORIZON_DAYS <= upto:
            parts.append((np.full(true.size, day), true, point - true,
                          (true >= lo80) & (true <= hi80), (true >= lo95) & (true <= hi95)))
        else:
            parts.append(tuple(np.array([], dtype=x.dtype) for x in (
                true, true, true, true >= 0, true >= 0)))
    if not parts:
        empty = np.array([], dtype=np.int64)
        return _Scored(empty, empty, empty, empty.astype(bool), empty.astype(bool), widening)
    o, t, err, i80_, i95_ = (np.concatenate(c) for c in zip(*parts, strict=True))
    return _Scored(o, t, err, i80_, i95_, widening)


def _bucket_scores(cases: _Scored, mask: np.ndarray) -> tuple[HorizonScore, ...]:
    import numpy as np

    out = []
    for name, lo, hi in BUCKETS:
        sel = mask & (cases.true_days >= lo) & (cases.true_days <= hi)
        n = int(sel.sum())
        if n < MIN_CASES:
            out.append(HorizonScore(name, n, None, None, None, None, n > 0))
            continue
        err = np.abs(cases.errors[sel])
        median = round(float(np.median(err)), 1)
        cov80 = round(float(cases.in80[sel].mean()), 3)
        poor = median > POOR_MEDIAN_AE_SHARE * (lo + hi) / 2 or cov80 < POOR_COVERAGE_80
        out.append(HorizonScore(name, n, round(float(err.mean()), 2), median, cov80,
                                round(float(cases.in95[sel].mean()), 3), poor))
    return tuple(out)


def _choice(mae: dict[str, float | None], methods: Sequence[str]) -> str:
    """Return the first method unless another's past MAE is clearly (SELECT_MARGIN) lower."""
    first = methods[0]
    known = {m: v for m, v in mae.items() if v is not None}
    if not known:
        return first
    best = min(known, key=lambda m: (known[m], methods.index(m)))
    base = known.get(first)
    if base is not None and best != first and known[best] > SELECT_MARGIN * base:
        return first
    return best


class Calibrator:
    """The engine over one series and origin grid; calibrations at any grid origin."""

    def __init__(self, series: LossSeries, anchor: date, methods: Sequence[str]) -> None:
        import numpy as np

        self.series = series
        self.methods = tuple(methods)
        self.engine = _engine(series, anchor, self.methods)
        e = self.engine
        self.scores = {
            m: np.log((np.maximum(e.realised, 0.0) + RATE_FLOOR) / (p + RATE_FLOOR))
            for m, p in e.paths.items()
        }
        last = int(e.days[-1]) if e.days.size else anchor.toordinal()
        # with auto, the count model is scored (and used) at the rare origins only
        self.counting = len(self.methods) > 1 and COUNT_METHOD in self.methods
        self.cases = {
            m: _score_cases(
                e, m, self._bands_at(m), last, adaptive=m != COUNT_METHOD,
                only=e.rare if self.counting and m == COUNT_METHOD else None)
            for m in self.methods
        }

    def _bands_at(self, method: str) -> BandsAt:
        """Return the function giving ``method``'s bands at origin i, day, widening."""
        e = self.engine

        def bands(i: int, day: int, widening: np.ndarray) -> np.ndarray | None:
            path = e.paths[method][i]
            if method == COUNT_METHOD:
                end = int(e.ends[i])
                if end + 1 >= HISTORY_MIN_DAYS:  # with the record's own windows up to it
                    return mixed_bands(e.daily[: end + 1], float(path[0]), MAX_HORIZON_DAYS,
                                       LEVELS, float(e.spread[i]), int(e.count_days[i]))
                return count_bands(float(path[0]), MAX_HORIZON_DAYS, LEVELS, float(e.spread[i]),
                                   int(e.count_days[i]))
            got = _quantiles(self.scores[method], e.days, day, e.scale)
            return None if got is None else _finish(_widened(got[0], widening), path)

        return bands

    def index_of(self, when: date) -> int | None:
        """Return the index of calibration date ``when``, None if it is not one."""
        import numpy as np

        hit = np.nonzero(self.engine.dates == when.toordinal())[0]
        return int(hit[0]) if hit.size else None

    def _choices(self, i: int, day: int) -> tuple[list[str], dict[str, float | None], dict[
            str, np.ndarray]]:
        """Return the method per scored bucket at origin i, the candidates' MAE, their masks.

        ``auto`` at a rare origin is the count model in every bucket; elsewhere each bucket
        keeps the reference unless another candidate's past MAE in that bucket (cases known
        at ``day``) is clearly lower.
        """
        import numpy as np

        masks = {}
        for m in self.methods:
            c = self.cases[m]
            masks[m] = (c.origin_day + SCORED_HORIZON_DAYS <= day) & (day - c.origin_day
                                                                     <= WINDOW_DAYS)

        def mae(m: str, lo: int, hi: int) -> float | None:
            c = self.cases[m]
            sel = masks[m] & (c.true_days >= lo) & (c.true_days <= hi)
            return round(float(np.abs(c.errors[sel]).mean()), 3) if sel.any() else None

        overall = {m: mae(m, 1, SCORED_HORIZON_DAYS) for m in self.methods}
        if self.counting and bool(self.engine.rare[i]):
            return [COUNT_METHOD] * (len(BUCKETS) - 1), overall, masks
        pool = [m for m in self.methods if not (self.counting and m == COUNT_METHOD)]
        chosen = [_choice({m: mae(m, lo, hi) for m in pool}, pool) for _, lo, hi in BUCKETS[:-1]]
        return chosen, {m: overall[m] for m in pool}, masks

    def at(self, index: int) -> Calibration:
        """Return the calibration at the ``index``-th calibration origin (−1: the anchor)."""
        import numpy as np

        e = self.engine
        if not e.days.size:
            raise UsageError(f"{self.series.category}: too few reports to forecast",
                             input=self.series.category)
        i = index % e.days.size
        day = int(e.days[i])
        chosen, mae, masks = self._choices(i, day)
        col = _bucket_of_h(MAX_HORIZON_DAYS)
        bands = np.empty((len(LEVELS), MAX_HORIZON_DAYS))
        point = np.empty(MAX_HORIZON_DAYS)
        used = 0
        for m in dict.fromkeys(chosen):
            got = (None if m == COUNT_METHOD else _quantiles(self.scores[m], e.days, day, e.scale))
            if got is None and m != COUNT_METHOD:
                raise UsageError(
                    f"{self.series.category}: need at least {MIN_SCORES} weekly origins of "
                    f"reports before {date.fromordinal(day)} to calibrate the intervals",
                    input=date.fromordinal(day).isoformat(),
                )
            b = self._bands_at(m)(i, day, self.cases[m].widening[i])
            assert b is not None
            used = max(used, got[1] if got else int(((day - e.days > 0)
                                                     & (day - e.days <= WINDOW_DAYS)).sum()))
            cols = np.isin(col, [k for k, c in enumerate(chosen) if c == m])
            bands[:, cols] = b[:, cols]
            point[cols] = _point(m, e.paths[m][i], b)[cols]
        bands = np.maximum.accumulate(bands, axis=1)
        point = np.maximum.accumulate(point)
        method = chosen[0] if len(set(chosen)) == 1 else "+".join(dict.fromkeys(chosen))
        return Calibration(
            self.series.category, date.fromordinal(day), method, int(e.totals[i]),
            tuple(np.round(point, 3).tolist()),
            tuple(tuple(np.round(b, 3).tolist()) for b in bands),
            self._scores(chosen, masks), mae, used, tuple(chosen),
            float(e.paths[COUNT_METHOD][i][0]) if chosen[0] == COUNT_METHOD else None,
        )

    def _scores(self, chosen: list[str], masks: dict[str, np.ndarray]
                ) -> tuple[HorizonScore, ...]:
        """Return the bucket scores: each bucket's from the method chosen for it."""
        import numpy as np

        picked = []
        for (_, lo, hi), m in zip(BUCKETS[:-1], chosen, strict=True):
            c = self.cases[m]
            sel = masks[m] & (c.true_days >= lo) & (c.true_days <= hi)
            picked.append((c, sel))

        def joined(field: str) -> np.ndarray:
            return np.concatenate([getattr(c, field)[sel] for c, sel in picked])

        whole = _Scored(joined("origin_day"), joined("true_days"), joined("errors"),
                        joined("in80"), joined("in95"), np.empty(0))
        return _bucket_scores(whole, np.ones(whole.true_days.size, dtype=bool))


def point_days(series: LossSeries, gap: float, *, as_of: date | None = None,
               method: str = "ewma7") -> int | None:
    """Return the days from the last report up to ``as_of`` until ``method``'s point closes ``gap``.

    The point alone, with no calibration (so it works on a short record): None beyond
    MAX_HORIZON_DAYS or with fewer than two reports. ``method`` must have a path of its
    own (not ``auto`` or ``growth``, whose points come from a calibration).
    """
    import numpy as np

    cut = series.upto(as_of) if as_of is not None else series
    if len(cut) < 2 or method not in PATH_FUNCTIONS or method in MEDIAN_POINT_METHODS:
        return None
    first, total, daily = _grid(cut)
    end = np.array([total.size - 1])
    path = PATH_FUNCTIONS[method](total, daily, end, MAX_HORIZON_DAYS, end + first)[0]
    h = int(crossing_days(path, np.array([gap]))[0])
    return h if h <= MAX_HORIZON_DAYS else None


def fingerprint(series: LossSeries, as_of: date | None = None) -> str:
    """Return the data version a calibration depends on: the engine's settings + every total.

    The library caches calibrations under it, so one is recomputed only when a total up
    to ``as_of`` (or a setting of the engine) changes.
    """
    import hashlib

    cut = series.upto(as_of) if as_of is not None else series
    h = hashlib.sha256(repr((ENGINE_VERSION, LEVELS, WINDOW_DAYS, MIN_SCORES, EVERY_DAYS,
                             as_of)).encode())
    h.update(";".join(f"{r.report_date.toordinal()}:{r.total}" for r in cut.rows).encode())
    return h.hexdigest()[:32]


def candidates(method: str) -> tuple[str, ...]:
    """Return the methods a calibration for ``method`` (a name or ``auto``) must compute."""
    if method not in METHOD_NAMES:
        raise UsageError(f"unknown method {method!r}; use one of {', '.join(METHOD_NAMES)}",
                         input=method)
    return AUTO_CANDIDATES if method == AUTO else (method,)


def calibrate(series: LossSeries, *, as_of: date | None = None, method: str = AUTO
              ) -> Calibration:
    """Return the calibration of ``series`` at its last report up to ``as_of``."""
    cut = series.upto(as_of) if as_of is not None else series
    if len(cut) < 2:
        raise UsageError(f"{series.category}: too few reports up to {as_of} to forecast",
                         input=str(as_of))
    anchor = as_of if as_of is not None else cut.rows[-1].report_date
    return Calibrator(cut, anchor, candidates(method)).at(-1)
