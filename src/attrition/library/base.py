"""What every area of the door shares: the open store, and reading a category's series."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from attrition.errors import UsageError
from attrition.model.dates import parse_date

if TYPE_CHECKING:  # pragma: no cover
    from attrition.model.series import LossSeries
    from attrition.store import Store


def as_date(value: str | date | None, field: str) -> date | None:
    """Return ``value`` as a date (None stays None); a bad string names ``field``."""
    return None if value is None else parse_date(value, field)


class Door:
    """The state every area mixin of :class:`~attrition.library.Attrition` works on."""

    store: Store

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
