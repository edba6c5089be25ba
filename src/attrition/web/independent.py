"""The desk's compare and territory pages: independent counts beside the record, caveats in words.

``/compare/`` sets a category's official total beside Oryx's photo-confirmed count (chart
of the end-of-month totals, the latest pair with its ratio) and the personnel figure
beside the named dead; ``/territory/`` shows the occupied area gained or lost per month,
each gain with a place of about the same size. Both exist in Ukrainian (``/uk/…``) and as
``/embed/…``; the category is in the path (``/compare/tanks/``), so a link restores it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from attrition.errors import UnknownCategoryError, UsageError
from attrition.model.crosswalk import crosswalk_categories
from attrition.model.wording import format_number, format_signed
from attrition.web.caveats import ITEMS_UK, caveat
from attrition.web.i18n import WORDS, Lang, page_path
from attrition.web.render import add_page, category_choices, category_name, day, number, page

router = APIRouter(include_in_schema=False)
DEFAULT_COMPARED = "tanks"


def _w(key: str, lang: Lang) -> str:
    return WORDS[key][lang]


def _km2(value: float | None, lang: Lang, *, signed: bool = False) -> str:
    if value is None:
        return "–"
    return format_signed(value, lang, decimals=1) if signed else format_number(value, lang,
                                                                               decimals=1)


def _base(name: str, lang: Lang, embed: bool) -> str:
    return ("/uk" if lang == "uk" else "") + f"/embed/{name}/" if embed else page_path(name, lang)


def compare(request: Request, lang: Lang, embed: bool = False) -> HTMLResponse:
    """Official vs Oryx for one equipment category, and personnel vs the named dead."""
    key = request.path_params.get("category") or request.query_params.get("category") \
        or DEFAULT_COMPARED
    compared = crosswalk_categories()
    if key not in compared:
        raise UnknownCategoryError(key)
    record = request.app.state.record
    found = record.compare(key).to_dict()
    label_uk = category_name(key, "uk").lower()
    on = found["on"]
    latest = None
    if on and on["independent_total"] is not None:
        latest = {"official": number(on["official_total"], lang),
                  "official_date": day(on["official_report_date"], lang),
                  "oryx": number(on["independent_total"], lang),
                  "oryx_date": day(on["independent_date"], lang),
                  "ratio": "–" if on["ratio"] is None else format_number(on["ratio"], lang,
                                                                         decimals=2)}
    named = record.named_deaths().to_dict()
    rows = [{"as_of": day(r["as_of_date"], lang), "item": ITEMS_UK.get(r["item"], r["item"]) if lang == "uk" else r["item"],
             "value": (f"{number(r['low'], lang)} – {number(r['high'], lang)}"
                       if r["low"] is not None else number(r["value"], lang)),
             "official": number(r["official_personnel"], lang),
             "official_date": day(r["official_report_date"], lang)}
            for r in named["rows"]]
    alt = (f"{category_name(key, lang)}: " + ("the General Staff's total and Oryx's "
           "photo-confirmed count at each month's end" if lang == "en" else
           "сума Генштабу та підтверджений фото підрахунок Oryx на кінець кожного місяця"))
    return page(request, "compare.html", name="compare", lang=lang,
                heading=f"{_w('compare', lang)}: {category_name(key, lang)}", embed=embed,
                category=key, categories=[c for c in category_choices(lang) if c[0] in compared],
                latest=latest, chart_alt=alt, spec_url=f"/v1/specs/{lang}/compare/{key}.json",
                caveats=[caveat(c, lang, label_uk) for c in found["caveats"]],
                conventions=[caveat(c, lang) for c in found["conventions"].values()],
                named=rows, named_caveats=[caveat(c, lang) for c in named["caveats"]],
                base=_base("compare", lang, embed))


def territory(request: Request, lang: Lang, embed: bool = False) -> HTMLResponse:
    """Occupied area gained or lost per month (DeepState), each gain with 'the size of X'."""
    record = request.app.state.record
    try:
        found = record.territory(by="month").to_dict()
    except UsageError:  # no DeepState snapshots in this record: say so, draw nothing
        found = None
    months: list[dict[str, Any]] = []
    for c in (found or {}).get("changes", []):
        size = ""
        if c["net_km2"] > 0:
            sized = record.territory(by="month", on=c["period_start"], compare_size=True)
            size = (sized.to_dict().get("size") or {}).get(f"text_{lang}", "")
        months.append({"month": c["period_start"].strftime("%m.%Y" if lang == "uk" else "%b %Y"),
                       "net": _km2(c["net_km2"], lang, signed=True),
                       "gained": _km2(c["gained_km2"], lang), "lost": _km2(c["lost_km2"], lang),
                       "area": _km2(c["area_to_km2"], lang), "size": size,
                       "is_gain": c["net_km2"] > 0})
    alt = ("Occupied area gained (up) or lost (down) per month, km² (DeepState)" if lang == "en"
           else "Окупована площа, захоплена (вгору) або втрачена (вниз) за місяць, км² (DeepState)")
    return page(request, "territory.html", name="territory", lang=lang,
                heading=_w("territory", lang), embed=embed, has_data=found is not None,
                months=list(reversed(months)), chart_alt=alt,
                spec_url=f"/v1/specs/{lang}/territory.json",
                convention=caveat(found["convention"], lang) if found else "")


for _lang in ("en", "uk"):
    lang_: Lang = "uk" if _lang == "uk" else "en"
    pre = "/uk" if lang_ == "uk" else ""
    add_page(router, page_path("compare", lang_), compare, lang_)
    add_page(router, page_path("compare", lang_) + "{category}/", compare, lang_)
    add_page(router, page_path("territory", lang_), territory, lang_)
    add_page(router, f"{pre}/embed/compare/", compare, lang_, embed=True)
    add_page(router, f"{pre}/embed/compare/{{category}}/", compare, lang_, embed=True)
    add_page(router, f"{pre}/embed/territory/", territory, lang_, embed=True)
