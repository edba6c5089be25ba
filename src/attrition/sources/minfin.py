"""index.minfin.com.ua scrape (romansverdan/russian-Losses-in-Ukraine): CSV daily totals.

Owns reading ``russia_losses.csv`` and the older ``russia_losses-2022.csv`` (no
``submarines`` column) into observations. A blank cell is "not reported" and yields no
observation. The ``day`` column is ignored: it is wrong from 2025-11-09 and the report
date alone is the key. A cell that is not a whole non-negative number raises ParseError
naming the CSV line and column. Parse is pure.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from attrition.errors import ParseError
from attrition.model.records import MAX_TOTAL_DIGITS, ParsedBatch, RawDocument
from attrition.sources.base import MirrorSource, decode_text
from attrition.sources.bulk import (
    CategoryResolver,
    Column,
    head_text,
    new_observation,
    read_date,
    read_total_text,
)
from attrition.sources.history import Row, Rows, build_batch

_NAME = re.compile(r"russia_losses(?:-\d{4})?\.csv", re.IGNORECASE)
_NON_CATEGORY = ("date", "day")


def _header(doc: RawDocument, header: list[str]) -> list[Column | None]:
    """Resolve the header row; unknown or repeated columns raise ParseError on line 1."""
    resolve = CategoryResolver(doc, _NON_CATEGORY)
    columns = [resolve(name.strip(), 1) for name in header]
    if not header or header[0].strip() != "date":
        raise ParseError(
            "the first column must be 'date'",
            path=doc.locator,
            line_no=1,
            field="date",
            input=",".join(header),
            source=doc.source,
        )
    seen: set[str] = set()
    for name, category in zip(header, columns, strict=True):
        if category is not None and category.key in seen:
            raise ParseError(
                f"second column for category {category.key}",
                path=doc.locator,
                line_no=1,
                field=name,
                input=name,
                source=doc.source,
            )
        if category is not None:
            seen.add(category.key)
    return columns


RAW_URLS: tuple[str, ...] = (
    "https://raw.githubusercontent.com/romansverdan/russian-Losses-in-Ukraine/HEAD/data/russia_losses.csv",
)
"""The raw files `attrition update` fetches (``MirrorSource.fetch``)."""


class MinfinSource(MirrorSource):
    """The minfin CSV scrape (``russia_losses.csv``, ``russia_losses-2022.csv``)."""

    name = "minfin"
    title = "index.minfin.com.ua scrape (romansverdan/russian-Losses-in-Ukraine)"
    raw_urls = RAW_URLS

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for ``russia_losses[-YYYY].csv`` with a ``date,day,personnel,...`` header."""
        if not _NAME.fullmatch(path.name):
            return False
        return head_text(head).replace(" ", "").startswith("date,day,personnel,")

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one CSV; ``line_no`` is the CSV line, ``raw`` the whole row line."""
        lines = decode_text(doc).splitlines()
        reader = csv.reader(lines)
        try:
            return self._parse_rows(doc, lines, reader)
        except csv.Error as exc:  # a NUL byte, a field past the csv module's size limit
            raise ParseError(f"not readable as CSV: {exc}", path=doc.locator,
                             line_no=reader.line_num or None, source=doc.source) from None

    def _parse_rows(self, doc: RawDocument, lines: list[str], reader: Any) -> ParsedBatch:
        try:
            header = next(reader)
        except StopIteration:
            raise ParseError(
                "empty file: no header row", path=doc.locator, source=doc.source
            ) from None
        columns = _header(doc, header)
        named = [(i, header[i].strip(), c) for i, c in enumerate(columns) if c is not None]
        rows = Rows(doc)
        for cells in reader:
            line_no = reader.line_num
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # blank line
            if len(cells) != len(header):
                raise ParseError(
                    f"{len(cells)} cells where the header has {len(header)}",
                    path=doc.locator,
                    line_no=line_no,
                    input=lines[line_no - 1],
                    source=doc.source,
                )
            report_date = read_date(cells[0].strip(), doc, line_no)
            raw = lines[line_no - 1]
            row = Row(line_no, report_date)
            for index, column, category in named:
                cell = cells[index]
                if not cell or cell.isspace():
                    continue
                # plain digits (nearly every cell) are read_total_text's own answer, int(cell)
                total = (
                    int(cell)
                    if cell.isdigit() and cell.isascii() and len(cell) <= MAX_TOTAL_DIGITS
                    else read_total_text(cell, doc, line_no, column)
                )
                row.observations.append(
                    new_observation(
                        category.key,
                        report_date,
                        total,
                        None,
                        category.is_approximate,
                        line_no,
                        raw,
                    )
                )
            rows.append(row)
        return build_batch(doc, rows, meta={"columns": [c.strip() for c in header]})


SOURCE = MinfinSource()
