"""Settings read from the environment; only faces (cli, api, web) import this module."""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from attrition import __version__

USER_AGENT = f"attrition/{__version__} (+https://github.com/attrition-data/attrition; open data)"


@dataclass(frozen=True)
class Settings:
    """Configuration for one run, validated at start-up."""

    db: str  # path or URL of the store
    user_agent: str = USER_AGENT
    timeout_s: float = 20.0  # ATTRITION_TIMEOUT: one read or connect
    import_path: str | None = None  # ATTRITION_IMPORT: folder `make run` ingests
    base_url: str | None = None  # ATTRITION_BASE_URL: ask this server for every live source
    max_download_mb: float = 50.0  # ATTRITION_MAX_DOWNLOAD_MB: one HTTP body, streamed and capped
    request_deadline_s: float = 60.0  # ATTRITION_REQUEST_DEADLINE: one request, retries included
    update_deadline_s: float = 120.0  # ATTRITION_UPDATE_DEADLINE: one update command, from its start
    max_file_mb: float = 20.0  # ATTRITION_MAX_FILE_MB: one file given to `ingest` (--max-size)

    @property
    def max_download_bytes(self) -> int:
        """Return the download cap in bytes."""
        return int(self.max_download_mb * 1024 * 1024)

    @property
    def max_file_bytes(self) -> int:
        """Return the ingest file-size cap in bytes."""
        return int(self.max_file_mb * 1024 * 1024)


def default_db_path() -> Path:
    """Return the default database path in the user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("attrition", appauthor=False)) / "attrition.sqlite"


def user_cache_dir() -> Path:
    """Return the folder for caches (ATTRITION_CACHE_DIR, else the platform's user cache folder).

    The platform folders platformdirs gives, without importing it (start-up time).
    """
    if os.environ.get("ATTRITION_CACHE_DIR"):
        return Path(os.environ["ATTRITION_CACHE_DIR"])
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "attrition" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "attrition"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "attrition"


class SettingsError(ValueError):
    """A setting (an ATTRITION_* variable, ``--db``) is invalid; faces render it as a UsageError.

    Defined here because config is a leaf (it imports nothing else of attrition).
    """

    def __init__(self, message: str, *, input: str, field: str) -> None:  # noqa: A002
        super().__init__(message)
        self.message = message
        self.input = input
        self.field = field


def positive_number(text: str, name: str) -> float:
    """Return ``text`` as a finite number > 0, else a SettingsError naming ``name``."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise SettingsError(f"{name}: {text!r} is not a positive number", input=text, field=name)
    return value


def _env_number(name: str, default: float) -> float:
    text = os.environ.get(name)
    return default if text is None or not text.strip() else positive_number(text.strip(), name)


def load_settings(db: str | None = None) -> Settings:
    """Return Settings from arguments, then ATTRITION_* variables, then defaults.

    Raises:
        SettingsError: an empty ``db`` (``--db ""``), or an ATTRITION_* number that is not
            a positive number (named in the message).
    """
    if db is not None and not db.strip():
        raise SettingsError("--db: an empty path names no database (omit --db to use "
                         "$ATTRITION_DB or the default)", input=db, field="--db")
    chosen = db or os.environ.get("ATTRITION_DB") or str(default_db_path())
    defaults = Settings(db=chosen)
    return Settings(
        db=chosen,
        user_agent=os.environ.get("ATTRITION_USER_AGENT", USER_AGENT),
        timeout_s=_env_number("ATTRITION_TIMEOUT", defaults.timeout_s),
        import_path=os.environ.get("ATTRITION_IMPORT") or None,
        base_url=os.environ.get("ATTRITION_BASE_URL") or None,
        max_download_mb=_env_number("ATTRITION_MAX_DOWNLOAD_MB", defaults.max_download_mb),
        request_deadline_s=_env_number("ATTRITION_REQUEST_DEADLINE", defaults.request_deadline_s),
        update_deadline_s=_env_number("ATTRITION_UPDATE_DEADLINE", defaults.update_deadline_s),
        max_file_mb=_env_number("ATTRITION_MAX_FILE_MB", defaults.max_file_mb),
    )
