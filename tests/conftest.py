"""Shared fixtures: the real data in ../shared/data, a fresh store, a CLI runner."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# No property test has a time limit: hypothesis's default 200 ms deadline per example made tests
# fail on a loaded machine (test_own_increments: 699 ms under four parallel checkers), and speed
# targets live in the benchmarks, never in unit tests. A test may still set its own settings.
settings.register_profile("attrition", deadline=None)
settings.load_profile("attrition")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def _require_shared() -> Path:
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared data missing at {SHARED_DATA} (required when CI=true)")
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to ../shared/data; fails (never skips) when CI=true and it is missing."""
    return _require_shared()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the postgres-marked tests (tests/store, tests/api) when no test server is configured.

    A real condition only: under CI=true (.ci/run starts PostgreSQL) nothing is skipped, and a
    missing server fails the PostgreSQL fixtures instead.
    """
    if os.environ.get("ATTRITION_TEST_PG_URL") or os.environ.get("CI") == "true":
        return
    reason = pytest.mark.skip(reason="ATTRITION_TEST_PG_URL is not set")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(reason)


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    """A fresh database file path."""
    return tmp_path / "attrition.sqlite"


@pytest.fixture()
def run_cli(db_path: Path) -> Callable[..., Any]:
    """Run the CLI against the fresh database; returns (exit_code, parsed JSON or text)."""
    from click.testing import CliRunner

    from attrition.cli import main

    def _run(*args: str, input: str | None = None, db: Path | None = None) -> tuple[int, Any]:
        runner = CliRunner()
        full = [args[0], "--db", str(db or db_path), *args[1:]]
        result = runner.invoke(main, full, input=input, catch_exceptions=False)
        out = result.stdout
        if "--json" in args:
            try:
                return result.exit_code, json.loads(out)
            except json.JSONDecodeError:
                return result.exit_code, out
        return result.exit_code, out + result.stderr

    return _run


@pytest.fixture()
def http_replay() -> Any:
    """A running ReplayServer on 127.0.0.1:0 (tests/http_replay.py): no test touches the internet."""
    import importlib.util
    import sys

    name = "attrition_tests_http_replay"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, REPO / "tests" / "http_replay.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    yield from module.replay_server()


def build_series_via_store(
    observations: dict[str, list[Any]], corrections: dict[str, list[Any]] | None = None
) -> dict[str, Any]:
    """Return category → LossSeries built the way the record builds them: through a store.

    ``observations`` maps a source name to its Observations, ``corrections`` a source name
    to its StatedCorrections; each source's values go in as one document, the consensus
    is refreshed, and every category's ``Store.series`` is returned.
    """
    from datetime import UTC, datetime

    from attrition.model.records import RawDocument
    from attrition.store import open_store

    at = datetime(2026, 1, 1, tzinfo=UTC)
    store = open_store(":memory:")
    try:
        with store.transaction():
            for source in sorted(set(observations) | set(corrections or {})):
                ref = store.add_document(RawDocument(source, f"test://{source}",
                                                     source.encode(), at))
                store.add_observations(ref.id, source, observations.get(source, []), at)
                store.add_corrections(ref.id, source, (corrections or {}).get(source, []), at)
            store.refresh_consensus()
        return {key: store.series(key) for key in store.consensus_categories()}
    finally:
        store.close()


@pytest.fixture(scope="session")
def series_via_store() -> Callable[..., dict[str, Any]]:
    """Return :func:`build_series_via_store`: series built the way production builds them."""
    return build_series_via_store


class TimeBoundExceeded(Exception):
    """Raised inside a ``time_bound`` block that ran past its limit."""


@pytest.fixture()
def time_bound() -> Callable[[float], Any]:
    """Return ``bound(seconds)``: a context manager failing a block that runs longer.

    It interrupts the block (SIGVTALRM; the regex engine checks signals), so a catastrophic
    backtracking regression fails in seconds instead of hanging the suite. The limits are
    generous safety nets for exponential blow-ups, not speed targets (those live in
    benchmarks/). The clock is the process's own CPU time (``ITIMER_VIRTUAL``), not the
    wall's: on a loaded machine (other jobs on the same cores) a linear block gets less of
    the CPU and would run over a wall-clock bound, while a blow-up still spends its seconds.
    Every guarded block is pure computation (parsing, matching), which this clock counts.
    """
    import contextlib
    import signal

    @contextlib.contextmanager
    def bound(seconds: float) -> Any:
        def alarm(signum: int, frame: Any) -> None:
            raise TimeBoundExceeded(f"still running after {seconds} s")

        previous = signal.signal(signal.SIGVTALRM, alarm)
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
            signal.signal(signal.SIGVTALRM, previous)

    return bound


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Point ATTRITION_CACHE_DIR (the kept compiled patterns of `check`) at a session folder, not ~/.cache."""
    previous = os.environ.get("ATTRITION_CACHE_DIR")
    os.environ["ATTRITION_CACHE_DIR"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if previous is None:
        os.environ.pop("ATTRITION_CACHE_DIR", None)
    else:
        os.environ["ATTRITION_CACHE_DIR"] = previous


CSV_DEFAULT_FIELD_LIMIT = 131_072


@pytest.fixture(autouse=True)
def _csv_default_field_limit() -> Any:
    """Start every test with the csv module's default field-size limit, restored after.

    frictionless (imported by the datapackage export tests) raises the process-wide
    limit at import, so tests that pin the 'field larger than field limit' error passed
    alone and failed after the export tests in the same run.
    """
    import csv

    previous = csv.field_size_limit(CSV_DEFAULT_FIELD_LIMIT)
    yield
    csv.field_size_limit(previous)
