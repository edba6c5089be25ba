"""`attrition serve` (the web desk + the API under /v1) and `attrition site build` (a static copy)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit, fail
from attrition.errors import AttritionError, UsageError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each opens its own connection; use PostgreSQL or WAL "
                   "SQLite).")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              help="uvicorn's log level.")
@db_option
@json_option
def serve(host: str, port: int, workers: int, log_level: str, db: str | None,
          as_json: bool) -> None:
    """Serve the web desk at / and the REST API at /v1 (OpenAPI at /openapi.json, docs at /docs).

    Reads never wait for a running update (SQLite WAL, or PostgreSQL). POST /v1/update
    is allowed only with ATTRITION_API_TOKEN set, as a bearer token. --json prints the
    address as the JSON envelope before serving. Ctrl-C stops the server.

    Example: attrition serve --host 0.0.0.0 --workers 4 --db postgresql://localhost/attrition
    """
    import uvicorn

    import attrition
    from attrition.api.settings import serve_settings

    try:
        settings = serve_settings(db)
        attrition.open(settings.db).close()  # create + migrate once, before any worker starts
    except AttritionError as err:
        fail(err, as_json=as_json)
    os.environ["ATTRITION_DB"] = settings.db  # the workers read their settings from here
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{port}/"
    emit({"url": url, "api": url + "v1/", "docs": url + "docs", "workers": workers},
         as_json=as_json, text=f"attrition desk: open {url}  (API {url}v1/, docs {url}docs; "
                               "Ctrl-C stops)")
    uvicorn.run("attrition.web:desk_app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level=log_level, access_log=False)


@click.command()
@click.argument("action", type=click.Choice(["build"]))
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False),
              help="Folder to write the site into (created).")
@click.option("--category", "categories", multiple=True, metavar="KEY",
              help="Only these categories (repeatable; default: every category with data).")
@db_option
@json_option
def site(action: str, output: str, categories: tuple[str, ...], db: str | None,
         as_json: bool) -> None:
    """Build a static copy of the desk and of every GET resource of the API, for a CDN.

    Pages go to index.html files under the same paths, API answers to the same paths
    with .json (/v1/latest.json ...), with the embeds, /feed.xml, sitemap.xml and
    last_updated.txt. Serve the folder with any web server. The claim checker needs the
    live server and says so.

    Example: attrition site build -o site/
    """
    from attrition.api.settings import serve_settings
    from attrition.web.site import build_site

    try:
        if action != "build":  # pragma: no cover - click refuses other values
            raise UsageError(f"unknown action {action!r}", input=action)
        result = build_site(Path(output), serve_settings(db), categories=categories or None)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit(result, as_json=as_json,
         text=f"wrote {result['files']:,} files ({result['bytes']:,} bytes) to {output}")
