"""The three real bulk histories through their importers into one store, and the consensus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from attrition.sources import get_source
from attrition.sources.base import read_document
from attrition.store import open_store

FILES = {
    "petroivaniuk": ["petroivaniuk/russia_losses_personnel.json",
                     "petroivaniuk/russia_losses_equipment.json",
                     "petroivaniuk/russia_losses_equipment_correction.json"],
    "lod_db": ["lod-db-orc-losses/russian-losses.json"],
    "minfin": ["minfin-csv/russia_losses.csv"],
}


@pytest.mark.integration
def test_bulk_histories_agree_on_known_days(shared_data: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "bulk.sqlite")
    with store.transaction():
        for name, rels in FILES.items():
            source = get_source(name)
            for rel in rels:
                doc = read_document(shared_data / rel, name)
                batch = source.parse(doc)
                ref = store.add_document(doc)
                now = doc.fetched_at
                store.add_observations(ref.id, name, batch.observations, now)
                store.add_corrections(ref.id, name, batch.corrections, now)
        disagreements = store.refresh_consensus().findings
    (dec3,) = store.consensus_rows("personnel", date(2024, 12, 3), date(2024, 12, 3))
    assert (dec3.total, dec3.increment_diff, dec3.span_days) == (745700, 1780, 1)
    assert set(dec3.sources) == {"petroivaniuk", "lod_db", "minfin"}
    (feb28,) = store.consensus_rows("personnel", date(2025, 2, 28), date(2025, 2, 28))
    assert (feb28.total, feb28.increment_printed, feb28.increment_diff) == (874560, 1060, 2710)
    assert feb28.has_correction
    # A known typo on one side (PROVENANCE.md): minfin 15175 vs 25175 elsewhere.
    (typo,) = store.consensus_rows("vehicles_fuel_tanks", date(2024, 9, 24), date(2024, 9, 24))
    assert typo.total == 25175 and typo.values["minfin"] == 15175
    assert any(f.category == "vehicles_fuel_tanks" and f.report_date == date(2024, 9, 24)
               for f in disagreements)
    # Loading the same files again changes nothing.
    counts = store.counts()
    with store.transaction():
        for name, rels in FILES.items():
            for rel in rels:
                doc = read_document(shared_data / rel, name)
                ref = store.add_document(doc)
                assert not ref.is_new
                result = store.add_observations(
                    ref.id, name, get_source(name).parse(doc).observations, doc.fetched_at
                )
                assert (result.added, result.revised) == (0, 0)
        store.refresh_consensus()
    assert store.counts() == counts
    store.close()
