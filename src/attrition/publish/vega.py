"""Vega-Lite specs for the web desk: the explorer's series and the forecast fan.

The desk draws these with the vendored vega-embed; the PNG/SVG charts of
:mod:`attrition.publish.charts` stay the print versions. Same palette (Okabe & Ito), every
spec carries a ``description`` (the text alternative screen readers get) and hover
tooltips. Pure: rows in, a JSON-ready dict out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from attrition.analysis.forecast import Forecast
from attrition.analysis.periods import PeriodRow
from attrition.model.wording import Lang, format_date, format_signed
from attrition.publish.chart_frame import GRID, INK, MUTED, OKABE_ITO
from attrition.publish.i18n import category_label, convention_label

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
BLUE, VERMILLION, ORANGE, SKY = (OKABE_ITO[k] for k in ("blue", "vermillion", "orange", "sky_blue"))

_WORDS: dict[str, dict[Lang, str]] = {
    "value": {"en": "losses", "uk": "втрати"},
    "mean": {"en": "7-day mean (trailing)", "uk": "середнє за 7 днів"},
    "period": {"en": "period", "uk": "період"},
    "complete": {"en": "complete", "uk": "повний"},
    "correction": {"en": "correction", "uk": "виправлення"},
    "change": {"en": "change point", "uk": "точка зміни"},
    "record": {"en": "record day", "uk": "рекордний день"},
    "total": {"en": "total", "uk": "загалом"},
    "expected": {"en": "expected total", "uk": "очікувана сума"},
    "observed": {"en": "reported total", "uk": "повідомлена сума"},
}


_AXIS_FORMAT: dict[Lang, dict[str, str]] = {  # the General Staff writes 03.12.2024
    "en": {"year": "%Y", "other": "%b %Y"},
    "uk": {"year": "%Y", "other": "%m.%Y"},
}


def _w(key: str, lang: Lang) -> str:
    return _WORDS[key][lang]


@dataclass(frozen=True)
class CorrectionMark:
    """One jump in the total that holds a correction: its day on the chart and why."""

    day: date  # under the chart's convention
    report_date: date
    amount: int | None  # the correction (jump in the total − printed increment)
    source: str | None  # who stated it; None: the printed (+N) differs from the diff of totals
    note: str | None = None


def correction_reason(mark: CorrectionMark, lang: Lang) -> str:
    """Return why a jump holds a correction, in words ('petroivaniuk states a correction of …')."""
    when = format_date(mark.report_date, lang)
    amount = "?" if mark.amount is None else format_signed(mark.amount, lang)
    if mark.source is None:
        text = (f"звіт від {when}: надрукований приріст відрізняється від різниці сум на {amount}"
                if lang == "uk" else f"the report of {when}: the printed increment differs "
                f"from the difference of totals by {amount}")
    else:
        text = (f"{mark.source}: виправлення {amount} у звіті від {when}" if lang == "uk"
                else f"{mark.source} states a correction of {amount} in the report of {when}")
    return f"{text} ({mark.note})" if mark.note else text


def _base(description: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 320,
        "autosize": {"type": "fit", "contains": "padding"},
        "config": {"axis": {"gridColor": GRID, "labelColor": INK, "titleColor": INK,
                            "domainColor": MUTED},
                   "view": {"stroke": None}, "font": "system-ui, sans-serif"},
    }


def series_spec(
    rows: Sequence[PeriodRow],
    *,
    category: str,
    by: str,
    convention: str,
    lang: Lang,
    change_points: Sequence[date] = (),
    record_days: Sequence[date] = (),
    corrections: Sequence[CorrectionMark] = (),
) -> dict[str, Any]:
    """Return the explorer chart: one bar per period (or a daily line with its 7-day mean).

    Periods that are incomplete are drawn lighter; those holding a stated correction get
    a vermillion ring and give each correction's reason in the tooltip (and in
    ``usermeta.corrections``, which the desk lists under the chart); change points are
    dashed rules and the record days dots (daily view only).
    """
    reasons = [(m.day, correction_reason(m, lang)) for m in corrections]
    label = category_label(category, lang, capitalise=True)
    conv = convention_label(convention, lang)
    values = [
        {"period": r.period, "start": r.start.isoformat(), "end": r.end.isoformat(),
         "value": r.value, "complete": r.complete,
         "correction": "; ".join(why for d, why in reasons if r.start <= d <= r.end)
         or (_w("correction", lang) if r.includes_corrections else ""),
         "days": f"{r.days_present}/{r.days_expected}"}
        for r in rows if r.value is not None
    ]
    spec = _base(f"{label}: {_w('value', lang)} by {by}, {conv}; {len(values)} periods")
    spec["data"] = {"values": values}
    spec["params"] = [{"name": "first", "value": None}, {"name": "last", "value": None}]
    spec["transform"] = [
        {"filter": "(!first || time(datum.start) >= time(toDate(first)))"
                   " && (!last || time(datum.start) <= time(toDate(last)))"}
    ]
    x = {"field": "start", "type": "temporal", "title": _w("period", lang),
         "axis": {"format": _AXIS_FORMAT[lang]["year" if by == "year" else "other"]}}
    y = {"field": "value", "type": "quantitative", "title": f"{label}, {_w('value', lang)}"}
    tooltip = [
        {"field": "period", "title": _w("period", lang)},
        {"field": "value", "type": "quantitative", "format": ",", "title": _w("value", lang)},
        {"field": "days", "title": _w("complete", lang)},
        {"field": "correction", "title": _w("correction", lang)},
    ]
    layers: list[dict[str, Any]] = []
    if by == "day":
        layers.append({"mark": {"type": "line", "color": SKY, "strokeWidth": 1},
                       "encoding": {"x": x, "y": y, "tooltip": tooltip}})
        layers.append({
            "transform": [{"window": [{"op": "mean", "field": "value", "as": "mean_7d"}],
                           "frame": [-6, 0], "sort": [{"field": "start"}]}],
            "mark": {"type": "line", "color": BLUE, "strokeWidth": 2},
            "encoding": {"x": x, "y": {"field": "mean_7d", "type": "quantitative"},
                         "tooltip": [{"field": "mean_7d", "format": ",.0f",
                                      "title": _w("mean", lang)}]},
        })
        if record_days:
            days = {d.isoformat() for d in record_days}
            layers.append({
                "transform": [{"filter": {"field": "start", "oneOf": sorted(days)}}],
                "mark": {"type": "point", "filled": True, "color": ORANGE, "size": 60},
                "encoding": {"x": x, "y": y, "tooltip": tooltip},
                "name": "records",
            })
    else:
        layers.append({  # one bar from the first to the last day of each period
            "mark": {"type": "bar", "color": BLUE, "stroke": "white", "strokeWidth": 0.5},
            "encoding": {"x": x, "x2": {"field": "end"}, "y": y, "y2": {"datum": 0},
                         "tooltip": tooltip,
                         "opacity": {"condition": {"test": "datum.complete", "value": 1},
                                     "value": 0.45}},
        })
    layers.append({
        "transform": [{"filter": "datum.correction"}],
        "mark": {"type": "point", "shape": "circle", "color": VERMILLION, "size": 90,
                 "strokeWidth": 2},
        "encoding": {"x": x, "y": y, "tooltip": tooltip},
    })
    if change_points and by == "day":
        layers.append({
            "data": {"values": [{"day": d.isoformat(), "what": _w("change", lang)}
                                for d in change_points]},
            "transform": [],
            "mark": {"type": "rule", "color": MUTED, "strokeDash": [4, 3]},
            "encoding": {"x": {"field": "day", "type": "temporal"},
                         "tooltip": [{"field": "what"}, {"field": "day"}]},
        })
    spec["layer"] = layers
    spec["usermeta"] = {"category": category, "by": by, "convention": convention,
                        "periods": len(values),
                        "corrections": [{"day": d.isoformat(), "reason": why}
                                        for d, why in reasons]}
    return spec


def forecast_spec(
    history: Sequence[tuple[date, int]], forecast: Forecast, *, lang: Lang
) -> dict[str, Any]:
    """Return the milestone fan: reported totals, then the expected total in 50/80/95% bands."""
    label = category_label(forecast.category, lang, capitalise=True)
    ahead = [asdict(e) for e in forecast.expected]
    band_rows = [
        {"day": e["loss_date"].isoformat() if forecast.convention.value == "loss"
         else e["report_date"].isoformat(), "point": e["point"],
         "lo95": e["interval_95"][0], "hi95": e["interval_95"][1],
         "lo80": e["interval_80"][0], "hi80": e["interval_80"][1],
         "lo50": e["interval_50"][0], "hi50": e["interval_50"][1]}
        for e in ahead
    ]
    spec = _base(f"{label}: {_w('observed', lang)} and {_w('expected', lang)} "
                 f"with 50/80/95% intervals from {forecast.as_of.isoformat()}")
    x = {"field": "day", "type": "temporal", "title": None}
    layers: list[dict[str, Any]] = []
    for level, opacity in (("95", 0.18), ("80", 0.28), ("50", 0.4)):
        layers.append({
            "data": {"values": band_rows},
            "mark": {"type": "area", "color": ORANGE, "opacity": opacity},
            "encoding": {"x": x, "y": {"field": f"lo{level}", "type": "quantitative",
                                       "title": f"{label}, {_w('total', lang)}",
                                       "scale": {"zero": False}},
                         "y2": {"field": f"hi{level}"},
                         "tooltip": [{"field": "day", "type": "temporal"},
                                     {"field": f"lo{level}", "format": ","},
                                     {"field": f"hi{level}", "format": ","}]},
        })
    layers.append({"data": {"values": band_rows},
                   "mark": {"type": "line", "color": VERMILLION, "strokeDash": [5, 3]},
                   "encoding": {"x": x, "y": {"field": "point", "type": "quantitative"},
                                "tooltip": [{"field": "day", "type": "temporal"},
                                            {"field": "point", "format": ",",
                                             "title": _w("expected", lang)}]}})
    layers.append({"data": {"values": [{"day": d.isoformat(), "total": t} for d, t in history]},
                   "mark": {"type": "line", "color": BLUE, "strokeWidth": 2},
                   "encoding": {"x": x, "y": {"field": "total", "type": "quantitative"},
                                "tooltip": [{"field": "day", "type": "temporal"},
                                            {"field": "total", "format": ",",
                                             "title": _w("observed", lang)}]}})
    spec["layer"] = layers
    return spec
