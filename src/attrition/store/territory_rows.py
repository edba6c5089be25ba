"""Reading stored territory changes: the one query and row shape, and a sqlite3-only read.

:func:`attrition.store.independent.changes` reads through the engine (SQLite or
PostgreSQL); :func:`read_changes_sqlite` runs the same query on a SQLite file with the
standard library's ``sqlite3`` alone, read-only, for the click-free ``territory --json``
entry (:mod:`attrition.cli.hot`), which must start in a few times a bare interpreter's
start. Both build rows with :func:`change_from_row`.
"""

from __future__ import annotations

from datetime import date

from attrition.model.independent import TerritoryChange

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence
    from typing import Any

CHANGES_SQL = (
    "SELECT period, period_start, period_end, from_date, to_date, area_from_km2,"
    " area_to_km2, net_km2, gained_km2, lost_km2, from_snapshot_id, to_snapshot_id"
    " FROM territory_changes {where} ORDER BY period, period_start"
)


def change_from_row(r: Sequence[Any]) -> TerritoryChange:
    """Return the TerritoryChange of one row of :data:`CHANGES_SQL`."""
    return TerritoryChange(
        r[0], date.fromisoformat(r[1]), date.fromisoformat(r[2]), date.fromisoformat(r[3]),
        date.fromisoformat(r[4]), r[5], r[6], r[7], r[8], r[9], r[10], r[11],
    )


def read_changes_sqlite(path: str, period: str) -> list[TerritoryChange] | None:
    """Return the stored changes of one period kind from a SQLite file, read-only.

    None when ``path`` is not a SQLite file holding the territory tables (missing,
    another file, an older schema): the caller then opens the store the usual way,
    which creates or migrates it and reports what is wrong.
    """
    import os.path
    import sqlite3

    if not os.path.isfile(path):
        return None
    # read-only URI; pathlib and urllib would double this entry's start-up time
    where = os.path.abspath(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    try:
        con = sqlite3.connect(f"file:{where}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = con.execute(CHANGES_SQL.format(where="WHERE period = ?"), [period]).fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return [change_from_row(r) for r in rows]
