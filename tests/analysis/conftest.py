"""Fixtures for analysis tests: LossSeries built from the real PetroIvaniuk files.

Built as production builds them: the PetroIvaniuk importer's observations and stated
corrections go through a store (``series_via_store``), whose consensus applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from attrition.model.records import Observation, StatedCorrection
from attrition.model.series import LossSeries
from attrition.sources.base import read_document
from attrition.sources.petroivaniuk import SOURCE

FILES = (
    "russia_losses_personnel.json",
    "russia_losses_equipment.json",
    "russia_losses_equipment_correction.json",
)


def load_petroivaniuk(
    folder: Path, series_via_store: Callable[..., dict[str, LossSeries]]
) -> dict[str, LossSeries]:
    """Return every PetroIvaniuk category as a LossSeries, keyed by category."""
    observations: list[Observation] = []
    corrections: list[StatedCorrection] = []
    for name in FILES:
        batch = SOURCE.parse(read_document(folder / name, SOURCE.name))
        observations += batch.observations
        corrections += batch.corrections
    return series_via_store({SOURCE.name: observations}, {SOURCE.name: corrections})


@pytest.fixture(scope="session")
def petro_all(
    shared_data: Path, series_via_store: Callable[..., dict[str, LossSeries]]
) -> dict[str, LossSeries]:
    """Every PetroIvaniuk category as a LossSeries, keyed by category."""
    return load_petroivaniuk(shared_data / "petroivaniuk", series_via_store)


@pytest.fixture(scope="session")
def petro(petro_all: dict[str, LossSeries]) -> Callable[[str], LossSeries]:
    """Return the PetroIvaniuk LossSeries of one category."""
    return petro_all.__getitem__


def _make_series(
    via_store: Callable[..., dict[str, LossSeries]],
    daily: list[int],
    *,
    first_report: date = date(2024, 1, 1),
    start_total: int = 1000,
    missing: tuple[date, ...] = (),
    corrections: dict[date, int] | None = None,
    category: str = "personnel",
) -> LossSeries:
    """Return a series whose report i (from ``first_report``) adds ``daily[i - 1]``.

    Reports on ``missing`` dates are dropped, so the next one spans the gap.
    ``corrections`` are the source's stated corrections (report date → amount), applied
    by the store as in production.
    """
    from datetime import timedelta

    observations = []
    total = start_total
    for i in range(len(daily) + 1):
        day = first_report + timedelta(days=i)
        if i:
            total += daily[i - 1]
        if day not in missing:
            observations.append(Observation(category, day, total))
    stated = [StatedCorrection(category, day, amount) for day, amount in (corrections or {}).items()]
    return via_store({"test": observations}, {"test": stated})[category]


@pytest.fixture()
def make_series(series_via_store: Callable[..., dict[str, LossSeries]]) -> Callable[..., LossSeries]:
    """Return a builder of small synthetic series (see ``_make_series``)."""
    return partial(_make_series, series_via_store)
