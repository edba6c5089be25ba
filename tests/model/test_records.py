"""Record value types: a finding's JSON form, shared by an ingest's result and the stored rows."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from attrition.library.status import finding_row
from attrition.model import records
from attrition.model.records import Finding, RawDocument, finding_dict
from attrition.store import StoredFinding


def test_a_finding_and_its_stored_row_share_one_json_form() -> None:
    finding = Finding("increment_mismatch", "printed 1060, diff 2710", "personnel",
                      date(2025, 2, 28), "gs_text", {"printed": 1060})
    stored = StoredFinding(7, finding.kind, finding.category, finding.report_date,
                           finding.source, finding.message, {"printed": 1060},
                           datetime(2025, 3, 1, tzinfo=UTC))
    shared = {"kind": "increment_mismatch", "category": "personnel",
              "report_date": date(2025, 2, 28), "source": "gs_text",
              "message": "printed 1060, diff 2710", "details": {"printed": 1060}}
    assert finding_dict(finding) == shared
    row = finding_row(stored)
    assert row == {"id": 7, **shared, "recorded_at": datetime(2025, 3, 1, tzinfo=UTC)}
    assert list(row) == ["id", "kind", "category", "report_date", "source", "message",
                         "details", "recorded_at"]


def test_a_findings_json_form_copies_its_details() -> None:
    finding = Finding("missing_days", "2 days missing", details={"days": 2})
    out = finding_dict(finding)
    out["details"]["days"] = 3
    assert finding.details == {"days": 2}
    assert out["category"] is None and out["report_date"] is None and out["source"] is None


def test_a_documents_sha256_is_its_contents_hashed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    real = hashlib.sha256

    def counting(data: bytes) -> Any:
        calls.append(data)
        return real(data)

    monkeypatch.setattr(records.hashlib, "sha256", counting)
    doc = RawDocument("minfin", "a.csv", b"date,day\n", datetime(2026, 1, 1, tzinfo=UTC))
    assert doc.sha256 == real(b"date,day\n").hexdigest()
    assert doc.sha256 == doc.sha256
    assert calls == [b"date,day\n"]
    # a copy with other content is hashed anew; the cached value is not a field
    other = replace(doc, content=b"x")
    assert other.sha256 == real(b"x").hexdigest()
    assert other != doc and replace(other, content=b"date,day\n") == doc
    assert pickle.loads(pickle.dumps(doc)).sha256 == doc.sha256
    assert "sha256" not in repr(doc)
