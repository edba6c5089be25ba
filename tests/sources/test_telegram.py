"""The Telegram web-preview source: finding the losses post among the latest posts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from attrition.errors import ParseError, SourceError
from attrition.model.records import RawDocument
from attrition.sources.http import FetchRequest, make_client
from attrition.sources.telegram import SOURCE, losses_posts, read_posts

PAGE = "/s/GeneralStaffZSU"


def _client() -> Any:
    return make_client("attrition-tests", 5.0, sleep=lambda s: None, min_interval_s=0)


def _fetch(server: Any, since: date | None = None) -> list[RawDocument]:
    with _client() as client:
        return SOURCE.fetch(client, FetchRequest(since=since, base_url=server.base_url))


def test_losses_post_is_found_when_it_is_not_the_newest(http_replay: Any) -> None:
    http_replay.serve(PAGE, http_replay.Reply.recorded("telegram", "losses_post_not_newest"))
    docs = _fetch(http_replay)
    assert [d.locator for d in docs] == [http_replay.url("/GeneralStaffZSU/15003")]
    batch = SOURCE.parse(docs[0])
    assert batch.source == "telegram"
    assert batch.reports[0].report_date == date(2024, 2, 19)
    values = {o.category: (o.total, o.increment_printed) for o in batch.observations}
    assert values["personnel"] == (403720, 1290) and values["tanks"] == (6498, 11)
    assert len(values) == 14


def test_a_reply_quoting_the_losses_heading_is_not_a_losses_post(http_replay: Any) -> None:
    page = (http_replay.Reply.recorded("telegram", "losses_post_not_newest").body
            .decode("utf-8"))
    posts, has_history = read_posts(page)
    assert has_history
    numbers = [p.number for p in posts]
    assert numbers == [15001, 15002, 15003, 15004, 15005]
    assert [p.number for p in losses_posts(posts)] == [15003, 15001]  # newest first
    newest = posts[-1]
    assert not newest.is_losses_post and "Загальні бойові втрати" not in newest.text


def test_stored_document_is_the_post_text_exactly_as_served(http_replay: Any) -> None:
    reply = http_replay.Reply.recorded("telegram", "losses_post_not_newest")
    http_replay.serve(PAGE, reply)
    doc = _fetch(http_replay)[0]
    assert doc.content in reply.body
    assert doc.content.startswith(b'<div class="tgme_widget_message_text js-message_text"')
    assert doc.meta["published_at"] == "2024-02-19T05:12:33+00:00"


def test_since_returns_each_losses_post_from_that_day_on(http_replay: Any) -> None:
    http_replay.serve(PAGE, http_replay.Reply.recorded("telegram", "losses_post_not_newest"))
    docs = _fetch(http_replay, since=date(2024, 2, 18))
    assert [d.locator.rsplit("/", 1)[1] for d in docs] == ["15001", "15003"]
    assert SOURCE.parse(docs[0]).reports[0].report_date == date(2024, 2, 18)
    assert _fetch(http_replay, since=date(2024, 2, 20)) == []  # not published yet


def test_a_page_without_the_losses_post_is_a_source_error(http_replay: Any) -> None:
    http_replay.serve(PAGE, http_replay.Reply.recorded("telegram", "no_losses_post"))
    with pytest.raises(SourceError, match="no daily losses post among the 3 latest") as caught:
        _fetch(http_replay)
    assert caught.value.url == http_replay.url(PAGE)
    assert caught.value.source == "telegram"


def test_an_unavailable_preview_is_a_source_error(http_replay: Any) -> None:
    http_replay.serve(PAGE, http_replay.Reply.recorded("telegram", "preview_unavailable"))
    with pytest.raises(SourceError, match="no channel history"):
        _fetch(http_replay)


def test_backfill_pages_back_with_before(http_replay: Any) -> None:
    R = http_replay.Reply
    older = R.recorded("telegram", "only_yesterday").body.decode("utf-8")
    for new, old in (("1500", "1490"), ("18.02.24", "17.02.24"), ("2024-02-18T", "2024-02-17T")):
        older = older.replace(new, old)  # the page one step back: posts 14901-14902
    http_replay.serve(PAGE, R.recorded("telegram", "losses_post_not_newest"))
    http_replay.serve(PAGE + "?before=15001", R(200, {"Content-Type": "text/html"},
                                                 older.encode("utf-8")))
    docs = _fetch(http_replay, since=date(2024, 2, 17))
    assert [d.locator.rsplit("/", 1)[1] for d in docs] == ["14901", "15001", "15003"]
    assert [h.path for h in http_replay.requests] == [PAGE, PAGE + "?before=15001"]


def test_paging_back_stops_when_the_server_ignores_before(http_replay: Any) -> None:
    http_replay.serve(PAGE, http_replay.Reply.recorded("telegram", "losses_post_not_newest"))
    docs = _fetch(http_replay, since=date(2024, 1, 1))
    assert len(docs) == 2 and len(http_replay.requests) == 2


def test_parse_refuses_a_post_that_is_not_a_losses_report() -> None:
    doc = RawDocument("telegram", "https://t.me/GeneralStaffZSU/1",
                      '<div class="tgme_widget_message_text">Слава Україні!</div>'.encode(),
                      datetime.now(UTC), "text/html")
    with pytest.raises(ParseError, match="not a daily losses post"):
        SOURCE.parse(doc)


def test_telegram_is_an_official_source_that_recognises_no_files(tmp_path: Any) -> None:
    assert SOURCE.is_official and SOURCE.name == "telegram"
    assert not SOURCE.recognises(tmp_path / "2024-02-19.txt", b"anything")


@pytest.mark.parametrize("tail", ['<a href="x" ', "<!--"])
def test_a_page_ending_in_a_tag_that_never_closes_is_read_in_linear_time(
    http_replay: Any, tail: str, time_bound: Any
) -> None:
    """Issue 14: html.parser re-read such a tail once per "<" (240 KB: 59 s); the posts
    before it are still read."""
    page = http_replay.Reply.recorded("telegram", "losses_post_not_newest").body.decode("utf-8")
    whole, _ = read_posts(page)
    with time_bound(5.0):
        posts, _ = read_posts(page + tail * (200_000 // len(tail)))
    assert posts == whole and posts
