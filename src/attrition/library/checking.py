"""Fact-checking: every loss figure in a text, judged against the record (:mod:`attrition.claims`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
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
            from attrition.library.independent import independent_series

            series = independent_series(self._store, key) or self._store.series(key)
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

    def check_folder(
        self,
        folder: str | Path,
        *,
        as_of: str | date | None = None,
        lang: str | None = None,
        today: date | None = None,
        explain_lang: str | None = None,
        workers: int | None = None,
    ) -> tuple[int, Iterator[FileCheck]]:
        """Check every article in ``folder``: (how many, a stream of one FileCheck each, as done).

        The record's series are read once; the articles are checked on all cores.
        """
        from attrition.model.categories import CATEGORIES

        paths = article_files(folder)
        series = StoreSeries(self.store)
        loaded = {c.key: series[c.key] for c in CATEGORIES if c.key in series}
        return len(paths), check_files_with(
            loaded, paths, as_of=as_of_date(as_of), lang=lang, today=today or date.today(),
            explain_lang=explain_lang, workers=workers)


ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_WORKER_SERIES: Mapping[str, LossSeries] = {}  # set in the parent before the workers fork


@dataclass(frozen=True)
class FileCheck(Answer):
    """One article of a folder: its report, or the one-line error that stopped it."""

    path: str
    report: CheckReport | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the file and its report (or its error)."""
        if self.report is None:
            return {"file": self.path, "error": self.error}
        data: dict[str, Any] = {"file": self.path, **self.report.to_dict()}
        return data

    def meta(self) -> dict[str, Any]:
        """Return the report's envelope meta (empty for an error)."""
        r = self.report
        return {} if r is None else envelope_meta("loss", r.as_of, r.sources, lang=r.lang)


def article_files(folder: str | Path) -> list[Path]:
    """Return the article files under ``folder`` (recursively, sorted): .txt, .md, .html, .htm."""
    root = Path(folder)
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def _check_file(job: tuple[str, date | None, str | None, date, str | None]) -> FileCheck:
    """Check one file in a worker (the series were loaded once, before the fork)."""
    from attrition.claims import check_text
    from attrition.errors import AttritionError

    path, as_of, lang, today, explain_lang = job
    try:
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            return FileCheck(path, None, f"{path}: cannot read as UTF-8 text ({exc.__class__.__name__})")
        report = check_text(text, _WORKER_SERIES, as_of=as_of, lang=lang, today=today,
                            explain_lang=explain_lang)
        return FileCheck(path, report)
    except AttritionError as err:
        return FileCheck(path, None, f"{path}: {err}")


def check_files_with(
    series: Mapping[str, LossSeries], paths: list[Path], *, as_of: date | None, lang: str | None,
    today: date, explain_lang: str | None, workers: int | None = None,
) -> Iterator[FileCheck]:
    """Yield one FileCheck per path as soon as it is done, on all cores (fork) when there are many."""
    import multiprocessing
    import os

    global _WORKER_SERIES
    _WORKER_SERIES = series
    jobs = [(str(p), as_of, lang, today, explain_lang) for p in paths]
    count = workers or os.cpu_count() or 1
    if count <= 1 or len(jobs) < 4 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_check_file, jobs)
        return
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap_unordered(_check_file, jobs, chunksize=1)
