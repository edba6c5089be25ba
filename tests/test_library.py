"""The Python API: attrition.open, Attrition.series/loss_series/losses/ingest, lazy re-exports."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import attrition
from attrition import library
from attrition.errors import UnknownCategoryError, UsageError
from attrition.library import Attrition, report_range

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
D = date.fromisoformat


@pytest.fixture()
def record(tmp_path: Path) -> Iterator[Attrition]:
    with attrition.open(tmp_path / "lib.sqlite") as opened:
        opened.ingest([FIXTURES / "petroivaniuk", FIXTURES / "minfin"])
        yield opened


def test_open_without_a_path_uses_attrition_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("ATTRITION_DB", str(target))
    with attrition.open() as opened:
        assert str(target) in opened.store.url
    assert target.exists()


def test_default_db_is_in_the_user_data_dir_when_no_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    monkeypatch.delenv("ATTRITION_DB", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "udd"))
    assert library.default_db() == tmp_path / "udd" / "attrition.sqlite"


def test_series_is_a_frame_with_one_row_per_report(record: Attrition) -> None:
    frame = record.series("personnel")
    assert list(frame.columns[:4]) == ["loss_date", "report_date", "total", "daily"]
    assert len(frame) == 6
    last = frame.iloc[-1]
    assert (last["report_date"], last["loss_date"], last["total"], last["daily"]) == (
        D("2024-12-04"), D("2024-12-03"), 747_370, 1_670
    )
    assert frame.attrs["convention"] == "loss"
    assert record.series("personnel", convention="report").attrs["convention"] == "report"


def test_loss_series_accepts_aliases_and_as_of(record: Attrition) -> None:
    series = record.loss_series("особовий склад", as_of="2024-12-02")
    assert series.category == "personnel"
    assert series.last_report_date == D("2024-12-02")
    with pytest.raises(UnknownCategoryError):
        record.loss_series("zeppelins")


def test_losses_on_a_loss_date_is_the_next_days_report(record: Attrition) -> None:
    (by_loss,) = record.losses("personnel", on="2024-12-02")
    (by_report,) = record.losses("personnel", on="2024-12-03", convention="report")
    assert by_loss == by_report
    assert (by_loss.report_date, by_loss.total, by_loss.increment_diff) == (
        D("2024-12-03"), 745_700, 1_780
    )


def test_losses_over_a_span_and_the_latest_by_default(record: Attrition) -> None:
    rows = record.losses("tanks", start="2024-11-30", end="2024-12-02")
    assert [r.loss_date for r in rows] == [D("2024-11-30"), D("2024-12-01"), D("2024-12-02")]
    (latest,) = record.losses("tanks")
    assert latest.report_date == D("2024-12-04")
    (known_then,) = record.losses("tanks", as_of="2024-12-02")
    assert known_then.report_date == D("2024-12-02")


def test_report_range_reads_dates_under_the_convention() -> None:
    assert report_range("2024-12-02", None, None, "loss") == (D("2024-12-03"), D("2024-12-03"))
    assert report_range(None, "2024-11-01", None, "report") == (D("2024-11-01"), None)
    with pytest.raises(UsageError, match="not both"):
        report_range("2024-12-02", "2024-12-01", None, "loss")
    with pytest.raises(UsageError, match="after"):
        report_range(None, "2024-12-05", "2024-12-01", "loss")
    with pytest.raises(UsageError, match="not a date"):
        report_range("yesterday", None, None, "loss")


def test_ingest_twice_adds_nothing(record: Attrition) -> None:
    before = record.store.counts()
    again = record.ingest([FIXTURES / "petroivaniuk", FIXTURES / "minfin"])
    assert again.documents == ()
    assert record.store.counts() == before


def test_context_manager_closes_the_store() -> None:
    class FakeStore:
        closed = False

        def close(self) -> None:
            self.closed = True

    fake = FakeStore()
    with Attrition(fake) as opened:  # type: ignore[arg-type]
        assert opened.store is fake
    assert fake.closed


@pytest.mark.integration
def test_check_verifies_a_sentence_against_the_record(shared_data: Path, tmp_path: Path) -> None:
    db = tmp_path / "check.sqlite"
    with attrition.open(db) as record:
        record.ingest([shared_data / "petroivaniuk"])
    report = attrition.check(
        "On December 19, Russia lost 2,200 soldiers.", as_of="2025-01-16", db=db
    )
    (verdict,) = report.verdicts
    assert verdict.verdict.value == "correct"
    assert verdict.claim.value == 2200


def test_top_level_names_are_the_library_ones() -> None:
    assert attrition.open is library.open
    assert attrition.Attrition is library.Attrition
    assert attrition.check is library.check


def test_importing_attrition_loads_neither_the_library_nor_pandas() -> None:
    code = "import sys, attrition; print('attrition.library' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
