"""The data version: latest report date + a content hash that follows the figures, not the file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from attrition.library.publishing import publish_record
from attrition.model.records import Observation, RawDocument
from attrition.publish.version import data_version
from attrition.store import Store, open_store


def _store(path: Path, totals: list[int]) -> Store:
    store = open_store(path)
    obs = [Observation("tanks", date(2024, 12, 1 + i), t) for i, t in enumerate(totals)]
    at = datetime(2024, 12, 5, tzinfo=UTC)
    with store.transaction():
        ref = store.add_document(RawDocument("minfin", f"test://{path.name}", repr(totals).encode(),
                                             at, "text/plain"))
        store.add_observations(ref.id, "minfin", obs, at)
        store.refresh_consensus()
    return store


def test_same_figures_give_the_same_version_in_different_files(tmp_path: Path) -> None:
    a, b = _store(tmp_path / "a.sqlite", [10, 12, 15]), _store(tmp_path / "b.sqlite", [10, 12, 15])
    try:
        va, vb = data_version(publish_record(a)), data_version(publish_record(b))
        assert va.digest == vb.digest
        assert len(va.digest) == 12
        assert va.latest_report_date == date(2024, 12, 3)
        assert va.label == f"data: report 2024-12-03 · #{va.digest}"
        assert va.label_for("uk") == f"дані: звіт 2024-12-03 · #{va.digest}"
    finally:
        a.close()
        b.close()


def test_a_changed_figure_changes_the_version(tmp_path: Path) -> None:
    a, b = _store(tmp_path / "a.sqlite", [10, 12, 15]), _store(tmp_path / "b.sqlite", [10, 12, 16])
    try:
        assert data_version(publish_record(a)).digest != data_version(publish_record(b)).digest
    finally:
        a.close()
        b.close()


def test_as_of_versions_only_what_was_reported_by_then(tmp_path: Path) -> None:
    a = _store(tmp_path / "a.sqlite", [10, 12, 15])
    try:
        early = data_version(publish_record(a, date(2024, 12, 2)))
        assert early.latest_report_date == date(2024, 12, 2)
        assert early.rows == 2
        assert early.digest != data_version(publish_record(a)).digest
    finally:
        a.close()
