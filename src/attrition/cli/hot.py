"""Click-free entry for the plain ``--json`` forms of the hot commands (``losses``, ``extremes``,
``territory``, ``forecast``).

Importing click alone costs more than starting a bare interpreter, so the console
script (:func:`attrition.cli.run`) first offers its arguments to :func:`answer`. It
reads only the options the command declares, in their plain forms (``--opt VALUE``,
``--opt=VALUE``, flags), and then makes the SAME call the click command makes
(:mod:`.calls`) on the area of the door it needs (the same method, without importing
the other areas) and prints the same envelope. For anything else — help, text output,
an unknown or repeated option, a value click would reject, any error — it returns
False before printing anything, and click runs the command with its own validation
and messages.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from attrition.cli.render import emit_json
from attrition.errors import AttritionError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

# option -> (parameter, choices or a converter); None: a flag
_CONVENTION = ("loss", "report")
_WEEK = ("mon", "sun")
_COMMON: dict[str, tuple[str, Any]] = {
    "--from": ("start", str), "--to": ("end", str), "--convention": ("convention", _CONVENTION),
    "--as-of": ("as_of", str), "--db": ("db", str),
}
COMMANDS: dict[str, dict[str, tuple[str, Any]]] = {
    "losses": {
        **_COMMON, "--on": ("on", str), "--week-start": ("week_start", _WEEK),
        "--by": ("by", ("day", "week", "month", "quarter", "year")), "--sum": ("as_sum", None),
    },
    "extremes": {
        **_COMMON, "--top": ("top", int), "--by": ("by", ("day", "week", "month")),
        "--week-start": ("week_start", _WEEK), "--rank-of": ("rank_of", str),
        "--include-corrections": ("include_corrections", None),
        "--exclude-coarse": ("exclude_coarse", True), "--include-coarse": ("exclude_coarse", False),
    },
    "territory": {
        "--by": ("by", ("day", "week", "month")), "--on": ("on", str), "--from": ("start", str),
        "--to": ("end", str), "--db": ("db", str), "--compare": ("compare_size", None),
    },
    "forecast": {  # one --milestone and one --on; repeated, or --method, click reads them
        "--milestone": ("milestones", lambda value: (int(value),)), "--on": ("on", lambda value: (value,)),
        "--convention": ("convention", _CONVENTION), "--as-of": ("as_of", str), "--db": ("db", str),
    },
    "check": {
        "--as-of": ("as_of", str), "--lang": ("lang", ("en", "uk")),
        "--explain-lang": ("explain_lang", ("en", "uk")), "--db": ("db", str),
    },
}
NO_ARGUMENT = frozenset({"territory"})  # commands that take options only
TEXT_TOO = frozenset({"check"})  # commands answered in their text form too (options["as_json"])


def parse_args(argv: Sequence[str]) -> tuple[str, str | None, dict[str, Any]] | None:
    """Return (command, CATEGORY or None, options) for a plain hot ``--json`` form, else None."""
    if not argv or argv[0] not in COMMANDS:
        return None
    spec = COMMANDS[argv[0]]
    category: str | None = None
    options: dict[str, Any] = {}
    as_json = False
    args = list(argv[1:])
    while args:
        arg = args.pop(0)
        if arg == "--json" and not as_json:
            as_json = True
            continue
        if not arg.startswith("-"):
            if category is not None or argv[0] in NO_ARGUMENT:
                return None  # a second argument: let click report it
            category = arg
            continue
        name, eq, value = arg.partition("=")
        if name not in spec:
            return None
        key, kind = spec[name]
        if key in options:
            return None  # repeated: click decides
        if kind is None or isinstance(kind, bool):  # a flag (or one side of an on/off pair)
            if eq:
                return None
            options[key] = True if kind is None else kind
            continue
        if not eq:
            if not args:
                return None
            value = args.pop(0)
        if not value or value.startswith("-"):
            return None
        if isinstance(kind, tuple):
            if value not in kind:
                return None
            options[key] = value
        else:
            try:
                options[key] = kind(value)
            except ValueError:
                return None
    if category is None and argv[0] not in NO_ARGUMENT:
        return None
    if argv[0] in TEXT_TOO:
        options["as_json"] = as_json
    elif not as_json:
        return None
    return argv[0], category, options


def _territory_from_file(options: dict[str, Any]) -> bool:
    """Answer ``territory --json --db FILE`` reading the SQLite file with ``sqlite3`` alone.

    The same answer (:func:`attrition.library.territory.territory_answer`) the door's
    ``territory`` method gives, without importing the store engine: the areas and
    changes were computed at ingest. False (nothing printed) when ``--db`` is not a
    SQLite file holding territory changes, or on any error: the usual path then runs.
    """
    db = options.get("db")
    if not db or "://" in db:
        return False
    from attrition.library.territory import territory_from_file

    try:
        found = territory_from_file(db, **{k: v for k, v in options.items() if k != "db"})
    except AttritionError:
        return False
    if found is None:
        return False
    emit_json(found.to_dict(), meta=found.meta())
    return True


def _check(file: str, options: dict[str, Any]) -> bool:
    """Answer ``check FILE`` (text or ``--json``) as the click command does, or return False.

    Standard input and folders are left to click (a decline must not have read stdin), as
    is a stdout that is not UTF-8 (click would encode it its own way); any error too.
    """
    from pathlib import Path

    encoding = getattr(sys.stdout, "encoding", None)  # None: a str buffer, takes any text
    if file == "-" or Path(file).is_dir() or (encoding or "utf8").lower().replace("-", "") != "utf8":
        return False
    from attrition.cli.check_report import check_file, report_text
    from attrition.config import user_cache_dir
    from attrition.library.compiled import cache_file, kept_methods, kept_patterns
    from attrition.model.gc_pause import gc_paused

    as_json = options.pop("as_json")
    with gc_paused():  # a check makes ~10^5 short-lived objects and almost no cycles
        try:
            folder = user_cache_dir()  # the patterns and dataclass methods compiled by earlier runs
            with kept_patterns(cache_file(folder)), kept_methods(cache_file(folder, "methods")):
                found = check_file(file, **options)
        except AttritionError:
            return False  # click runs the command again and reports the error its way
        if as_json:
            emit_json(found.to_dict(), meta=found.meta())
            return True
        text = report_text(found)
    if "\x1b" in text:  # click.echo would strip terminal escapes: let it print
        import click

        click.echo(text)
        return True
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return True


def answer(argv: Sequence[str]) -> bool:
    """Print the answer to ``attrition ARGV`` and return True, or return False to use click."""
    parsed = parse_args(argv)
    if parsed is None:
        return False
    command, category, options = parsed
    if command == "territory" and _territory_from_file(options):
        return True
    if command == "check":
        assert category is not None
        return _check(category, options)
    from attrition.cli import calls
    from attrition.library.base import open_store_at

    if command == "losses":  # open only the area of the door the command asks
        from attrition.library.losses import LossesMethods as area
    elif command == "territory":
        from attrition.library.independent import IndependentMethods as area  # type: ignore[assignment]
    elif command == "forecast":
        from attrition.library.analyses import AnalysesMethods as area  # type: ignore[assignment]
    else:
        from attrition.library.extremes import ExtremesMethods as area  # type: ignore[assignment]
    db = options.pop("db", None)
    try:
        with area(open_store_at(db)) as record:
            args = () if category is None else (category,)
            found = getattr(calls, command)(record, *args, **options)
    except AttritionError:
        return False  # click runs the command again and reports the error its way
    emit_json(found.to_dict(), meta=found.meta())
    return True

