"""Publishable charts: ``render_chart`` picks the kind, draws it in the shared frame and saves it.

The frame, palette and saving are :mod:`.chart_frame`; each kind is drawn by
:mod:`.chart_kinds` (daily, monthly, categories), :mod:`.chart_calendar` (calendar,
year over year) or :mod:`.chart_cumulative`. It reads only the :class:`Record` it is
given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from attrition.errors import UsageError
from attrition.model.categories import get_category
from attrition.model.dates import parse_date
from attrition.publish import chart_calendar, chart_cumulative, chart_kinds
from attrition.publish.chart_frame import (
    CHART_KINDS,
    PNG_DPI,
    SOURCE_LINE,
    WIDTH_IN,
    ChartRequest,
    ChartResult,
    Drawn,
    frame_figure,
    image_format,
    pyplot,
    save_figure,
    style,
)
from attrition.publish.i18n import check_lang
from attrition.publish.inputs import Record
from attrition.publish.version import data_version

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["CHART_KINDS", "PNG_DPI", "SOURCE_LINE", "WIDTH_IN", "ChartResult", "render_chart"]

_DRAWERS: dict[str, Callable[[Record, ChartRequest], tuple[Figure, Drawn]]] = {
    "daily": chart_kinds.draw_daily,
    "monthly": chart_kinds.draw_monthly,
    "categories": chart_kinds.draw_categories,
    "cumulative": chart_cumulative.draw_cumulative,
    "calendar": chart_calendar.draw_calendar,
    "yoy": chart_calendar.draw_yoy,
}


def render_chart(
    record: Record,
    kind: str,
    category: str,
    out: Path,
    *,
    start: date | str | None = None,
    end: date | str | None = None,
    lang: str = "en",
) -> ChartResult:
    """Draw chart ``kind`` of ``category`` as known on the record's as_of into ``out``.

    Raises:
        UsageError: an unknown kind, category, language or extension, or no data in range.
    """
    if kind not in CHART_KINDS:
        raise UsageError(f"unknown chart kind {kind!r}; use one of {', '.join(CHART_KINDS)}",
                         input=kind)
    fmt = image_format(out)
    get_category(category)
    request = ChartRequest(
        kind, category,
        parse_date(start, "from") if start else None,
        parse_date(end, "to") if end else None,
        record.as_of,
        check_lang(lang),
    )
    if request.start and request.end and request.start > request.end:
        raise UsageError(f"--from {request.start} is after --to {request.end}",
                         input=f"{request.start}..{request.end}")
    version = data_version(record)
    draw = _DRAWERS[kind]
    plt = pyplot()
    with plt.rc_context(style()):
        fig, drawn = draw(record, request)
        frame_figure(fig, drawn, version, request.lang)
        width, height = save_figure(fig, out)
    return ChartResult(out, kind, category, fmt, width, height, drawn.title, drawn.start,
                       drawn.end, version, drawn.shown, _sources(record, request, drawn))


def _sources(record: Record, request: ChartRequest, drawn: Drawn) -> tuple[str, ...]:
    """Return the sources agreeing on the reports a chart draws (its loss-date range)."""
    from attrition.model.categories import CURRENT_KEYS

    keys = CURRENT_KEYS if request.kind == "categories" else (request.category,)
    found: set[str] = set()
    for key in keys:
        for row in record.series[key].rows:
            if (drawn.start is None or row.loss_date >= drawn.start) and (
                    drawn.end is None or row.loss_date <= drawn.end):
                found.update(row.sources)
    return tuple(sorted(found))
