"""The desk app: the API app plus pages, the feed and /static."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from attrition.api import create_app
from attrition.api.settings import ServeSettings
from attrition.web import feed, independent, pages
from attrition.web.i18n import Lang

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library import Attrition

STATIC = Path(__file__).parent / "static"


class VersionLabel:
    """The footer's 'data version' text, remade only when the data changes."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._made: tuple[str, dict[str, object]] | None = None

    def __call__(self, lang: Lang) -> str:
        """Return 'report 2024-12-03 · #1a2b3c4d5e6f' in ``lang``."""
        token = self._app.state.watch.current()
        if self._made is None or self._made[0] != token:
            self._made = (token, self._app.state.record.data_version().to_dict())
        version = self._made[1]
        word = "звіт" if lang == "uk" else "report"
        return f"{word} {version.get('latest_report_date') or '–'} · #{version.get('digest')}"


def create_desk_app(
    settings: ServeSettings | None = None,
    *,
    record: Attrition | None = None,
    extra_static: dict[str, Path] | None = None,
) -> FastAPI:
    """Return the API app with the desk's pages, the feed and the static assets."""
    app = create_app(settings, record=record, extra_static=extra_static)
    app.include_router(pages.router)
    app.include_router(independent.router)
    app.include_router(feed.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="desk-static")
    app.state.version_label = VersionLabel(app)
    app.state.feed_entries = feed.FeedEntries()
    app.state.hot_paths += ["/", "/uk/"]
    return app


def desk_app_from_env() -> FastAPI:
    """Return the desk configured from the environment (``uvicorn --factory``, workers)."""
    return create_desk_app()
