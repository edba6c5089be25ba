"""lod-db/orc-losses: the official daily figures with the MoD page each day was taken from.

Owns reading ``russian-losses.json`` (a newest-first array; null = not reported) into
observations. Every observation keeps its ``sourceUri`` in ``note``. The personnel
increment that mod.gov.ua / mil.gov.ua slugs state ("...za-dobu-1-780-okupantiv..." =
+1,780) goes into the personnel observation's note only, never into
``increment_printed``: some slugs belong to the neighbouring day's article (PROVENANCE).
The JSON Schema file next to the data is not data and is not recognised. Parse is pure.
"""

from __future__ import annotations

import re
from pathlib import Path

from attrition.model.records import MAX_TOTAL, ParsedBatch, RawDocument
from attrition.sources.base import MirrorSource
from attrition.sources.bulk import (
    CategoryResolver,
    head_keys,
    head_text,
    is_schema_file,
    new_observation,
    read_date,
    read_json_array,
    read_total,
)
from attrition.sources.history import Row, Rows, build_batch

_NAME = re.compile(r"russian-losses(?:\.[a-z]{2})?\.json", re.IGNORECASE)
_NON_CATEGORY = ("date", "sourceUri")
# "za-dobu-<N>-okupantiv|osib" (per day), or the 2026 form
# "...-<YYYY>-roku-[<M>-bpla-]<N>-okupantiv".
# N is digits, or groups "1-780"; approximate slugs ("ponad-800", "bilshe-1200") and totals
# ("vtratila-uzhe-410-700-osib") do not match on purpose.
_NUMBER = r"(\d{1,3}(?:-\d{3})+|\d+)"
_SLUG_INCREMENT = re.compile(
    rf"(?:za-dobu|\d{{4}}-roku(?:-\d+(?:-\d{{3}})*-bpla)?)-{_NUMBER}-(?:okupantiv|osib)(?:-|$)"
)


def personnel_increment_from_slug(uri: str) -> int | None:
    """Return the personnel increment a MoD article slug states, or None if it states none."""
    slug = uri.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    match = _SLUG_INCREMENT.search(slug)
    return int(match.group(1).replace("-", "")) if match else None


RAW_URLS: tuple[str, ...] = (
    "https://raw.githubusercontent.com/lod-db/orc-losses/HEAD/russian-losses.json",
)
"""The raw files `attrition update` fetches (``MirrorSource.fetch``)."""


class LodDbSource(MirrorSource):
    """The lod-db/orc-losses dataset (``russian-losses.json``)."""

    name = "lod_db"
    title = "lod-db/orc-losses (official daily figures with MoD source URL)"
    raw_urls = RAW_URLS

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for ``russian-losses.json`` (an array with ``sourceUri``), not its schema."""
        if is_schema_file(path) or not _NAME.fullmatch(path.name):
            return False
        keys = head_keys(head)
        return head_text(head).startswith("[") and {"date", "sourceUri"} <= keys

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse the whole array; nulls are "not reported" and yield no observation."""
        resolve = CategoryResolver(doc, _NON_CATEGORY)
        rows = Rows(doc)
        for line_no, item in read_json_array(doc):
            report_date = read_date(item.get("date"), doc, line_no)
            uri = item.get("sourceUri")
            note = f"sourceUri={uri}" if uri else None
            slug_increment = personnel_increment_from_slug(uri) if isinstance(uri, str) else None
            row = Row(line_no, report_date)
            for column, value in zip(resolve.columns(item, line_no), item.values(), strict=True):
                if column is None or value is None:
                    continue
                total = (
                    value
                    if type(value) is int and 0 <= value <= MAX_TOTAL
                    else read_total(value, doc, line_no, column.name)
                )
                obs_note = note
                if column.key == "personnel" and slug_increment is not None:
                    obs_note = f"{note}; slug_personnel_increment={slug_increment}"
                row.observations.append(
                    new_observation(
                        column.key,
                        report_date,
                        total,
                        None,
                        column.is_approximate,
                        line_no,
                        f"{column.raw_prefix}{value}}}",
                        obs_note,
                    )
                )
            rows.append(row)
        meta = {"order": "newest first", "line_no": "line on which the record's JSON object starts"}
        return build_batch(doc, rows, meta=meta)


SOURCE = LodDbSource()
