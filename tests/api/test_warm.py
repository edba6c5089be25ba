"""The reply cache is warmed for the hot routes at start and after each data change.

A reader of ``/v1/latest`` after an update gets the answer computed by the warming task
(the library is not asked again on the reader's request).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

import attrition
from attrition.api import create_app
from attrition.api.settings import ServeSettings

PI = "petroivaniuk"


def _wait_for(condition: Callable[[], bool], what: str, limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def test_hot_routes_are_answered_before_a_reader_asks(shared_data: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    with attrition.open(db) as writer:
        writer.ingest([shared_data / PI / "russia_losses_personnel.json"], source=PI)
    record = attrition.open(db)
    asked: list[str] = []
    latest = record.latest

    def counted(**kw: Any) -> Any:
        asked.append(record.change_token())
        return latest(**kw)

    record.latest = counted  # type: ignore[method-assign]
    app = create_app(ServeSettings(db=db, warm=True, version_check_s=0), record=record)
    try:
        with TestClient(app) as client:
            _wait_for(lambda: len(asked) >= 2, "the start-up warming")  # /latest and /latest.json
            first = client.get("/v1/latest")
            assert first.status_code == 200 and len(asked) == 2  # served from the warmed cache
            with attrition.open(db) as writer:  # `attrition update` in another process
                writer.ingest([shared_data / PI / "russia_losses_equipment.json"], source=PI)
            _wait_for(lambda: len(asked) >= 4, "the warming after the data changed")
            second = client.get("/v1/latest")
            assert len(asked) == 4  # the reader did not recompute
            assert second.headers["etag"] != first.headers["etag"]
            assert len(second.json()["data"]) > len(first.json()["data"])
    finally:
        record.close()


def test_warming_is_off_unless_asked(shared_data: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    record = attrition.open(db)
    asked: list[int] = []
    latest = record.latest
    record.latest = lambda **kw: asked.append(1) or latest(**kw)  # type: ignore[method-assign]
    try:
        with TestClient(create_app(ServeSettings(db=db), record=record)) as client:
            time.sleep(0.5)
            assert asked == []
            client.get("/v1/latest")
            assert asked == [1]
    finally:
        record.close()
