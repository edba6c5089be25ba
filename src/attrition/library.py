"""The Python API (a face): open a store and ask it for series, losses, ingests and checks.

::

    import attrition
    with attrition.open() as db:              # $ATTRITION_DB, else the user data dir
        df = db.series("personnel")           # pandas, one row per report, loss dates
        rows = db.losses("tanks", on="2024-12-02")

The default database path comes from :mod:`attrition.config`, as for the CLI (this
module is a face too).
pandas is imported only by :meth:`Attrition.series`, so the CLI can reuse
:meth:`Attrition.losses` without paying for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from attrition.model.categories import lookup_category
from attrition.model.dates import DateConvention, parse_date, report_range
from attrition.model.series import LossSeries
from attrition.store import open_store

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from attrition.claims import CheckReport
    from attrition.ingest import IngestResult
    from attrition.store import ConsensusRow, Store


def default_db() -> Path:
    """Return the default database path: $ATTRITION_DB, else the user data directory."""
    from attrition.config import load_settings  # the one place that resolves it

    return Path(load_settings().db)


def open(db: str | Path | None = None) -> Attrition:  # noqa: A001 - the public name is attrition.open
    """Open (creating if needed) the store at ``db`` (path or URL; None: the default)."""
    return Attrition(open_store(db if db is not None else default_db()))


def check(
    text: str,
    /,
    *,
    as_of: str | date | None = None,
    lang: str | None = None,
    db: str | Path | None = None,
    explain_lang: str | None = None,
) -> CheckReport:
    """Check every loss figure in ``text`` against the record at ``db`` (default store)."""
    with open(db) as record:
        return record.check(text, as_of=as_of, lang=lang, explain_lang=explain_lang)


def _as_date(value: str | date | None, field: str) -> date | None:
    return None if value is None else parse_date(value, field)


class StoreSeries(Mapping[str, LossSeries]):
    """Category → consensus LossSeries, read from the store only when a claim needs it."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, LossSeries | None] = {}

    def __getitem__(self, key: str) -> LossSeries:
        if key not in self._cache:
            series = self._store.series(key)
            self._cache[key] = series if len(series) else None
        found = self._cache[key]
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, v in self._cache.items() if v is not None)

    def __len__(self) -> int:
        return sum(1 for v in self._cache.values() if v is not None)


class Attrition:
    """An open record: consensus series, losses by date, ingest; close it when done."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Attrition:
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
        key = lookup_category(category).key
        return self.store.series(key, as_of=_as_date(as_of, "as_of"))

    def series(
        self,
        category: str,
        convention: str | DateConvention = "loss",
        as_of: str | date | None = None,
    ) -> pd.DataFrame:
        """Return the consensus series as a DataFrame, one row per report present."""
        conv = DateConvention.parse(convention)
        return self.loss_series(category, as_of=as_of).to_frame(conv)

    def losses(
        self,
        category: str,
        *,
        on: str | date | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
        convention: str | DateConvention = "loss",
        as_of: str | date | None = None,
    ) -> list[ConsensusRow]:
        """Return consensus rows for a day (``on``) or span (``start``/``end``), else the latest.

        Dates are read under ``convention`` (default loss: ``on="2024-12-02"`` is the
        report of 2024-12-03); rows are ordered by report date.
        """
        key = lookup_category(category).key
        when = _as_date(as_of, "as_of")
        first, last = report_range(on, start, end, convention)
        if on is None and start is None and end is None:
            latest = self.store.latest_report_date(key)
            if latest is None:
                return []
            if when is None:
                return self.store.consensus_rows(key, latest, latest)
            return self.store.consensus_rows(key, None, min(latest, when), as_of=when)[-1:]
        return self.store.consensus_rows(key, first, last, as_of=when)

    def ingest(
        self, paths: Sequence[str | Path], *, source: str | None = None
    ) -> IngestResult:
        """Ingest files or folders (one transaction); see :func:`attrition.ingest.ingest_paths`."""
        from attrition.ingest import ingest_paths  # not at the top: `losses` must start fast

        return ingest_paths(
            self.store, [Path(p) for p in paths], source=source, now=datetime.now(UTC)
        )

    # ---- analyses (thin calls into attrition.analysis; numpy/pandas load only here) ----

    def periods(
        self,
        category: str,
        by: str = "month",
        *,
        convention: str | DateConvention = "loss",
        start: str | date | None = None,
        end: str | date | None = None,
        week_start: str = "mon",
        today: str | date | None = None,
    ) -> list[Any]:
        """Return period sums (day/week/month/quarter/year) under ``convention``."""
        from attrition.analysis.periods import period_rows

        return period_rows(
            self.loss_series(category), by, DateConvention.parse(convention),
            start=_as_date(start, "start"), end=_as_date(end, "end"), week_start=week_start,
            today=_as_date(today, "today"),
        )

    def extremes(
        self,
        category: str,
        *,
        convention: str | DateConvention = "loss",
        **options: Any,
    ) -> Any:
        """Return the top days/weeks/months (see :func:`attrition.analysis.extremes.extremes`)."""
        from attrition.analysis.extremes import extremes

        return extremes(self.loss_series(category), DateConvention.parse(convention), **options)

    def forecast(
        self,
        category: str,
        milestones: Sequence[int] | None = None,
        *,
        as_of: str | date | None = None,
        convention: str | DateConvention = "loss",
    ) -> Any:
        """Return milestone crossings with 50/80/95% intervals, seeing nothing after ``as_of``."""
        from attrition.analysis.forecast import forecast

        return forecast(
            self.loss_series(category), DateConvention.parse(convention),
            as_of=_as_date(as_of, "as_of"), milestones=milestones,
        )

    def check(
        self,
        text: str,
        *,
        as_of: str | date | None = None,
        lang: str | None = None,
        today: date | None = None,
        explain_lang: str | None = None,
    ) -> CheckReport:
        """Check every loss figure in ``text`` (see :func:`attrition.claims.check_text`)."""
        from attrition.claims import check_text

        return check_text(
            text, StoreSeries(self.store), as_of=_as_date(as_of, "as_of"), lang=lang,
            today=today or date.today(), explain_lang=explain_lang,
        )
