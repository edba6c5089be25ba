"""Independent counts and territory beside the official series: ``compare``, ``territory``, ``named_deaths``.

The independent sources (Oryx, Mediazona/BBC named dead, DeepState) never vote in the
consensus; these methods read their own tables and put them side by side with the
official series, with the caveats in words. Every answer says which date convention
each side uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from attrition.errors import UsageError
from attrition.library.base import Door
from attrition.library.results import Answer, envelope_meta
from attrition.library.territory import TERRITORY_CONVENTION as TERRITORY_CONVENTION
from attrition.library.territory import Territory as Territory
from attrition.library.territory import check_period, territory_answer

if TYPE_CHECKING:  # pragma: no cover
    from attrition.analysis.compare import CompareMonth, ComparePoint
    from attrition.model.series import LossSeries
    from attrition.publish.independent_tables import IndependentSeries, IndependentTables
    from attrition.store import Store

ORYX_STATES = ("destroyed", "damaged", "abandoned", "captured")
OFFICIAL_CONVENTION = (
    "official: report date (the report published on D covers losses to D-1) for 'on a day'; "
    "loss date for monthly changes"
)
ORYX_CONVENTION = "Oryx: the date a scraper saw the page (not the date of the loss)"
NAMED_DEATHS_CAVEATS = (
    "The General Staff's personnel figure counts killed AND wounded ('liquidated'); the "
    "named list counts only the dead.",
    "Named deaths are a lower bound: only deaths confirmed by name from obituaries, "
    "social media and official notices are counted, with a lag of months.",
    "Estimates derived from the named list are shown as intervals, never a point.",
)


def oryx_points(store: Store, category: str, country: str = "Russia") -> list[tuple[date, int, str, str]]:
    """Return (as_of_date, total, document sha256, locator) of the Oryx count per date.

    Each Oryx page snapshot gives one sum over the types mapped to ``category``; when
    several documents cover a date, the one listing the most rows wins (then the first
    locator), so the choice is deterministic.
    """
    best: dict[date, tuple[int, str, str, int]] = {}
    for day, value, sha, locator, rows in store.independent_totals(
        "oryx", country, category, ORYX_STATES
    ):
        kept = best.get(day)
        if kept is None or (rows, locator) > (kept[3], kept[2]):
            best[day] = (value, sha, locator, rows)
    return [(d, v[0], v[1], v[2]) for d, v in sorted(best.items())]


def beside_series(store: Store, category: str | None, as_of: date | None) -> IndependentSeries:
    """Return what the compare/territory charts draw, as known on ``as_of``.

    With ``category``: Oryx's Russian count mapped to it (refused when the crosswalk maps
    no Oryx type to it); without: the monthly territory changes and the occupied area per
    map-state date.
    """
    from attrition.model.crosswalk import oryx_types_for
    from attrition.model.territory import daily_snapshots
    from attrition.publish.independent_tables import IndependentSeries

    if category is not None:
        if not oryx_types_for(category):
            raise UsageError(f"Oryx has no type that maps to {category}; compare takes an "
                             "equipment category such as tanks or artillery", input=category)
        points = [(p[0], p[1]) for p in oryx_points(store, category)
                  if as_of is None or p[0] <= as_of]
        return IndependentSeries(category, points)
    months = [c for c in store.territory_changes("month") if as_of is None or c.to_date <= as_of]
    areas = [(s.map_state_date, s.area_km2) for s in daily_snapshots(store.territory_snapshots())
             if as_of is None or s.map_state_date <= as_of]
    return IndependentSeries(None, (), months, areas)


def brief_beside(store: Store, category: str, as_of: date | None) -> IndependentSeries:
    """Return what the brief's independent section reads, as known on ``as_of``.

    Oryx's count of ``category`` (tanks when the crosswalk maps no Oryx type to it), the
    monthly territory changes (areas per day are not needed) and the named-dead counts.
    """
    from attrition.model.crosswalk import oryx_types_for
    from attrition.publish.independent_tables import IndependentSeries, NamedCount

    key = category if oryx_types_for(category) else "tanks"
    points = [(p[0], p[1]) for p in oryx_points(store, key) if as_of is None or p[0] <= as_of]
    months = [c for c in store.territory_changes("month") if as_of is None or c.to_date <= as_of]
    named = [NamedCount(date.fromisoformat(r["as_of_date"]), r["item"], int(r["value"]),
                        r["low"], r["high"], r["note"] or "")
             for r in store.independent_rows(series="named_deaths", country="Russia")
             if r["item"] in ("confirmed names", "estimated deaths")]
    named = sorted((n for n in named if as_of is None or n.as_of_date <= as_of),
                   key=lambda n: n.as_of_date)
    return IndependentSeries(key, points, months, (), named)


def independent_series(store: Store, key: str) -> LossSeries | None:
    """Return the series the claim checker judges independent claims against, or None.

    ``territory``: occupied area per map-state date in tenths of km² (the later-captured
    snapshot of a day); ``named_deaths``: confirmed names per as-of date;
    ``oryx:<category>``: Oryx's Russian count mapped to the category. None for any other
    key (the official series).
    """
    from attrition.model.series import LossSeries, SeriesRow

    if key == "territory":  # model.territory imported here: a check asks for every key it reads
        from attrition.model.territory import daily_snapshots

        rows = [(s.map_state_date, round(s.area_km2 * 10))
                for s in daily_snapshots(store.territory_snapshots())]
    elif key == "named_deaths":
        rows = [(date.fromisoformat(r["as_of_date"]), int(r["value"]))
                for r in store.independent_rows(series="named_deaths", country="Russia",
                                                item="confirmed names")]
    elif key.startswith("oryx:"):
        rows = [(p[0], p[1]) for p in oryx_points(store, key.removeprefix("oryx:"))]
    else:
        return None
    return LossSeries(key, tuple(SeriesRow(d, t) for d, t in sorted(dict(rows).items())))


@dataclass(frozen=True)
class Comparison(Answer):
    """The official series beside Oryx's count for one category."""

    category: str
    country: str
    on: ComparePoint | None
    months: list[CompareMonth]
    caveats: list[str]
    independent_source: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as plain values."""
        from dataclasses import asdict

        return {
            "category": self.category,
            "country": self.country,
            "on": asdict(self.on) if self.on else None,
            "months": [asdict(m) for m in self.months],
            "caveats": list(self.caveats),
            "independent_source": self.independent_source,
            "conventions": {"official": OFFICIAL_CONVENTION, "independent": ORYX_CONVENTION},
        }

    def meta(self) -> dict[str, Any]:
        """Return the envelope meta: both conventions and the sources."""
        return envelope_meta("report (on a day) / loss (months)", None, ["consensus", "oryx"],
                             category=self.category, country=self.country)


@dataclass(frozen=True)
class NamedDeaths(Answer):
    """The official personnel figure beside the named-dead counts, each with its as-of date."""

    rows: list[dict[str, Any]]
    caveats: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Return the rows and caveats."""
        return {"rows": self.rows, "caveats": list(self.caveats)}

    def meta(self) -> dict[str, Any]:
        """Return the envelope meta."""
        return envelope_meta("report", None, ["consensus", "mediazona"])


class IndependentMethods(Door):
    """compare, named_deaths, territory: independent counts and territory beside the record."""

    def compare(
        self, category: str, *, on: str | date | None = None, by: str | None = None,
        start: str | date | None = None, end: str | date | None = None,
        country: str = "Russia",
    ) -> Comparison:
        """Return the official series of ``category`` beside Oryx's photo-confirmed count."""
        from attrition.analysis.compare import compare_by_month, compare_on
        from attrition.model.categories import lookup_category
        from attrition.model.crosswalk import GENERAL_CAVEATS, oryx_types_for
        from attrition.model.dates import parse_date

        key = lookup_category(category).key
        types = oryx_types_for(key)
        if not types:
            raise UsageError(f"Oryx has no type that maps to {key}", input=category)
        points = oryx_points(self.store, key, country)
        series = self.store.series(key)
        by_report = [(r.report_date, r.total) for r in series.rows]
        by_loss = [(d - timedelta(days=1), t) for d, t in by_report]
        independent = [(p[0], p[1]) for p in points]
        day = parse_date(on, "on") if on is not None else (
            max(by_report[-1][0], points[-1][0]) if by_report and points else None
        )
        point = compare_on(by_report, independent, day) if day and by is None else None
        months = []
        if by == "month":
            first = parse_date(start, "from") if start else (independent[0][0] if independent else None)
            last = parse_date(end, "to") if end else (by_report[-1][0] if by_report else None)
            if first and last:
                months = compare_by_month(by_loss, independent, first, last)
        elif by is not None:
            raise UsageError("compare --by takes 'month'", input=by)
        caveats = list(GENERAL_CAVEATS) + [f"{t.label}: {t.note}" for t in types if t.note]
        caveats.insert(0, f"Oryx types counted as {key}: " + ", ".join(t.label for t in types) + ".")
        used = next((p for p in reversed(points) if point and p[0] == point.independent_date), None)
        source = {"sha256": used[2], "locator": used[3]} if used else {}
        return Comparison(key, country, point, months, caveats, source)

    def named_deaths(self) -> NamedDeaths:
        """Return the named-dead milestones beside the official personnel figure of each date."""
        from attrition.analysis.compare import latest_at, ratio

        series = self.store.series("personnel")
        official = [(r.report_date, r.total) for r in series.rows]
        rows = []
        for r in self.store.independent_rows(series="named_deaths", country="Russia"):
            day = date.fromisoformat(r["as_of_date"])
            off = latest_at(official, day)
            rows.append({
                "as_of_date": day, "item": r["item"], "value": r["value"], "low": r["low"],
                "high": r["high"], "note": r["note"], "locator": r["locator"],
                "line_no": r["line_no"], "document_sha256": r["document_sha256"],
                "official_personnel": off[1] if off else None,
                "official_report_date": off[0] if off else None,
                "ratio_official_to_named": ratio(off[1], r["value"]) if off else None,
            })
        return NamedDeaths(rows, list(NAMED_DEATHS_CAVEATS))

    def territory(
        self, *, by: str = "month", on: str | date | None = None,
        start: str | date | None = None, end: str | date | None = None,
        compare_size: bool = False,
    ) -> Territory:
        """Return occupied-area changes per ``by`` (day|week|month), from areas computed at ingest."""
        return territory_answer(self.store.territory_changes(check_period(by)), by=by, on=on,
                                start=start, end=end, compare_size=compare_size)


def independent_tables(store: Store) -> IndependentTables:
    """Return the rows of the export's independent tables (counts, territory daily/monthly)."""
    from attrition.publish.independent_tables import IndependentTables

    keep = ("source", "series", "country", "item", "category", "status", "as_of_date", "value",
            "low", "high", "is_change", "document_sha256", "locator", "line_no")
    counts = [{k: r[k] for k in keep} | {"is_change": bool(r["is_change"])}
              for r in store.independent_rows()]
    daily = [
        {"map_state_date": s.map_state_date, "captured_at": s.captured_at.isoformat(),
         "area_km2": round(s.area_km2, 3), "n_polygons": s.n_polygons, "layout": s.layout,
         "document_sha256": s.document_sha256, "locator": s.locator}
        for s in store.territory_snapshots()
    ]
    monthly = [
        {"month": c.period_start.strftime("%Y-%m"), "from_date": c.from_date,
         "to_date": c.to_date, "net_km2": c.net_km2, "gained_km2": c.gained_km2,
         "lost_km2": c.lost_km2}
        for c in store.territory_changes("month")
    ]
    sources = {r["source"] for r in counts} | ({"deepstate"} if daily else set())
    return IndependentTables(counts, daily, monthly, tuple(sorted(sources)))
