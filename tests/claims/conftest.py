"""Fixtures for claim tests: LossSeries of every category from the real PetroIvaniuk files.

Series are built the way the record builds them: the PetroIvaniuk importer's ``parse``
(observations + stated corrections) through a store (``series_via_store``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from attrition.claims import check_text
from attrition.model.records import Observation, StatedCorrection
from attrition.model.series import LossSeries
from attrition.sources.base import read_document
from attrition.sources.petroivaniuk import SOURCE

_FILES = (
    "russia_losses_personnel.json",
    "russia_losses_equipment.json",
    "russia_losses_equipment_correction.json",
)
AS_OF = date(2025, 1, 16)  # the examples are stated as of this date


def load_petroivaniuk(
    folder: Path, series_via_store: Callable[..., dict[str, LossSeries]]
) -> dict[str, LossSeries]:
    """Return category → LossSeries from the three PetroIvaniuk data files."""
    observations: list[Observation] = []
    corrections: list[StatedCorrection] = []
    for name in _FILES:
        batch = SOURCE.parse(read_document(folder / name, SOURCE.name))
        observations += batch.observations
        corrections += batch.corrections
    return series_via_store({SOURCE.name: observations}, {SOURCE.name: corrections})


@pytest.fixture(scope="session")
def petro_series(
    shared_data: Path, series_via_store: Callable[..., dict[str, LossSeries]]
) -> dict[str, LossSeries]:
    """Every PetroIvaniuk category as a LossSeries, keyed by category."""
    return load_petroivaniuk(shared_data / "petroivaniuk", series_via_store)


def score_entries(entries: list[dict[str, Any]], series: dict[str, LossSeries]) -> dict[str, float]:
    """Return precision, recall, verdict accuracy and out-of-scope recall on annotated entries.

    A predicted claim counts as found when value, category and kind all match. An entry whose
    ``lang`` the checker does not read (e.g. "ru") is checked with the language detected.
    """
    tp = fp = fn = verdict_ok = verdict_all = oos_found = oos_all = 0
    for e in entries:
        lang = e["lang"] if e["lang"] in {"en", "uk"} else None
        report = check_text(e["text"], series, as_of=date.fromisoformat(e["as_of"]), lang=lang)
        got = {(v.claim.value, v.claim.category, v.claim.kind.value): v for v in report.verdicts}
        predicted = Counter((v.claim.value, v.claim.category, v.claim.kind.value) for v in report.verdicts)
        expected = Counter((c["value"], c["category"], c["kind"]) for c in e["claims"])
        hits = sum((predicted & expected).values())
        tp += hits
        fp += sum(predicted.values()) - hits
        fn += sum(expected.values()) - hits
        for c in e["claims"]:
            if "verdict" in c:
                verdict_all += 1
                v = got.get((c["value"], c["category"], c["kind"]))
                verdict_ok += v is not None and v.verdict.value == c["verdict"]
        out = [o.value for o in report.out_of_scope]
        oos_all += len(e["out_of_scope"])
        oos_found += sum(value in out for value in e["out_of_scope"])
    return {
        "precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1),
        "verdict_accuracy": verdict_ok / max(verdict_all, 1), "out_of_scope_recall": oos_found / max(oos_all, 1),
        "claims": tp + fn,
    }


@pytest.fixture(scope="session")
def score() -> Callable[[list[dict[str, Any]], dict[str, LossSeries]], dict[str, float]]:
    """The scorer shared by the corpus and held-out tests."""
    return score_entries
