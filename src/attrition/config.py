"""Settings read from the environment; only faces (cli, api, web) import this module."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from attrition import __version__

USER_AGENT = f"attrition/{__version__} (+https://github.com/attrition-data/attrition; open data)"


@dataclass(frozen=True)
class Settings:
    """Configuration for one run, validated at start-up."""

    db: str  # path or URL of the store
    user_agent: str = USER_AGENT
    timeout_s: float = 20.0
    import_path: str | None = None  # ATTRITION_IMPORT: folder `make run` ingests
    base_url: str | None = None  # ATTRITION_BASE_URL: ask this server for every live source


def default_db_path() -> Path:
    """Return the default database path in the user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("attrition", appauthor=False)) / "attrition.sqlite"


def load_settings(db: str | None = None) -> Settings:
    """Return Settings from arguments, then ATTRITION_* variables, then defaults."""
    chosen = db or os.environ.get("ATTRITION_DB") or str(default_db_path())
    timeout = float(os.environ.get("ATTRITION_TIMEOUT", "20"))
    return Settings(
        db=chosen,
        user_agent=os.environ.get("ATTRITION_USER_AGENT", USER_AGENT),
        timeout_s=timeout,
        import_path=os.environ.get("ATTRITION_IMPORT") or None,
        base_url=os.environ.get("ATTRITION_BASE_URL") or None,
    )
