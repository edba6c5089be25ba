"""The ingest pipeline end to end on the real importers: what it records does not depend on order."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from attrition.ingest import ingest_paths
from attrition.store import open_store


def test_findings_do_not_depend_on_the_order_of_ingests(tmp_path: Path) -> None:
    """Issue 14 item 14: 393, 394 or 408 findings for the same files in different orders.

    Consensus findings (disagreements, consensus decreases, increment mismatches, missing
    days, unconfirmed decreases) are recomputed on every refresh; a stored one the record
    no longer shows is dropped, so every order ends with the same set.
    """
    from itertools import permutations

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    folders = [fixtures / name for name in ("petroivaniuk", "minfin", "lod_db", "russianwarship")]
    outcomes = set()
    for n, order in enumerate(permutations(folders)):
        with open_store(tmp_path / f"order{n}.sqlite") as store:
            for i, folder in enumerate(order):
                ingest_paths(store, [folder], now=datetime(2025, 1, 1, i, tzinfo=UTC))
            outcomes.add(tuple(sorted(
                (f.kind, f.category or "", str(f.report_date), f.source or "")
                for f in store.findings()
            )))
    assert len(outcomes) == 1
    assert len(next(iter(outcomes))) > 10
