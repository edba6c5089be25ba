"""Shared by the official live sources (telegram, mod_site): a fetched page or post → ParsedBatch.

Owns cutting the article out of a news page (so that links to other days' reports in the
navigation never read as a second report) and labelling the :mod:`gs_text` result with
the live source's name. Parsing itself is :func:`attrition.sources.gs_text.parse_report`.
Pure: no network, clock or database.
"""

from __future__ import annotations

import re

from attrition.model.records import ParsedBatch
from attrition.sources.gs_text import parse_report, report_findings

_CONTAINERS = tuple(
    (re.compile(rf"<{tag}\b[^>]*>", re.IGNORECASE), re.compile(rf"</{tag}\s*>", re.IGNORECASE))
    for tag in ("article", "main")
)


def article_body(page: str) -> str:
    """Return the first ``<article>`` (else ``<main>``) of an HTML page, else the whole page.

    The first opener decides: when no closer follows it, none follows a later one (whose
    ">" is no earlier). One search per opener kind and one per closer, so a page of
    "<article>" repeated with no closer is linear (the pattern ``<article…>.*?</article>``
    searched from each opener to the end: 3.4 s for 100 KB, issue 14).
    """
    last = page.rfind(">") + 1  # no opener ends after it
    for opener, closer in _CONTAINERS:
        start = opener.search(page, 0, last)
        end = closer.search(page, start.end()) if start else None
        if start and end:
            return page[start.start():end.end()]
    return page


def report_batch(text: str, *, source: str, path: str) -> ParsedBatch:
    """Parse one report (text or HTML) and return it as ``source``'s batch with its findings."""
    report = parse_report(text, path=path)
    return ParsedBatch(
        source=source,
        observations=report.observations,
        findings=report_findings(report, source),
        reports=(report,),
        meta={"language": report.language, "flags": list(report.flags)},
    )
