"""Desk fixtures: the desk app on a real socket (uvicorn in a thread), headless Chromium.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright's Python package (no
browser download); ``make test`` installs it. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import attrition
from attrition.api.settings import ServeSettings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PI_FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json",
            "russia_losses_equipment_correction.json")
INDEPENDENT = ("oryx", "mediazona", "deepstate")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def desk_db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A record with the whole PetroIvaniuk history and the independent counts (built once):
    Oryx, the named dead (Mediazona) and DeepState's territory, for compare and territory."""
    db = str(tmp_path_factory.mktemp("desk") / "record.sqlite")
    with attrition.open(db) as record:
        record.ingest([shared_data / "petroivaniuk" / n for n in PI_FILES], source="petroivaniuk")
        record.ingest([shared_data / d for d in INDEPENDENT])
    return db


@pytest.fixture(scope="session")
def desk_url(desk_db: str) -> Iterator[str]:
    """The base URL of the desk served by uvicorn on 127.0.0.1 (stopped after the session)."""
    import uvicorn

    from attrition.web import create_desk_app

    port = free_port()
    app = create_desk_app(ServeSettings(db=desk_db))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the desk did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium under Playwright."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page whose console errors and uncaught exceptions are collected."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    """A fresh browser page (1200×900) that records console errors."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield Watched(page)
    context.close()
