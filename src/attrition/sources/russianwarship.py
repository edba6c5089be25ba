"""russianwarship.rip API v2: recorded ``/statistics`` responses (official MoD figures).

Owns reading the API's JSON shapes into observations: a single day
(``/statistics/<date>``, ``/statistics/latest``: ``{"message", "data": {day}}``) and the
paged list (``/statistics``: ``{"message", "data": {"paginator", "records": [day, ...]}}``),
where a day is ``{"date", "day", "resource", "war_status"?, "stats", "increase"}``
(the 2022-10-03 shape has no ``war_status`` and no ``submarines``). ``stats`` are totals;
``increase`` is the printed "(+N)" → ``increment_printed``; ``resource`` (the MoD post)
goes into ``note``. The API back-fills zeros for categories the General Staff did not
report yet; the shared policy in :mod:`attrition.sources.bulk` keeps those out.

``/terms/<lang>`` (category titles) is not loss data: ``recognises`` returns False and
``parse`` raises ParseError. Parse is pure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.errors import ParseError
from attrition.model.records import Observation, ParsedBatch, RawDocument
from attrition.sources.base import FetchSchedule, SourceBase
from attrition.sources.bulk import (
    CategoryResolver,
    head_keys,
    is_schema_file,
    load_json,
    read_date,
    read_total,
)
from attrition.sources.history import Row, build_batch

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from attrition.sources.http import FetchRequest

_ENVELOPE = frozenset({"message", "data"})
# The paging block has been seen as "paginator" and as "paging"; both carry next_url.
_PAGE = frozenset({"paginator", "paging", "records"})
# Documented per-day fields that carry no loss figure ("stats"/"increase" hold the figures).
_DAY_FIELDS = frozenset({"date", "day", "resource", "war_status", "stats", "increase"})
_LINE_NO = "1-based index of the day record (1 for a single-day response)"


def _error(doc: RawDocument, message: str, field: str | None, value: Any = None) -> ParseError:
    shown = None if value is None else json.dumps(value, ensure_ascii=False)[:80]
    return ParseError(message, path=doc.locator, field=field, input=shown, source=doc.source)


def _mapping(doc: RawDocument, value: Any, field: str, index: int) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _error(doc, f"record {index}: expected a JSON object", field, value)
    return value


def _parse_day(doc: RawDocument, resolve: CategoryResolver, record: Any, index: int) -> Row:
    """Read one day record (``index`` is 1-based) into a Row of observations."""
    record = _mapping(doc, record, "data" if index == 1 else "records", index)
    for key in record:
        if key not in _DAY_FIELDS:
            raise _error(doc, f"record {index}: unknown field", key, key)
    try:
        report_date = read_date(record.get("date"), doc, None)
    except ParseError as exc:
        raise _error(doc, f"record {index}: {exc.message}", "date", record.get("date")) from None
    stats = _mapping(doc, record.get("stats"), "stats", index)
    increase = _mapping(doc, record.get("increase") or {}, "increase", index)
    for key in increase:
        if key not in stats:
            raise _error(
                doc,
                f"record {index}: increase for a category with no total",
                f"increase.{key}",
                key,
            )
    resource = record.get("resource")
    note = f"resource={resource}" if resource else None
    row = Row(index, report_date)
    for key, value in stats.items():
        column = resolve(key, None)
        if column is None:  # pragma: no cover - no stats key is a non-category field
            continue
        total = read_total(value, doc, None, f"stats.{key}")
        stated: dict[str, Any] = {"stats": {key: value}}
        printed = None
        if increase.get(key) is not None:
            printed = read_total(increase[key], doc, None, f"increase.{key}", signed=True)
            stated["increase"] = {key: increase[key]}
        row.observations.append(
            Observation(
                column.key,
                report_date,
                total,
                printed,
                column.is_approximate,
                index,
                json.dumps(stated, separators=(",", ":")),
                note,
            )
        )
    return row


class RussianWarshipSource(SourceBase):
    """The russianwarship.rip API v2 statistics responses."""

    name = "russianwarship"
    title = "russianwarship.rip API v2 (MoD daily figures with printed increments)"
    schedule = FetchSchedule.API

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for a recorded ``/statistics`` response (``*statistics*.json``)."""
        name = path.name.lower()
        if is_schema_file(path) or not name.endswith(".json") or "statistics" not in name:
            return False
        keys = head_keys(head)
        return keys >= _ENVELOPE and bool(keys & {"stats", "records", "paginator", "paging"})

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse a single-day or paged statistics response into observations."""
        payload = load_json(doc)
        if not isinstance(payload, dict) or "data" not in payload:
            raise _error(doc, 'expected the API envelope {"message", "data"}', "data")
        for key in payload:
            if key not in _ENVELOPE:
                raise _error(doc, "unknown field in the API envelope", key, key)
        data = payload["data"]
        if not isinstance(data, dict):
            raise _error(doc, "expected a JSON object", "data", data)
        resolve = CategoryResolver(doc, ())
        meta: dict[str, Any] = {"message": payload.get("message"), "line_no": _LINE_NO}
        if "records" in data or "paginator" in data or "paging" in data:
            for key in data:
                if key not in _PAGE:
                    raise _error(doc, "unknown field in a paged response", f"data.{key}", key)
            records = data.get("records")
            if not isinstance(records, list):
                raise _error(doc, "expected a list of day records", "records", records)
            meta["paginator"] = data.get("paginator") or data.get("paging")
            rows: Iterable[Row] = (_parse_day(doc, resolve, r, i)
                                   for i, r in enumerate(records, start=1))
        elif "stats" in data or "date" in data:
            rows = [_parse_day(doc, resolve, data, 1)]
        else:
            raise _error(
                doc,
                "no statistics in this response (the /terms endpoint lists category "
                "titles, not losses)",
                "data",
                sorted(data)[:5],
            )
        return build_batch(doc, rows, meta=meta)
    def fetch(self, client: httpx.Client, request: FetchRequest) -> list[RawDocument]:
        """Return the documents ``request`` asks for (see the module function :func:`fetch`)."""
        return fetch(client, request)


SOURCE = RussianWarshipSource()


# --- fetching for `attrition update` (httpx is imported only when fetching) -----------
API_BASE = "https://russianwarship.rip"
PAGE_LIMIT = 50
MAX_PAGES = 200  # the whole war is ~35 pages of 50 days


def _check_terms(client: httpx.Client, base: str, request: FetchRequest) -> None:
    """Fail loudly when ``/terms/en`` lists a category this importer cannot map."""
    from attrition.errors import SourceError
    from attrition.model.categories import find_category
    from attrition.sources.http import decode_json, get_document

    doc = get_document(client, f"{base}/api/v2/terms/en", source=SOURCE.name,
                       fetched_at=request.fetched_at)
    if doc is None:  # unchanged since the terms were last checked
        return
    payload = decode_json(doc)
    terms = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(terms, dict) or not terms:
        raise SourceError("no terms object in the response (layout changed?)",
                          url=doc.locator, source=SOURCE.name)
    unknown = sorted(k for k in terms if find_category(k) is None)
    if unknown:
        raise SourceError(f"the API lists categories no known label matches: {', '.join(unknown)}",
                          url=doc.locator, source=SOURCE.name)


def fetch(client: httpx.Client, request: FetchRequest) -> list[RawDocument]:
    """Fetch ``/statistics/latest``, or the paged list from ``since`` to ``today``.

    The list (``/statistics?offset&limit&date_from&date_to``) is followed through the
    ``next_url`` its paginator gives (moved onto ``request.base_url`` when one is set); a
    page the server answers 304 for is skipped by offset. ``/terms/en`` is checked first.
    """
    from urllib.parse import urlencode, urljoin

    from attrition.errors import SourceError
    from attrition.sources.http import decode_json, get_document, rebase_url

    base = (request.base_url or API_BASE).rstrip("/")
    since, today = request.since, request.today
    if since is None or today is None or since >= today:
        doc = get_document(client, f"{base}/api/v2/statistics/latest", source=SOURCE.name,
                           fetched_at=request.fetched_at)
        return [doc] if doc is not None else []
    _check_terms(client, base, request)
    offset = 0
    query = {"offset": 0, "limit": PAGE_LIMIT, "date_from": since.isoformat(),
             "date_to": today.isoformat()}
    url: str | None = f"{base}/api/v2/statistics?{urlencode(query)}"
    docs: list[RawDocument] = []
    seen: set[str] = set()
    pages_total: int | None = None
    while url and len(seen) < MAX_PAGES:
        seen.add(url)
        doc = get_document(client, url, source=SOURCE.name, fetched_at=request.fetched_at)
        offset += PAGE_LIMIT
        if doc is None:  # 304: the page is stored already; go on by offset
            url = f"{base}/api/v2/statistics?{urlencode({**query, 'offset': offset})}"
            continue
        payload = decode_json(doc)
        data = payload.get("data") if isinstance(payload, dict) else None
        records = data.get("records") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(records, list):
            raise SourceError("no data.records list in the paged response (layout changed?)",
                              url=doc.locator, source=SOURCE.name)
        if records:
            docs.append(doc)
        paging = data.get("paginator") or data.get("paging") or {}
        total = paging.get("total") if isinstance(paging, dict) else None
        if isinstance(total, int) and total >= 0:
            pages_total = max(1, -(-total // PAGE_LIMIT))
        if request.progress is not None:
            request.progress(len(seen), pages_total)
        next_url = paging.get("next_url") if isinstance(paging, dict) else None
        url = None
        if isinstance(next_url, str) and next_url and records:
            url = rebase_url(urljoin(doc.locator, next_url), request.base_url)
        if url in seen:
            url = None  # a next_url pointing back: stop rather than loop
    return docs
