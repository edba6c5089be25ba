"""Fixtures for analysis tests: LossSeries built from the real PetroIvaniuk files.

Built with the PetroIvaniuk importer and ``build_series``; the correction file's stated
amounts become ``correction_amount`` on their rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.model.series import LossSeries, build_series
from attrition.sources.base import read_document
from attrition.sources.petroivaniuk import SOURCE

FILES = (
    "russia_losses_personnel.json",
    "russia_losses_equipment.json",
    "russia_losses_equipment_correction.json",
)


def load_petroivaniuk(folder: Path) -> dict[str, LossSeries]:
    """Return every PetroIvaniuk category as a LossSeries, keyed by category."""
    points: dict[str, list[tuple[date, int, int | None, bool, tuple[str, ...]]]] = {}
    corrections: dict[str, dict[date, int]] = {}
    for name in FILES:
        batch = SOURCE.parse(read_document(folder / name, SOURCE.name))
        for o in batch.observations:
            points.setdefault(o.category, []).append(
                (o.report_date, o.total, o.increment_printed, o.is_approximate, (SOURCE.name,))
            )
        for c in batch.corrections:
            corrections.setdefault(c.category, {})[c.report_date] = c.amount
    return {
        key: build_series(key, pts, corrections=corrections.get(key))
        for key, pts in points.items()
    }


@pytest.fixture(scope="session")
def petro_all(shared_data: Path) -> dict[str, LossSeries]:
    """Every PetroIvaniuk category as a LossSeries, keyed by category."""
    return load_petroivaniuk(shared_data / "petroivaniuk")


@pytest.fixture(scope="session")
def petro(petro_all: dict[str, LossSeries]) -> Callable[[str], LossSeries]:
    """Return the PetroIvaniuk LossSeries of one category."""
    return petro_all.__getitem__


def _make_series(
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
    """
    from datetime import timedelta

    points = []
    total = start_total
    for i in range(len(daily) + 1):
        day = first_report + timedelta(days=i)
        if i:
            total += daily[i - 1]
        if day not in missing:
            points.append((day, total, None, False, ("test",)))
    return build_series(category, points, corrections=corrections)


@pytest.fixture()
def make_series() -> Callable[..., LossSeries]:
    """Return a builder of small synthetic series (see ``_make_series``)."""
    return _make_series
