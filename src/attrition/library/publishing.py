"""Publishing: the newsroom brief, charts, the daily card and the open-data export.

The work is :mod:`attrition.publish`; each method gathers what it needs from the record
and returns one answer (matplotlib, pandas and pyarrow load inside the methods).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door, as_of_date
from attrition.library.results import Answer, envelope_meta

if TYPE_CHECKING:  # pragma: no cover
    from attrition.publish.brief import Brief
    from attrition.publish.charts import ChartResult
    from attrition.publish.exports import ExportResult
    from attrition.publish.infographic import CardResult


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
        from attrition.model.categories import lookup_category
        from attrition.publish.brief import build_brief
        from attrition.publish.brief_text import render_brief

        key = lookup_category(category).key
        made = build_brief(self.store, category=key, as_of=as_of_date(as_of))
        text = render_brief(made, lang=lang, fmt=fmt)
        out = Path(output) if output is not None else None
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        return BriefAnswer(made, lang, fmt, text, out)

    def chart(
        self,
        kind: str,
        category: str = "personnel",
        *,
        output: str | Path,
        start: str | date | None = None,
        end: str | date | None = None,
        as_of: str | date | None = None,
        lang: str = "en",
    ) -> ChartAnswer:
        """Draw chart ``kind`` of ``category`` into ``output`` (.png or .svg)."""
        from attrition.model.categories import lookup_category
        from attrition.publish.charts import render_chart

        key = lookup_category(category).key
        return ChartAnswer(render_chart(self.store, kind, key, Path(output), start=start,
                                        end=end, as_of=as_of_date(as_of), lang=lang))

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

        return CardAnswer(render_card(self.store, Path(output), as_of=as_of_date(as_of),
                                      lang=lang, size=size))

    def export(
        self, output: str | Path, fmt: str = "datapackage", *, as_of: str | date | None = None
    ) -> ExportAnswer:
        """Export the record as open data (csv, json, parquet or datapackage) into ``output``."""
        from attrition.publish.exports import export

        return ExportAnswer(export(self.store, Path(output), fmt, as_of=as_of_date(as_of)))
