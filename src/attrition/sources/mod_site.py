"""The Ministry of Defence news pages (mod.gov.ua, Ukrainian and English).

Owns discovering the day's losses article from the news listings — slugs are not
predictable ("bojovi-vtrati-voroga-na-22-serpnya-2026-roku",
"...-na-16-lipnya-2026-roku-1" for an August article, "total-russian-combat-losses-in-
ukraine-as-of-april-12-2026", "zagalni-bojovi-vtrati-rosiyan-za-dobu-1-270-okupantiv-...")
— fetching it, and handing the page to :mod:`attrition.sources.gs_text`.

Discovery reads every ``<a href>`` of a listing that points at a news article and keeps
those whose slug or link text names combat losses, in listing order (newest first); the
newest one is fetched (more when ``since`` asks for several days). A date in a slug is
never trusted (an August article was slugged "...-16-lipnya-..."). The stored
document is the article page exactly as served; the Ukrainian and English pages of one
day are both kept (a difference between them shows up as a revision naming both
documents). ``fetch`` never parses figures; ``parse`` is pure.
"""

from __future__ import annotations

import itertools
import re
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from attrition.errors import SourceError
from attrition.log import get_logger
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources.base import FetchSchedule, SourceBase, decode_text
from attrition.sources.gs_text.lines import before_last_tag_end
from attrition.sources.report_pages import article_body, report_batch

if TYPE_CHECKING:  # pragma: no cover - httpx is imported only when fetching
    import httpx

    from attrition.sources.http import FetchRequest

log = get_logger(__name__)

BASE_URL = "https://mod.gov.ua"
LISTINGS = ("/news", "/en/news")  # Ukrainian first: the original text
MAX_ARTICLES = 1  # per listing by default: the newest losses article
MAX_BACKFILL = 10  # per listing when ``since`` asks for more days

_ANCHOR = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"'#]+)[\"'][^>]*>(.*?)</a\s*>",
                     re.IGNORECASE | re.DOTALL)
# a tag inside an anchor's text; applied up to the text's last ">": after it, each "<" of a run
# with no ">" searched to the end (quadratic: 20,000 "<" in one anchor took 0.14 s, a 1 MB
# listing would take minutes; issue 14's audit)
_INNER_TAG = re.compile(r"<[^>]+>")
_ARTICLE_PATH = re.compile(r"^/(?:en/)?news/[a-z0-9][a-z0-9-]*/?$")
_SLUG_WORDS = re.compile(
    r"(bojovi-vtrati|vtrati-voroga|vtrati-rosiyan|vtrati-protyvnyka|vtrati-protivnika"
    r"|combat-losses|losses-of-the-enemy|losses-of-russians)")
_TEXT_WORDS = re.compile(r"(бойові\s+втрати|втрати\s+(ворога|противника|росіян)"
                         r"|combat\s+losses)", re.IGNORECASE)
_ANCHOR_OPEN = re.compile(r"<a\b", re.IGNORECASE)


def _anchors(page: str) -> list[tuple[str, str]]:
    """Return ``_ANCHOR.findall(page)``, each anchor matched only up to the next ``<a``.

    Searched over the whole page, an anchor never closed (or "<a " repeated with no ">")
    ran to the end of the page from every "<a": quadratic, over 60 s for a 1 MB listing
    (issue 14). An anchor holds no other anchor, so each is matched within its own stretch.
    """
    starts = [m.start() for m in _ANCHOR_OPEN.finditer(page)] + [len(page)]
    found = (_ANCHOR.match(page, start, end) for start, end in itertools.pairwise(starts))
    return [(m[1], m[2]) for m in found if m]


def losses_links(listing_html: str, listing_url: str) -> list[str]:
    """Return the absolute URLs of losses articles a listing links to, in listing order."""
    found: list[str] = []
    for href, inner in _anchors(listing_html):
        url = urljoin(listing_url, unescape(href.strip()))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(listing_url).netloc or not _ARTICLE_PATH.match(parts.path):
            continue
        text = before_last_tag_end(_INNER_TAG, " ", inner)  # searched up to its last ">" only
        if not (_SLUG_WORDS.search(parts.path) or _TEXT_WORDS.search(unescape(text))):
            continue
        clean = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        if clean not in found:
            found.append(clean)
    return found


class ModSiteSource(SourceBase):
    """The Ministry of Defence news articles with the daily losses (UA and EN)."""

    name = "mod_site"
    title = "Ministry of Defence of Ukraine, news pages (mod.gov.ua, UA and EN)"
    schedule = FetchSchedule.CHANNEL

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return False: articles arrive by ``fetch``, never as local files."""
        return False

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one article page with the report-text parser."""
        return report_batch(article_body(decode_text(doc)), source=doc.source, path=doc.locator)

    def fetch(
        self, client: httpx.Client, request: FetchRequest, *, max_articles: int = MAX_ARTICLES
    ) -> list[RawDocument]:
        """Return the newest losses article of each listing (more when ``since`` asks for days).

        A listing that fails is skipped while the other one still answers; when both fail
        (or neither links a losses article) the error names each listing URL.

        Raises:
            SourceError: no losses article could be discovered in any listing.
        """
        from attrition.sources.http import get_document

        since, fetched_at = request.since, request.fetched_at
        base = (request.base_url or BASE_URL).rstrip("/")
        docs: list[RawDocument] = []
        problems: list[str] = []
        for path in LISTINGS:
            listing_url = base + path
            try:
                listing = get_document(client, listing_url, source=self.name,
                                       fetched_at=fetched_at)
            except SourceError as err:
                problems.append(f"{listing_url}: {err.message}")
                continue
            if listing is None:  # 304: nothing new listed since the last run
                continue
            links = losses_links(decode_text(listing), listing.locator)
            if not links:
                problems.append(f"{listing_url}: no link to a combat-losses article "
                                "(slug or link text) among the listed news")
                continue
            count = max_articles
            if since is not None and request.today is not None:
                count = min(MAX_BACKFILL, max(count, (request.today - since).days + 1))
            for url in links[:max(1, count)]:
                doc = get_document(client, url, source=self.name, fetched_at=fetched_at)
                if doc is not None:
                    docs.append(doc)
        if problems and len(problems) == len(LISTINGS):
            raise SourceError("; ".join(problems), url=base + LISTINGS[0], source=self.name)
        for problem in problems:
            log.warning("mod_site: %s", problem)
        return docs


SOURCE = ModSiteSource()
fetch = SOURCE.fetch
