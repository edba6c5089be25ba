"""`territory --json --db FILE` answers from the SQLite file alone, exactly as the click command.

The areas and changes are computed at ingest; the hot entry reads them with ``sqlite3``
(:func:`attrition.store.territory_rows.read_changes_sqlite`) and makes the same library
call (:func:`attrition.library.territory.territory_answer`) as the door's ``territory``.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrition.cli import main
from attrition.cli.hot import answer
from attrition.store import open_store

pytestmark = pytest.mark.integration
MAPS = ("20240901", "20241001", "20241101", "20241201")


@pytest.fixture(scope="module")
def territory_db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from attrition.ingest import ingest_paths

    db = tmp_path_factory.mktemp("hot-territory") / "db.sqlite"
    folder = shared_data / "deepstate" / "cyterat-daily-geojson"
    with open_store(db) as store:
        ingest_paths(store, [folder / f"deepstatemap_data_{d}.geojson" for d in MAPS],
                     now=datetime.now(UTC))
    return db


def _fast(argv: list[str]) -> tuple[bool, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        handled = answer(argv)
    return handled, out.getvalue()


@pytest.mark.parametrize("args", [
    pytest.param(["--by", "month"], id="months"),
    pytest.param(["--by", "month", "--from", "2024-11-01"], id="months-from"),
    pytest.param(["--on", "2024-11-30", "--compare"], id="november-size"),
    pytest.param(["--by=month", "--to", "2024-10-31"], id="months-to"),
])
def test_territory_from_the_file_prints_what_the_click_command_prints(
    territory_db: Path, args: list[str]
) -> None:
    argv = ["territory", *args, "--json", "--db", str(territory_db)]
    handled, fast = _fast(argv)
    slow = CliRunner().invoke(main, argv, catch_exceptions=False)
    assert handled and slow.exit_code == 0
    assert fast == slow.stdout


def test_territory_file_entry_declines_what_it_cannot_answer(
    territory_db: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite"
    with open_store(empty):
        pass  # migrated, no territory
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("not a database")
    for db in (empty, not_sqlite, tmp_path / "missing.sqlite"):
        assert _fast(["territory", "--by", "month", "--json", "--db", str(db)]) == (False, "")
    # an unknown month is the usual path's error, not a half answer
    assert _fast(["territory", "--on", "2020-01-15", "--json", "--db",
                  str(territory_db)]) == (False, "")


def test_territory_file_entry_imports_no_store_engine_nor_geometry(territory_db: Path) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['attrition', 'territory', '--by', 'month', '--json', '--db',"
        f" {str(territory_db)!r}]\n"
        "from attrition.cli import run\n"
        "run()\n"
        "heavy = {'click', 'pandas', 'numpy', 'shapely', 'pyproj', 'attrition.store.engine',\n"
        "         'attrition.store.core', 'typing', 'pathlib'} & set(sys.modules)\n"
        "print(sorted(heavy), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"
    assert '"period_start": "2024-11-01"' in out.stdout
