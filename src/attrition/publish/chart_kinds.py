"""The bar-chart kinds (daily, monthly, categories) and the helpers every kind shares.

Each ``draw_<kind>(record, request)`` reads the series, asks :mod:`attrition.analysis` for
the numbers (rolling means, period sums) and draws them on a figure from
:func:`attrition.publish.chart_frame.new_figure`. It returns the figure and a
:class:`~attrition.publish.chart_frame.Drawn` (title block, notes and the numbers shown). No
arithmetic on losses happens here beyond laying values out. The calendar and
year-over-year kinds live in :mod:`.chart_calendar`, the cumulative one in
:mod:`.chart_cumulative`.
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from attrition.analysis.periods import PeriodRow, period_rows
from attrition.analysis.trends import rolling_means
from attrition.errors import UsageError
from attrition.model.categories import CURRENT_KEYS, get_category
from attrition.model.dates import DateConvention, loss_date
from attrition.model.series import LossSeries
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
    convention_label,
    format_date,
    format_date_short,
    format_number,
    format_range,
    month_short,
)
from attrition.publish.inputs import Record

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

LOSS = DateConvention.LOSS
BAR = OKABE_ITO["blue"]
LINE = OKABE_ITO["vermillion"]
PARTIAL = "#9ECAE9"  # a light tint of the bar blue for partial periods

__all__ = ["draw_categories", "draw_daily", "draw_monthly"]


# ---------------------------------------------------------------------------- shared


def load_series(record: Record, request: ChartRequest, category: str | None = None) -> LossSeries:
    """Return the series of the request's category as known on its as_of; refuse an empty one."""
    key = category or request.category
    series = record.series[key]
    if not series.rows:
        raise UsageError(f"no figures for {key!r} in the record"
                         + (f" as of {request.as_of}" if request.as_of else ""), input=key)
    return series


def last_loss_date(series: LossSeries) -> date:
    """Return the newest loss date of a non-empty series."""
    assert series.last_report_date is not None
    return loss_date(series.last_report_date)


def per_day_unit(category: str, lang: Lang) -> str:
    """Return 'persons per day' / 'осіб за добу' for the subtitle."""
    cat = get_category(category)
    return f"{cat.unit_uk} за добу" if lang == "uk" else f"{cat.unit_en} per day"


def whose(lang: Lang) -> str:
    """Return the title prefix naming whose losses these are."""
    return "Втрати противника" if lang == "uk" else "Russian losses"


def month_start(day: date, months_back: int = 0) -> date:
    """Return the first day of the month ``months_back`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def partial_note(rows: list[PeriodRow], lang: Lang, *, labelled: bool = True) -> str | None:
    """Return the note that explains light bars, if any period is partial."""
    if all(r.complete for r in rows):
        return None
    if lang == "uk":
        return "Світлі стовпчики: неповний місяць" + (
            " (у дужках — днів із даними)." if labelled else ".")
    return "Light bars: partial month" + (
        " (days with figures in brackets)." if labelled else ".")


# ---------------------------------------------------------------------------- daily


def draw_daily(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Bars of daily losses by loss date with the 7-day trailing mean as a line."""
    series = load_series(record, request)
    lang, key = request.lang, request.category
    end = min(request.end or last_loss_date(series), last_loss_date(series))
    start = request.start or end - timedelta(days=89)
    frame = rolling_means(series, LOSS, windows=(7,), start=start, end=end)
    if frame.empty:
        raise UsageError(f"no daily figures for {key} between {start} and {end}",
                         input=f"{start}..{end}")
    fig = new_figure(3.9)
    ax = fig.add_subplot()
    days = list(frame["loss_date"])
    values = frame["daily"].to_numpy()
    colours = [PARTIAL if s else BAR for s in frame["is_spread"]]
    ax.bar(days, values, width=0.8, color=colours, linewidth=0, label=None)
    mean = frame["daily_mean_7d_trailing"]
    line_label = "7-day trailing mean" if lang == "en" else "середнє за 7 днів"
    ax.plot(days, mean, color=LINE, linewidth=1.6, label=line_label)
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    ax.set_xlim(days[0] - timedelta(days=1), days[-1] + timedelta(days=1))
    month_axis(ax, lang, every=max(1, len(days) // 180))
    last_day, last_value, last_mean = days[-1], values[-1], float(mean.iloc[-1])
    callout = (
        f"{format_date_short(last_day, lang)}: {format_number(last_value, lang)}"
        f"  ·  {'середнє' if lang == 'uk' else 'mean'}: "
        f"{format_number(last_mean, lang, decimals=1 if last_mean < 100 else 0)}"
    )
    ax.text(0.0, 1.025, callout, transform=ax.transAxes, fontsize=7.5, fontweight="bold",
            ha="left", va="bottom")
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), handlelength=1.5,
              borderaxespad=0.1)
    notes = []
    if frame["is_spread"].any():
        notes.append("Light bars: days after a missing report, spread evenly."
                     if lang == "en" else
                     "Світлі стовпчики: дні після пропущеного звіту, розподілено рівномірно.")
    revised = frame[frame["is_correction"]]
    if not revised.empty:
        lift = 0.05 * ax.get_ylim()[1]  # just above the bar, clear of the mean line
        ax.scatter(list(revised["loss_date"]), revised["daily"].clip(lower=0) + lift, marker="D",
                   s=16, color=OKABE_ITO["purple"], edgecolors="#333333", linewidths=0.4,
                   zorder=4)
        notes.append("◆ revision day: the bar is the day's own figure, not the stated correction."
                     if lang == "en" else
                     "◆ день уточнення: стовпчик — власне добове число, без уточнення.")
    label = category_label(key, lang)
    title = (f"{whose(lang)} за добу: {label}" if lang == "uk"
             else f"{whose(lang)} per day: {label}")
    subtitle = (f"{per_day_unit(key, lang)}, {convention_label('loss', lang)}, "
                f"{format_range(days[0], last_day, lang)}")
    shown = {
        "last_loss_date": last_day, "last_daily": int(last_value),
        "daily_mean_7d_trailing": round(last_mean, 1),
        "days": len(days), "sum": int(frame["daily"].sum()),
    }
    return fig, Drawn(title, subtitle, notes, shown, days[0], last_day, axis_band_in=0.45)


# ---------------------------------------------------------------------------- monthly


def _bar_labels(ax: Axes, xs: list[Any], rows: list[PeriodRow], lang: Lang, size: float) -> None:
    for x, row in zip(xs, rows, strict=True):
        if row.value is None:
            continue
        text = format_number(row.value, lang)
        if not row.complete:
            text += f"\n({row.days_present}/{row.days_expected})"
        ax.annotate(text, (x, row.value), xytext=(0, 2), textcoords="offset points",
                    ha="center", va="bottom", fontsize=size, color="#333333")


def draw_monthly(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Bars of monthly losses by loss date; partial months light and marked."""
    series = load_series(record, request)
    lang, key = request.lang, request.category
    end = min(request.end or last_loss_date(series), last_loss_date(series))
    start = request.start or month_start(end, 12)
    rows = [r for r in period_rows(series, "month", LOSS, start=start, end=end)
            if r.value is not None]
    if not rows:
        raise UsageError(f"no monthly figures for {key} between {start} and {end}",
                         input=f"{start}..{end}")
    # a month cut by --from/--to is partial too: show only the days inside the range
    fig = new_figure(3.9)
    ax = fig.add_subplot()
    xs = list(range(len(rows)))
    values = [r.value for r in rows if r.value is not None]  # every row: filtered above
    colours = [BAR if r.complete else PARTIAL for r in rows]
    ax.bar(xs, values, color=colours, width=0.75, linewidth=0)
    for x, r, value in zip(xs, rows, values, strict=True):
        if not r.complete:
            ax.bar([x], [value], width=0.75, color="none", edgecolor=BAR, hatch="////",
                   linewidth=0.6)
    _bar_labels(ax, xs, rows, lang, 6.0 if len(rows) <= 14 else 5.0)
    ax.set_xticks(xs)
    ax.set_xticklabels([
        month_short(r.start.month, lang) + (f"\n{r.start.year}"
                                            if r.start.month == 1 or i == 0 else "")
        for i, r in enumerate(rows)
    ])
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    ax.margins(y=0.16)
    ax.grid(axis="x", visible=False)
    label = category_label(key, lang)
    unit = get_category(key).unit_uk if lang == "uk" else get_category(key).unit_en
    title = (f"{whose(lang)} за місяць: {label}" if lang == "uk"
             else f"{whose(lang)} per month: {label}")
    span = format_range(rows[0].start, min(rows[-1].end, end), lang)
    subtitle = (f"{unit} за місяць, за датою втрат, {span}" if lang == "uk"
                else f"{unit} per month, by loss date, {span}")
    notes = [n for n in (partial_note(rows, lang),) if n]
    shown = {
        "months": {r.period: r.value for r in rows},
        "partial": [r.period for r in rows if not r.complete],
    }
    return fig, Drawn(title, subtitle, notes, shown, rows[0].start, min(rows[-1].end, end),
                      axis_band_in=0.45)


# ---------------------------------------------------------------------------- categories


def draw_categories(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Small multiples: monthly losses by loss date of every current category."""
    lang = request.lang
    panels: list[tuple[str, LossSeries]] = []
    for key in CURRENT_KEYS:
        series = record.series[key]
        if series.rows:
            panels.append((key, series))
    if not panels:
        raise UsageError("the record holds no figures yet", input=request.category)
    latest = max(last_loss_date(s) for _, s in panels)
    end = min(request.end or latest, latest)
    start = request.start or month_start(end, 11)
    cols = 3
    n_rows = -(-len(panels) // cols)
    height = 1.4 * n_rows + 1.6
    fig = new_figure(height)
    grid = fig.add_gridspec(n_rows, cols, hspace=1.1, wspace=0.42,
                            top=1 - (HEADER_IN + 0.42) / height)
    from matplotlib.ticker import MaxNLocator

    shown: dict[str, Any] = {}
    first_row: list[PeriodRow] = []
    for i, (key, series) in enumerate(panels):
        ax = fig.add_subplot(grid[i // cols, i % cols])
        rows = [r for r in period_rows(series, "month", LOSS, start=start, end=end)
                if r.value is not None]
        total = series.rows[-1].total
        label = textwrap.fill(category_label(key, lang), 22)  # long names wrap in the panel
        ax.set_title(f"{label}\n{format_number(total, lang)}", loc="left", fontsize=6.8, pad=3,
                     linespacing=1.15)
        if not rows:
            ax.set_axis_off()
            continue
        first_row = first_row or rows
        xs = list(range(len(rows)))
        ax.bar(xs, [r.value for r in rows if r.value is not None], width=0.8, linewidth=0,
               color=[BAR if r.complete else PARTIAL for r in rows])
        ax.yaxis.set_major_formatter(thousands_formatter(lang))
        ax.tick_params(labelsize=5.5, length=2, pad=1)
        ax.set_xticks([xs[0], xs[-1]])
        ax.set_xticklabels([month_short(rows[0].start.month, lang),
                            month_short(rows[-1].start.month, lang)])
        ax.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True, min_n_ticks=2))
        ax.set_ylim(0, max(1, max(r.value or 0 for r in rows)) * 1.08)
        shown[key] = {"total": total, "months": {r.period: r.value for r in rows}}
    title = ("Втрати противника за місяць, усі категорії" if lang == "uk"
             else "Russian losses per month, all categories")
    span = format_range(first_row[0].start if first_row else start, end, lang)
    on = format_date(end, lang, with_year=False)
    subtitle = (f"за датою втрат, {span}; під назвою — усього на {on}"
                if lang == "uk" else f"by loss date, {span}; under each name: the total to {on}")
    notes = [n for n in (partial_note(first_row, lang, labelled=False),) if n]
    return fig, Drawn(title, subtitle, notes, shown, start, end, axis_band_in=0.3)
