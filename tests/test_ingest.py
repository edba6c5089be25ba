"""Ingest orchestration: recognition, no-op re-ingest, parse-all-first, one transaction, checks.

A tiny in-test source ("fake", files ending .fake, lines ``category,report_date,total[,+N]``)
stands in for the real adapters so these tests pin the orchestration alone.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition import sources
from attrition.errors import ParseError, UsageError
from attrition.ingest import ingest_documents, ingest_paths
from attrition.model.records import Observation, ParsedBatch, RawDocument
from attrition.sources import get_source as real_get_source
from attrition.store import Store, open_store

NOW = datetime(2026, 8, 23, 6, 0, tzinfo=UTC)
D = date.fromisoformat


class FakeSource:
    """Lines ``category,report_date,total[,printed]``; '#' starts a comment."""

    title = "Fake test source"
    priority = 50
    is_official = False

    def __init__(self, name: str = "fake") -> None:
        self.name = name

    def recognises(self, path: Path, head: bytes) -> bool:
        return path.suffix == f".{self.name}"

    def parse(self, doc: RawDocument) -> ParsedBatch:
        observations = []
        for line_no, line in enumerate(doc.text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            category, day, total, *printed = line.split(",")
            if not total.strip().isdigit():
                raise ParseError("not a number", path=doc.locator, line_no=line_no,
                                 field=category, input=total, source=doc.source)
            observations.append(Observation(
                category, D(day), int(total), int(printed[0]) if printed else None,
                line_no=line_no, raw=line,
            ))
        return ParsedBatch(self.name, tuple(observations))


FAKES = {name: FakeSource(name) for name in ("fake", "fake_b", "fake_c")}


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    def get_source(name: str):  # type: ignore[no-untyped-def]
        return FAKES[name] if name in FAKES else real_get_source(name)

    monkeypatch.setattr(sources, "get_source", get_source)
    monkeypatch.setattr(sources, "source_names", lambda: tuple(FAKES))


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "test.sqlite")
    yield opened
    opened.close()


def write(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


PERSONNEL = (
    "personnel,2024-12-01,743920",
    "personnel,2024-12-02,745700,1780",
    "personnel,2024-12-03,747500,1800",
)


def test_folder_is_walked_sorted_and_unrecognised_files_are_skipped_with_a_reason(
    store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "in"
    write(root / "b" / "two.fake", "tanks,2024-12-01,9500")
    write(root / "a.fake", *PERSONNEL)
    write(root / "INDEX.csv", "file,report_date")
    write(root / ".hidden.fake", "tanks,2024-12-01,1")
    result = ingest_paths(store, [root], now=NOW)
    assert [Path(d.locator).name for d in result.documents] == ["a.fake", "two.fake"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("INDEX.csv", "no source recognises it")
    ]
    assert result.totals["added"] == 4
    sha = hashlib.sha256((root / "a.fake").read_bytes()).hexdigest()
    assert result.documents[0].sha256 == sha[:12]


def test_reingesting_the_same_files_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "p.fake", *PERSONNEL)
    first = ingest_paths(store, [path], now=NOW)
    assert first.totals["added"] == 3
    before = store.counts()
    again = ingest_paths(store, [path], now=NOW)
    assert again.documents == ()
    assert [s.reason for s in again.skipped] == ["unchanged (already ingested)"]
    assert store.counts() == before


def test_parse_error_in_any_document_aborts_with_nothing_written(
    store: Store, tmp_path: Path
) -> None:
    write(tmp_path / "in" / "a.fake", *PERSONNEL)
    write(tmp_path / "in" / "b.fake", "tanks,2024-12-01,9500", "tanks,2024-12-02,9 6З7")
    before = store.counts()
    with pytest.raises(ParseError) as caught:
        ingest_paths(store, [tmp_path / "in"], now=NOW)
    err = caught.value
    assert err.path is not None and err.path.endswith("b.fake")
    assert (err.line_no, err.field, err.input) == (2, "tanks", "9 6З7")
    assert store.counts() == before
    assert store.sources_summary() == []


def test_checks_run_in_the_transaction_and_findings_are_attributed(
    store: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "p.fake",
        "personnel,2024-12-01,743920",
        "personnel,2024-12-02,745705,1780",  # not a multiple of 10; printed ≠ diff
        "personnel,2024-12-05,745000",  # gap of two report days, and a decrease
    )
    result = ingest_paths(store, [path], now=NOW)
    kinds = result.findings_by_kind()
    assert kinds["not_multiple_of_10"] == 1
    assert kinds["increment_mismatch"] == 1
    assert kinds["missing_days"] == 1
    assert kinds["total_decreased"] == 2  # once in the source, once in the consensus
    assert result.documents[0].findings == len(result.findings)
    stored = {(f.kind, f.source) for f in store.findings()}
    assert ("total_decreased", "fake") in stored and ("total_decreased", None) in stored
    (gap,) = store.findings(kind="missing_days")
    assert gap.details["first_missing_report_date"] == "2024-12-03"
    assert gap.details["last_missing_report_date"] == "2024-12-04"
    assert gap.details["span_days"] == 3


def test_findings_already_stored_are_not_added_again(store: Store, tmp_path: Path) -> None:
    write(tmp_path / "a.fake", "tanks,2024-12-01,10", "tanks,2024-12-03,9")
    first = ingest_paths(store, [tmp_path / "a.fake"], now=NOW)
    assert first.findings_by_kind() == {"missing_days": 1, "total_decreased": 2}
    write(tmp_path / "b.fake", "artillery,2024-12-01,5")
    second = ingest_paths(store, [tmp_path / "b.fake"], now=NOW)
    assert second.findings == ()
    assert len(store.findings()) == 3


def test_consensus_is_refreshed_for_the_touched_categories(store: Store, tmp_path: Path) -> None:
    result = ingest_paths(store, [write(tmp_path / "p.fake", *PERSONNEL)], now=NOW)
    assert result.categories == ("personnel",)
    rows = store.consensus_rows("personnel", D("2024-12-03"), D("2024-12-03"))
    assert [(r.total, r.increment_printed, r.increment_diff) for r in rows] == [
        (747_500, 1_800, 1_800)
    ]


def test_a_changed_value_in_a_new_document_is_counted_as_revised(
    store: Store, tmp_path: Path
) -> None:
    ingest_paths(store, [write(tmp_path / "v1.fake", *PERSONNEL)], now=NOW)
    v2 = write(tmp_path / "v2.fake", *PERSONNEL[:2], "personnel,2024-12-03,747510,1810")
    (doc,) = ingest_paths(store, [v2], now=NOW).documents
    assert (doc.added, doc.revised, doc.unchanged) == (0, 1, 2)


def test_forced_source_reads_named_files_but_only_recognised_files_in_folders(
    store: Store, tmp_path: Path
) -> None:
    named = write(tmp_path / "named.txt", "tanks,2024-12-01,9500")
    write(tmp_path / "dir" / "other.txt", "tanks,2024-12-02,9501")
    result = ingest_paths(store, [named, tmp_path / "dir"], source="fake", now=NOW)
    assert [Path(d.locator).name for d in result.documents] == ["named.txt"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("other.txt", "not recognised by fake")
    ]


def test_same_content_twice_in_one_call_is_ingested_once(store: Store, tmp_path: Path) -> None:
    a = write(tmp_path / "a.fake", *PERSONNEL)
    b = write(tmp_path / "b.fake", *PERSONNEL)
    result = ingest_paths(store, [a, b], now=NOW)
    assert len(result.documents) == 1
    assert result.skipped[0].reason.startswith("same content as")
    assert store.counts()["documents"] == 1


def test_a_document_without_figures_is_skipped_not_stored(store: Store, tmp_path: Path) -> None:
    result = ingest_paths(store, [write(tmp_path / "empty.fake", "# nothing")], now=NOW)
    assert result.documents == ()
    assert result.skipped[0].reason == "no loss figures in it"
    assert store.counts()["documents"] == 0


def test_ingest_documents_takes_raw_documents(store: Store) -> None:
    doc = RawDocument("fake", "https://example.test/1", b"tanks,2024-12-01,9500\n", NOW)
    result = ingest_documents(store, [doc], now=NOW)
    (res,) = result.documents
    assert (res.source, res.locator, res.added) == ("fake", "https://example.test/1", 1)
    assert store.has_document(doc.sha256)


def test_source_dropping_days_it_had_is_flagged(store: Store, tmp_path: Path) -> None:
    ingest_paths(store, [write(tmp_path / "v1.fake", *PERSONNEL)], now=NOW)
    shrunk = write(tmp_path / "v2.fake", PERSONNEL[0], PERSONNEL[2])
    result = ingest_paths(store, [shrunk], now=NOW)
    assert "source_shrank" in result.findings_by_kind()


def test_one_info_log_line_per_document(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path / "in" / "a.fake", *PERSONNEL)
    write(tmp_path / "in" / "b.fake", "tanks,2024-12-01,9500")
    with caplog.at_level(logging.INFO, logger="attrition"):
        ingest_paths(store, [tmp_path / "in"], now=NOW)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("ingested")]
    assert len(lines) == 2
    assert "a.fake" in lines[0] and "3 added" in lines[0] and "sha256=" in lines[0]


def test_a_missing_path_is_a_usage_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        ingest_paths(store, [tmp_path / "nope"], now=NOW)


def test_a_disagreement_is_attributed_to_the_outvoted_sources_document(
    store: Store, tmp_path: Path
) -> None:
    write(tmp_path / "in" / "a.fake", "tanks,2024-12-01,9500")
    write(tmp_path / "in" / "b.fake_b", "# b", "tanks,2024-12-01,9500")
    write(tmp_path / "in" / "c.fake_c", "tanks,2024-12-01,9600")
    result = ingest_paths(store, [tmp_path / "in"], now=NOW)
    assert result.findings_by_kind() == {"disagreement": 1}
    owners = {d.source: d.findings for d in result.documents}
    assert owners == {"fake": 0, "fake_b": 0, "fake_c": 1}


def test_a_value_outside_its_category_window_is_a_finding_not_a_stored_value(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path / "w.fake", "submarines,2023-09-13,1", "submarines,2023-09-14,1",
                 "tanks,2023-09-13,4600")
    result = ingest_paths(store, [path], now=NOW)
    assert result.totals["added"] == 2
    assert [r.report_date for r in store.consensus_rows("submarines")] == [D("2023-09-14")]
    (finding,) = [f for f in result.findings if f.kind == "outside_category_period"]
    assert (finding.category, finding.report_date, finding.source) == (
        "submarines", D("2023-09-13"), "fake")

