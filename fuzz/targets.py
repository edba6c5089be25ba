"""Fuzz targets and their Hypothesis strategies: the report parser, every importer, ``check``.

Each target takes one generated input and must either return or raise one of the
project's own errors (:class:`attrition.errors.AttritionError`); anything else (an
``OverflowError``, a ``ValueError`` from ``date()``, a ``csv.Error``, a ``RecursionError``)
is a finding. The strategies mix the vocabulary of real inputs (report lines from
``tests/fixtures``, category labels, numbers up to 5,000 digits, dashes, units,
headings with odd dates) with raw text and byte-level mutations of real files, so that
generated inputs reach deep into the parsers instead of failing at the first byte.

Used twice: by ``tests/test_fuzz.py`` (a few hundred examples per target in ``make
test``) and by ``fuzz/run.py`` (``make fuzz``: millions of inputs through
``fuzz_one_input``, each under a time bound).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from attrition.errors import AttritionError
from attrition.model.categories import CATEGORIES
from attrition.model.records import RawDocument

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
FETCHED_AT = datetime(2025, 1, 8, tzinfo=UTC)

# --- vocabulary -----------------------------------------------------------------------------
DASHES = ["-", "‒", "–", "—", "−", ":", " - ", " ‒ ", ""]
UNITS = ["од.", "од", "units", "осіб", "persons", "people", "troops", "were liquidated",
         "ліквідовано", "знищено", "/", "шт.", "чол."]
APPROX = ["близько", "about", "approximately", "~", "≈", "орієнтовно", "more than"]
SPACES = [" ", "  ", "\u00a0", "\u202f", "\t", "\u200b", "", "\n", "\r\n"]
JUNK = ["(+)", "(", ")", "(+12", "+", "–", "…", ".", ",", ";", "/9", "\x00", "\ufeff",
        "\u202e", "\u200f", "٣", "²", "🇺🇦", "<br>", "<b>", "&nbsp;", "%", "'", "\""]
HEADINGS = [
    "Загальні бойові втрати противника з 24.02.22 по {d} орієнтовно склали:",
    "The total combat losses of the enemy from 24.02.2022 to {d} were approximately:",
    "станом на {d}", "as of {d}", "Втрати ворога на {d}",
]
DATES = ["15.01.23", "29.2", "31.02.2024", "00.00.0000", "29.02", "1.1", "99.99.99",
         "9999-12-31", "24 лютого", "February 30", "12.13.2023", "08.03.2024"]


@lru_cache(maxsize=1)
def labels() -> list[str]:
    """Return the UA and EN labels and aliases of every category."""
    out: list[str] = []
    for cat in CATEGORIES:
        for name in ("label_uk", "label_en"):
            value = getattr(cat, name, None)
            if isinstance(value, str):
                out.append(value)
        out.extend(str(a) for a in getattr(cat, "aliases", ()) or ())
    return sorted(set(out)) or ["personnel", "tanks"]


@lru_cache(maxsize=1)
def report_lines() -> list[str]:
    """Return the lines of the hand-written report fixtures."""
    lines: list[str] = []
    for path in sorted((FIXTURES / "reports").glob("*.txt")):
        lines.extend(x for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    return lines


@cache
def fixture_bytes(source: str) -> list[bytes]:
    """Return the real example files of an importer."""
    folders = {
        "petroivaniuk": [FIXTURES / "petroivaniuk"], "lod_db": [FIXTURES / "lod_db"],
        "minfin": [FIXTURES / "minfin"], "russianwarship": [FIXTURES / "russianwarship"],
        "telegram": [FIXTURES / "http" / "telegram"], "mod_site": [FIXTURES / "http" / "mod_site"],
        "gs_text": [FIXTURES / "reports"],
    }[source]
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in ("status", "headers.json"):
                out.append(path.read_bytes())
    return out


LOCATORS = {
    "gs_text": "2024-01-25_en_report.txt", "petroivaniuk": "russia_losses_personnel.json",
    "lod_db": "russian-losses.json", "minfin": "russia_losses.csv",
    "russianwarship": "statistics_page.json",
    "telegram": "https://t.me/s/GeneralStaffZSU",
    "mod_site": "https://www.mil.gov.ua/news/2024/01/25/x/",
}
MEDIA = {"telegram": "text/html", "mod_site": "text/html"}

# The independent-count importers pick their layout by the file's name, so their inputs
# carry it: the first line is the file name, the rest the content (a mutation that edits
# the name reaches the name-driven dispatch too: dates in names, unknown names).
_POLY = "[[[37.8,48.6],[37.9,48.6],[37.9,48.7],[37.8,48.7],[37.8,48.6]]]"
_ORYX_WIDE = "destroyed,abandoned,captured,damaged,type_total"
INDEPENDENT_SEEDS: dict[str, list[tuple[str, str]]] = {
    "oryx": [
        ("totals_by_type.csv", f"country,equipment_type,{_ORYX_WIDE}\n"
         "Russia,All Types,17198,1178,3096,909,22381\n"
         'Russia,"Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425",'
         "13425,1122,2244,803,17594\nRussia,Tanks,2991,392,533,158,4074\n"
         "Ukraine,Tanks,896,96,147,81,1220\n"),
        ("daily_count.csv", f"country,equipment_type,{_ORYX_WIDE},date_recorded,destroyed_diff\n"
         "Russia,Aircraft,0,0,0,0,0,2022-02-23,0\nRussia,Aircraft,13,0,0,0,13,2022-03-19,13\n"
         "Losses of Armoured Combat Vehicles [Tanks],Tanks,15,0,0,0,15,2022-03-26,2\n"),
        ("history.csv", f"snapshot_date,commit_time,source_commit,equipment_type,{_ORYX_WIDE}\n"
         "2022-03-27,2022-03-27T23:05:34-04:00,a,All Types,500,200,700,30,1430\n"
         "2022-03-28,2022-03-28T23:05:34-04:00,b,All Types,100,232,745,38,1115\n"
         "2022-03-28,2022-03-28T23:05:34-04:00,b,Tanks,136,42,134,6,318\n"),
        ("log.csv", "timestamp,country,category,state,value\n"
         "2022-02-24 12:35:34,Russia,armoured fighting vehicles,captured,1\n"
         "2022-02-24 12:35:34,Russia,helicopters,damaged,-1\n"
         "2022-02-25 10:00:00,Russia,tanks,Tanks,3\n"),
        ("summary.csv", "country,category,state,value\n"
         '"Losses of Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs]",Aircraft ,'
         "damaged,21\nRussia,Tanks ,destroyed,3336\n"),
        ("byType_2026-08-01.csv", f'"","country","equipment_type",{_ORYX_WIDE},"row_id","Date"\n'
         '"1","Russia","All Types",18902,1193,2830,991,23916,1,"2026-08-01"\n'
         '"3","Russia","Tanks",3336,391,538,165,4430,3,"2026-08-01"\n'),
        ("russia_losses_equipment_oryx.json",
         '[{"equipment_oryx": "Tanks", "model": "T-62M", "manufacturer": "the Soviet Union", '
         '"losses_total": 1, "equipment_ua": "Tanks"}, {"equipment_oryx": "Aircraft", '
         '"model": "Su-25", "losses_total": 30}]'),
    ],
    "mediazona": [
        ("press_milestones_confirmed_names.csv",
         "as_of,confirmed_names,approx_date,counting_body,quoted_in,source_url,note\n"
         "2022-12-16,10000,yes,Mediazona + BBC News Russian,NYT,https://example.org/a,"
         '"list ""surpassed 10,000 names""; lower bound"\n'
         "2024-02-16,44654,no,Mediazona + BBC News Russian,KI,https://example.org/b,"
         '"the named list covers 45-65% of deaths"\n'),
        ("russia_daily_2025-11-08.json",
         '{"2022-02-24": {"deaths": 124, "total": 124}, "2022-02-25": {"deaths": 80, "total": 204}}'),
        ("russia_weekly_2025-11-08.json",
         '{"2022-W09": {"deaths": 299, "total": 299}, "2022-W53": {"deaths": 1, "total": 300}}'),
        ("russia_monthly_2025-11-08.json",
         '{"2022-02": {"deaths": 462, "total": 462}, "2022-03": {"deaths": 1689, "total": 2151}}'),
        ("hardcoded-casualty-totals.json",
         '{"ukraine": {"country": "ukraine", "total_losses": 154563, "last_updated": '
         '"2025-11-08T17:36:20.265Z", "source_url": "https://lostarmour.info/ukr200"}, '
         '"russia": {"country": "russia", "total_losses": 122670, "last_updated": '
         '"2025-11-08T17:36:20.266Z"}, "lastUpdated": "2025-11-08T17:36:20.266Z"}'),
    ],
    "deepstate": [
        ("deepstatemap_data_20240708.geojson",
         '{"type": "FeatureCollection", "name": "deepstatemap_data_20240708", "crs": {"type": '
         '"name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}, "features": [{"type": '
         f'"Feature", "properties": {{}}, "geometry": {{"type": "MultiPolygon", "coordinates": '
         f'[{_POLY}]}}}}]}}'),
        ("1730409422.geojson",
         '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": '
         f'"Polygon", "coordinates": {_POLY}}}, "properties": {{"name": "Окуповано /// '
         'Occupied /// geoJSON.status.occupied"}}, {"type": "Feature", "geometry": {"type": '
         '"Point", "coordinates": [37.8, 48.6, 0]}, "properties": {"name": "x /// '
         'geoJSON.status.unknown"}}]}'),
    ],
}
INDEPENDENT = tuple(INDEPENDENT_SEEDS)
IMPORTERS = (*LOCATORS, *INDEPENDENT)


# --- strategies ------------------------------------------------------------------------------
def numbers(max_digits: int = 6000) -> st.SearchStrategy[str]:
    """Return printed numbers: plain, grouped, huge, signed, fractional, exotic digits."""
    return st.one_of(
        st.integers(0, 2_000_000).map(str),
        st.integers(0, 2_000_000).map(lambda n: f"{n:,}".replace(",", " ")),
        st.integers(0, 2_000_000).map(lambda n: f"{n:,}"),
        st.integers(10**15, 10**40).map(str),
        st.integers(1, max_digits).map(lambda n: "9" * n),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.sampled_from(["1e300", "-5", "0", "007", "1.5", "١٢٣", "1 2 3", "1,,000"]),
    )


def _figure_line() -> st.SearchStrategy[str]:
    inc = st.one_of(st.just(""), numbers().map(lambda n: f" (+{n})"), st.sampled_from(JUNK))
    return st.builds(
        lambda approx, label, dash, n, i, unit, tail: f"{label}{dash}{approx}{n}{i} {unit}{tail}",
        st.sampled_from(["", *[a + " " for a in APPROX]]), st.sampled_from(labels()),
        st.sampled_from(DASHES), numbers(), inc,
        st.lists(st.sampled_from(UNITS), max_size=30).map(lambda u: "  ".join(u)),
        st.sampled_from(["", *JUNK]),
    )


def _heading() -> st.SearchStrategy[str]:
    return st.builds(lambda h, d: h.format(d=d), st.sampled_from(HEADINGS),
                     st.one_of(st.sampled_from(DATES), st.text(max_size=12)))


def report_texts() -> st.SearchStrategy[str]:
    """Return report-like texts: headings, figure lines, real lines, junk, joined oddly."""
    piece = st.one_of(
        _figure_line(), _heading(), st.sampled_from(report_lines()),
        st.sampled_from(JUNK), st.text(max_size=40),
        st.sampled_from(report_lines()).flatmap(lambda line: _mutated_text(line)),
    )
    joiner = st.sampled_from(["\n", "\n\n", " ", ", ", "; ", "\r\n", "<br>"])
    return st.one_of(
        st.builds(lambda parts, sep: sep.join(parts), st.lists(piece, max_size=25), joiner),
        st.text(max_size=300),
    )


def _mutated_text(text: str) -> st.SearchStrategy[str]:
    return _mutated(text.encode("utf-8")).map(lambda b: b.decode("utf-8", "replace"))


def _mutated(data: bytes) -> st.SearchStrategy[bytes]:
    """Return ``data`` with a few byte-level edits: cut, splice, insert, repeat, flip."""
    tokens = [t.encode("utf-8") for t in [*JUNK, *UNITS, *DASHES, "1" * 30, "9" * 5000, "[", "{",
                                          "]", "}", '"', "null", "true", "1e999", "-1", "\n"]]

    def edit(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
        out = bytearray(data)
        for kind, at, size, token in ops:
            pos = at % (len(out) + 1)
            if kind == 0:
                del out[pos:pos + size]
            elif kind == 1:
                out[pos:pos] = token
            elif kind == 2:
                out[pos:pos] = bytes(out[pos:pos + size]) * 3
            elif kind == 3 and out:
                out[pos % len(out)] ^= 1 << (size % 8)
            else:
                out = out[:pos]
        return bytes(out)

    op = st.tuples(st.integers(0, 4), st.integers(0, 2**20), st.integers(1, 64),
                   st.sampled_from(tokens))
    return st.lists(op, max_size=6).map(lambda ops: edit(data, ops))


def _json_values() -> st.SearchStrategy[Any]:
    scalar = st.one_of(st.none(), st.booleans(), st.integers(-(10**30), 10**30),
                       st.floats(allow_nan=False), st.text(max_size=12),
                       st.sampled_from(["2024-01-25", "2022-02-29", "about", "9999-12-31"]))
    return st.recursive(scalar, lambda kids: st.one_of(
        st.lists(kids, max_size=5), st.dictionaries(st.text(max_size=10), kids, max_size=5)),
        max_leaves=20)


def _named(name: str, content: bytes) -> bytes:
    return name.encode("utf-8") + b"\n" + content


def _independent_inputs(source: str) -> st.SearchStrategy[bytes]:
    """Return (file name, content) inputs of an independent importer, as "name\\ncontent"."""
    seeds = INDEPENDENT_SEEDS[source]
    names = st.sampled_from([name for name, _ in seeds])
    seed = st.sampled_from(seeds)
    real = seed.flatmap(lambda pair: _mutated(pair[1].encode("utf-8")).map(
        lambda b, n=pair[0]: _named(n, b)))
    renamed = st.builds(lambda pair, name: _named(name, pair[1].encode("utf-8")), seed, st.one_of(
        names, names.map(lambda n: n.replace("2024", "2024" + "9" * 5)),
        st.sampled_from(["deepstatemap_data_20241399.geojson", "deepstatemap_data_00010101.geojson",
                         "99999999999.geojson", "russia_weekly_x.json", "russia_daily_.json",
                         "russia_monthly_2022.json", "x.csv", "x.json", ""]),
        st.text(max_size=30)))
    if source == "deepstate":
        coord = st.one_of(st.floats(), st.integers(-(10**30), 10**30), st.text(max_size=3))
        ring = st.lists(st.lists(coord, min_size=0, max_size=3), max_size=6)
        geometry = st.one_of(
            _json_values(),
            st.fixed_dictionaries({"type": st.sampled_from(
                ["Polygon", "MultiPolygon", "Point", "LineString", "GeometryCollection", "x"]),
                "coordinates": st.one_of(st.lists(ring, max_size=3), _json_values())}))
        feature = st.fixed_dictionaries({"type": st.just("Feature"), "geometry": geometry,
                                         "properties": st.one_of(_json_values(), st.just(
                                             {"name": "geoJSON.status.occupied"}))})
        collection = st.fixed_dictionaries(
            {"type": st.just("FeatureCollection"), "features": st.lists(feature, max_size=4)},
            optional={"crs": _json_values()})
        generated = st.builds(lambda name, value: _named(name, json.dumps(value).encode("utf-8")),
                              names, collection)
    elif source == "mediazona":
        entry = st.one_of(_json_values(), st.fixed_dictionaries(
            {"deaths": _json_values(), "total_losses": _json_values(),
             "last_updated": _json_values()}))
        keys = st.one_of(st.sampled_from(["2022-W09", "2022-W53", "99999-W01", "2022-02",
                                          "2022-02-30", "-W-W", "russia", "ukraine"]),
                         st.text(max_size=12))
        body = st.dictionaries(keys, entry, max_size=5).map(json.dumps)
        note = st.builds(lambda a, b: f"covers {a}-{b}%", numbers(30), numbers(30))
        cell = st.one_of(numbers(5000), st.text(max_size=8), note,
                         st.sampled_from(["", '"', "2024-02-16", "yes"]))
        row = st.lists(cell, min_size=1, max_size=8).map(",".join)
        csv_text = st.lists(row, max_size=6).map(
            lambda rows: "\n".join([",".join(MEDIAZONA_FIELDS), *rows]))
        generated = st.one_of(
            st.builds(lambda n, b: _named(n, b.encode("utf-8")), names, body),
            csv_text.map(lambda t: _named(seeds[0][0], t.encode("utf-8"))))
    else:
        cell = st.one_of(numbers(), st.text(max_size=8),
                         st.sampled_from(["", '"', "2024-01-25", "inf", "nan", "1e400", "-1"]))
        generated = st.builds(
            lambda pair, rows: _named(pair[0], "\n".join(
                [pair[1].split("\n", 1)[0], *(",".join(r) for r in rows)]).encode("utf-8")),
            seed, st.lists(st.lists(cell, min_size=1, max_size=11), max_size=6))
    return st.one_of(real, real, renamed, generated, st.binary(max_size=200))


MEDIAZONA_FIELDS = ("as_of", "confirmed_names", "approx_date", "counting_body", "quoted_in",
                    "source_url", "note")


def importer_inputs(source: str) -> st.SearchStrategy[bytes]:
    """Return inputs for one importer: its real files mutated, generated JSON/CSV, raw bytes."""
    if source in INDEPENDENT_SEEDS:
        return _independent_inputs(source)
    real = st.sampled_from(fixture_bytes(source)).flatmap(_mutated)
    generated: st.SearchStrategy[bytes]
    if source in ("petroivaniuk", "lod_db", "russianwarship"):
        generated = _json_values().map(lambda v: json.dumps(v).encode("utf-8"))
    elif source == "minfin":
        header = "date,day,personnel,tanks,apv,artillery"
        cell = st.one_of(numbers(), st.text(max_size=8), st.sampled_from(["", '"', "2024-01-25"]))
        rows = st.lists(st.lists(cell, min_size=1, max_size=7).map(",".join), max_size=8)
        generated = rows.map(lambda r: "\n".join([header, *r]).encode("utf-8"))
    else:
        generated = report_texts().map(lambda t: t.encode("utf-8"))
    return st.one_of(real, real, generated, st.binary(max_size=200))


def check_texts() -> st.SearchStrategy[str]:
    """Return article-like texts: claims about losses, numbers, dates, RTL and zero-width marks."""
    words = st.sampled_from([
        "Russia", "lost", "soldiers", "tanks", "over", "the", "past", "day", "week", "in",
        "January", "2025", "yesterday", "since", "start", "of", "war", "about", "more", "than",
        "втратила", "окупантів", "танків", "за", "добу", "тиждень", "близько", "KYIV,",
        "Jan", "16", "(Reuters)", "—", "record", "highest", "average", "per", "day", "%",
        "\u202b", "\u200f", "\u200b", "<p>", "</p>", "<b>", "million", "тисяч", "1,000",
    ])
    # 4,000 digits at most: past Python's 4,300-digit int limit ``check`` still raises a
    # ValueError (issue 14 item 10, fixed separately with its own regression test)
    piece = st.one_of(words, numbers(4000), st.text(max_size=20), st.sampled_from(labels()))
    return st.one_of(
        st.lists(piece, max_size=80).map(" ".join),
        st.text(max_size=400),
        st.builds(lambda w, n: " ".join([w] * n), words, st.integers(1, 400)),
    )


# --- the targets -----------------------------------------------------------------------------
def parse_report_text(text: str) -> None:
    """Parse ``text`` as one report (with a known date when its length is even)."""
    from attrition.sources.gs_text import parse_report

    with contextlib.suppress(AttritionError):
        parse_report(text, path="fuzz.txt", known_date=date(2024, 1, 25) if len(text) % 2 else None)


def parse_with(source: str, data: bytes) -> None:
    """Recognise and parse ``data`` as a file of ``source``.

    For an independent importer the first line of ``data`` is the file name. A parse that
    returns a figure beyond :data:`~attrition.model.records.MAX_TOTAL` is a finding too
    (it would reach the store's 64-bit INTEGER as an ``OverflowError``).
    """
    from attrition.sources import get_source

    src = get_source(source)
    locator = LOCATORS.get(source, "")
    if source in INDEPENDENT_SEEDS:
        name, _, data = data.partition(b"\n")
        locator = "/data/" + name.decode("utf-8", "replace")
    doc = RawDocument(source, locator, data, FETCHED_AT,
                      MEDIA.get(source, "application/octet-stream"))
    try:
        src.recognises(Path(locator.rsplit("/", 1)[-1] or "x"), data[:8192])
        batch = src.parse(doc)
    except AttritionError:
        return
    _within_bounds(batch)


def _within_bounds(batch: Any) -> None:
    from attrition.model.records import MAX_TOTAL

    for obs in getattr(batch, "observations", ()):
        for value in (obs.total, obs.increment_printed):
            if value is not None and abs(value) > MAX_TOTAL:
                raise AssertionError(f"{obs.category}: {value} is beyond MAX_TOTAL")
    for count in getattr(batch, "counts", ()):
        for value in (count.value, count.low, count.high):
            if value is not None and abs(value) > MAX_TOTAL:
                raise AssertionError(f"{count.item}: {value} is beyond MAX_TOTAL")
    for snap in getattr(batch, "territory", ()):
        if not 0 <= snap.area_km2 < 1e9:
            raise AssertionError(f"area {snap.area_km2} km² is not an area")


@lru_cache(maxsize=1)
def check_series() -> dict[str, Any]:
    """Return a tiny record for ``check``: personnel and tanks, 2025-01-05 .. 2025-01-08."""
    from attrition.model.series import build_series

    days = [date(2025, 1, d) for d in (5, 6, 7, 8)]
    return {
        "personnel": build_series("personnel", [
            (d, t, None, True, ("test",))
            for d, t in zip(days, (796_490, 798_040, 800_010, 801_670), strict=True)]),
        "tanks": build_series("tanks", [
            (d, t, None, False, ("test",)) for d, t in zip(days, (9_700, 9_710, 9_712, 9_720),
                                                           strict=True)]),
    }


def check(text: str) -> None:
    """Run ``check`` on ``text`` (an explicit as-of date for odd lengths)."""
    from attrition.claims import check_text

    as_of = date(2025, 1, 8) if len(text) % 2 else None  # else the dateline or the record
    with contextlib.suppress(AttritionError):
        check_text(text, check_series(), as_of=as_of, today=date(2025, 1, 8))


TARGETS: dict[str, tuple[Callable[..., None], Callable[[], st.SearchStrategy[Any]]]] = {
    "parser": (parse_report_text, report_texts),
    "check": (check, check_texts),
    **{f"import-{name}": ((lambda data, _n=name: parse_with(_n, data)),
                          (lambda _n=name: importer_inputs(_n)))
       for name in IMPORTERS},
}
