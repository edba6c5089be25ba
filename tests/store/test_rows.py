"""The row types: one shape from SQL to JSON for consensus rows and observations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from attrition.model.records import Observation
from attrition.store import Store
from attrition.store.rows import (
    CONSENSUS_COLUMNS,
    OBSERVATION_COLUMNS,
    ConsensusRow,
    ObservationRow,
    vote_of_stored,
)


def _table(store: Store, table: str, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    order = ", ".join(columns[:2])  # (category, report_date) and (id, ...) are unique
    return store._engine.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")


def test_consensus_row_reads_and_writes_the_stored_row_unchanged(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9470),
                              kit.obs("tanks", "2024-12-03", 9486, 16)])
    kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-03", 9480, approx=True)])
    store.refresh_consensus()
    stored = _table(store, "consensus", CONSENSUS_COLUMNS)
    rows = [ConsensusRow.from_db(r) for r in stored]
    assert [r.to_db() for r in rows] == stored
    assert rows[-1].loss_date == date(2024, 12, 2) and rows[-1].values == {
        "lod_db": 9480, "minfin": 9486}


def test_consensus_row_json_record_names_every_field_and_both_dates() -> None:
    row = ConsensusRow("tanks", date(2024, 12, 3), date(2024, 12, 2), 9486, 16, 16, 1, False,
                       False, False, ("minfin",), 1)
    record = row.to_dict()
    assert record["report_date"] == date(2024, 12, 3) and record["loss_date"] == date(2024, 12, 2)
    assert record["sources"] == ["minfin"] and record["values"] == {}


def test_observation_row_stored_values_match_its_to_db_form(store: Store, kit) -> None:
    at = datetime(2024, 12, 3, 6, 30, tzinfo=UTC)
    ref = store.add_document(kit.doc("minfin"))
    obs = Observation("tanks", date(2024, 12, 3), 9486, 16, True, 4, "tanks 9486 (+16)", "n")
    result = store.add_observations(ref.id, "minfin", [obs], at)
    (stored,) = _table(store, "observations", OBSERVATION_COLUMNS)
    row = ObservationRow.from_db(stored)
    assert row.to_db() == stored == result.rows[0]
    assert (row.category, row.report_date, row.is_approximate, row.recorded_at) == (
        "tanks", date(2024, 12, 3), True, at)
    assert vote_of_stored(stored) == ("tanks", "2024-12-03", "minfin", 9486, 16, 1)
