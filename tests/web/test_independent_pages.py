"""The compare and territory pages with the test client: figures, caveats in words, both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from attrition.api.settings import ServeSettings
from attrition.web import create_desk_app


@pytest.fixture(scope="module")
def desk(desk_db: str) -> Iterator[TestClient]:
    with TestClient(create_desk_app(ServeSettings(db=desk_db))) as client:
        yield client


def _text(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", html))  # keep the NBSPs


def test_compare_page_sets_official_beside_oryx_with_caveats(desk: TestClient) -> None:
    html = desk.get("/compare/tanks/").text
    text = _text(html)
    assert 'data-spec="/v1/specs/en/compare/tanks.json"' in html
    assert 'href="/v1/charts/en/compare/tanks.svg"' in html
    assert desk.get("/v1/charts/en/compare/tanks.svg").status_code == 200
    assert "photo or video evidence" in text  # a general caveat, in words
    assert "page seen" in text and "Ratio" in text
    assert "killed AND wounded" in text  # the named-dead caveat beside personnel


def test_compare_page_in_ukrainian_translates_the_caveats(desk: TestClient) -> None:
    text = _text(desk.get("/uk/compare/tanks/").text)
    assert "підтверджені фото чи відео" in text
    assert "вбитих І поранених" in text
    assert "photo or video evidence" not in text and "killed AND wounded" not in text
    assert re.search(r"\d{1,3}\u00a0\d{3}", text)  # 11 032 in the General Staff's form


def test_compare_page_of_a_category_oryx_does_not_count_is_404(desk: TestClient) -> None:
    assert desk.get("/compare/personnel/").status_code == 404  # personnel: the named-dead table
    assert desk.get("/compare/battleships/").status_code == 404


def test_territory_page_gives_monthly_km2_with_the_size_of_a_place(desk: TestClient) -> None:
    html = desk.get("/territory/").text
    text = _text(html)
    assert 'data-spec="/v1/specs/en/territory.json"' in html
    assert 'href="/v1/charts/en/territory/territory.png"' in html
    assert "Nov 2024 +725.9 ≈ Singapore (735 km²)" in text
    uk = _text(desk.get("/uk/territory/").text)
    assert "11.2024 +725,9 ≈ Сінгапур (735 км²)" in uk
    assert "дата стану мапи" in uk  # the convention, translated


@pytest.mark.parametrize("path", ["/embed/compare/tanks/", "/uk/embed/compare/",
                                  "/embed/territory/", "/uk/embed/territory/"])
def test_compare_and_territory_embeds_have_no_site_chrome(desk: TestClient, path: str) -> None:
    html = desk.get(path).text
    assert "<header>" not in html and 'class="chart" data-spec="/v1/specs/' in html


def test_territory_page_without_snapshots_says_so(tmp_path: object, desk_db: str) -> None:
    import attrition

    db = str(tmp_path) + "/empty.sqlite"  # type: ignore[operator]
    attrition.open(db).close()
    with TestClient(create_desk_app(ServeSettings(db=db))) as client:
        reply = client.get("/territory/")
    assert reply.status_code == 200
    assert "no territory snapshots" in reply.text and "data-spec" not in reply.text
