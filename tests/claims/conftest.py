"""Fixtures for claim tests: LossSeries of every category from the real PetroIvaniuk files.

Series are built the way the record builds them: the PetroIvaniuk importer's ``parse``
(observations + stated corrections) and ``model.series.build_series``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from attrition.model.series import LossSeries, build_series
from attrition.sources.base import read_document
from attrition.sources.petroivaniuk import SOURCE

_FILES = (
    "russia_losses_personnel.json",
    "russia_losses_equipment.json",
    "russia_losses_equipment_correction.json",
)
AS_OF = date(2025, 1, 16)  # the examples are stated as of this date


def load_petroivaniuk(folder: Path) -> dict[str, LossSeries]:
    """Return category → LossSeries from the three PetroIvaniuk data files."""
    points: dict[str, list[tuple[date, int, int | None, bool, tuple[str, ...]]]] = {}
    corrections: dict[str, dict[date, int]] = {}
    for name in _FILES:
        batch = SOURCE.parse(read_document(folder / name, SOURCE.name))
        for obs in batch.observations:
            points.setdefault(obs.category, []).append(
                (obs.report_date, obs.total, obs.increment_printed, obs.is_approximate, (SOURCE.name,))
            )
        for corr in batch.corrections:
            corrections.setdefault(corr.category, {})[corr.report_date] = corr.amount
    return {
        key: build_series(key, pts, corrections=corrections.get(key)) for key, pts in points.items()
    }


@pytest.fixture(scope="session")
def petro_series(shared_data: Path) -> dict[str, LossSeries]:
    """Every PetroIvaniuk category as a LossSeries, keyed by category."""
    return load_petroivaniuk(shared_data / "petroivaniuk")
