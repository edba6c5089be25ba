"""Fact-checking: every loss figure in a text, judged against the record (:mod:`attrition.claims`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from attrition.library.base import Door, as_of_date
from attrition.library.results import Answer, envelope_meta
from attrition.model.series import LossSeries

if TYPE_CHECKING:  # pragma: no cover
    from attrition.claims import CheckReport, Verdict
    from attrition.store import Store


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


@dataclass(frozen=True)
class CheckAnswer(Answer):
    """Every claim found in a text with its verdict (``report``), and the numbers left out."""

    report: CheckReport

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """Return one verdict per claim."""
        return self.report.verdicts

    def to_dict(self) -> dict[str, Any]:
        """Return the report's JSON shape."""
        data: dict[str, Any] = self.report.to_dict()
        return data

    def meta(self) -> dict[str, Any]:
        """Return loss convention, the as_of judged at, the sources used and the language."""
        r = self.report
        return envelope_meta("loss", r.as_of, r.sources, lang=r.lang)


class CheckingMethods(Door):
    """Check the claims in a text."""

    def check(
        self,
        text: str,
        *,
        as_of: str | date | None = None,
        lang: str | None = None,
        today: date | None = None,
        explain_lang: str | None = None,
    ) -> CheckAnswer:
        """Check every loss figure in ``text`` (see :func:`attrition.claims.check_text`)."""
        from attrition.claims import check_text

        return CheckAnswer(check_text(
            text, StoreSeries(self.store), as_of=as_of_date(as_of), lang=lang,
            today=today or date.today(), explain_lang=explain_lang,
        ))
