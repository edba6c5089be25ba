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

_CONTAINERS = (
    re.compile(r"<article\b[^>]*>.*?</article\s*>", re.IGNORECASE | re.DOTALL),
    re.compile(r"<main\b[^>]*>.*?</main\s*>", re.IGNORECASE | re.DOTALL),
)


def article_body(page: str) -> str:
    """Return the first ``<article>`` (else ``<main>``) of an HTML page, else the whole page."""
    for pattern in _CONTAINERS:
        match = pattern.search(page)
        if match:
            return match.group(0)
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
