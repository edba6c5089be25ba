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
IMPORTERS = tuple(LOCATORS)


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


def importer_inputs(source: str) -> st.SearchStrategy[bytes]:
    """Return inputs for one importer: its real files mutated, generated JSON/CSV, raw bytes."""
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
    """Recognise and parse ``data`` as a file of ``source``."""
    from attrition.sources import get_source

    src = get_source(source)
    doc = RawDocument(source, LOCATORS[source], data, FETCHED_AT,
                      MEDIA.get(source, "application/octet-stream"))
    try:
        src.recognises(Path(LOCATORS[source].rsplit("/", 1)[-1] or "x"), data[:8192])
        src.parse(doc)
    except AttritionError:
        pass


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
