"""Jinja2 environment of the desk and the context every page shares (language, nav, version)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from attrition.model.categories import CATEGORIES
from attrition.model.wording import format_date, format_number
from attrition.web.i18n import PAGES, Lang, page_path, words

TEMPLATES = Path(__file__).parent / "templates"
ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)


def number(value: Any, lang: Lang, *, signed: bool = False) -> str:
    """Return a figure in the General Staff's form ('45 720' with NBSP in Ukrainian)."""
    if value is None or value == "":
        return "–"
    text = format_number(int(value), lang)
    return ("+" + text) if signed and int(value) > 0 else text


def day(value: Any, lang: Lang) -> str:
    """Return a date as the General Staff writes it: '03.12.2024' (uk) or '3 Dec 2024' (en)."""
    from datetime import date

    if value is None:
        return "–"
    when = value if isinstance(value, date) else date.fromisoformat(str(value))
    if lang == "uk":
        return when.strftime("%d.%m.%Y")
    return format_date(when, "en")


def category_choices(lang: Lang) -> list[tuple[str, str]]:
    """Return (key, label) of every category, in the canonical order."""
    return [(c.key, _capital(c.label_uk if lang == "uk" else c.label_en)) for c in CATEGORIES]


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def category_name(key: str, lang: Lang) -> str:
    """Return the label of a category key."""
    return dict(category_choices(lang)).get(key, key)


def page(
    request: Request,
    template: str,
    *,
    name: str,
    lang: Lang,
    heading: str,
    embed: bool = False,
    **extra: Any,
) -> HTMLResponse:
    """Render ``template`` with the context every page shares."""
    other: Lang = "en" if lang == "uk" else "uk"
    query = urlencode(list(request.query_params.multi_items()))
    switch = _localised(request.url.path, lang) + (f"?{query}" if query else "")
    path: Callable[[str], str] = lambda p: page_path(p, lang)  # noqa: E731
    html = ENV.get_template(template).render(
        lang=lang, other=other, w=words(lang), pages=PAGES, page=name, path=path,
        heading=heading, embed=embed, switch_href=switch,
        version_label=request.app.state.version_label(lang), **extra,
    )
    return HTMLResponse(html)


def _localised(path: str, lang: Lang) -> str:
    """Return the same page in the other language: '/records/tanks/' ↔ '/uk/records/tanks/'."""
    if lang == "uk":
        return path.removeprefix("/uk") or "/"
    return "/uk" + path


def add_page(router: APIRouter, path: str, handler: Callable[..., HTMLResponse], lang: Lang,
             **kw: Any) -> None:
    """Serve ``handler(request, lang, **kw)`` at GET ``path`` (in the thread pool: it blocks)."""

    async def endpoint(request: Request) -> HTMLResponse:
        result: HTMLResponse = await run_in_threadpool(handler, request, lang, **kw)
        return result

    router.add_api_route(path, endpoint, methods=["GET"], response_class=HTMLResponse)
