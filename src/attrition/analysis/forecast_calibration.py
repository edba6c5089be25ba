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
* **Choice** (``auto``): the reference (``ewma7``) unless another candidate's mean
  absolute error in days over the scored cases known at O is at least 25% lower (then
  the lowest): small differences in the past do not repeat, large ones (growth) do.

Pure: no I/O, no clock. numpy is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from attrition.analysis.forecast_methods import (
    AUTO,
    AUTO_CANDIDATES,
    MEDIAN_POINT_METHODS,
    METHOD_NAMES,
    PATH_FUNCTIONS,
    RATE_FLOOR,
)
from attrition.errors import UsageError
from attrition.model.series import LossSeries

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

ENGINE_VERSION = "2026-12-04.3"  # bump when the methods change: cached calibrations go stale
# crossing-date quantile levels; an interval at level L is (q=(1−L)/2, q=(1+L)/2)
LEVELS: tuple[float, ...] = (0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975)
MAX_HORIZON_DAYS = 730  # crossings later than this are reported as beyond the horizon
SCORED_HORIZON_DAYS = 120  # the backtest scores crossings 1..120 days ahead
EVERY_DAYS = 7
WINDOW_DAYS = 365  # scores from origins at most this long before the forecast origin
MIN_SCORES = 12  # a horizon needs this many observed scores to have its own quantiles
MIN_REPORTS = 28  # a calibration origin needs this many reports before it
SELECT_MARGIN = 0.75  # another method replaces the reference only if 25% better
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
            int(d["origins"]),
        )


@dataclass
class _Engine:
    """Paths, scores and realised increases at the calibration origins (oldest first)."""

    dates: np.ndarray  # ordinal of each calibration date (anchor − 7k)
    days: np.ndarray  # ordinal of each origin's last report
    totals: np.ndarray
    paths: dict[str, np.ndarray]  # method -> [origin, h]
    realised: np.ndarray  # [origin, h], NaN where o + h is after the last report


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
    return _Engine(dates[keep], days, total[ends], paths, np.asarray(realised, dtype=np.float64))


def _bands(scores: np.ndarray, path: np.ndarray, days: np.ndarray, at: int
           ) -> tuple[np.ndarray, int] | None:
    """Return the level bands [LEVELS, h] at origin day ``at`` and the origins used."""
    import numpy as np

    age = at - days
    rows = (age > 0) & (age <= WINDOW_DAYS)
    if not rows.any():
        return None
    s = scores[rows]
    h = np.arange(1, s.shape[1] + 1)
    s = np.where(h[None, :] <= age[rows][:, None], s, np.nan)
    counts = np.sum(~np.isnan(s), axis=0)
    supported = np.nonzero(counts >= MIN_SCORES)[0]
    if supported.size == 0:
        return None
    last = int(supported[-1])
    q = np.full((len(LEVELS), s.shape[1]), np.nan)
    q[:, : last + 1] = _column_quantiles(s[:, : last + 1], counts[: last + 1])
    if POOL_KAPPA:
        # pooled over horizons ≤ 120 days, scores scaled by (h / 30)^κ: the newest origins'
        # short-horizon errors inform the long horizons, whose own errors are older
        span = min(SCORED_HORIZON_DAYS, s.shape[1])
        scale = (h[:span] / 30.0) ** POOL_KAPPA
        z = (s[:, :span] / scale[None, :]).ravel()
        z = z[~np.isnan(z)]
        if z.size >= MIN_SCORES:
            zq = np.quantile(z, LEVELS)[:, None] * ((h[: last + 1] / 30.0) ** POOL_KAPPA)[None, :]
            levels = np.array(LEVELS)[:, None]
            # 95% bands on both sides; narrower ones only where the record runs slower
            # than the forecast (the side growth-corrected points overshoot on)
            below = levels < 0.5
            above = (levels > 0.5) & (np.abs(levels - 0.5) >= POOL_BOTH_SIDES_FROM)
            q[:, : last + 1] = np.where(below, np.minimum(q[:, : last + 1], zq),
                                        np.where(above, np.maximum(q[:, : last + 1], zq),
                                                 q[:, : last + 1]))
    widen = np.sqrt(h[last + 1:] / (last + 1))
    q[:, last + 1:] = q[:, last: last + 1] * widen[None, :]
    bands = (path[None, :] + RATE_FLOOR) * np.exp(q) - RATE_FLOOR
    return np.maximum.accumulate(np.maximum(bands, 0.0), axis=1), int(rows.sum())


def _column_quantiles(s: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the LEVELS quantiles of every column (NaN = missing), linear interpolation."""
    import numpy as np

    ordered = np.sort(s, axis=0)  # NaN last: column j holds counts[j] values first
    cols = np.arange(s.shape[1])
    out = np.empty((len(LEVELS), s.shape[1]))
    for k, p in enumerate(LEVELS):
        pos = p * (counts - 1)
        lo = np.floor(pos).astype(np.int64)
        hi = np.minimum(lo + 1, counts - 1)
        frac = pos - lo
        out[k] = ordered[lo, cols] * (1 - frac) + ordered[hi, cols] * frac
    return out


def _point(method: str, path: np.ndarray, bands: np.ndarray) -> np.ndarray:
    """Return the point increase path: the method's own, or its median band (``growth``)."""
    return bands[LEVELS.index(0.5)] if method in MEDIAN_POINT_METHODS else path


def crossing_days(curve: np.ndarray, gaps: np.ndarray) -> np.ndarray:
    """Return the first h (1-based) with curve[h] ≥ gap per gap; MAX_HORIZON_DAYS + 1 if none."""
    import numpy as np

    return np.asarray(np.searchsorted(curve, gaps, side="left") + 1)


@dataclass
class _Scored:
    """Backtest cases of one method: origin day, true day, error, 80/95% hits."""

    origin_day: np.ndarray
    true_days: np.ndarray
    errors: np.ndarray
    in80: np.ndarray
    in95: np.ndarray


def _score_cases(engine: _Engine, method: str, scores: np.ndarray, upto: int) -> _Scored:
    """Score every origin before ``upto`` whose 1..120-day outcome is fully observed then."""
    import numpy as np

    i80 = (LEVELS.index(0.1), LEVELS.index(0.9))
    i95 = (LEVELS.index(0.025), LEVELS.index(0.975))
    parts: list[tuple[np.ndarray, ...]] = []
    for i, day in enumerate(engine.days.tolist()):
        if day + SCORED_HORIZON_DAYS > upto:
            continue
        got = _bands(scores, engine.paths[method][i], engine.days, day)
        if got is None:
            continue
        bands, _ = got
        r = engine.realised[i, :SCORED_HORIZON_DAYS]
        gained = np.nonzero(np.diff(np.concatenate([[0.0], r])) > 0)[0]
        if gained.size == 0:
            continue
        gaps = r[gained]
        true = gained + 1
        point = crossing_days(_point(method, engine.paths[method][i], bands), gaps)
        # the earliest date uses the high band (ratio quantile 0.9), the latest the low one
        lo80, hi80 = crossing_days(bands[i80[1]], gaps), crossing_days(bands[i80[0]], gaps)
        lo95, hi95 = crossing_days(bands[i95[1]], gaps), crossing_days(bands[i95[0]], gaps)
        parts.append((np.full(true.size, day), true, point - true,
                      (true >= lo80) & (true <= hi80), (true >= lo95) & (true <= hi95)))
    if not parts:
        empty = np.array([], dtype=np.int64)
        return _Scored(empty, empty, empty, empty.astype(bool), empty.astype(bool))
    cols = [np.concatenate(c) for c in zip(*parts, strict=True)]
    return _Scored(*cols)


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
        self.cases = {m: _score_cases(e, m, self.scores[m], last) for m in self.methods}

    def index_of(self, when: date) -> int | None:
        """Return the index of calibration date ``when``, None if it is not one."""
        import numpy as np

        hit = np.nonzero(self.engine.dates == when.toordinal())[0]
        return int(hit[0]) if hit.size else None

    def at(self, index: int) -> Calibration:
        """Return the calibration at the ``index``-th calibration origin (−1: the anchor)."""
        import numpy as np

        e = self.engine
        if not e.days.size:
            raise UsageError(f"{self.series.category}: too few reports to forecast",
                             input=self.series.category)
        i = index % e.days.size
        day = int(e.days[i])
        mae: dict[str, float | None] = {}
        masks = {}
        for m in self.methods:
            c = self.cases[m]
            masks[m] = (c.origin_day + SCORED_HORIZON_DAYS <= day) & (day - c.origin_day
                                                                     <= WINDOW_DAYS)
            n = int(masks[m].sum())
            mae[m] = round(float(np.abs(c.errors[masks[m]]).mean()), 3) if n else None
        method = _choice(mae, self.methods)
        got = _bands(self.scores[method], e.paths[method][i], e.days, day)
        if got is None:
            raise UsageError(
                f"{self.series.category}: need at least {MIN_SCORES} weekly origins of "
                f"reports before {date.fromordinal(day)} to calibrate the intervals",
                input=date.fromordinal(day).isoformat(),
            )
        bands, used = got
        return Calibration(
            self.series.category, date.fromordinal(day), method, int(e.totals[i]),
            tuple(np.round(_point(method, e.paths[method][i], bands), 3).tolist()),
            tuple(tuple(np.round(b, 3).tolist()) for b in bands),
            _bucket_scores(self.cases[method], masks[method]), mae, used,
        )


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
