"""The General Staff's Telegram channel, read through its public web preview (t.me/s/).

Owns finding the daily losses post among the latest posts of
``https://t.me/s/GeneralStaffZSU`` — it is often *not* the newest post — and handing
its text to :mod:`attrition.sources.gs_text`. This is usually the earliest copy of a day's
report. The preview page lists about 20 posts, oldest first, each as::

    <div class="tgme_widget_message_wrap js-widget_message_wrap">
      <div class="tgme_widget_message js-widget_message" data-post="GeneralStaffZSU/12345">
        <div class="tgme_widget_message_text js-message_text" dir="auto">text<br/>…</div>
        … <a class="tgme_widget_message_date" href="…"><time datetime="…+00:00">…</time></a>

The stored document is the post's text ``<div>`` exactly as served (the rest of the page
carries view counters that change on every request and are not evidence); its locator
is the post's permalink. ``fetch`` never parses figures; ``parse`` is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from attrition.errors import ParseError, SourceError
from attrition.log import get_logger
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources.base import FetchSchedule, SourceBase, decode_text
from attrition.sources.gs_text import html_to_text
from attrition.sources.report_pages import report_batch

if TYPE_CHECKING:  # pragma: no cover - httpx is imported only when fetching
    import httpx

    from attrition.sources.http import FetchRequest

log = get_logger(__name__)

KYIV = ZoneInfo("Europe/Kyiv")
BASE_URL = "https://t.me"
CHANNEL = "GeneralStaffZSU"
MAX_PAGES = 5  # how far back (``?before=``) a backfill may page

# A daily losses post: the heading and the personnel line, in Ukrainian or English.
_HEADING = re.compile(
    r"(бойові\s+втрати\s+(противника|ворога)|combat\s+losses\s+of\s+the\s+enemy"
    r"|total\s+combat\s+losses)", re.IGNORECASE)
MAX_UNPARSED_TAIL = 4096  # characters of an unterminated tag at the page's end read by close()
_PERSONNEL = re.compile(r"(особового\s+складу|personnel)", re.IGNORECASE)


@dataclass(frozen=True)
class Post:
    """One post of the web preview."""

    post: str  # data-post, e.g. "GeneralStaffZSU/12345"
    published_at: datetime | None  # from <time datetime>, aware
    text_html: str  # the text <div>, exactly as served
    text: str  # its plain text (gs_text.html_to_text: <br> → newline, tags dropped)

    @property
    def number(self) -> int:
        """Return the post number (the part after the slash)."""
        tail = self.post.rsplit("/", 1)[-1]
        return int(tail) if tail.isascii() and tail.isdigit() and len(tail) <= 18 else 0

    @property
    def kyiv_date(self) -> date | None:
        """Return the Kyiv calendar date the post was published on."""
        return self.published_at.astimezone(KYIV).date() if self.published_at else None

    @property
    def is_losses_post(self) -> bool:
        """Return True if this looks like the daily losses report."""
        return bool(_HEADING.search(self.text) and _PERSONNEL.search(self.text))


class _PreviewParser(HTMLParser):
    """Collect (data-post, text slice, datetime) per message from a t.me/s/ page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.posts: list[tuple[str, str | None, tuple[int, int] | None]] = []
        self._stack: list[tuple[str, set[str]]] = []
        self._post: str | None = None
        self._post_depth = 0
        self._text_start: int | None = None
        self._text_depth = 0
        self._span: tuple[int, int] | None = None
        self._time: str | None = None
        self.has_history = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = set((found.get("class") or "").split())
        if tag in {"br", "img", "meta", "link", "input", "hr", "source"}:
            return
        self._stack.append((tag, classes))
        if "tgme_channel_history" in classes:
            self.has_history = True
        if tag == "div" and "tgme_widget_message" in classes and found.get("data-post"):
            self._post, self._post_depth = found["data-post"], len(self._stack)
            self._span, self._time = None, None
            return
        if self._post is None:
            return
        in_reply = any("reply" in c for _, cls in self._stack[:-1] for c in cls)
        if (tag == "div" and "tgme_widget_message_text" in classes and self._span is None
                and self._text_start is None and not in_reply
                and "js-message_reply_text" not in classes):
            self._text_start, self._text_depth = self._offset(), len(self._stack)
        if tag == "time" and found.get("datetime") and self._time is None:
            self._time = found["datetime"]

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        depth = len(self._stack)
        if self._text_start is not None and depth == self._text_depth and tag == "div":
            end = self.page.find(">", self._offset()) + 1
            self._span = (self._text_start, end)
            self._text_start = None
        if self._post is not None and depth == self._post_depth and tag == "div":
            self.posts.append((self._post, self._time, self._span))
            self._post = None
        # pop up to and including the matching tag (tolerates unclosed inner tags)
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break


def read_posts(page: str) -> tuple[list[Post], bool]:
    """Return the posts of a t.me/s/ page (page order) and whether a channel history was found."""
    parser = _PreviewParser(page)
    parser.feed(page)
    if len(parser.rawdata) > MAX_UNPARSED_TAIL:
        # The page ends inside a tag or comment that never closes: close() would re-read the
        # rest once per "<" in it (quadratic: 59 s for 240 KB of '<a href="x" '). A browser
        # shows nothing of such a tail either; a real page ends with "</html>".
        parser.rawdata = ""
    parser.close()
    posts = []
    for post, when, span in parser.posts:
        if span is None:
            continue  # a photo or sticker without text
        fragment = page[span[0]:span[1]]
        published = None
        if when:
            try:
                published = datetime.fromisoformat(when)
            except ValueError:
                published = None
        posts.append(Post(post, published, fragment, html_to_text(fragment)))
    return posts, parser.has_history or bool(parser.posts)


def losses_posts(posts: list[Post]) -> list[Post]:
    """Return the daily losses posts among ``posts``, newest first."""
    return sorted((p for p in posts if p.is_losses_post), key=lambda p: p.number, reverse=True)


class TelegramSource(SourceBase):
    """The General Staff's Telegram channel (web preview)."""

    name = "telegram"
    title = "General Staff of the AFU, Telegram channel (t.me/s/GeneralStaffZSU)"
    schedule = FetchSchedule.CHANNEL

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return False: posts arrive by ``fetch``, never as local files."""
        return False

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one stored post (its text ``<div>``) with the report-text parser."""
        text = html_to_text(decode_text(doc))
        if not (_HEADING.search(text) and _PERSONNEL.search(text)):
            raise ParseError("not a daily losses post (no losses heading or personnel line)",
                             path=doc.locator, input=text[:80], source=doc.source)
        return report_batch(text, source=doc.source, path=doc.locator)

    def fetch(
        self, client: httpx.Client, request: FetchRequest, *, max_pages: int = MAX_PAGES
    ) -> list[RawDocument]:
        """Return the losses posts published on or after ``request.since`` (Kyiv date).

        Without ``since`` only the newest losses post is returned. Older pages
        (``?before=N``) are read while the oldest post shown is newer than ``since``.

        Raises:
            SourceError: the page has no posts, or no losses post among them.
        """
        from attrition.sources.http import get_document

        since, fetched_at = request.since, request.fetched_at
        base = (request.base_url or BASE_URL).rstrip("/")
        page_url = f"{base}/s/{CHANNEL}"
        found: dict[str, Post] = {}
        url: str | None = page_url
        seen_posts = 0
        before: int | None = None
        for _ in range(max(1, max_pages)):
            assert url is not None
            doc = get_document(client, url, source=self.name, fetched_at=fetched_at)
            if doc is None:  # 304: the page is unchanged since the last run
                return []
            page_fetched_at = doc.fetched_at  # the posts are stamped with the last page's time
            posts, has_history = read_posts(decode_text(doc))
            if not posts:
                what = "no posts (div.tgme_widget_message with data-post and a text div)"
                if not has_history:
                    what += "; no channel history on the page (preview unavailable?)"
                raise SourceError(f"layout changed? {what}", url=url, source=self.name)
            seen_posts += len(posts)
            for post in losses_posts(posts):
                found.setdefault(post.post, post)
            oldest = min(posts, key=lambda p: p.number)
            if since is None or oldest.kyiv_date is None or oldest.kyiv_date <= since:
                break
            if before is not None and oldest.number >= before:
                break  # the server ignored ?before=: no older posts to be had
            before = oldest.number
            url = f"{page_url}?before={before}"
        if not found:
            raise SourceError(
                f"no daily losses post among the {seen_posts} latest posts (looked for a "
                "'бойові втрати противника' / 'combat losses of the enemy' heading with a "
                "personnel line)", url=page_url, source=self.name)
        if since is None:  # the newest losses post only
            chosen = sorted(found.values(), key=lambda p: p.number, reverse=True)[:1]
        else:
            chosen = [p for p in found.values() if p.kyiv_date is None or p.kyiv_date >= since]
        docs = []
        for post in sorted(chosen, key=lambda p: p.number):
            meta = {"post": post.post, "page_url": page_url,
                    "published_at": post.published_at.isoformat() if post.published_at else None,
                    "published_kyiv_date": post.kyiv_date.isoformat() if post.kyiv_date else None}
            docs.append(RawDocument(
                source=self.name, locator=f"{base}/{post.post}",
                content=post.text_html.encode("utf-8"), fetched_at=page_fetched_at,
                media_type="text/html", meta=meta))
        log.info("telegram: %d losses post(s) on or after %s", len(docs), since)
        return docs


SOURCE = TelegramSource()
fetch = SOURCE.fetch
