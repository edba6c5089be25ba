"""DeepState's map of occupied territory → occupied area, computed at ingest (independent).

Two layouts (PROVENANCE.md, ``deepstate/``):

* ``occupied_union`` — cyterat's daily file ``deepstatemap_data_YYYYMMDD.geojson``: one
  feature, the union of the occupied polygons, CRS84. The file is fetched at 03:00 UTC
  on its date, so it shows the map as of the end of the previous day:
  ``map_state_date = file date − 1``.
* ``deepstate_api`` — a FeatureCollection of the DeepState API, named by the Unix time of
  its publication: the polygons whose name carries the i18n key ``status.occupied``,
  ``territories.crimea`` or ``territories.ordlo`` are unioned (Tuzla island, grey
  "unknown status" and every other layer are left out). ``map_state_date`` = the UTC
  date of publication.

Area = geodesic area on the WGS84 ellipsoid (``pyproj.Geod``), km²; unions with shapely.
No geometry is computed by hand. Bad input is a ParseError naming the file and field:
not JSON or truncated, a CRS other than WGS84 lon/lat, coordinates outside lon/lat
range, no polygons, an invalid (e.g. self-intersecting) polygon.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.errors import ParseError
from attrition.model.independent import TerritorySnapshot
from attrition.model.records import ParsedBatch, RawDocument
from attrition.sources.base import SourceBase, decode_text

if TYPE_CHECKING:  # pragma: no cover
    from pyproj import Geod
    from shapely.geometry.base import BaseGeometry

NAME = "deepstate"
_FILE = re.compile(r"deepstatemap_data_(\d{8})\.geojson$", re.IGNORECASE)
_API_FILE = re.compile(r"^(\d{9,11})\.geojson$")
_OCCUPIED_KEYS = ("geojson.status.occupied", "geojson.territories.crimea",
                  "geojson.territories.ordlo")
_WGS84_CRS = ("urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:epsg::4326", "epsg:4326",
              "crs84")
FETCH_HOUR_UTC = 3  # cyterat's GitHub Action runs at 03:00 UTC


def geodesic_area_km2(geometry: BaseGeometry) -> float:
    """Return the geodesic area of a lon/lat geometry on the WGS84 ellipsoid, in km².

    The rule of ``pyproj.Geod.geometry_area_perimeter`` (each polygon: its exterior
    ring's signed area plus its holes' signed areas; the absolute value of the sum), with
    each ring's coordinates handed to ``Geod.polygon_area_perimeter`` as numpy arrays
    (``shapely.get_coordinates``) instead of pure-Python ``ring.xy`` copies.
    """
    import shapely

    geod = _geod()
    total = 0.0
    for polygon in shapely.get_parts(geometry):
        for ring in (shapely.get_exterior_ring(polygon),
                     *shapely.get_interior_ring(polygon,
                                                range(shapely.get_num_interior_rings(polygon)))):
            xy = shapely.get_coordinates(ring)
            area, _perimeter = geod.polygon_area_perimeter(xy[:, 0], xy[:, 1])
            total += area
    return abs(total) / 1e6


@lru_cache(maxsize=1)
def _geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _error(doc: RawDocument, message: str, **kw: Any) -> ParseError:
    return ParseError(message, path=doc.locator, source=NAME, **kw)


def _load(doc: RawDocument) -> dict[str, Any]:
    try:
        data = json.loads(decode_text(doc))
    except json.JSONDecodeError as exc:
        raise _error(doc, f"not valid GeoJSON (truncated?): {exc.msg}", line_no=exc.lineno,
                     field="json") from exc
    except (ValueError, RecursionError) as exc:  # a number past 4300 digits, deep nesting
        raise _error(doc, "not valid GeoJSON (a huge number or nested too deeply)",
                     field="json") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise _error(doc, "not a GeoJSON FeatureCollection", field="type",
                     input=str(data.get("type") if isinstance(data, dict) else type(data)))
    crs = data.get("crs")
    if crs is not None:
        props = crs.get("properties") if isinstance(crs, dict) else None
        name = str(props.get("name", "")) if isinstance(props, dict) else ""
        if name.casefold() not in _WGS84_CRS:
            raise _error(doc, "coordinates must be WGS84 longitude/latitude (CRS84)",
                         field="crs", input=name or str(crs))
    features = data.get("features")
    if not isinstance(features, list):
        raise _error(doc, "no features list", field="features")
    return data


def _shape(geometry: Any) -> BaseGeometry:
    """Return a (Multi)Polygon from its GeoJSON dict, rings built from numpy arrays.

    shapely's ``shape`` copies every coordinate in Python; building the rings from
    ``numpy.asarray`` is the same geometry at a fraction of the cost. Other types go
    through ``shape`` (and its errors).
    """
    import numpy as np
    import shapely
    from shapely.geometry import shape

    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if kind not in ("Polygon", "MultiPolygon"):
        return shape(geometry)
    coords = geometry["coordinates"]
    parts = [coords] if kind == "Polygon" else coords
    polygons = []
    for rings in parts:
        if not isinstance(rings, list) or not rings:
            raise ValueError("a polygon needs at least one ring")
        shell, *holes = (shapely.linearrings(np.asarray(r, dtype=float)) for r in rings)
        polygons.append(shapely.polygons(shell, holes or None))
    return polygons[0] if kind == "Polygon" else shapely.multipolygons(polygons)


def _polygon(doc: RawDocument, index: int, geometry: Any) -> BaseGeometry:
    import shapely
    from shapely.errors import ShapelyError

    try:
        geom = shapely.force_2d(_shape(geometry))
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError,
            RecursionError, ShapelyError) as exc:  # shapely reports bad input in all of these
        raise _error(doc, f"feature {index}: not a geometry ({str(exc)[:120]})",
                     field=f"features[{index}].geometry") from exc
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise _error(doc, f"feature {index}: coordinates outside longitude/latitude range "
                     "(a projected CRS?)", field=f"features[{index}].geometry.coordinates",
                     input=f"bounds {geom.bounds}")
    if not geom.is_valid:
        raise _error(doc, f"feature {index}: invalid polygon ({shapely.is_valid_reason(geom)})",
                     field=f"features[{index}].geometry", input=shapely.is_valid_reason(geom))
    return geom


def _is_occupied(feature: dict[str, Any]) -> bool:
    props = feature.get("properties")
    name = str(props.get("name") or "").casefold() if isinstance(props, dict) else ""
    return any(key in name for key in _OCCUPIED_KEYS)


def _snapshot(
    doc: RawDocument, polygons: list[BaseGeometry], state: date, captured: datetime, layout: str,
) -> TerritorySnapshot:
    import shapely
    from shapely.errors import ShapelyError

    if not polygons:
        raise _error(doc, "no occupied polygons in the file", field="features")
    try:
        # one valid (Multi)Polygon (cyterat's daily file) is already its own union
        union = polygons[0] if len(polygons) == 1 else shapely.union_all(polygons)
        area = geodesic_area_km2(union)
    except (ValueError, ShapelyError) as exc:  # GEOS gave up on valid but odd input
        raise _error(doc, f"the polygons cannot be unioned ({str(exc)[:120]})",
                     field="features") from exc
    n = len(getattr(union, "geoms", [union]))
    return TerritorySnapshot(state, captured, round(area, 3), n, shapely.to_wkb(union), layout)


def parse_snapshot(doc: RawDocument) -> TerritorySnapshot:
    """Return the occupied-area snapshot of one DeepState GeoJSON document."""
    name = Path(doc.locator).name
    data = _load(doc)
    features = data["features"]
    daily = _FILE.search(name)
    if daily:
        try:
            file_date = datetime.strptime(daily.group(1), "%Y%m%d").date()
            state = file_date - timedelta(days=1)
        except (ValueError, OverflowError):  # "20241399", "00010101"
            raise _error(doc, "the date in the file name is not a date", field="name",
                         input=name) from None
        polygons = [
            _polygon(doc, i, f.get("geometry")) for i, f in enumerate(features)
            if isinstance(f, dict) and f.get("geometry")
        ]
        captured = datetime.combine(file_date, time(FETCH_HOUR_UTC), UTC)
        return _snapshot(doc, polygons, state, captured, "occupied_union")
    api = _API_FILE.match(name)
    if api:
        captured = datetime.fromtimestamp(int(api.group(1)), UTC)
        polygons = [
            _polygon(doc, i, f["geometry"]) for i, f in enumerate(features)
            if isinstance(f, dict) and isinstance(f.get("geometry"), dict)
            and f["geometry"].get("type") in ("Polygon", "MultiPolygon") and _is_occupied(f)
        ]
        return _snapshot(doc, polygons, captured.date(), captured, "deepstate_api")
    raise _error(doc, "cannot tell the map date from the file name (expected "
                 "deepstatemap_data_YYYYMMDD.geojson or <unix time>.geojson)", field="name",
                 input=name)


class DeepStateSource(SourceBase):
    """DeepState occupied-territory snapshots (both GeoJSON layouts)."""

    name = NAME
    title = "DeepStateMap occupied territory (independent)"

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for a GeoJSON file named like either layout."""
        return bool(_FILE.search(path.name) or _API_FILE.match(path.name))

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Compute the occupied area of one snapshot (ParseError on bad geometry or CRS)."""
        return ParsedBatch(NAME, (), (), territory=(parse_snapshot(doc),))


SOURCE = DeepStateSource()


def gross_change(wkb_from: bytes, wkb_to: bytes, net_km2: float | None = None) -> tuple[float, float]:
    """Return (gained, lost) km² between two union geometries (WKB), geodesically.

    ``net_km2`` (area to − area from, as computed at ingest) saves the second overlay:
    after = (after ∩ before) ∪ (after − before), so lost = gained − net.
    """
    import shapely

    before, after = shapely.from_wkb(wkb_from), shapely.from_wkb(wkb_to)
    gained = geodesic_area_km2(shapely.difference(after, before))
    if net_km2 is None:
        lost = geodesic_area_km2(shapely.difference(before, after))
    else:
        lost = max(0.0, gained - net_km2)
    return round(gained, 3), round(lost, 3)
