"""What every area of the door shares: the open store, and reading a category's series."""

from __future__ import annotations

from datetime import date

from attrition.errors import UsageError
from attrition.model.dates import parse_date

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path
    from types import TracebackType
    from typing import Self

    from attrition.config import Settings
    from attrition.model.series import LossSeries
    from attrition.store import Store


def as_date(value: str | date | None, field: str) -> date | None:
    """Return ``value`` as a date (None stays None); a bad string names ``field``."""
    return None if value is None else parse_date(value, field)


def settings(db: str | None = None) -> Settings:
    """Return the validated Settings; an invalid setting is a UsageError naming it."""
    from attrition.config import SettingsError, load_settings

    try:
        return load_settings(db)
    except SettingsError as err:
        raise UsageError(err.message, input=err.input, field=err.field) from None


def setting_number(text: str, name: str) -> float:
    """Return an option's text as a positive number (``--max-size``), else a UsageError."""
    from attrition.config import SettingsError, positive_number

    try:
        return positive_number(text, name)
    except SettingsError as err:
        raise UsageError(err.message, input=err.input, field=err.field) from None


def open_store_at(db: str | Path | None) -> Store:
    """Open (creating and migrating if needed) the store at ``db`` (None: the default path).

    The one way the library opens a database: $ATTRITION_DB, else the user data dir.
    """
    from attrition.store import open_store

    if db is None or (isinstance(db, str) and not db.strip()):
        db = settings(db if isinstance(db, str) else None).db  # refuses `--db ""` (a UsageError), never falls back
    return open_store(db)


class Door:
    """An open record: the state every area of :class:`~attrition.library.Attrition` works on.

    Each area (a subclass in its own module) can also be opened alone, with the same
    methods: the click-free CLI entry opens only the area its command asks
    (:mod:`attrition.cli.hot`), so it does not import the others.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def loss_series(self, category: str, as_of: str | date | None = None) -> LossSeries:
        """Return the consensus LossSeries of a category (key or alias)."""
        from attrition.model.categories import lookup_category

        key = lookup_category(category).key
        return self.store.series(key, as_of=as_of_date(as_of))

    def _known_series(self, category: str, as_of: str | date | None = None) -> LossSeries:
        """Return the series of ``category``; UsageError when the record has none."""
        series = self.loss_series(category, as_of)
        if not series.rows:
            raise UsageError(
                f"no figures for {series.category} in the record; import some first",
                input=series.category,
            )
        return series


def as_of_date(value: str | date | None) -> date | None:
    """Return an ``as_of`` argument as a date (None: everything known)."""
    return as_date(value, "as_of")


def series_sources(series: LossSeries) -> set[str]:
    """Return the sources behind any row of ``series``."""
    return {s for row in series.rows for s in row.sources}
