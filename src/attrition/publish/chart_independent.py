"""The charts beside the official record: ``compare`` (General Staff vs Oryx) and ``territory``.

``draw_compare``: the official cumulative count of a category (by loss date) and Oryx's
photo-confirmed count (by the date its page was seen) on one panel, the ratio official ÷
Oryx under it. ``draw_territory``: the monthly net change of the occupied area as bars,
the occupied area per map-state date as a line under them (DeepState, areas computed at
ingest). Both read only :attr:`Record.beside` and the official series; the ratios come
from :func:`attrition.analysis.compare.ratio_series`. Each chart names its own sources in
the source line and describes itself in words (the text alternative).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from attrition.analysis.compare import ratio_series
from attrition.errors import UsageError
from attrition.model.dates import loss_date, within
from attrition.model.independent import TerritoryChange
from attrition.publish.chart_frame import (
    HEADER_IN,
    OKABE_ITO,
    ChartRequest,
    Drawn,
    month_axis,
    new_figure,
    thousands_formatter,
)
from attrition.publish.i18n import (
    Lang,
    category_label,
    format_date,
    format_number,
    format_range,
    format_signed,
    month_name,
)
from attrition.publish.independent_tables import IndependentSeries
from attrition.publish.inputs import Record

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

OFFICIAL = OKABE_ITO["blue"]
ORYX = OKABE_ITO["vermillion"]
RATIO = OKABE_ITO["black"]
GAIN = OKABE_ITO["vermillion"]  # more area occupied
LOSS_OF_AREA = OKABE_ITO["blue"]  # less area occupied
AREA = OKABE_ITO["black"]

COMPARE_SOURCE = {
    "en": "Sources: General Staff of the Armed Forces of Ukraine (loss date); Oryx "
          "(photo-confirmed, page date) via attrition",
    "uk": "Джерела: Генштаб ЗСУ (за датою втрат); Oryx (підтверджено фото, дата сторінки); "
          "обробка — attrition",
}
TERRITORY_SOURCE = {
    "en": "Source: DeepState map via attrition; geodesic areas (WGS84); map-state date",
    "uk": "Джерело: мапа DeepState; обробка — attrition; площі геодезичні (WGS84); "
          "дата стану мапи",
}

__all__ = ["draw_compare", "draw_territory"]


def _beside(record: Record) -> IndependentSeries:
    if record.beside is None:
        raise UsageError("the record was read without its independent series", input="beside")
    return record.beside


def _month_ticks(ax: Any, lang: Lang, first: date, last: date) -> None:
    """Label months every 1, 2, 3, 4, 6 or 12 (about ten ticks), always including January."""
    import matplotlib.dates as mdates

    month_axis(ax, lang)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((n for n in (1, 2, 3, 4, 6) if months / n <= 10), 12)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=tuple(range(1, 13, step))))


def _km2(value: float, lang: Lang, *, signed: bool = False) -> str:
    text = (format_signed if signed else format_number)(value, lang, decimals=1)
    return f"{text} км²" if lang == "uk" else f"{text} km²"


# ---------------------------------------------------------------------------- compare


def draw_compare(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Both cumulative counts of the category (General Staff, Oryx) and their ratio."""
    beside, lang, key = _beside(record), request.lang, request.category
    label = category_label(key, lang)
    if not beside.oryx:
        raise UsageError(f"no Oryx count for {key} in the record; ingest the oryx folder first",
                         input=key)
    official_all = [(loss_date(r.report_date), r.total) for r in record.series[key].rows]
    if not official_all:
        raise UsageError(f"no official figures for {key!r} in the record", input=key)
    start = request.start or beside.oryx[0][0]
    end = request.end
    official = [p for p in official_all if within(p[0], start, end)]
    oryx = [p for p in beside.oryx if within(p[0], start, end)]
    if not official or not oryx:
        raise UsageError(f"no figures for {key} from both sides between {start} and "
                         f"{end or 'the latest'}", input=f"{start}..{end or ''}")
    ratios = ratio_series(official_all, oryx)
    fig = new_figure(4.9)
    top = 1 - (HEADER_IN + 0.1) / 4.9
    grid = fig.add_gridspec(2, 1, height_ratios=(3, 1.25), hspace=0.22, top=top)
    ax: Any = fig.add_subplot(grid[0])  # dates on the x-axis: matplotlib converts them
    gs_name = "Генштаб ЗСУ" if lang == "uk" else "General Staff"
    oryx_name = "Oryx (підтверджено фото)" if lang == "uk" else "Oryx (photo-confirmed)"
    ax.plot([p[0] for p in official], [p[1] for p in official], color=OFFICIAL, linewidth=1.6,
            label=gs_name)
    ax.plot([p[0] for p in oryx], [p[1] for p in oryx], color=ORYX, linewidth=1.6,
            label=oryx_name)
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", handlelength=1.5)
    for (day, value), colour in ((official[-1], OFFICIAL), (oryx[-1], ORYX)):
        ax.annotate(format_number(value, lang), (day, value), xytext=(3, 0),
                    textcoords="offset points", fontsize=7, fontweight="bold", color=colour,
                    va="center", ha="left")
    ax.tick_params(labelbottom=False)
    low: Any = fig.add_subplot(grid[1], sharex=ax)
    low.plot([r[0] for r in ratios], [r[1] for r in ratios], color=RATIO, linewidth=1.2)
    low.set_ylim(bottom=0, top=max(r[1] for r in ratios) * 1.15 if ratios else 1)
    low.set_title("Генштаб ÷ Oryx" if lang == "uk" else "General Staff ÷ Oryx", loc="left",
                  fontsize=7, pad=2)
    first_day = min(official[0][0], oryx[0][0])
    last_day = max(official[-1][0], oryx[-1][0])
    ax.set_xlim(first_day, last_day + timedelta(days=max(10, (last_day - first_day).days // 12)))
    _month_ticks(low, lang, first_day, last_day)
    title = (f"{label.capitalize()}: Генштаб і Oryx" if lang == "uk"
             else f"{label.capitalize()}: General Staff vs Oryx")
    span = format_range(first_day, last_day, lang)
    subtitle = (f"усього, Росія, {span}; знизу — їх співвідношення" if lang == "uk" else
                f"cumulative, Russia, {span}; below: official units per photo-confirmed one")
    notes = (["Oryx рахує лише втрати, підтверджені фото чи відео (знищено, пошкоджено, "
              "покинуто, захоплено);", "Генштаб рахує у власних термінах; дати різні: дата "
              "втрат і дата, коли сторінку Oryx переглянуто."] if lang == "uk" else
             ["Oryx counts only losses confirmed by photo or video (destroyed, damaged, "
              "abandoned, captured);", "the General Staff counts in its own terms; dates: loss "
              "date vs the day Oryx's page was seen."])
    ratio_first = ratios[0][1] if ratios else None
    ratio_last = ratios[-1][1] if ratios else None
    alt = _compare_alt(label, lang, official, oryx, ratio_first, ratio_last, span)
    shown = {
        "official_last_loss_date": official[-1][0], "official_last": official[-1][1],
        "oryx_last_date": oryx[-1][0], "oryx_last": oryx[-1][1],
        "ratio_first": ratio_first, "ratio_last": ratio_last, "oryx_points": len(oryx),
    }
    return fig, Drawn(title, subtitle, notes, shown, first_day, last_day, axis_band_in=0.45,
                      source_line=COMPARE_SOURCE[lang], alt=alt)


def _compare_alt(label: str, lang: Lang, official: list[tuple[date, int]],
                 oryx: list[tuple[date, int]], first: float | None, last: float | None,
                 span: str) -> str:
    def ratio_words(value: float | None) -> str:
        return "–" if value is None else format_number(value, lang, decimals=2)

    if lang == "uk":
        return (f"Лінійний графік, {label}, Росія, {span}. Генштаб ЗСУ (за датою втрат): "
                f"{format_number(official[-1][1], lang)} на {format_date(official[-1][0], lang)}. "
                f"Oryx (підтверджено фото): {format_number(oryx[-1][1], lang)} на "
                f"{format_date(oryx[-1][0], lang)}. Нижня панель: співвідношення Генштаб ÷ Oryx, "
                f"від {ratio_words(first)} до {ratio_words(last)}.")
    return (f"Line chart of {label} lost by Russia, cumulative, {span}. General Staff (by loss "
            f"date): {format_number(official[-1][1], lang)} by "
            f"{format_date(official[-1][0], lang)}. Oryx (photo-confirmed): "
            f"{format_number(oryx[-1][1], lang)} by {format_date(oryx[-1][0], lang)}. Lower "
            f"panel: the ratio General Staff ÷ Oryx, from {ratio_words(first)} to "
            f"{ratio_words(last)}.")


# ---------------------------------------------------------------------------- territory


def draw_territory(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Monthly net change of the occupied area as bars, the occupied area as a line."""
    beside, lang = _beside(record), request.lang
    months = [m for m in beside.months if within(m.period_start, request.start, request.end)]
    areas = [a for a in beside.areas if within(a[0], request.start, request.end)]
    if not months or not areas:
        raise UsageError("no territory changes in the range; ingest the deepstate folder first",
                         input=f"{request.start or ''}..{request.end or ''}")
    fig = new_figure(4.9)
    top = 1 - (HEADER_IN + 0.1) / 4.9
    grid = fig.add_gridspec(2, 1, height_ratios=(2.2, 1.4), hspace=0.25, top=top)
    ax: Any = fig.add_subplot(grid[0])  # dates on the x-axis: matplotlib converts them
    centres = [m.period_start + (m.period_end - m.period_start) / 2 for m in months]
    nets = [m.net_km2 for m in months]
    ax.bar(centres, nets, width=24, linewidth=0,
           color=[GAIN if v >= 0 else LOSS_OF_AREA for v in nets])
    ax.axhline(0, color="#666666", linewidth=0.6)
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    ax.set_title("зміна за місяць, км²" if lang == "uk" else "net change per month, km²",
                 loc="left", fontsize=7, pad=2)
    ax.margins(y=0.18)
    for x, m in zip(centres, months, strict=True):
        if len(months) <= 30:
            ax.annotate(format_number(m.net_km2, lang), (x, m.net_km2),
                        xytext=(0, 2 if m.net_km2 >= 0 else -2), textcoords="offset points",
                        ha="center", va="bottom" if m.net_km2 >= 0 else "top", fontsize=4.6,
                        color="#333333")
    ax.tick_params(labelbottom=False)
    low: Any = fig.add_subplot(grid[1], sharex=ax)
    low.plot([a[0] for a in areas], [a[1] for a in areas], color=AREA, linewidth=1.4)
    low.yaxis.set_major_formatter(thousands_formatter(lang))
    low.set_title("окупована площа, км²" if lang == "uk" else "occupied area, km²", loc="left",
                  fontsize=7, pad=2)
    first_day = min(months[0].period_start, areas[0][0])
    last_day = max(months[-1].to_date, areas[-1][0])
    ax.set_xlim(first_day - timedelta(days=5), last_day + timedelta(days=5))
    _month_ticks(low, lang, first_day, last_day)
    title = ("Окупована територія України: зміна за місяць" if lang == "uk"
             else "Occupied area of Ukraine: change per month")
    span = format_range(first_day, last_day, lang)
    subtitle = (f"DeepState, {span}; чиста зміна за місяць і окупована площа" if lang == "uk"
                else f"DeepState, {span}; net change per month and the occupied area")
    notes = (["Червоний: більше окуповано; синій: менше. Файл DeepState від дати D показує "
              "мапу станом на D−1."] if lang == "uk" else
             ["Vermillion: more area occupied; blue: less. A DeepState file dated D shows the "
              "map as of D−1."])
    largest = max(months, key=lambda m: m.net_km2)
    alt = _territory_alt(lang, months, areas, largest, span)
    shown = {
        "months": {m.period_start.strftime("%Y-%m"): round(m.net_km2, 1) for m in months},
        "largest_month": largest.period_start.strftime("%Y-%m"),
        "largest_net_km2": round(largest.net_km2, 1),
        "area_first_km2": round(areas[0][1], 1), "area_last_km2": round(areas[-1][1], 1),
        "area_last_date": areas[-1][0],
    }
    return fig, Drawn(title, subtitle, notes, shown, first_day, last_day, axis_band_in=0.45,
                      source_line=TERRITORY_SOURCE[lang], alt=alt)


def _territory_alt(lang: Lang, months: list[TerritoryChange], areas: list[tuple[date, float]],
                   big: TerritoryChange, span: str) -> str:
    last = months[-1]
    when = month_name(big.period_start.year, big.period_start.month, lang)
    last_when = month_name(last.period_start.year, last.period_start.month, lang)
    if lang == "uk":
        return (f"Стовпчикова діаграма чистої зміни окупованої площі за місяць, {span} "
                f"({len(months)} міс.): найбільший приріст — {_km2(big.net_km2, lang, signed=True)} "
                f"({when}); останній місяць — {_km2(last.net_km2, lang, signed=True)} "
                f"({last_when}). Лінія окупованої площі: від {_km2(areas[0][1], lang)} "
                f"до {_km2(areas[-1][1], lang)} на {format_date(areas[-1][0], lang)}.")
    return (f"Bar chart of the monthly net change of the occupied area of Ukraine, {span} "
            f"({len(months)} months): the largest gain {_km2(big.net_km2, lang, signed=True)} "
            f"({when}); the last month {_km2(last.net_km2, lang, signed=True)} ({last_when}). "
            f"Line of the occupied area: from {_km2(areas[0][1], lang)} to "
            f"{_km2(areas[-1][1], lang)} on {format_date(areas[-1][0], lang)}.")
