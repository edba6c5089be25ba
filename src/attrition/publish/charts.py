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
from attrition.model.dates import parse_date, within
from attrition.publish import chart_calendar, chart_cumulative, chart_independent, chart_kinds
from attrition.publish.chart_frame import (
    CHART_KINDS,
    INDEPENDENT_CHART_KINDS,
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

__all__ = ["CHART_KINDS", "INDEPENDENT_CHART_KINDS", "PNG_DPI", "SOURCE_LINE", "WIDTH_IN",
           "ChartResult", "render_chart"]

_DRAWERS: dict[str, Callable[[Record, ChartRequest], tuple[Figure, Drawn]]] = {
    "daily": chart_kinds.draw_daily,
    "monthly": chart_kinds.draw_monthly,
    "categories": chart_kinds.draw_categories,
    "cumulative": chart_cumulative.draw_cumulative,
    "calendar": chart_calendar.draw_calendar,
    "yoy": chart_calendar.draw_yoy,
    "compare": chart_independent.draw_compare,
    "territory": chart_independent.draw_territory,
}
TERRITORY = "territory"  # the territory chart's "category": it has no official one


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
    kinds = CHART_KINDS + INDEPENDENT_CHART_KINDS
    if kind not in kinds:
        raise UsageError(f"unknown chart kind {kind!r}; use one of {', '.join(kinds)}",
                         input=kind)
    fmt = image_format(out)
    if kind == "territory":
        if category != TERRITORY:
            raise UsageError(f"chart territory takes no category (got {category!r})",
                             input=category)
    else:
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
        alt = drawn.alt_text()
        width, height = save_figure(fig, out, title=drawn.title, alt=alt)
    return ChartResult(out, kind, category, fmt, width, height, drawn.title, drawn.start,
                       drawn.end, version, drawn.shown, _sources(record, request, drawn), alt)


def _sources(record: Record, request: ChartRequest, drawn: Drawn) -> tuple[str, ...]:
    """Return the sources agreeing on the reports a chart draws (its loss-date range)."""
    from attrition.model.categories import CURRENT_KEYS

    if request.kind == "territory":
        return ("deepstate",)
    keys = CURRENT_KEYS if request.kind == "categories" else (request.category,)
    found: set[str] = {"oryx"} if request.kind == "compare" else set()
    for key in keys:
        for row in record.series[key].rows:
            if within(row.loss_date, drawn.start, drawn.end):
                found.update(row.sources)
    return tuple(sorted(found))
