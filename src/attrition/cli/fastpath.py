"""The click-free fast path of ``attrition losses CATEGORY … --json``, and the row it prints.

Importing click alone takes more than twice as long as starting a bare interpreter, and
issue 2 wants this query to finish within 3× of ``python -c 'import sqlite3'``. So the
console script (:func:`attrition.cli.run`) first offers its arguments to :func:`answer`,
which handles only the plain form::

    attrition losses CATEGORY [--on DATE | --from DATE --to DATE]
                              [--convention loss|report] [--db PATH] --json

and only when CATEGORY is a category key present in the consensus and the database is
an existing, current SQLite file. For anything else (help, text output, ``--as-of``,
``--by``, an alias, a URL, a new or older database, a bad or conflicting date, a
repeated option...) it returns False before printing anything, and click runs
``cli.query.losses`` as usual, with its validation and error messages.

The answer is the one ``cli.query.losses`` prints: the same SQL and row values
(:mod:`attrition.store.fastread`), the same date rules
(:func:`attrition.model.dates.report_range`), the same row shape (:func:`row_dict`) and
envelope (:mod:`attrition.cli.render`). ``tests/cli/test_fastpath.py`` pins the two paths
to identical output. Imports: the standard library, render, model.dates and
store.fastread only (no click, dataclasses or typing).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import date
from types import SimpleNamespace

from attrition.cli.render import emit_json, meta
from attrition.errors import UsageError
from attrition.model.dates import report_range
from attrition.store import fastread

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from attrition.store.rows import ConsensusRow

_VALUE_OPTIONS = {"--on": "on", "--from": "start", "--to": "end", "--convention": "convention",
                  "--db": "db"}
_CONVENTIONS = ("loss", "report")  # click.Choice in cli/options.py: exact, case-sensitive
BUSY_TIMEOUT_S = 5.0  # as attrition.store.engine


def row_dict(row: ConsensusRow | SimpleNamespace) -> dict[str, Any]:
    """Return one consensus row as the JSON/text record `losses` prints.

    ``row`` is a ConsensusRow, or (on the fast path) a namespace with its fields.
    """
    return {
        "category": row.category,
        "report_date": row.report_date,
        "loss_date": row.loss_date,
        "total": row.total,
        "increment_printed": row.increment_printed,
        "increment_diff": row.increment_diff,
        "is_approximate": row.is_approximate,
        "sources": list(row.sources),
        "span_days": row.span_days,
        "has_correction": row.has_correction,
        "increment_printed_is_derived": row.increment_printed_is_derived,
        "n_sources": row.n_sources,
        "values": dict(row.values),
    }


def parse_args(argv: Sequence[str]) -> tuple[str, dict[str, str]] | None:
    """Return (CATEGORY, options) for the plain ``losses … --json`` form, else None."""
    if not argv or argv[0] != "losses":
        return None
    category: str | None = None
    options: dict[str, str] = {}
    as_json = False
    args = list(argv[1:])
    while args:
        arg = args.pop(0)
        if arg == "--json":
            as_json = True
            continue
        if not arg.startswith("-"):
            if category is not None:
                return None  # a second argument: let click report it
            category = arg
            continue
        name, eq, value = arg.partition("=")
        key = _VALUE_OPTIONS.get(name)
        if key is None or key in options:
            return None  # an option the fast path does not handle, or a repeated one
        if not eq:
            if not args:
                return None
            value = args.pop(0)
        if not value or value.startswith("-"):
            return None
        options[key] = value
    if category is None or not as_json:
        return None
    if options.get("convention", "loss") not in _CONVENTIONS:
        return None
    return category, options


def database_path(db: str | None) -> str | None:
    """Return the SQLite file ``--db`` (else $ATTRITION_DB, else the default) names, or None.

    None means "not a plain path to an existing file": a URL, ``:memory:``, or a file
    that opening would create. Paths resolve as :func:`attrition.store.engine.parse_url`.
    """
    chosen = db or os.environ.get("ATTRITION_DB")
    if not chosen or "ATTRITION_TIMEOUT" in os.environ:
        # the default path, or settings load_settings validates: ask it (as open_db does)
        from attrition.config import load_settings

        chosen = load_settings(db).db
    text = chosen.strip()
    if not text or text == ":memory:" or "://" in text:
        return None
    path = os.path.realpath(os.path.expanduser(text))
    return path if os.path.isfile(path) else None


def _query(
    conn: sqlite3.Connection, category: str, options: dict[str, str]
) -> list[SimpleNamespace] | None:
    """Return the rows `losses` prints, or None when click must answer instead."""
    applied = tuple(r[0] for r in conn.execute(fastread.APPLIED_SQL))
    if applied != fastread.MIGRATION_NAMES:
        return None  # an older (or newer) schema: open_store migrates (or refuses) it
    if conn.execute(fastread.HAS_CATEGORY_SQL, (category,)).fetchone() is None:
        return None  # an alias, an unknown label or no data: lookup_category decides
    try:
        first, last = report_range(
            options.get("on"), options.get("start"), options.get("end"),
            options.get("convention", "loss"),
        )
    except UsageError:
        return None
    if not {"on", "start", "end"} & options.keys():  # the latest report, as Attrition.losses
        latest = conn.execute(*fastread.latest_query(category)).fetchone()[0]
        first = last = date.fromisoformat(latest)
    rows = conn.execute(*fastread.range_query(category, first, last)).fetchall()
    return [SimpleNamespace(**dict(zip(fastread.FIELDS, fastread.row_values(r), strict=True)))
            for r in rows]


def answer(argv: Sequence[str]) -> bool:
    """Print the answer to ``attrition ARGV`` and return True, or return False to use click."""
    parsed = parse_args(argv)
    if parsed is None:
        return False
    category, options = parsed
    path = database_path(options.get("db"))
    if path is None:
        return False
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return False
    try:
        found = _query(conn, category, options)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    if found is None:
        return False
    emit_json(
        [row_dict(r) for r in found],
        meta=meta(options.get("convention", "loss"), None,
                  (s for r in found for s in r.sources), category=category),
    )
    return True
