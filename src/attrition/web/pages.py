"""The desk's pages: each asks the library one or two questions and renders a template.

Every page exists in English (``/…``) and Ukrainian (``/uk/…``); the explorer and the
milestones have an ``/embed/…`` variant for an iframe. A view's state lives in its URL
query (``?category=tanks&by=week&convention=report&from=…``), so a link restores it.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse

from attrition.errors import UnknownCategoryError
from attrition.model.categories import KEYS
from attrition.web.i18n import WORDS, Lang, page_path
from attrition.web.render import (
    add_page,
    category_choices,
    category_name,
    day,
    number,
    page,
)

router = APIRouter(include_in_schema=False)

BYS = ("day", "week", "month", "quarter", "year")


def _record(request: Request) -> Any:
    return request.app.state.record


def _category(request: Request, default: str = "personnel") -> str:
    """Return the category of the URL: /records/tanks/ (static-friendly) or ?category=tanks."""
    key = request.path_params.get("category") or request.query_params.get("category") or default
    if key not in KEYS:
        raise UnknownCategoryError(key)
    return str(key)


def _w(key: str, lang: Lang) -> str:
    return WORDS[key][lang]


def today(request: Request, lang: Lang) -> HTMLResponse:
    """The daily card: the latest figures with both dates, the brief."""
    record = _record(request)
    latest = record.latest().to_dict()
    rows = [
        {"category": r["category"], "label": category_name(r["category"], lang),
         "total": number(r["total"], lang), "printed": number(r["increment_printed"], lang,
                                                               signed=True),
         "diff": number(r["increment_diff"], lang, signed=True),
         "mismatch": r["increment_printed"] is not None and r["increment_diff"] is not None
         and r["increment_printed"] != r["increment_diff"],
         "loss_date": day(r["loss_date"], lang), "report_date": day(r["report_date"], lang)}
        for r in latest
    ]
    first = latest[0] if latest else None
    if first is None:
        lede = "No figures yet." if lang == "en" else "Ще немає даних."
    elif lang == "uk":
        lede = (f"Звіт Генштабу від {day(first['report_date'], lang)} — втрати за "
                f"{day(first['loss_date'], lang)}.")
    else:
        lede = (f"The General Staff's report of {day(first['report_date'], lang)} gives the "
                f"losses of {day(first['loss_date'], lang)}.")
    brief = record.brief(lang=lang, fmt="html").to_dict().get("text", "") if latest else ""
    caption = ("Красним позначено рядки, де надрукований приріст не дорівнює різниці сум."
               if lang == "uk" else
               "Rows in red: the printed (+N) differs from the difference of totals.")
    return page(request, "today.html", name="today", lang=lang, heading=_w("today", lang),
                rows=rows, lede=lede, brief=brief, caption=caption,
                card_alt=("Щоденна картка: останні втрати з обома датами" if lang == "uk"
                          else "The daily card: the latest losses with both dates"))


def explore(request: Request, lang: Lang, embed: bool = False) -> HTMLResponse:
    """The category explorer; the chart is drawn by desk.js from /v1/specs/…"""
    q = request.query_params
    by = q.get("by") or "day"
    convention = q.get("convention") or "loss"
    state = {
        "category": _category(request),
        "by": by if by in BYS else "day",
        "convention": convention if convention in ("loss", "report") else "loss",
        "start": q.get("from") or "", "end": q.get("to") or "",
    }
    caption = (f"{category_name(state['category'], lang)} — {_w(state['by'], lang)}, "
               f"{_w(state['convention'], lang)}")
    embed_path = ("/uk" if lang == "uk" else "") + "/embed/explore/"
    return page(request, "explore.html", name="explore", lang=lang,
                heading=_w("explore", lang), embed=embed, state=state, bys=BYS,
                categories=category_choices(lang), caption=caption, embed_path=embed_path)


def records(request: Request, lang: Lang) -> HTMLResponse:
    """Record days and the highest day of each year."""
    key = _category(request)
    found = _record(request).extremes(key, top=10).to_dict()
    top = [{"rank": r["rank"], "period": day(r["start"], lang), "value": number(r["value"], lang)}
           for r in found["top"]]
    yearly = [{"period": day(r["start"], lang), "value": number(r["value"], lang)}
              for r in found["yearly_highs"]]
    excluded = [f"{x.get('period', '')}: {x.get('reason', '')}" for x in found["excluded"]]
    note = "; ".join(n.rstrip(".") for n in found["notes"])
    return page(request, "records.html", name="records", lang=lang,
                heading=f"{_w('records', lang)}: {category_name(key, lang)}", category=key,
                categories=category_choices(lang), top=top, yearly=yearly, excluded=excluded,
                excluded_title="Left out" if lang == "en" else "Не враховано", note=note,
                base=page_path("records", lang))


def _interval(pair: Any, lang: Lang) -> str:
    if not pair:
        return "–"
    lo, hi = pair
    return f"{day(lo, lang)} – {day(hi, lang) if hi else '…'}"


def milestones(request: Request, lang: Lang, embed: bool = False) -> HTMLResponse:
    """The forecast fan with its 50/80/95% bands, the milestone dates, the backtest score."""
    key = _category(request)
    record = _record(request)
    fc = record.forecast(key).to_dict()
    crossings = [
        {"milestone": number(c["milestone"], lang), "point": day(c["loss_date"], lang)
         if c["loss_date"] else "–", "i50": _interval(c["interval_50"], lang),
         "i80": _interval(c["interval_80"], lang), "i95": _interval(c["interval_95"], lang)}
        for c in fc["crossings"] if c["status"] != "crossed"
    ]
    scores = record.backtest(key).to_dict()
    head = ["horizon", "cases", "MAE (days)", "80% coverage", "95% coverage"]
    backtest = [[b["bucket"], b["cases"], _fmt(b["mae_days"]), _pct(b["coverage_80"]),
                 _pct(b["coverage_95"])] for b in scores]
    alt = (f"{category_name(key, lang)}: " + ("reported total and the forecast fan (50/80/95%)"
           if lang == "en" else "повідомлена сума та віяло прогнозу (50/80/95%)"))
    return page(request, "milestones.html", name="milestones", lang=lang,
                heading=f"{_w('milestones', lang)}: {category_name(key, lang)}", embed=embed,
                category=key, categories=category_choices(lang), crossings=crossings,
                method=fc.get("method_description", ""), backtest=backtest,
                backtest_head=head, fan_alt=alt,
                spec_url=f"/v1/specs/{lang}/forecast/{key}.json",
                base=("/uk" if lang == "uk" else "") + "/embed/milestones/" if embed
                else page_path("milestones", lang))


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.1f}"


def _pct(value: Any) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def _marked(text: str, claims: list[dict[str, Any]]) -> str:
    """Return ``text`` as HTML with each claim wrapped in a <mark> of its verdict."""
    out: list[str] = []
    at = 0
    for i, c in sorted(enumerate(claims), key=lambda p: p[1]["start"]):
        if c["start"] < at:
            continue  # overlapping claims: the first one is marked
        out.append(html.escape(text[at:c["start"]]))
        out.append(f'<mark class="v-{html.escape(c["verdict"])}" data-claim="{i}" tabindex="0" '
                   f'title="{html.escape(c["explanation"])}">'
                   f'{html.escape(text[c["start"]:c["end"]])}</mark>')
        at = c["end"]
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def check_page(request: Request, lang: Lang, text: str = "", as_of: str = "",
               result: dict[str, Any] | None = None) -> HTMLResponse:
    """The checker: the text with each claim highlighted by verdict, reasons on click."""
    claims = (result or {}).get("claims", [])
    return page(request, "check.html", name="check", lang=lang, heading=_w("check", lang),
                text=text, as_of=as_of, checked=result is not None,
                marked=_marked(text, claims) if claims else "", verdicts=[
                    {"verdict": c["verdict"], "quote": c["quote"],
                     "explanation": c["explanation"]} for c in claims])


async def check_post(request: Request, lang: Lang) -> HTMLResponse:
    """Check the posted form (works without JavaScript; desk.js posts it too)."""
    body = await request.body()
    form = parse_qs(body.decode("utf-8", "replace"))
    text = (form.get("text") or [""])[0][:200_000]
    as_of = (form.get("as_of") or [""])[0]
    if not text.strip():
        return check_page(request, lang)
    record = _record(request)
    answer = await run_in_threadpool(record.check, text, as_of=as_of or None, explain_lang=lang)
    return check_page(request, lang, text, as_of, answer.to_dict())


def sources(request: Request, lang: Lang) -> HTMLResponse:
    """Sources, freshness and the findings (the newest 200)."""
    record = _record(request)
    status = record.status().to_dict()
    found = record.findings().to_dict()
    fresh = status["freshness"]
    text = fresh.get("warning") or (
        f"{fresh.get('age_days')} day(s) old" if lang == "en" else
        f"вік даних: {fresh.get('age_days')} дн.")
    return page(request, "sources.html", name="sources", lang=lang, heading=_w("sources", lang),
                sources=status["sources"], freshness=text,
                kinds=sorted(status["findings_by_kind"].items()),
                findings=list(reversed(found))[:200])


def about(request: Request, lang: Lang) -> HTMLResponse:
    """The conventions."""
    return page(request, "about.html", name="about", lang=lang, heading=_w("about", lang))


def _add(path: str, handler: Any, lang: Lang, **kw: Any) -> None:
    add_page(router, path, handler, lang, **kw)


for _lang in ("en", "uk"):
    lang_: Lang = "uk" if _lang == "uk" else "en"
    pre = "/uk" if lang_ == "uk" else ""
    _add(page_path("today", lang_), today, lang_)
    _add(page_path("explore", lang_), explore, lang_)
    _add(page_path("records", lang_), records, lang_)
    _add(page_path("records", lang_) + "{category}/", records, lang_)
    _add(page_path("milestones", lang_), milestones, lang_)
    _add(page_path("milestones", lang_) + "{category}/", milestones, lang_)
    _add(page_path("check", lang_), check_page, lang_)
    _add(page_path("sources", lang_), sources, lang_)
    _add(page_path("about", lang_), about, lang_)
    _add(f"{pre}/embed/explore/", explore, lang_, embed=True)
    _add(f"{pre}/embed/milestones/", milestones, lang_, embed=True)
    _add(f"{pre}/embed/milestones/{{category}}/", milestones, lang_, embed=True)

    def _poster(lang: Lang) -> Any:
        async def post(request: Request) -> HTMLResponse:
            return await check_post(request, lang)
        return post

    router.add_api_route(page_path("check", lang_), _poster(lang_), methods=["POST"],
                         response_class=HTMLResponse)
