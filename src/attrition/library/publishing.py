"""Publishing: the newsroom brief, charts, the daily card and the open-data export.

The work is :mod:`attrition.publish`; each method gathers what it needs from the record
and returns one answer (matplotlib, pandas and pyarrow load inside the methods).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door, as_of_date
from attrition.library.results import Answer, envelope_meta
from attrition.model.series import LossSeries

if TYPE_CHECKING:  # pragma: no cover
    from attrition.analysis.forecast_calibration import Calibration
    from attrition.publish.brief import Brief
    from attrition.publish.charts import ChartResult
    from attrition.publish.exports import ExportResult
    from attrition.publish.independent_tables import IndependentSeries
    from attrition.publish.infographic import CardResult
    from attrition.publish.inputs import Record
    from attrition.store import Store


class SeriesReader(Mapping[str, LossSeries]):
    """Category → consensus series as known on ``as_of``, read on first use (empty if none)."""

    def __init__(self, store: Store, as_of: date | None) -> None:
        self._store, self._as_of = store, as_of
        self._cache: dict[str, LossSeries] = {}

    def __getitem__(self, key: str) -> LossSeries:
        if key not in self._cache:
            self._cache[key] = self._store.series(key, as_of=self._as_of)
        return self._cache[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.consensus_categories())

    def __len__(self) -> int:
        return len(self._store.consensus_categories())


def publish_record(
    store: Store, as_of: date | None = None, *, findings: bool = False, independent: bool = False,
    beside: IndependentSeries | None = None,
    calibrations: Callable[[LossSeries], Calibration] | None = None,
) -> Record:
    """Return what publishing reads from ``store`` as known on ``as_of`` (never the store itself).

    ``findings`` also loads the stored findings (the brief lists them); ``beside`` is
    what the compare/territory charts and the brief's independent section draw;
    ``calibrations`` gives a series' kept forecast calibration (the library's cache), so a
    brief or chart prints the same ``auto`` forecast as ``attrition forecast``.
    """
    from attrition.model.categories import KEYS
    from attrition.publish.inputs import Record

    present = set(store.consensus_categories())
    table = {key: store.consensus_rows(key, as_of=as_of) for key in KEYS if key in present}
    extra = None
    if independent:  # the export's tables of counts that never vote
        from attrition.library.independent import independent_tables

        extra = independent_tables(store)
    return Record(as_of, SeriesReader(store, as_of), table, store.sources_summary(),
                  store.findings() if findings else (), extra, beside, calibrations)


@dataclass(frozen=True)
class BriefAnswer(Answer):
    """The brief's facts, rendered as ``text`` in ``lang``/``format`` (written to ``output``)."""

    brief: Brief
    lang: str
    format: str
    text: str
    output: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the facts, the rendered text and where it was written."""
        data: dict[str, Any] = self.brief.to_dict()
        data.update(lang=self.lang, format=self.format, text=self.text,
                    output=str(self.output) if self.output else None)
        return data

    def meta(self) -> dict[str, Any]:
        """Return loss convention, as_of, the sources cited, category and dates."""
        made = self.brief
        return envelope_meta("loss", made.as_of or made.report_date,
                             (s for f in made.facts for s in f.citation.sources),
                             category=made.category, report_date=made.report_date,
                             loss_date=made.loss_date)


@dataclass(frozen=True)
class ChartAnswer(Answer):
    """A chart written to a file."""

    chart: ChartResult

    def to_dict(self) -> dict[str, Any]:
        """Return the chart's file, size, title, span and data version."""
        data: dict[str, Any] = self.chart.to_dict()
        return data

    def meta(self) -> dict[str, Any]:
        """Return loss convention, the data's as_of, sources, category and kind."""
        c = self.chart
        return envelope_meta("loss", c.version.as_of or c.version.latest_report_date, c.sources,
                             category=c.category, kind=c.kind)


@dataclass(frozen=True)
class CardAnswer(Answer):
    """The daily card written to a file."""

    card: CardResult

    def to_dict(self) -> dict[str, Any]:
        """Return the card's file, size, dates and items."""
        data: dict[str, Any] = self.card.to_dict()
        return data

    def meta(self) -> dict[str, Any]:
        """Return loss convention, as_of, sources and the report/loss date."""
        c = self.card
        return envelope_meta("loss", c.version.as_of or c.report_date,
                             (s for item in c.items for s in item.sources),
                             report_date=c.report_date, loss_date=c.loss_date)


@dataclass(frozen=True)
class ExportAnswer(Answer):
    """The files an export wrote."""

    export: ExportResult

    def to_dict(self) -> dict[str, Any]:
        """Return the folder, format, files, row counts and data version."""
        data: dict[str, Any] = self.export.to_dict()
        return data

    def meta(self) -> dict[str, Any]:
        """Return loss convention, the data's as_of and sources."""
        e = self.export
        return envelope_meta("loss", e.version.as_of or e.version.latest_report_date, e.sources)


class PublishingMethods(Door):
    """Brief, chart, card and export."""

    def _auto_calibration(self, series: LossSeries) -> Calibration:
        """Return the kept ``auto`` forecast calibration of ``series`` (as ``forecast`` uses)."""
        from attrition.analysis.forecast_methods import DEFAULT_METHOD
        from attrition.library.analyses import kept_calibration

        return kept_calibration(self.store, series, None, DEFAULT_METHOD)

    def brief(
        self,
        category: str = "personnel",
        *,
        as_of: str | date | None = None,
        lang: str = "en",
        fmt: str = "text",
        output: str | Path | None = None,
    ) -> BriefAnswer:
        """Build the newsroom brief and render it (text, md or html); write it to ``output``."""
        from attrition.library.independent import brief_beside
        from attrition.model.categories import lookup_category
        from attrition.publish.brief import build_brief, render_brief

        key = lookup_category(category).key
        day = as_of_date(as_of)
        made = build_brief(publish_record(self.store, day, findings=True,
                                          beside=brief_beside(self.store, key, day),
                                          calibrations=self._auto_calibration),
                           category=key)
        text = render_brief(made, lang=lang, fmt=fmt)
        out = Path(output) if output is not None else None
        if out is not None:
            from attrition.publish.outputs import output_file, writing

            with writing(output_file(out)):
                out.write_text(text, encoding="utf-8")
        return BriefAnswer(made, lang, fmt, text, out)

    def chart(
        self,
        kind: str,
        category: str | None = None,
        *,
        output: str | Path,
        start: str | date | None = None,
        end: str | date | None = None,
        as_of: str | date | None = None,
        lang: str = "en",
    ) -> ChartAnswer:
        """Draw chart ``kind`` of ``category`` into ``output`` (.png or .svg).

        ``category`` defaults to personnel; ``compare`` (General Staff vs Oryx, default
        tanks) takes an equipment category Oryx counts; ``territory`` takes none.
        """
        from attrition.library.independent import beside_series
        from attrition.model.categories import lookup_category
        from attrition.publish.charts import render_chart

        day = as_of_date(as_of)
        beside = None
        if kind == "territory":
            key = category or "territory"
            beside = beside_series(self.store, None, day)
        else:
            key = lookup_category(category or ("tanks" if kind == "compare" else "personnel")).key
            if kind == "compare":
                beside = beside_series(self.store, key, day)
        record = publish_record(self.store, day, beside=beside,
                                calibrations=self._auto_calibration)
        return ChartAnswer(render_chart(record, kind, key, Path(output), start=start, end=end,
                                        lang=lang))

    def card(
        self,
        *,
        output: str | Path,
        as_of: str | date | None = None,
        lang: str = "en",
        size: str = "1080x1080",
    ) -> CardAnswer:
        """Draw the daily infographic into ``output``."""
        from attrition.publish.infographic import render_card

        record = publish_record(self.store, as_of_date(as_of))
        return CardAnswer(render_card(record, Path(output), lang=lang, size=size))

    def export(
        self, output: str | Path, fmt: str = "datapackage", *, as_of: str | date | None = None
    ) -> ExportAnswer:
        """Export the record as open data (csv, json, parquet or datapackage) into ``output``."""
        from attrition.publish.exports import export

        return ExportAnswer(export(publish_record(self.store, as_of_date(as_of), independent=True),
                                   Path(output),
                                   fmt))
