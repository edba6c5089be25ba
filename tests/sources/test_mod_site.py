"""The mod.gov.ua source: discovering the day's losses article from the news listings."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.errors import SourceError
from attrition.model.records import RawDocument
from attrition.sources.http import FetchRequest, RetryPolicy, make_client
from attrition.sources.mod_site import SOURCE, losses_links
from attrition.sources.report_pages import article_body

UK_ARTICLE = "/news/bojovi-vtrati-voroga-na-8-lipnya-2026-roku-1"
EN_ARTICLE = "/en/news/total-russian-combat-losses-in-ukraine-as-of-august-8-2026"


def _serve_day(server: Any) -> None:
    R = server.Reply
    server.serve("/news", R.recorded("mod_site", "listing_uk"))
    server.serve("/en/news", R.recorded("mod_site", "listing_en"))
    server.serve(UK_ARTICLE, R.recorded("mod_site", "article_uk_2026-08-08"))
    server.serve(EN_ARTICLE, R.recorded("mod_site", "article_en_2026-08-08"))


def _fetch(server: Any, **request: Any) -> list[RawDocument]:
    with make_client("attrition-tests", 5.0, sleep=lambda s: None, min_interval_s=0,
                     retry=RetryPolicy(attempts=1)) as client:
        return SOURCE.fetch(client, FetchRequest(base_url=server.base_url, **request),
                            max_articles=1)


def test_listing_links_find_the_losses_article_whatever_its_slug() -> None:
    listing = """<a href="/news/ministr-oborony-zustrich">Міністр оборони</a>
    <a class="card" href="/news/some-unpredictable-slug-1"><h3>Бойові втрати ворога на 8 серпня</h3></a>
    <a href="https://mod.gov.ua/news/zagalni-bojovi-vtrati-rosiyan-za-dobu-1-270-okupantiv">x</a>
    <a href="https://elsewhere.example/news/bojovi-vtrati-voroga">other site</a>
    <a href="/news/some-unpredictable-slug-1/">the same article again</a>"""
    assert losses_links(listing, "https://mod.gov.ua/news") == [
        "https://mod.gov.ua/news/some-unpredictable-slug-1",
        "https://mod.gov.ua/news/zagalni-bojovi-vtrati-rosiyan-za-dobu-1-270-okupantiv",
    ]


def test_fetch_discovers_and_downloads_the_days_articles_in_both_languages(
    http_replay: Any,
) -> None:
    _serve_day(http_replay)
    docs = _fetch(http_replay)
    assert [d.locator for d in docs] == [http_replay.url(UK_ARTICLE), http_replay.url(EN_ARTICLE)]
    uk, en = (SOURCE.parse(d) for d in docs)
    assert uk.reports[0].report_date == en.reports[0].report_date == date(2026, 8, 8)
    assert {o.category: o.total for o in uk.observations} == {
        o.category: o.total for o in en.observations}
    assert {o.category: o.increment_printed for o in en.observations}["uavs"] == 1751
    assert len(uk.observations) == 15 and uk.source == "mod_site"


def test_related_links_outside_the_article_are_not_read_as_a_second_report() -> None:
    page = '<nav><a>Загальні бойові втрати противника з 24.02.22 по 07.08.26</a></nav>' \
           '<article><p>Загальні бойові втрати противника з 24.02.22 по 08.08.26</p></article>'
    assert article_body(page).startswith("<article>") and "07.08.26" not in article_body(page)
    assert article_body("<p>plain</p>") == "<p>plain</p>"


def test_listings_without_a_losses_article_are_a_source_error_naming_them(
    http_replay: Any,
) -> None:
    R = http_replay.Reply
    http_replay.serve("/news", R.recorded("mod_site", "listing_without_losses"))
    http_replay.serve("/en/news", R.recorded("mod_site", "listing_without_losses"))
    with pytest.raises(SourceError, match="no link to a combat-losses article") as caught:
        _fetch(http_replay)
    assert http_replay.url("/news") in caught.value.message
    assert http_replay.url("/en/news") in caught.value.message
    assert caught.value.source == "mod_site"


def test_one_listing_failing_does_not_stop_the_other(http_replay: Any) -> None:
    _serve_day(http_replay)
    http_replay.serve("/news", http_replay.Reply(503))
    docs = _fetch(http_replay)
    assert [d.locator for d in docs] == [http_replay.url(EN_ARTICLE)]


def test_since_asks_for_more_articles_per_listing(http_replay: Any) -> None:
    _serve_day(http_replay)
    older = ("/news/bojovi-vtrati-voroga-na-7-serpnya-2026-roku",
             "/en/news/total-russian-combat-losses-in-ukraine-as-of-august-7-2026")
    for path in older:
        http_replay.serve(path, http_replay.Reply(200, {"Content-Type": "text/html"}, b"<p>x</p>"))
    docs = _fetch(http_replay, since=date(2026, 8, 7), today=date(2026, 8, 8))
    assert len(docs) == 4 and {http_replay.url(p) for p in older} <= {d.locator for d in docs}
    assert len(_fetch(http_replay)) == 2  # without since: one article per listing here


def test_mod_site_is_official_and_parse_is_pure() -> None:
    body = (b"<html><body><article><p>Total russian combat losses in Ukraine as of "
            b"August 8, 2026</p><ul><li>tanks \xe2\x80\x92 12 251 (+4);</li></ul>"
            b"</article></body></html>")
    doc = RawDocument("mod_site", "https://mod.gov.ua/en/news/x", body, datetime.now(UTC))
    first, second = SOURCE.parse(doc), SOURCE.parse(doc)
    assert first == second and SOURCE.is_official
    assert [(o.category, o.total, o.increment_printed) for o in first.observations] == [
        ("tanks", 12251, 4)]


@pytest.mark.parametrize("unit", ['<a href="/news/x">y', "<a ", "<article>"])
def test_a_listing_or_page_of_openers_that_never_close_is_read_in_linear_time(
    unit: str, time_bound: Any
) -> None:
    """Issue 14: each "<a"/"<article" searched to the end of the page (1 MB listing > 60 s)."""
    good = '<a href="/news/bojovi-vtrati-voroga-1">x</a><main><p>tanks</p></main>'
    page = good + unit * (300_000 // len(unit))
    with time_bound(5.0):
        assert losses_links(page, "https://mod.gov.ua/news") == [
            "https://mod.gov.ua/news/bojovi-vtrati-voroga-1"]
        assert article_body(page) == "<main><p>tanks</p></main>"


def test_an_anchor_is_matched_within_its_own_stretch_as_over_the_whole_page() -> None:
    from attrition.sources import mod_site

    page = ('<a class="c" href="/news/bojovi-vtrati-1"><h3>x</h3></a> <A HREF=\'/news/y\'>'
            'бойові втрати</a ><a href="#top">up</a><a name="n">no href</a><a href="/news/z">')
    assert mod_site._anchors(page) == mod_site._ANCHOR.findall(page)
    assert [href for href, _ in mod_site._anchors(page)] == ["/news/bojovi-vtrati-1", "/news/y"]


def test_a_run_of_unclosed_tags_inside_an_anchor_is_read_in_linear_time(time_bound: Any) -> None:
    """Issue 14 (the regex audit's growth check): the tags inside an anchor's text were dropped
    with ``<[^>]+>`` searched over the whole text, so each "<" of a run with no ">" searched to
    its end: 20,000 took 0.14 s, a listing of 1 MB minutes. Now searched up to the last ">"."""
    listing = '<a href="/news/bojovi-vtrati-voroga"><b>втрати ворога</b> ' + "<" * 200_000 + "</a>"
    with time_bound(5.0):
        links = losses_links(listing, "https://mod.gov.ua/news")
    assert links == ["https://mod.gov.ua/news/bojovi-vtrati-voroga"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["<", ">", "<b>", "</b>", "<br/>", "a", " ", "втрати", "\n"]), max_size=30).map("".join))
def test_inner_tags_are_dropped_as_a_search_of_the_whole_text_dropped_them(inner: str) -> None:
    from attrition.sources import mod_site
    from attrition.sources.gs_text.lines import before_last_tag_end

    assert before_last_tag_end(mod_site._INNER_TAG, " ", inner) == re.sub(r"<[^>]+>", " ", inner)
