"""Store fixtures: a fresh migrated store per test, on SQLite and (when configured) PostgreSQL.

Tests taking ``store`` run once per dialect. The PostgreSQL run needs a server named by
ATTRITION_TEST_PG_URL; each test gets its own schema, dropped afterwards. Without the
variable, tests marked ``postgres`` are skipped: that is the only skip here, and it never
fires in CI (CI=true), where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from attrition.model.records import Observation, RawDocument, StatedCorrection
from attrition.store import Store, open_store

PG_URL = os.environ.get("ATTRITION_TEST_PG_URL")


def _pg_store() -> Iterator[Store]:
    import psycopg

    if PG_URL is None:
        pytest.fail("CI=true but ATTRITION_TEST_PG_URL is not set: .ci/run starts PostgreSQL")
    schema = f"attrition_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    store = open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store: a SQLite file, or a private PostgreSQL schema."""
    if request.param == "postgresql":
        yield from _pg_store()
        return
    opened = open_store(tmp_path / "store.sqlite")
    try:
        yield opened
    finally:
        opened.close()


T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)  # a first ingest
T1 = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)  # a later one


class Kit:
    """Hand-made inputs for store tests (pytest's importlib mode cannot share a module)."""

    T0 = T0
    T1 = T1

    @staticmethod
    def obs(category: str, day: str, total: int, printed: int | None = None,
            approx: bool = False) -> Observation:
        """A hand-made observation."""
        return Observation(category, date.fromisoformat(day), total, printed, approx)

    @staticmethod
    def correction(category: str, day: str, amount: int) -> StatedCorrection:
        """A hand-made stated correction."""
        return StatedCorrection(category, date.fromisoformat(day), amount)

    @staticmethod
    def doc(source: str, tag: str = "", at: datetime = T0) -> RawDocument:
        """A small document whose content is unique per (source, tag)."""
        return RawDocument(source, f"test://{source}/{tag}", f"{source}|{tag}".encode(), at,
                           "text/plain")

    @classmethod
    def add(cls, store: Store, source: str, observations: list[Observation],
            recorded_at: datetime = T0, tag: str = "") -> int:
        """Store a document of ``source`` with ``observations``; return the document id."""
        ref = store.add_document(cls.doc(source, tag or recorded_at.isoformat(), recorded_at))
        store.add_observations(ref.id, source, observations, recorded_at)
        return ref.id


@pytest.fixture()
def kit() -> type[Kit]:
    """The Kit of hand-made inputs."""
    return Kit
