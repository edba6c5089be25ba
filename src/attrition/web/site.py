"""``attrition site build``: the desk and every GET resource of the API as files, for a CDN.

The site is made by asking the desk app itself (in process, no socket) for each URL and
writing the bytes under the same path: pages to ``…/index.html``, API answers to their
``.json``/``.csv``/``.png``/``.svg`` paths. So a static copy shows exactly what the server
shows; only the claim checker (a POST) needs the live server, and its page says so.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from attrition.api.app import STATIC as API_STATIC
from attrition.api.settings import ServeSettings
from attrition.errors import UsageError
from attrition.model.crosswalk import crosswalk_categories
from attrition.web.app import STATIC, create_desk_app
from attrition.web.i18n import PAGES, Lang, page_path
from attrition.web.independent import DEFAULT_COMPARED

LANGS: tuple[Lang, ...] = ("en", "uk")
BYS = ("day", "week", "month", "quarter", "year")
CONVENTIONS = ("loss", "report")
CHARTS = ("daily", "monthly")


def site_urls(categories: Sequence[str], *, compared: Sequence[str] = (),
              territory: bool = False) -> Iterator[str]:
    """Yield every URL the static site holds (pages, embeds, API files, feed).

    ``compared``: the categories with a compare page (official vs Oryx); ``territory``:
    whether the record holds DeepState snapshots (else the page says so, without files).
    """
    for lang in LANGS:
        pre = "/uk" if lang == "uk" else ""
        for name in PAGES:
            yield page_path(name, lang)
        yield f"{pre}/embed/explore/"
        yield f"{pre}/embed/milestones/"
        yield f"{pre}/embed/compare/"
        yield f"{pre}/embed/territory/"
        yield f"/v1/cards/{lang}.png"
        for key in compared:
            yield page_path("compare", lang) + f"{key}/"
            yield f"{pre}/embed/compare/{key}/"
            yield f"/v1/specs/{lang}/compare/{key}.json"
            for fmt in ("png", "svg"):
                yield f"/v1/charts/{lang}/compare/{key}.{fmt}"
        if territory:
            yield f"/v1/specs/{lang}/territory.json"
            for fmt in ("png", "svg"):
                yield f"/v1/charts/{lang}/territory/territory.{fmt}"
        for key in categories:
            yield page_path("records", lang) + f"{key}/"
            yield page_path("milestones", lang) + f"{key}/"
            yield f"{pre}/embed/milestones/{key}/"
            yield f"/v1/specs/{lang}/forecast/{key}.json"
            for by in BYS:
                for conv in CONVENTIONS:
                    yield f"/v1/specs/{lang}/{key}/{by}/{conv}.json"
            for kind in CHARTS:
                for fmt in ("png", "svg"):
                    yield f"/v1/charts/{lang}/{kind}/{key}.{fmt}"
    for name in ("latest", "status", "findings", "version", "brief"):
        yield f"/v1/{name}.json"
    for key in (*compared, "personnel"):
        yield f"/v1/compare/{key}.json"
    if territory:
        yield "/v1/territory.json"
    for key in categories:
        yield f"/v1/losses/{key}.json"
        for by in BYS:
            yield f"/v1/periods/{key}/{by}.json"
            yield f"/v1/periods/{key}/{by}.csv"
    yield "/openapi.json"
    yield "/docs"
    yield "/feed.xml"


def _target(out: Path, url: str) -> Path:
    path = url.lstrip("/")
    if not path or path.endswith("/") or "." not in path.rsplit("/", 1)[-1]:
        return out / path / "index.html"
    return out / path


def build_site(
    out: Path,
    settings: ServeSettings,
    *,
    categories: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Write the static site into ``out``; return counts, bytes and the data version."""
    import attrition

    with attrition.open(settings.db) as record:
        app = create_desk_app(settings, record=record)
        # a thread of its own: the caller may already run an event loop (a notebook, a test)
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(lambda: asyncio.run(_build(app, out, categories))).result()


async def _build(app: Any, out: Path, categories: Iterable[str] | None) -> dict[str, Any]:
    import httpx

    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    size = 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://site") as client:
        present = [r["category"] for r in (await client.get("/v1/latest.json")).json()["data"]]
        if not present:
            raise UsageError("nothing to publish: the record holds no figures yet "
                             "(run `attrition ingest PATH` first)")
        wanted = list(categories) if categories else present
        unknown = [k for k in wanted if k not in present]
        if unknown:
            raise UsageError(f"no figures for {', '.join(unknown)} in the record",
                             input=",".join(unknown))
        compared = [k for k in dict.fromkeys((DEFAULT_COMPARED, *wanted))
                    if k in crosswalk_categories()]
        territory = (await client.get("/v1/territory.json")).status_code == 200
        for url in site_urls(wanted, compared=compared, territory=territory):
            reply = await client.get(url)
            if reply.status_code != 200:
                raise UsageError(f"the desk answered {reply.status_code} for {url}", input=url)
            target = _target(out, url)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(reply.content)
            written.append(url)
            size += len(reply.content)
        version = (await client.get("/v1/version.json")).json()["data"]
    for folder, dest in ((STATIC, out / "static"), (API_STATIC, out / "static" / "api")):
        shutil.copytree(folder, dest, dirs_exist_ok=True)
    made = datetime.now(UTC).replace(microsecond=0).isoformat()
    (out / "last_updated.txt").write_text(
        f"{version.get('latest_report_date') or ''}\n{made}\n", encoding="utf-8")
    pages = [u for u in written if u.endswith("/") or u == "/feed.xml"]
    (out / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{u}</loc></url>\n" for u in pages) + "</urlset>\n",
        encoding="utf-8")
    return {"output": str(out), "files": len(written) + 2, "bytes": size, "pages": len(pages),
            "categories": wanted, "data_version": version}
