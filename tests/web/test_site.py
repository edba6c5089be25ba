"""`attrition site build`: the static copy, served by `python -m http.server`, in Chromium.

The same browser checks as the live desk: pages load without console errors, the
explorer's toggles drive the chart and the URL, Ukrainian works, embeds render; the
checker (a POST) says it needs the live server.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from attrition.api.settings import ServeSettings
from attrition.web.site import build_site

from .conftest import free_port  # noqa: TID252 - importlib mode: the sibling conftest

CATEGORIES = ("personnel", "tanks")


@pytest.fixture(scope="module")
def site(desk_db: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A static site of two categories (built once)."""
    out = tmp_path_factory.mktemp("site") / "site"
    return out, build_site(out, ServeSettings(db=desk_db), categories=CATEGORIES)


@pytest.fixture(scope="module")
def site_url(site: tuple[Path, dict[str, Any]]) -> Iterator[str]:
    """The static site served by Python's http.server on 127.0.0.1."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                             "127.0.0.1", "--directory", str(site[0])],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/last_updated.txt", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_site_holds_pages_api_files_feed_and_sitemap(site: tuple[Path, dict[str, Any]]) -> None:
    out, result = site
    assert result["categories"] == list(CATEGORIES)
    latest = json.loads((out / "v1" / "latest.json").read_text(encoding="utf-8"))
    assert latest["ok"] is True and latest["meta"]["convention"] == "loss"
    for rel in ("index.html", "uk/index.html", "explore/index.html", "embed/explore/index.html",
                "records/tanks/index.html", "v1/periods/tanks/month.json",
                "v1/periods/personnel/week.csv", "v1/specs/uk/tanks/day/report.json",
                "v1/charts/en/daily/personnel.png", "feed.xml", "sitemap.xml", "openapi.json",
                "static/vega.min.js", "static/api/swagger-ui-bundle.js", "docs/index.html",
                "compare/tanks/index.html", "uk/embed/compare/tanks/index.html",
                "v1/specs/uk/compare/tanks.json", "v1/compare/tanks.json",
                "v1/compare/personnel.json", "territory/index.html", "v1/territory.json",
                "v1/specs/en/territory.json", "v1/charts/uk/compare/tanks.png",
                "v1/charts/en/territory/territory.svg"):
        assert (out / rel).is_file(), rel
    stamp = (out / "last_updated.txt").read_text(encoding="utf-8").split()
    assert stamp[0] == latest["data"][0]["report_date"]
    assert "<feed" in (out / "feed.xml").read_text(encoding="utf-8")
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/compare/tanks/</loc>" in sitemap and "<loc>/uk/territory/</loc>" in sitemap


@pytest.mark.parametrize("path", ["/", "/explore/", "/records/tanks/", "/milestones/",
                                  "/sources/", "/about/", "/uk/", "/uk/milestones/tanks/",
                                  "/compare/", "/uk/compare/tanks/", "/territory/",
                                  "/embed/territory/"])
def test_static_pages_load_without_console_errors(site_url: str, watched: Any,
                                                  path: str) -> None:
    page = watched.page
    assert page.goto(site_url + path).status == 200
    page.wait_for_load_state("networkidle")
    for chart in ("#chart", "#fan", "#compare-chart", "#territory-chart"):
        if page.query_selector(chart):
            page.wait_for_function(f"document.querySelector('{chart}').dataset.drawn >= 1")
    watched.shot("static" + path.rstrip("/").replace("/", "-") or "static-today")
    assert watched.errors == []


def test_static_explorer_toggles_and_restores_from_the_url(site_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(site_url + "/explore/?category=tanks&by=month&convention=report")
    page.wait_for_function("document.querySelector('#chart').dataset.drawn >= 1")
    assert page.input_value("#category") == "tanks"
    assert page.get_attribute("#chart", "data-spec") == "/v1/specs/en/tanks/month/report.json"
    page.check('input[name="by"][value="year"]')
    page.wait_for_function("document.querySelector('#chart').dataset.drawn >= 2")
    assert "by=year" in page.url
    page.click("#lang-switch")
    page.wait_for_url("**/uk/explore/**")
    page.wait_for_function("document.querySelector('#chart').dataset.drawn >= 1")
    assert page.get_attribute("#chart", "data-spec") == "/v1/specs/uk/tanks/year/report.json"
    watched.shot("static-explore-uk")
    assert watched.errors == []


def test_static_embed_renders(site_url: str, watched: Any) -> None:
    page = watched.page
    page.set_content(f'<iframe src="{site_url}/embed/explore/?category=tanks" width="800" '
                     'height="600"></iframe>')
    page.frame_locator("iframe").locator("#chart svg").first.wait_for()
    assert watched.errors == []


def test_static_checker_says_it_needs_the_server(site_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(site_url + "/check/")
    page.fill("#text", "Russia lost 1,550 soldiers on December 2, 2024.")
    page.click("#checker button[type=submit]")
    page.wait_for_selector("#static-note", state="visible")
    watched.errors.clear()  # the refused POST (501 from http.server) is the expected path
