"""Vega-Lite specs of the desk's compare and territory pages (independent counts beside the record).

Same palette, text alternative and tooltips as :mod:`attrition.publish.vega`. Pure: rows
in, a JSON-ready dict out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrition.analysis.compare import CompareMonth
from attrition.model.independent import TerritoryChange
from attrition.model.wording import Lang
from attrition.publish.i18n import category_label
from attrition.publish.vega import BLUE, ORANGE, VERMILLION, _base

_WORDS: dict[str, dict[Lang, str]] = {
    "official": {"en": "General Staff", "uk": "Генштаб"},
    "oryx": {"en": "Oryx (photo-confirmed)", "uk": "Oryx (підтверджено фото)"},
    "month": {"en": "month", "uk": "місяць"},
    "total": {"en": "total at the month's end", "uk": "сума на кінець місяця"},
    "ratio": {"en": "ratio", "uk": "співвідношення"},
    "net": {"en": "net change, km²", "uk": "чиста зміна, км²"},
    "gained": {"en": "gained, km²", "uk": "захоплено, км²"},
    "lost": {"en": "lost, km²", "uk": "втрачено, км²"},
    "area": {"en": "occupied area, km²", "uk": "окупована площа, км²"},
    "who": {"en": "count", "uk": "підрахунок"},
}


def _w(key: str, lang: Lang) -> str:
    return _WORDS[key][lang]


def compare_spec(months: Sequence[CompareMonth], *, category: str, lang: Lang) -> dict[str, Any]:
    """Return the official end-of-month totals beside Oryx's, one line each."""
    label = category_label(category, lang, capitalise=True)
    official, oryx = _w("official", lang), _w("oryx", lang)
    values = []
    for m in months:
        for who, total in ((official, m.official_total), (oryx, m.independent_total)):
            if total is not None:
                values.append({"month": f"{m.month}-01", "period": m.month, "who": who,
                               "total": total, "ratio": m.ratio_total})
    spec = _base(f"{label}: {official} vs {oryx}, {_w('total', lang)}; {len(months)} months")
    x = {"field": "month", "type": "temporal", "title": _w("month", lang),
         "axis": {"format": "%b %Y" if lang == "en" else "%m.%Y"}}
    spec["data"] = {"values": values}
    spec["mark"] = {"type": "line", "point": True, "strokeWidth": 2}
    spec["encoding"] = {
        "x": x,
        "y": {"field": "total", "type": "quantitative", "title": f"{label}, {_w('total', lang)}"},
        "color": {"field": "who", "type": "nominal", "title": _w("who", lang),
                  "scale": {"domain": [official, oryx], "range": [BLUE, ORANGE]},
                  "legend": {"orient": "top"}},
        "tooltip": [{"field": "period", "title": _w("month", lang)},
                    {"field": "who", "title": _w("who", lang)},
                    {"field": "total", "type": "quantitative", "format": ","},
                    {"field": "ratio", "type": "quantitative", "title": _w("ratio", lang)}],
    }
    spec["usermeta"] = {"category": category, "periods": len(months)}
    return spec


def territory_spec(changes: Sequence[TerritoryChange], *, lang: Lang) -> dict[str, Any]:
    """Return one bar per period: the net change of occupied area (gains up, losses down)."""
    values = [{"start": c.period_start.isoformat(), "end": c.period_end.isoformat(),
               "period": c.period_start.strftime("%Y-%m") if c.period == "month"
               else c.period_start.isoformat(),
               "net": round(c.net_km2, 1), "area": round(c.area_to_km2),
               "gained": None if c.gained_km2 is None else round(c.gained_km2, 1),
               "lost": None if c.lost_km2 is None else round(c.lost_km2, 1)}
              for c in changes]
    spec = _base(f"{_w('net', lang)}, {_w('month', lang)}: {len(values)} (DeepState)")
    spec["data"] = {"values": values}
    spec["mark"] = {"type": "bar", "stroke": "white", "strokeWidth": 0.5}
    spec["encoding"] = {
        "x": {"field": "start", "type": "temporal", "title": _w("month", lang),
              "axis": {"format": "%b %Y" if lang == "en" else "%m.%Y"}},
        "x2": {"field": "end"},
        "y": {"field": "net", "type": "quantitative", "title": _w("net", lang)},
        "y2": {"datum": 0},
        "color": {"condition": {"test": "datum.net >= 0", "value": VERMILLION}, "value": BLUE},
        "tooltip": [{"field": "period", "title": _w("month", lang)},
                    {"field": "net", "type": "quantitative", "format": ",.1f",
                     "title": _w("net", lang)},
                    {"field": "gained", "type": "quantitative", "format": ",.1f",
                     "title": _w("gained", lang)},
                    {"field": "lost", "type": "quantitative", "format": ",.1f",
                     "title": _w("lost", lang)},
                    {"field": "area", "type": "quantitative", "format": ",",
                     "title": _w("area", lang)}],
    }
    spec["usermeta"] = {"periods": len(values)}
    return spec
