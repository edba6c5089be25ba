"""API fixtures: one record with the real PetroIvaniuk history, on SQLite and PostgreSQL.

The record is ingested once per dialect per session; ``client`` is FastAPI's test client
over the app factory. The PostgreSQL run needs ATTRITION_TEST_PG_URL (``make test`` starts
a server); without it the postgres-marked cases are skipped, and under CI=true they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import attrition
from attrition.api import create_app
from attrition.api.settings import ServeSettings

PG_URL = os.environ.get("ATTRITION_TEST_PG_URL")
NOW = datetime(2026, 8, 20, 12, 0, tzinfo=UTC)
PI_FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json",
            "russia_losses_equipment_correction.json")


def _ingest(url: str, shared: Path) -> None:
    with attrition.open(url) as record:
        record.ingest([shared / "petroivaniuk" / n for n in PI_FILES], source="petroivaniuk")


@pytest.fixture(scope="session",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def api_db(request: pytest.FixtureRequest, shared_data: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a record holding the whole PetroIvaniuk history (built once per dialect)."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("api") / "record.sqlite")
        _ingest(url, shared_data)
        yield url
        return
    import psycopg

    if PG_URL is None:
        pytest.fail("CI=true but ATTRITION_TEST_PG_URL is not set: make test starts PostgreSQL")
    schema = f"attrition_api_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    try:
        _ingest(url, shared_data)
        yield url
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="session")
def client(api_db: str) -> Iterator[TestClient]:
    """A test client of the API app over the shared record (read-only use)."""
    app = create_app(ServeSettings(db=api_db))
    with TestClient(app) as test_client:
        yield test_client
