"""Analyses of one category: trend (with streaks and the recent window), forecast, backtest.

Each method reads the consensus series once, makes the analysis calls and returns one
result. numpy, pandas, scipy and ruptures are imported inside the methods.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta

from attrition.library.base import Door, as_date, as_of_date, series_sources
from attrition.library.results import Answer, envelope_meta, plain
from attrition.model.dates import DateConvention

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.analysis.backtest import Backtest
    from attrition.analysis.changepoints import ChangePoints, Cusum
    from attrition.analysis.forecast import Forecast
    from attrition.analysis.forecast_calibration import Calibration
    from attrition.analysis.streaks import Streaks, WindowStats
    from attrition.analysis.trends import MeanShift
    from attrition.model.series import LossSeries
    from attrition.store import Store

TREND_DAYS = 180  # change points cover the last 180 days unless a start is given


@dataclass(frozen=True)
class Trend(Answer):
    """Rolling means, change points, and on request a mean shift, a CUSUM alarm, streaks."""

    category: str
    convention: str
    as_of: date | None
    sources: frozenset[str]
    last_day: date
    rolling_means: dict[str, float | None]
    change_points: ChangePoints
    mean_shift: MeanShift | None = None
    cusum: Cusum | None = None
    streaks: dict[str, Streaks] | None = None
    recent_window: WindowStats | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return every part as plain values."""
        return {
            "last_day": self.last_day,
            "rolling_means": self.rolling_means,
            "change_points": plain(self.change_points),
            "mean_shift": plain(self.mean_shift),
            "cusum": plain(self.cusum),
            "streaks": plain(self.streaks),
            "recent_window": plain(self.recent_window),
        }

    def meta(self) -> dict[str, Any]:
        """Return convention, as_of, sources; increments exclude stated corrections."""
        return envelope_meta(self.convention, self.as_of, self.sources, category=self.category,
                             increments="excluding_corrections")


@dataclass(frozen=True)
class ForecastAnswer(Answer):
    """Milestone crossings and expected totals with their intervals."""

    sources: frozenset[str]
    forecast: Forecast

    def to_dict(self) -> dict[str, Any]:
        """Return the forecast as plain values."""
        data: dict[str, Any] = plain(self.forecast)
        return data

    def meta(self) -> dict[str, Any]:
        """Return the convention, the origin (as_of), sources, category and method."""
        fc = self.forecast
        return envelope_meta(fc.convention.value, fc.as_of, self.sources, category=fc.category,
                             method=fc.method)


@dataclass(frozen=True)
class BacktestAllAnswer(Answer):
    """The backtest of every category that has one, and why the others have none."""

    backtests: tuple[BacktestAnswer, ...]
    skipped: dict[str, str]

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one record per category and horizon bucket."""
        return [{"category": a.backtest.category, "step": a.backtest.step,
                 "method": a.backtest.method, **plain(b)}
                for a in self.backtests for b in a.backtest.buckets]

    def meta(self) -> dict[str, Any]:
        """Return report-date convention, the latest as_of, sources and what was skipped."""
        first = self.backtests[0]
        return envelope_meta("report", first.as_of,
                             frozenset().union(*(a.sources for a in self.backtests)),
                             category="all", method=first.backtest.method,
                             origins=first.backtest.origins,
                             first_origin=first.backtest.first_origin,
                             last_origin=first.backtest.last_origin,
                             skipped=self.skipped or None)


@dataclass(frozen=True)
class BacktestAnswer(Answer):
    """Scores of milestone forecasts per horizon bucket (dates are report dates)."""

    as_of: date | None
    sources: frozenset[str]
    backtest: Backtest

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one record per horizon bucket."""
        return [plain(b) for b in self.backtest.buckets]

    def meta(self) -> dict[str, Any]:
        """Return report-date convention, as_of, sources and the run's settings."""
        b = self.backtest
        return envelope_meta("report", self.as_of, self.sources, category=b.category,
                             method=b.method, chosen=b.chosen or None, step=b.step, origins=b.origins,
                             first_origin=b.first_origin, last_origin=b.last_origin)


class AnalysesMethods(Door):
    """Trend, forecast and backtest of one category (extremes: :mod:`.extremes`)."""

    def trend(
        self,
        category: str,
        *,
        convention: str | DateConvention = "loss",
        start: str | date | None = None,
        end: str | date | None = None,
        since: str | date | None = None,
        days: int = 50,
        method: str = "pelt",
        n_bkps: int | None = None,
        baseline_start: str | date | None = None,
        baseline_end: str | date | None = None,
        threshold: int | None = None,
        window: int | None = None,
        as_of: str | date | None = None,
    ) -> Trend:
        """Return rolling means and change points (default: the last 180 days to ``end``).

        ``since`` adds a before/after test of ``days`` days each; ``baseline_start``
        with ``baseline_end`` a CUSUM alarm; ``threshold`` the longest and current
        streaks above and below it; ``window`` min/max/mean of the last N days.
        """
        from attrition.analysis.changepoints import change_points, cusum
        from attrition.analysis.streaks import recent_window, streaks
        from attrition.analysis.trends import mean_shift_since, rolling_means
        from attrition.errors import UsageError

        conv = DateConvention.parse(convention)
        when = as_of_date(as_of)
        series = self._known_series(category, when)
        last = series.rows[-1].date_for(conv)
        last_day = min(as_date(end, "end") or last, last)
        first_day = as_date(start, "start") or last_day - timedelta(days=TREND_DAYS - 1)
        means = rolling_means(series, conv, windows=(7, 28), start=last_day, end=last_day)
        latest = {k: (None if v != v else round(float(v), 1))  # NaN → None
                  for k, v in means.iloc[-1].items()
                  if k.startswith("daily_mean_")} if len(means) else {}
        cp = change_points(series, conv, start=first_day, end=last_day, method=method,
                           n_bkps=n_bkps)
        since_day = as_date(since, "since")
        shift = mean_shift_since(series, since_day, conv, days=days,
                                 end=last_day) if since_day else None
        alarm = None
        if baseline_start or baseline_end:
            b_start, b_end = as_date(baseline_start, "baseline_start"), as_date(
                baseline_end, "baseline_end")
            if b_start is None or b_end is None:
                raise UsageError("give both --baseline-from and --baseline-to",
                                 input=str(b_start or b_end))
            alarm = cusum(series, conv, baseline_start=b_start, baseline_end=b_end, end=last_day)
        runs = None
        if threshold is not None:
            runs = {d: streaks(series, threshold, conv, direction=d, end=last_day)
                    for d in ("above", "below")}
        recent = recent_window(series, window, conv, end=last_day) if window else None
        return Trend(series.category, conv.value, when or series.last_report_date,
                     frozenset(series_sources(series)), last_day, latest, cp, shift, alarm,
                     runs, recent)

    def forecast(
        self,
        category: str,
        milestones: Sequence[int] | None = None,
        *,
        on: Sequence[str | date] = (),
        method: str | None = None,
        as_of: str | date | None = None,
        convention: str | DateConvention = "loss",
    ) -> ForecastAnswer:
        """Return milestone crossings with 50/80/95% intervals, seeing nothing after ``as_of``."""
        from attrition.analysis.forecast import forecast
        from attrition.analysis.forecast_methods import DEFAULT_METHOD

        conv = DateConvention.parse(convention)
        when = as_of_date(as_of)
        series = self._known_series(category, when)
        dates = [d for d in (as_date(x, "on") for x in on) if d]
        chosen = method or DEFAULT_METHOD
        fc = forecast(series, conv, as_of=when, milestones=list(milestones or []) or None,
                      on=dates, method=chosen,
                      calibration=self.calibration(series, when, chosen))
        return ForecastAnswer(frozenset(series_sources(series)), fc)

    def calibration(self, series: LossSeries, as_of: date | None, method: str) -> Calibration:
        """Return the forecast calibration of ``series`` at ``as_of``: kept, else computed."""
        return kept_calibration(self.store, series, as_of, method)

    def backtest(
        self,
        category: str,
        *,
        step: int | None = None,
        method: str | None = None,
        start: str | date = "2023-01-02",
        as_of: str | date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> BacktestAnswer:
        """Backtest milestone forecasts from weekly origins from ``start`` (no look-ahead).

        ``step`` defaults to the forecast's round-number step for the latest total.
        """
        from attrition.analysis.backtest import backtest
        from attrition.analysis.forecast import milestone_step
        from attrition.analysis.forecast_methods import DEFAULT_METHOD

        when = as_of_date(as_of)
        series = self._known_series(category, when)
        first = as_date(start, "start")
        assert first is not None
        result = backtest(series, step=step or milestone_step(series.rows[-1].total),
                          method=method or DEFAULT_METHOD, start=first, progress=progress)
        return BacktestAnswer(when or series.last_report_date,
                              frozenset(series_sources(series)), result)

    def backtest_all(
        self,
        *,
        method: str | None = None,
        start: str | date = "2023-01-02",
        as_of: str | date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> BacktestAllAnswer:
        """Backtest every category in the record at its default step (``backtest --all``).

        A category that cannot be backtested (its record ends before the first origin,
        or is too short) is listed in ``skipped`` with the reason.
        """
        from attrition.errors import UsageError

        categories = self.store.consensus_categories()
        done: list[BacktestAnswer] = []
        skipped: dict[str, str] = {}
        for i, category in enumerate(categories):
            def each(n: int, t: int, i: int = i) -> None:
                if progress is not None:
                    progress(i * t + n, len(categories) * t)
            try:
                done.append(self.backtest(category, method=method, start=start, as_of=as_of,
                                          progress=each))
            except UsageError as err:
                skipped[category] = err.message
        if not done:
            raise UsageError("no category could be backtested: " + "; ".join(
                f"{c}: {why}" for c, why in skipped.items()), input="--all")
        return BacktestAllAnswer(tuple(done), skipped)


def kept_calibration(store: Store, series: LossSeries, as_of: date | None, method: str
                     ) -> Calibration:
    """Return the forecast calibration of ``series`` at ``as_of``: kept, else computed.

    Computed once per data version (a fingerprint of every total up to ``as_of``) and
    kept in the store; a read-only store still answers, without keeping it. The forecast,
    the brief and the chart all read it here.
    """
    import json

    from attrition.analysis.forecast_calibration import Calibration, calibrate, fingerprint
    from attrition.errors import StoreError

    key = (as_of or series.last_report_date or date.min).isoformat()
    version = fingerprint(series, as_of)
    hit = store.cached("forecast_calibration", series.category, key, method, version)
    if hit is not None:
        return Calibration.from_dict(json.loads(hit))
    cal = calibrate(series, as_of=as_of, method=method)
    with suppress(StoreError):
        store.keep_cached("forecast_calibration", series.category, key, method,
                          version, json.dumps(cal.to_dict()))
    return cal
