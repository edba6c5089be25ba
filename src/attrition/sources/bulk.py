"""Reading machinery shared by the bulk-history importers (petroivaniuk, lod_db, minfin, ...).

Owns: sniffing a file's first bytes; JSON decoding that keeps line numbers and reports
bad JSON as ParseError with line/column; strict readers for report dates and cumulative
totals; and the key → category resolver (only through
:func:`attrition.model.categories.lookup_category`). What a file's rows become is
:mod:`attrition.sources.history`. It must not fetch, store, read the clock or keep labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any

from attrition.errors import ParseError, UnknownCategoryError
from attrition.model.categories import lookup_category
from attrition.model.dates import WAR_START
from attrition.model.records import MAX_TOTAL_DIGITS, Observation, RawDocument, total_too_large
from attrition.sources.base import decode_text

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")
# whitespace read from the start of its run only, possessively: matched just after a JSON value,
# never after a space; from every space of a long run it re-read the run (issue 14's audit)
_SEPARATOR = re.compile(r"(?:(?<![ \t\n\r])[ \t\n\r]++)?([,\]])[ \t\n\r]*+")
_HEAD_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:')
_WHOLE_FLOAT = re.compile(r"\d+\.0*")  # fullmatch only (one scan; a search would be quadratic)
_DECIMAL = re.compile(r"(?:(?<!\d)\d++)?\.\d+")  # "\d*\.\d+", each run of digits read once
_TOO_LARGE = f"too large (a total has at most {MAX_TOTAL_DIGITS} digits)"


# --- recognising files ---------------------------------------------------------------


def head_text(head: bytes) -> str:
    """Return the first bytes of a file as text (BOM and a cut multi-byte tail tolerated)."""
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff").lstrip()


def head_keys(head: bytes) -> set[str]:
    """Return the JSON object keys visible in the first bytes of a file."""
    return set(_HEAD_KEY.findall(head_text(head)))


def is_schema_file(path: PurePath) -> bool:
    """Return True for a JSON Schema file (``*.schema.json``), which is never data."""
    return path.name.lower().endswith(".schema.json")


# --- JSON ------------------------------------------------------------------------------


def _skip(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos


def _json_error(exc: json.JSONDecodeError, doc: RawDocument) -> ParseError:
    text = exc.doc
    start = text.rfind("\n", 0, exc.pos) + 1
    end = text.find("\n", exc.pos)
    line = text[start : end if end != -1 else len(text)].strip()
    return ParseError(
        f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
        path=doc.locator,
        line_no=exc.lineno,
        input=line[:80] or None,
        source=doc.source,
    )


def load_json(doc: RawDocument) -> Any:
    """Decode a whole JSON document; bad JSON raises ParseError with line and column."""
    text = decode_text(doc)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _json_error(exc, doc) from exc
    except (ValueError, RecursionError) as exc:
        raise _unreadable_json(exc, doc, 1) from None


def _unreadable_json(exc: Exception, doc: RawDocument, line_no: int) -> ParseError:
    """Return the ParseError for JSON the decoder gives up on: a huge number, deep nesting."""
    why = (f"too large (a total has at most {MAX_TOTAL_DIGITS} digits)"
           if isinstance(exc, ValueError) else "nested too deeply")
    return ParseError(f"invalid JSON: {why}", path=doc.locator, line_no=line_no,
                      source=doc.source)


def read_json_array(doc: RawDocument) -> list[tuple[int, dict[str, Any]]]:
    """Decode a top-level JSON array of objects as ``(line_no, object)`` pairs.

    ``line_no`` is the 1-based line on which the object starts. Each element is decoded
    by the C scanner (``raw_decode``), so this costs about what ``json.loads`` does.
    """
    text = decode_text(doc)
    pos = _skip(text, 0)
    if not text.startswith("[", pos):
        value = load_json(doc)  # raises on invalid JSON
        raise ParseError(
            f"expected a JSON array of objects, found {type(value).__name__}",
            path=doc.locator,
            line_no=1 + text.count("\n", 0, pos),
            source=doc.source,
        )
    rows: list[tuple[int, dict[str, Any]]] = []
    line, last = 1 + text.count("\n", 0, pos), pos
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            line += text.count("\n", last, pos)
            last = pos
            try:
                item, end = _DECODER.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise _json_error(exc, doc) from exc
            except (ValueError, RecursionError) as exc:
                raise _unreadable_json(exc, doc, line) from None
            if not isinstance(item, dict):
                raise ParseError(
                    f"expected a JSON object, found {type(item).__name__}",
                    path=doc.locator,
                    line_no=line,
                    input=text[pos : pos + 40],
                    source=doc.source,
                )
            rows.append((line, item))
            sep = _SEPARATOR.match(text, end)  # "," or "]" between optional whitespace
            if sep is not None:
                pos = sep.end()
                if sep.group(1) == ",":
                    continue
                break
            pos = _skip(text, end)
            mark = text[pos : pos + 1]
            why = "Expecting ',' delimiter" if mark else "Expecting ',' or ']' (file ends early)"
            raise _json_error(json.JSONDecodeError(why, text, pos), doc)
    pos = _skip(text, pos)
    if pos != len(text):
        raise _json_error(json.JSONDecodeError("Extra data", text, pos), doc)
    return rows


# --- observations ----------------------------------------------------------------------

class _Unfrozen:
    """Observation's slots, assignable: what new_observation fills before it becomes one."""

    __slots__ = Observation.__slots__


def new_observation(
    category: str, report_date: date, total: int, increment_printed: int | None,
    is_approximate: bool, line_no: int | None, raw: str | None, note: str | None = None,
) -> Observation:
    """Return ``Observation(category, report_date, ...)``: the same value, made faster.

    Observation is frozen: its generated __init__ calls object.__setattr__ by name per
    field (~3 µs; a full-history import makes ~6 x 10^4 of them). The slots are filled on
    an object of the same layout and the object then becomes an Observation (``__class__``
    assignment; from then on it is frozen like any other): ~0.3 µs.
    """
    obs: Any = _Unfrozen()  # Any: its slots are Observation's, set by name below
    obs.category = category
    obs.report_date = report_date
    obs.total = total
    obs.increment_printed = increment_printed
    obs.is_approximate = is_approximate
    obs.line_no = line_no
    obs.raw = raw
    obs.note = note
    obs.__class__ = Observation
    return obs  # type: ignore[no-any-return]  # no cast(): one call less per observation


# --- values ----------------------------------------------------------------------------


def read_date(value: Any, doc: RawDocument, line_no: int | None) -> date:
    """Return a report date (ISO ``YYYY-MM-DD``, not before 2022-02-24); else ParseError."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
        if day is not None and day >= WAR_START:
            return day
    message = (
        "record has no date" if value is None else "not a report date (YYYY-MM-DD, from 2022-02-24)"
    )
    raise ParseError(
        message,
        path=doc.locator,
        line_no=line_no,
        field="date",
        input=None if value is None else str(value),
        source=doc.source,
    )


def read_total(
    value: Any, doc: RawDocument, line_no: int | None, field: str, *, signed: bool = False
) -> int:
    """Return a JSON number as an int; fractions, strings, booleans, negatives and huge raise."""
    if type(value) is int:  # fast path: bool is excluded on purpose
        if (value >= 0 or signed) and not total_too_large(value):
            return value
        why = "negative total" if value < 0 and not signed else _TOO_LARGE
    elif isinstance(value, float) and total_too_large(value):  # 1e300, inf
        why = _TOO_LARGE
    elif isinstance(value, float) and value.is_integer() and (value >= 0 or signed):
        return int(value)
    elif isinstance(value, float):
        why = "not a whole number" if not value.is_integer() else "negative total"
    else:
        why = f"not a number ({type(value).__name__})"
    raise ParseError(
        why,
        path=doc.locator,
        line_no=line_no,
        field=field,
        input=_shown(value),
        source=doc.source,
    )


def _shown(value: Any) -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else None
    if text is None:
        try:
            text = json.dumps(value)
        except (TypeError, ValueError):
            text = repr(value)
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} characters)"


def read_total_text(cell: str, doc: RawDocument, line_no: int, field: str) -> int:
    """Return a CSV cell as a non-negative int (``"12.0"`` allowed); else ParseError."""
    text = cell.strip()
    digits = text.split(".")[0].lstrip("-").strip().lstrip("0")
    if len(digits) > MAX_TOTAL_DIGITS and digits.isascii() and digits.isdigit():
        raise ParseError(_TOO_LARGE, path=doc.locator, line_no=line_no, field=field,
                         input=_shown(cell), source=doc.source)
    if text.isascii() and text.isdigit():
        return int(text)
    if _WHOLE_FLOAT.fullmatch(text):
        return int(float(text))
    body = text[1:].strip()
    if text.startswith("-") and (body.isdigit() or _WHOLE_FLOAT.fullmatch(body)):
        why = "negative total"
    elif _DECIMAL.fullmatch(text):
        why = "not a whole number"
    else:
        why = "not a number"
    raise ParseError(
        why, path=doc.locator, line_no=line_no, field=field, input=cell, source=doc.source
    )


@dataclass(frozen=True, slots=True)
class Column:
    """A dataset key resolved to its category, with what an observation needs from it."""

    name: str  # the dataset's own key, e.g. "field artillery"
    key: str  # the canonical category key, e.g. "artillery"
    is_approximate: bool  # the category is printed "about" (personnel)
    raw_prefix: str  # '{"name":' — an observation's raw is f"{raw_prefix}{value}}}"


class CategoryResolver:
    """Map one dataset's keys to categories through lookup_category, once per key.

    Keys in ``non_category`` are documented fields that carry no loss figure; they map
    to None. Any other key that names no category raises ParseError (never skipped).
    """

    def __init__(self, doc: RawDocument, non_category: Iterable[str]) -> None:
        self._doc = doc
        self._cache: dict[str, Column | None] = dict.fromkeys(non_category)
        self._rows: dict[tuple[str, ...], tuple[Column | None, ...]] = {}

    def columns(self, item: dict[str, Any], line_no: int | None) -> tuple[Column | None, ...]:
        """Return the column of each of ``item``'s keys, in its order: ``self(key)`` of each.

        Resolved once per set of keys in one order (a history file repeats a few), so
        the same answers, and the same ParseError for the first unknown key, as asking
        key by key.
        """
        keys = tuple(item)
        found = self._rows.get(keys)
        if found is None:
            found = self._rows[keys] = tuple(self(key, line_no) for key in keys)
        return found

    def __call__(self, key: str, line_no: int | None) -> Column | None:
        """Return the column ``key`` names, None for a documented non-category field."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        try:
            category = lookup_category(key)
        except UnknownCategoryError:
            raise ParseError(
                "unknown field: neither a loss category nor a documented non-category field",
                path=self._doc.locator,
                line_no=line_no,
                field=key,
                input=key,
                source=self._doc.source,
            ) from None
        prefix = "{" + json.dumps(key, ensure_ascii=False) + ":"
        column = Column(key, category.key, category.is_approximate, prefix)
        self._cache[key] = column
        return column
