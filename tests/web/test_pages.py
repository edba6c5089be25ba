"""The desk's pages with the test client: every page in both languages, the no-JS paths."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from attrition.api.settings import ServeSettings
from attrition.web import create_desk_app
from attrition.web.i18n import PAGES, page_path


@pytest.fixture(scope="module")
def desk(desk_db: str) -> Iterator[TestClient]:
    with TestClient(create_desk_app(ServeSettings(db=desk_db))) as client:
        yield client


@pytest.mark.parametrize("lang", ["en", "uk"])
@pytest.mark.parametrize("name", PAGES)
def test_every_page_in_both_languages(desk: TestClient, name: str, lang: str) -> None:
    reply = desk.get(page_path(name, lang))  # type: ignore[arg-type]
    assert reply.status_code == 200
    html = reply.text
    assert f'<html lang="{lang}">' in html
    assert 'id="lang-switch"' in html
    assert not re.search(r'(?:src|href)="https?://', html), "no asset from another host"


def test_language_switch_keeps_the_query(desk: TestClient) -> None:
    html = desk.get("/explore/?category=tanks&by=week").text
    assert 'href="/uk/explore/?category=tanks&amp;by=week"' in html


def test_figures_in_the_general_staffs_form(desk: TestClient) -> None:
    uk = desk.get("/uk/").text
    assert re.search(r"\d{1,3}\u00a0\d{3}", uk)  # 1 456 610 with no-break spaces
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", uk)  # 08.08.2026
    assert re.search(r"\d{1,3},\d{3}", desk.get("/").text)


def test_unknown_category_page_is_404(desk: TestClient) -> None:
    assert desk.get("/records/battleships/").status_code == 404


def test_checker_works_without_javascript(desk: TestClient) -> None:
    reply = desk.post("/check/", content="text=Russia+lost+745%2C700+personnel+since+the+start"
                                         "&as_of=2024-12-03",
                      headers={"content-type": "application/x-www-form-urlencoded"})
    assert reply.status_code == 200
    assert '<mark class="v-correct"' in reply.text


def test_embed_has_no_site_chrome(desk: TestClient) -> None:
    html = desk.get("/embed/explore/?category=tanks").text
    assert "<header>" not in html and 'id="chart"' in html


def test_feed_is_atom_with_the_brief(desk: TestClient) -> None:
    reply = desk.get("/feed.xml")
    assert reply.headers["content-type"].startswith("application/atom+xml")
    assert reply.text.count("<entry>") == 30 and "<feed xmlns=\"http://www.w3.org/2005/Atom\">" in reply.text
