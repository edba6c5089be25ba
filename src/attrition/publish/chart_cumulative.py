"""The cumulative chart: the running total by loss date with the milestone forecast fan.

The fan is the 50/80/95% interval of the expected total on each coming day and the
milestone crossing, both from :func:`attrition.analysis.forecast.forecast`; nothing is
modelled here. The milestone is the next "headline" round number
(:func:`attrition.analysis.forecast.headline_milestone`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from attrition.analysis.forecast import (
    INDICATIVE_AFTER_DAYS,
    Crossing,
    forecast,
    headline_milestone,
)
from attrition.errors import UsageError
from attrition.model.categories import get_category
from attrition.model.dates import DateConvention, loss_date, report_date_for
from attrition.publish.chart_frame import (
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
    format_number,
    format_range,
)
from attrition.publish.inputs import Record

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

LOSS = DateConvention.LOSS
FAN = OKABE_ITO["orange"]
LINE = OKABE_ITO["blue"]
MIN_FAN_DAYS = 30


def crossing_text(crossing: Crossing, lang: Lang) -> str:
    """Return 'point date (80%: from – to)' for a forecast crossing, in ``lang``."""
    if crossing.status == "crossed" and crossing.loss_date:
        return ("досягнуто " if lang == "uk" else "reached ") + format_date(crossing.loss_date,
                                                                            lang)
    if crossing.status != "forecast" or crossing.loss_date is None:
        return "пізніше ніж за 2 роки" if lang == "uk" else "more than 2 years ahead"
    point = format_date(crossing.loss_date, lang)
    if crossing.interval_80 is None:
        return point
    lo, hi = crossing.interval_80
    if lo == hi == crossing.loss_date:
        return point + (" (80%: той самий день)" if lang == "uk" else " (80%: the same day)")
    span = format_range(lo, hi, lang) if hi else format_date(lo, lang) + " –"
    return f"{point} (80%: {span})"


def draw_cumulative(record: Record, request: ChartRequest) -> tuple[Figure, Drawn]:
    """Line of the cumulative total with the forecast fan (50/80/95%) to the next milestone."""
    series = record.series[request.category]
    if len(series) < 2:
        raise UsageError(f"too few figures for {request.category!r} to draw a total",
                         input=request.category)
    lang, key = request.lang, request.category
    assert series.last_report_date is not None
    cut = series.upto(report_date_for(request.end)) if request.end else series
    assert cut.last_report_date is not None
    last_loss = loss_date(cut.last_report_date)
    start = request.start or last_loss - timedelta(days=119)
    rows = [r for r in cut.rows if r.loss_date >= start]
    if not rows:
        raise UsageError(f"no figures for {key} from {start}", input=str(start))
    total = rows[-1].total
    milestone = headline_milestone(total)
    cal = record.calibration(cut)  # the library's kept auto calibration
    first = forecast(cut, LOSS, milestones=[milestone], calibration=cal)
    crossing = first.crossings[0]
    hi_end = crossing.interval_95[1] if crossing.interval_95 else None
    horizon_end = hi_end or (last_loss + timedelta(days=INDICATIVE_AFTER_DAYS))
    days = max(MIN_FAN_DAYS, min((horizon_end - last_loss).days + 7, INDICATIVE_AFTER_DAYS))
    origin_report = cut.last_report_date
    on = [origin_report + timedelta(days=h) for h in range(1, days + 1)]
    fan = forecast(cut, LOSS, milestones=[milestone], on=on, calibration=cal).expected

    fig = new_figure(3.9)
    # x values are dates, which matplotlib converts through its units registry; its stubs
    # accept only numbers and arrays there, so the axes are left untyped
    ax: Any = fig.add_subplot()
    xs = [r.loss_date for r in rows]
    ax.plot(xs, [r.total for r in rows], color=LINE, linewidth=1.8)
    fx = [last_loss] + [e.loss_date for e in fan]
    for level, alpha in ((95, 0.18), (80, 0.28), (50, 0.45)):
        lows = [total] + [getattr(e, f"interval_{level}")[0] for e in fan]
        highs = [total] + [getattr(e, f"interval_{level}")[1] for e in fan]
        ax.fill_between(fx, lows, highs, color=FAN, alpha=alpha, linewidth=0,
                        label=f"{level}\u00a0%" if lang == "uk" else f"{level}%")
    ax.plot(fx, [total] + [e.point for e in fan], color=FAN, linewidth=1.0, linestyle="--")
    ax.axhline(milestone, color="#555555", linewidth=0.8, linestyle=":")
    ax.annotate(format_number(milestone, lang), (xs[0], milestone), xytext=(2, 2),
                textcoords="offset points", fontsize=6.8, color="#333333", va="bottom")
    ax.plot([last_loss], [total], marker="o", color=LINE, markersize=3.5)
    ax.annotate(format_number(total, lang), (last_loss, total), xytext=(-4, 6),
                textcoords="offset points", fontsize=7.5, fontweight="bold", ha="right",
                color=LINE)
    ax.yaxis.set_major_formatter(thousands_formatter(lang))
    month_axis(ax, lang, every=max(1, ((fx[-1] - xs[0]).days // 30) // 8 + 1))
    ax.set_xlim(xs[0], fx[-1] + timedelta(days=2))
    if crossing.status == "forecast" and crossing.loss_date and crossing.loss_date <= fx[-1]:
        ax.plot([crossing.loss_date], [milestone], marker="D", color=FAN, markersize=4,
                markeredgecolor="#333333", markeredgewidth=0.5)
    ax.legend(loc="lower right", title=("прогноз" if lang == "uk" else "forecast"),
              title_fontsize=6.5, fontsize=6.5, ncols=3, handlelength=1.2, columnspacing=0.8)
    label = category_label(key, lang)
    unit = get_category(key).unit_uk if lang == "uk" else get_category(key).unit_en
    if lang == "uk":
        title = f"Загальні втрати противника: {label}"
        subtitle = (f"{unit}, усього з 24 лютого 2022 року, {convention_label('loss', lang)}; "
                    f"{format_number(total, lang)} на {format_date(last_loss, lang)}")
        notes = [f"Позначку {format_number(milestone, lang)} очікуємо "
                 f"{crossing_text(crossing, lang)}.",
                 "Прогноз: зважене середнє останніх днів; інтервали — з власних похибок ряду."]
    else:
        title = f"Russian losses in total: {label}"
        subtitle = (f"{unit}, cumulative since 24 February 2022, {convention_label('loss', lang)}; "
                    f"{format_number(total, lang)} on {format_date(last_loss, lang)}")
        notes = [f"{format_number(milestone, lang)} expected {crossing_text(crossing, lang)}.",
                 "Forecast: weighted recent daily rate; intervals from the series' own past "
                 "errors."]
    shown = {
        "total": total, "last_loss_date": last_loss, "milestone": milestone,
        "crossing_loss_date": crossing.loss_date, "crossing_status": crossing.status,
        "interval_80": crossing.interval_80, "interval_95": crossing.interval_95,
        "fan_days": len(fan), "method": first.method,
    }
    return fig, Drawn(title, subtitle, notes, shown, xs[0], last_loss, axis_band_in=0.45)
