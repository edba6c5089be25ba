"""The data version printed on every published output: latest report date + a content hash.

The hash is taken over the consensus figures themselves (category, report date, total,
printed increment), not over the database file, so the same record gives the same version
on SQLite and PostgreSQL, and a chart, card or export can be traced to the data it shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from attrition.publish.inputs import Figure, Record


@dataclass(frozen=True)
class DataVersion:
    """What a published output was made from."""

    latest_report_date: date | None
    digest: str  # first 12 hex digits of the sha256 of the consensus figures
    rows: int  # consensus rows hashed
    as_of: date | None = None
    ingested_at: datetime | None = None  # newest ingest of any source (None: empty store)

    @property
    def label(self) -> str:
        """Return the small-print form: 'data: report 2024-12-04 · #1a2b3c4d5e6f'."""
        return self.label_for("en")

    def label_for(self, lang: str) -> str:
        """Return the small print in ``lang`` ('en' or 'uk': 'дані: звіт 2024-12-04 · #…')."""
        day = self.latest_report_date.isoformat() if self.latest_report_date else "–"
        if lang == "uk":
            return f"дані: звіт {day} · #{self.digest}"
        return f"data: report {day} · #{self.digest}"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "latest_report_date": self.latest_report_date.isoformat()
            if self.latest_report_date else None,
            "digest": self.digest,
            "rows": self.rows,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "created": self.ingested_at.isoformat() if self.ingested_at else None,
        }


def digest_rows(table: Mapping[str, Sequence[Figure]]) -> str:
    """Return the 12-digit content hash of consensus rows."""
    sha = hashlib.sha256()
    for key, rows in table.items():
        for row in rows:
            printed = "" if row.increment_printed is None else str(row.increment_printed)
            sha.update(f"{key}|{row.report_date.isoformat()}|{row.total}|{printed}\n".encode())
    return sha.hexdigest()[:12]


def data_version(record: Record) -> DataVersion:
    """Return the version of the record (as known on its ``as_of``)."""
    rows = record.table
    latest = max((r[-1].report_date for r in rows.values() if r), default=None)
    ingested = [s.last_ingested_at for s in record.sources if s.last_ingested_at]
    return DataVersion(
        latest_report_date=latest,
        digest=digest_rows(rows),
        rows=sum(len(r) for r in rows.values()),
        as_of=record.as_of,
        ingested_at=max(ingested) if ingested else None,
    )
