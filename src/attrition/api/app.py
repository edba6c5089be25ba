"""The app factory: settings validated, the record opened, routers under ``/v1``, middleware.

Middleware, outermost first: limits (414/413) → the data-version cache (ETag, 304, gzip,
Cache-Control, CORS for its hits) → gzip for what the cache does not hold → CORS (GET
only) → the routers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

from attrition import __version__
from attrition.api.cache import CacheMiddleware, VersionWatch
from attrition.api.errors import install_error_handlers
from attrition.api.limits import LimitsMiddleware
from attrition.api.routes import ROUTERS
from attrition.api.settings import ServeSettings, serve_settings
from attrition.api.warm import HOT_PATHS, warm_forever

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library import Attrition

STATIC = Path(__file__).parent / "static"
NOT_CACHED = ("/v1/update", "/v1/check")

DESCRIPTION = """The record of Russia's reported war losses, from the daily reports of the
General Staff of the Armed Forces of Ukraine. Every reply is `{"ok": true, "data": …,
"meta": {"convention", "as_of", "sources", "data_version", …}}`; every error is
`{"ok": false, "status", "error": {"type", "message", …}, "errors": […]}`.

**Dates**: a report published on day D covers the losses of day D − 1. `convention=loss`
(the default) reads dates as loss dates, `convention=report` as publication dates; `meta`
says which one a reply uses. GET replies carry an `ETag` and `Cache-Control` derived from
the data version; send `If-None-Match` to get `304`."""


def create_app(
    settings: ServeSettings | None = None,
    *,
    record: Attrition | None = None,
    extra_static: dict[str, Path] | None = None,
) -> FastAPI:
    """Return the API app; ``record`` (tests) is used instead of opening ``settings.db``."""
    settings = settings or serve_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = None
        if getattr(app.state, "record", None) is None:
            import attrition

            opened = app.state.record = attrition.open(settings.db)
        warming = None
        if settings.warm:
            warming = asyncio.create_task(warm_forever(app, app.state.hot_paths,
                                                       settings.version_check_s))
        try:
            yield
        finally:
            if warming is not None:
                warming.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await warming
            if opened is not None:
                opened.close()
                app.state.record = None

    app = FastAPI(
        title="attrition",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.record = record
    app.state.check_cache = OrderedDict()
    app.state.hot_paths = list(HOT_PATHS)  # the desk adds its front pages and the feed
    app.state.watch = VersionWatch(lambda: _token(app), settings.version_check_s)
    for router in ROUTERS:
        app.include_router(router, prefix="/v1")
    app.mount("/static/api", StaticFiles(directory=STATIC), name="api-static")
    for prefix, folder in (extra_static or {}).items():
        app.mount(prefix, StaticFiles(directory=folder), name=f"extra{prefix}")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="attrition API",
            swagger_js_url="/static/api/swagger-ui-bundle.js",
            swagger_css_url="/static/api/swagger-ui.css",
            swagger_favicon_url="/static/api/favicon.svg",
        )

    install_error_handlers(app)
    # add_middleware wraps: the last added is the outermost
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                       allow_methods=["GET", "HEAD"], allow_headers=["If-None-Match"],
                       expose_headers=["ETag"])
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    uncached = (*NOT_CACHED, *(extra_static or {}))  # extra folders: served as plain files
    app.add_middleware(CacheMiddleware, watch=app.state.watch,
                       max_age_s=settings.cache_max_age_s,
                       skip=lambda path: path.startswith(uncached) or path == "/docs",
                       cors_any_origin=settings.cors_origins == ("*",))
    app.add_middleware(LimitsMiddleware, max_query=settings.max_query_chars,
                       max_body=settings.max_body_bytes)
    return app


def _token(app: FastAPI) -> str:
    record: Attrition | None = app.state.record
    return record.change_token() if record is not None else ""


def app_from_env() -> FastAPI:
    """Return the API app configured from the environment (``uvicorn --factory``)."""
    return create_app()


