"""Datasette browses the record as it is: the SQL views answer, with the titles ``export`` writes.

Datasette runs in process (its own ASGI test client, no socket) on the SQLite record
and the ``metadata.json`` that ``attrition export`` writes beside the tables.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

import attrition
from attrition.publish.datasette import VIEWS

PI = ("russia_losses_personnel.json", "russia_losses_equipment.json")


@pytest.fixture(scope="module")
def browsed(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Datasette's answers over an exported record (asked once)."""
    folder = tmp_path_factory.mktemp("datasette")
    db = folder / "record.sqlite"
    with attrition.open(str(db)) as record:
        record.ingest([shared_data / "petroivaniuk" / n for n in PI], source="petroivaniuk")
        record.export(folder / "out", "csv")
    metadata = json.loads((folder / "out" / "metadata.json").read_text(encoding="utf-8"))
    from datasette.app import Datasette

    ds = Datasette([str(db)], metadata=metadata)

    async def ask() -> dict[str, Any]:
        month = await ds.client.get(
            "/record/losses_monthly.json?category=personnel&month=2024-11"
            "&_shape=array&_sort=convention")
        day = await ds.client.get(
            "/record/losses_daily.json?category=personnel&loss_date=2024-12-02&_shape=array")
        pages = {name: (await ds.client.get(f"/record/{name}")).text for name in VIEWS}
        shown = await ds.client.get("/-/metadata.json")
        return {"month": month.json(), "day": day.json(), "pages": pages,
                "metadata": shown.json(), "status": month.status_code}

    return asyncio.run(ask())


def test_datasette_reads_the_monthly_view_under_both_conventions(browsed: dict[str, Any]) -> None:
    assert browsed["status"] == 200
    assert [(r["convention"], r["losses"]) for r in browsed["month"]] == [
        ("loss", 45_720), ("report", 45_450)]


def test_datasette_reads_both_dates_of_a_day(browsed: dict[str, Any]) -> None:
    (row,) = browsed["day"]
    assert (row["loss_date"], row["report_date"], row["total"]) == (
        "2024-12-02", "2024-12-03", 745_700)


@pytest.mark.parametrize("view", list(VIEWS))
def test_datasette_shows_each_view_with_its_title(browsed: dict[str, Any], view: str) -> None:
    title, columns = VIEWS[view]
    page = browsed["pages"][view]
    assert title in page
    assert browsed["metadata"]["databases"]["record"]["tables"][view]["title"] == title
    assert browsed["metadata"]["title"].startswith("attrition")
