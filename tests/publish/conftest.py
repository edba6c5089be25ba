"""Fixtures for publish tests: a store holding the real PetroIvaniuk history, the raw JSON
read independently of attrition, and a small hand-made store for unit tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from attrition.model.records import Observation, RawDocument
from attrition.store import Store, open_store

NOW = datetime(2026, 8, 20, 12, 0, tzinfo=UTC)
AS_OF = date(2024, 12, 4)  # the pinned past date of the brief, chart and card tests
PI_FILES = (
    "russia_losses_personnel.json",
    "russia_losses_equipment.json",
    "russia_losses_equipment_correction.json",
)
# PetroIvaniuk's field names for the categories the tests read (independent of attrition)
PI_FIELDS = {
    "tanks": "tank", "armoured_vehicles": "APC", "artillery": "field artillery",
    "mlrs": "MRL", "air_defense": "anti-aircraft warfare", "aircraft": "aircraft",
    "helicopters": "helicopter", "uavs": "drone", "cruise_missiles": "cruise missiles",
    "ships": "naval ship", "submarines": "submarines",
    "vehicles_fuel_tanks": "vehicles and fuel tanks", "special_equipment": "special equipment",
}


@pytest.fixture(scope="session")
def pi_db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the whole PetroIvaniuk history ingested (built once)."""
    from attrition.ingest import ingest_paths

    path = tmp_path_factory.mktemp("publish") / "petroivaniuk.sqlite"
    store = open_store(path)
    try:
        ingest_paths(store, [shared_data / "petroivaniuk" / n for n in PI_FILES],
                     source="petroivaniuk", now=NOW)
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def pi_store(pi_db: Path) -> Iterator[Store]:
    """The PetroIvaniuk store, opened once for reading."""
    store = open_store(pi_db)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def pi_raw(shared_data: Path) -> dict[str, dict[date, int]]:
    """Cumulative totals by report date straight from the JSON: category -> {date: total}."""
    folder = shared_data / "petroivaniuk"
    people = json.loads((folder / "russia_losses_personnel.json").read_text(encoding="utf-8"))
    kit = json.loads((folder / "russia_losses_equipment.json").read_text(encoding="utf-8"))
    out: dict[str, dict[date, int]] = {
        "personnel": {date.fromisoformat(r["date"]): int(r["personnel"]) for r in people}
    }
    for key, name in PI_FIELDS.items():
        out[key] = {date.fromisoformat(r["date"]): int(r[name]) for r in kit if name in r}
    return out


def _obs(category: str, day: date, total: int, printed: int | None = None) -> Observation:
    return Observation(category, day, total, printed, category == "personnel")


@pytest.fixture()
def small_store(tmp_path: Path) -> Iterator[Store]:
    """Hand-made: personnel and tanks, reports 2024-10-01 … 2024-12-04, one missing report
    (2024-11-15) and one revision day (tanks on 2024-11-20: printed +3, total +10)."""
    store = open_store(tmp_path / "small.sqlite")
    obs: list[Observation] = []
    total_p, total_t = 650_000, 9_000
    day = date(2024, 10, 1)
    n = 0
    while day <= AS_OF:
        n += 1
        total_p += 1_000 + 10 * (n % 7)
        total_t += 2 + n % 5
        printed = None
        if day == date(2024, 11, 20):
            total_t += 7
            printed = 2 + n % 5
        if day != date(2024, 11, 15):
            obs.append(_obs("personnel", day, total_p))
            obs.append(_obs("tanks", day, total_t, printed))
        day = date.fromordinal(day.toordinal() + 1)
    doc = RawDocument("petroivaniuk", "test://small", b"small", NOW, "text/plain")
    with store.transaction():
        ref = store.add_document(doc)
        store.add_observations(ref.id, "petroivaniuk", obs, NOW)
        store.refresh_consensus()
    try:
        yield store
    finally:
        store.close()


def svg_text(path: Path) -> str:
    """Return every text element of an SVG joined by newlines, unescaped, NBSP as space."""
    raw = path.read_text(encoding="utf-8")
    parts = re.findall(r"<text[^>]*>(.*?)</text>", raw, flags=re.S)
    return "\n".join(unescape(p).replace("\u00a0", " ") for p in parts)


def png_size(path: Path) -> tuple[int, int]:
    """Return (width, height) of a PNG read with Pillow."""
    from PIL import Image

    with Image.open(path) as image:
        assert image.format == "PNG"
        return image.size


@pytest.fixture()
def helpers() -> Any:
    """svg_text and png_size, for test modules (importlib mode cannot share modules)."""

    class Helpers:
        svg_text = staticmethod(svg_text)
        png_size = staticmethod(png_size)
        AS_OF = AS_OF

    return Helpers
