"""What a server asks: the latest of every category, the change token, the data version, and
the Vega-Lite specs the web desk draws.

The API and the desk cache every reply until :meth:`ServingMethods.change_token` changes,
so each of these is computed once per data version per worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door, as_date, as_of_date, series_sources
from attrition.library.results import Answer, envelope_meta
from attrition.model.dates import DateConvention, to_convention

if TYPE_CHECKING:  # pragma: no cover
    from attrition.model.series import LossSeries
    from attrition.publish.vega import CorrectionMark
    from attrition.publish.version import DataVersion
    from attrition.store import ConsensusRow

SPEC_TREND_DAYS = 730  # change points over the last two years in the daily explorer
SPEC_RECORDS = 5  # record days marked in the daily explorer
FAN_HISTORY_DAYS = 365
FAN_STEP_DAYS = 7
FAN_HORIZON_DAYS = 182


@dataclass(frozen=True)
class Latest(Answer):
    """The latest consensus row of every category (as known on ``as_of``)."""

    convention: str
    as_of: date | None
    rows: tuple[ConsensusRow, ...]

    def to_dict(self) -> list[dict[str, Any]]:
        """Return one JSON record per category, in the canonical order."""
        return [r.to_dict() for r in self.rows]

    def meta(self) -> dict[str, Any]:
        """Return convention, as_of, the sources behind any row and the number of categories."""
        return envelope_meta(self.convention, self.as_of,
                             (s for r in self.rows for s in r.sources), count=len(self.rows))


@dataclass(frozen=True)
class VersionAnswer(Answer):
    """The data version published outputs print (content digest of the consensus figures)."""

    version: DataVersion

    def to_dict(self) -> dict[str, Any]:
        """Return latest report date, digest, rows, as_of and the newest ingest time."""
        return self.version.to_dict()

    def meta(self) -> dict[str, Any]:
        """Return report convention and as_of."""
        return envelope_meta("report", self.version.as_of)


@dataclass(frozen=True)
class SpecAnswer(Answer):
    """A Vega-Lite spec (JSON-ready) and what it shows."""

    spec: dict[str, Any]
    category: str
    convention: str
    sources: frozenset[str]

    def to_dict(self) -> dict[str, Any]:
        """Return the spec itself (it is the document vega-embed reads)."""
        return self.spec

    def meta(self) -> dict[str, Any]:
        """Return convention, sources and category."""
        return envelope_meta(self.convention, None, self.sources, category=self.category)


class ServingMethods(Door):
    """Latest figures, change token, data version, desk chart specs."""

    def latest(
        self,
        *,
        as_of: str | date | None = None,
        convention: str | DateConvention = "loss",
    ) -> Latest:
        """Return every category's latest consensus row (as known on ``as_of``)."""
        from attrition.model.categories import KEYS

        when = as_of_date(as_of)
        present = set(self.store.consensus_categories())
        rows = []
        for key in KEYS:
            if key not in present:
                continue
            if when is None:
                newest = self.store.latest_report_date(key)
                found = self.store.consensus_rows(key, newest, newest) if newest else []
            else:
                found = self.store.consensus_rows(key, None, when, as_of=when)[-1:]
            rows.extend(found)
        return Latest(DateConvention.parse(convention).value, when, tuple(rows))

    def change_token(self) -> str:
        """Return a cheap token that changes whenever an ingest changes the record."""
        return self.store.change_token()

    def data_version(self, as_of: str | date | None = None) -> VersionAnswer:
        """Return the data version (latest report, content digest) as known on ``as_of``."""
        from attrition.library.publishing import publish_record
        from attrition.publish.version import data_version

        return VersionAnswer(data_version(publish_record(self.store, as_of_date(as_of))))

    def series_spec(
        self,
        category: str,
        *,
        by: str = "day",
        convention: str | DateConvention = "loss",
        lang: str = "en",
        start: str | date | None = None,
        end: str | date | None = None,
    ) -> SpecAnswer:
        """Return the explorer's Vega-Lite spec: period sums, 7-day mean, change points, records."""
        from attrition.analysis.changepoints import change_points
        from attrition.analysis.extremes import extremes
        from attrition.analysis.periods import period_rows
        from attrition.publish.i18n import check_lang
        from attrition.publish.vega import series_spec

        conv = DateConvention.parse(convention)
        series = self._known_series(category)
        rows = period_rows(series, by, conv, start=as_date(start, "start"),
                           end=as_date(end, "end"))
        points: list[date] = []
        records: list[date] = []
        if by == "day":
            last = series.last_report_date
            first = date.fromordinal(last.toordinal() - SPEC_TREND_DAYS) if last else None
            if first is not None:
                first = to_convention(first, conv)
            points = [c.day for c in change_points(series, conv, start=first).changes]
            top = extremes(series, conv, top=SPEC_RECORDS, exclude_coarse=True)
            records = [r.start for r in top.top]
        spec = series_spec(rows, category=series.category, by=by, convention=conv.value,
                           lang=check_lang(lang), change_points=points, record_days=records,
                           corrections=self._correction_marks(series, conv))
        return SpecAnswer(spec, series.category, conv.value, frozenset(series_sources(series)))

    def _correction_marks(self, series: LossSeries,
                          conv: DateConvention) -> list[CorrectionMark]:
        """Return each jump holding a correction, with the source that stated it (if any)."""
        from attrition.publish.vega import CorrectionMark

        stated: dict[date, list[CorrectionMark]] = {}
        for c in self.store.corrections(series.category):
            stated.setdefault(c.report_date, []).append(CorrectionMark(
                to_convention(c.report_date, conv), c.report_date, c.amount, c.source, c.note))
        marks: list[CorrectionMark] = []
        for row in series.rows:
            if row.has_correction:
                marks += stated.get(row.report_date) or [CorrectionMark(
                    row.date_for(conv), row.report_date, row.correction_amount, None)]
        return marks

    def forecast_spec(
        self,
        category: str,
        *,
        lang: str = "en",
        convention: str | DateConvention = "loss",
        as_of: str | date | None = None,
    ) -> SpecAnswer:
        """Return the milestone fan: the last year of totals, then 50/80/95% bands ahead."""
        from datetime import timedelta

        from attrition.analysis.forecast import forecast
        from attrition.publish.i18n import check_lang
        from attrition.publish.vega import forecast_spec

        conv = DateConvention.parse(convention)
        series = self._known_series(category, as_of)
        last = series.last_report_date
        assert last is not None  # _known_series refuses an empty series
        ahead = [last + timedelta(days=d)
                 for d in range(FAN_STEP_DAYS, FAN_HORIZON_DAYS + 1, FAN_STEP_DAYS)]
        made = forecast(series, conv, as_of=as_of_date(as_of), on=ahead)
        since = last - timedelta(days=FAN_HISTORY_DAYS)
        frame = series.to_frame(conv)
        day_col = "loss_date" if conv is DateConvention.LOSS else "report_date"
        history = [(d, int(t)) for d, t in zip(frame[day_col], frame["total"], strict=True)
                   if d >= since]
        spec = forecast_spec(history, made, lang=check_lang(lang))
        return SpecAnswer(spec, series.category, conv.value, frozenset(series_sources(series)))

