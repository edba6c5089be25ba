"""Calendar-shaped charts: the heat map of daily losses and the year-over-year lines.

Values come from :func:`attrition.analysis.daily.daily_grid` (a span after missing reports
is spread evenly over its days and said so); nothing is computed here beyond laying the
grid out by month and day, or reading year-to-date totals off the cumulative total.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from attrition.analysis.daily import DailyGrid, daily_grid
from attrition.model.categories import get_category
from attrition.publish.chart_frame import (
    GRID,
    OKABE_ITO,
    SERIES_COLOURS,
    ChartRequest,
    Drawn,
    new_figure,
    thousands_formatter,
)
from attrition.publish.chart_kinds import LOSS, load_series, month_start, per_day_unit, whose
from attrition.publish.i18n import (
    category_label,
    convention_label,
    format_date,
    format_number,
    format_range,
    month_short,
)
from attrition.publish.inputs import Record

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure


# ---------------------------------------------------------------------------- calendar


def draw_calendar(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Heat map of daily losses: one row per month, one column per day of the month."""
    import numpy as np

    series = load_series(record, request)
    lang, key = request.lang, request.category
    grid = daily_grid(series, LOSS, increments="excluding_corrections")
    last = grid.date_at(len(grid) - 1)
    end = min(request.end or last, last)
    start = max(request.start or month_start(end, 11), grid.date_at(1))
    months: list[date] = []
    m = month_start(start)
    while m <= end:
        months.append(m)
        m = month_start(m, -1)
    matrix = np.full((len(months), 31), np.nan)
    for r, first in enumerate(months):
        for d in range(31):
            try:
                day = first.replace(day=d + 1)
            except ValueError:
                break
            i = grid.index_of(day)
            if start <= day <= end and 0 <= i < len(grid):
                matrix[r, d] = grid.values[i]
    fig = new_figure(0.21 * len(months) + 1.9)
    ax = fig.add_subplot()
    import matplotlib as mpl

    cmap = mpl.colormaps["viridis"].with_extremes(bad="#F2F2F2")
    image = ax.imshow(np.ma.masked_invalid(matrix), aspect="auto", cmap=cmap,
                      interpolation="nearest")
    ax.set_yticks(range(len(months)))
    ax.set_yticklabels([f"{month_short(mm.month, lang)} {mm.year}" for mm in months],
                       fontsize=6.0)
    ax.set_xticks([0, 4, 9, 14, 19, 24, 29])
    ax.set_xticklabels(["1", "5", "10", "15", "20", "25", "30"])
    ax.tick_params(length=0)
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.subplots_adjust(right=1 - 0.62 / fig.get_figwidth())  # room for the colour bar labels
    bar = fig.colorbar(image, ax=ax, fraction=0.035, pad=0.02,
                       format=thousands_formatter(lang))
    bar.ax.tick_params(labelsize=6.0)
    bar.outline.set_edgecolor(GRID)
    finite = np.isfinite(matrix)
    peak = np.nanargmax(np.where(finite, matrix, -np.inf))
    pr, pc = divmod(int(peak), 31)
    peak_day = months[pr].replace(day=pc + 1)
    peak_value = float(matrix[pr, pc])
    ax.add_patch(_outline(pc, pr))
    ax.set_xlabel("день місяця" if lang == "uk" else "day of the month")
    label = category_label(key, lang)
    title = (f"{whose(lang)} за добу, календар: {label}" if lang == "uk"
             else f"{whose(lang)} per day, calendar: {label}")
    subtitle = (f"{per_day_unit(key, lang)}, {convention_label('loss', lang)}, "
                f"{format_range(start, end, lang)}; "
                + ("рамка — найбільше значення" if lang == "uk" else "outlined: the highest day"))
    peak_note = (f"Найбільше: {format_date(peak_day, lang)} — {format_number(peak_value, lang)}"
                 if lang == "uk" else
                 f"Highest: {format_date(peak_day, lang)}, {format_number(peak_value, lang)}")
    notes = [peak_note]
    if grid.is_spread[max(grid.index_of(start), 0): grid.index_of(end) + 1].any():
        notes.append("Days after a missing report share the span's losses evenly."
                     if lang == "en" else
                     "Дні після пропущеного звіту поділяють втрати проміжку порівну.")
    shown = {"peak_loss_date": peak_day, "peak_value": round(peak_value),
             "months": [mm.strftime("%Y-%m") for mm in months],
             "days_shown": int(finite.sum())}
    return fig, Drawn(title, subtitle, notes, shown, start, end, axis_band_in=0.5)


def _outline(col: int, row: int) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False, edgecolor=OKABE_ITO["vermillion"],
                     linewidth=1.8)


# ---------------------------------------------------------------------------- yoy


def draw_yoy(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Losses since 1 January of each year, one line per year, by day of the year."""
    import numpy as np

    series = load_series(record, request)
    lang, key = request.lang, request.category
    grid = daily_grid(series, LOSS)
    last = grid.date_at(len(grid) - 1)
    end = min(request.end or last, last)
    first_year = max((request.start or grid.date_at(0)).year, grid.date_at(0).year)
    fig = new_figure(3.9)
    ax = fig.add_subplot()
    shown: dict[str, Any] = {}
    years = list(range(first_year, end.year + 1))
    for n, year in enumerate(years):
        days, ytd = _year_to_date(grid, year, end)
        if not days:
            continue
        x = np.array([d.timetuple().tm_yday for d in days])
        colour = OKABE_ITO[SERIES_COLOURS[(len(years) - 1 - n) % len(SERIES_COLOURS)]]
        current = year == end.year
        ax.plot(x, ytd, color=colour, linewidth=2.0 if current else 1.2)
        ax.annotate(f"{year}: {format_number(round(ytd[-1]), lang)}", (x[-1], ytd[-1]),
                    xytext=(3, 0), textcoords="offset points", fontsize=6.5, color=colour,
                    va="center", fontweight="bold" if current else "normal")
        shown[str(year)] = {"through": days[-1], "value": round(float(ytd[-1]))}
    ax.set_xlim(1, 366 + 75)
    ax.set_xticks([date(2001, m, 1).timetuple().tm_yday for m in range(1, 13)])
    ax.set_xticklabels([month_short(m, lang) for m in range(1, 13)])
    ax.spines["bottom"].set_bounds(1, 366)
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    cat = get_category(key)
    label = category_label(key, lang)
    if lang == "uk":
        title = f"{whose(lang)} з початку року: {label}"
        subtitle = f"{cat.unit_uk}, сума з 1 січня, {convention_label('loss', lang)}"
        subtitle += "; 2022 рік — з 24 лютого" if first_year == 2022 else ""
        lead = f"На {format_date(end, lang, with_year=False)}: "
    else:
        title = f"{whose(lang)} so far each year: {label}"
        subtitle = f"{cat.unit_en}, cumulative from 1 January, {convention_label('loss', lang)}"
        subtitle += "; 2022 from 24 February" if first_year == 2022 else ""
        lead = f"By {format_date(end, lang, with_year=False)}: "
    same_day = _same_day_values(grid, years, end)
    notes = [lead + "; ".join(f"{y}: {format_number(v, lang)}" for y, v in same_day)]
    shown["same_day"] = dict(same_day)
    return fig, Drawn(title, subtitle, notes, shown, date(first_year, 1, 1), end)


def _year_to_date(grid: DailyGrid, year: int, end: date) -> tuple[list[date], list[float]]:
    """Return the days of ``year`` up to ``end`` and the losses since 1 January on each.

    Read off the cumulative total (interpolated across missing reports), so 2022 starts
    at the total of the first report rather than at zero.
    """
    lo = max(date(year, 1, 1), grid.date_at(0))
    hi = min(date(year, 12, 31), end)
    if lo > hi:
        return [], []
    i, j = grid.index_of(lo), grid.index_of(hi)
    before = grid.index_of(date(year, 1, 1)) - 1
    base = float(grid.total[before]) if before >= 0 else 0.0
    days = [grid.date_at(k) for k in range(i, j + 1)]
    return days, [float(v) - base for v in grid.total[i : j + 1]]


def _same_day_values(grid: DailyGrid, years: list[int], end: date) -> list[tuple[int, int]]:
    """Return each year's losses from 1 January to the same day of the year as ``end``."""
    out = []
    for year in years:
        try:
            same = end.replace(year=year)
        except ValueError:  # 29 February
            same = date(year, 2, 28)
        days, ytd = _year_to_date(grid, year, same)
        if days:
            out.append((year, round(ytd[-1])))
    return out
