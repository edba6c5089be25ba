"""Check a news text: clean it, fix the as-of date, extract claims, verify each one.

Owns :func:`check_text`, the one entry point faces call (the CLI ``attrition check``,
``attrition.check`` in library.py, the API). It decides the as-of date (the argument,
else the article's dateline, else the caller's ``today``, else the latest report), maps
offsets back to the input, and collects the verdicts. Pure: no I/O, no clock; series
come in through ``series_by_category``, which may load lazily.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date

from attrition.claims.claim import CheckReport, OutOfScope, Verdict
from attrition.claims.dates import find_dateline
from attrition.claims.extract import Scale, extract_claims
from attrition.claims.figures import SeriesIndex, own_increment
from attrition.claims.text import CleanText, clean_text, normalize_language
from attrition.claims.verify import verify_claim
from attrition.errors import UnknownCategoryError
from attrition.model.series import LossSeries


class _Scales(Mapping[str, Scale]):
    """Each category's largest one-day figure and latest total, computed on first use."""

    def __init__(self, indexes: _Indexes) -> None:
        self._indexes = indexes
        self._cache: dict[str, Scale | None] = {}

    def _get(self, key: str) -> Scale | None:
        if key not in self._cache:
            idx = self._indexes.get(key)
            if idx is None or not idx:
                self._cache[key] = None
            else:
                days = [v for r in idx.rows if not r.is_coarse and (v := own_increment(r)) is not None]
                self._cache[key] = Scale(max(days, default=0), idx.last.total)
        return self._cache[key]

    def __getitem__(self, key: str) -> Scale:
        scale = self._get(key)
        if scale is None:
            raise KeyError(key)
        return scale

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, v in self._cache.items() if v is not None)

    def __len__(self) -> int:
        return sum(1 for v in self._cache.values() if v is not None)


class _Indexes:
    """SeriesIndex per category, cut at the as-of date, built on first use."""

    def __init__(self, series_by_category: Mapping[str, LossSeries], as_of: date) -> None:
        self._series = series_by_category
        self._as_of = as_of
        self._cache: dict[str, SeriesIndex | None] = {}

    def get(self, key: str) -> SeriesIndex | None:
        if key not in self._cache:
            try:
                series = self._series.get(key)
            except UnknownCategoryError:
                series = None
            self._cache[key] = None if series is None else SeriesIndex(series, self._as_of)
        return self._cache[key]

    def used(self) -> list[SeriesIndex]:
        return [idx for idx in self._cache.values() if idx is not None]


def _fallback_date(series_by_category: Mapping[str, LossSeries], today: date | None) -> date:
    if today is not None:
        return today
    series = series_by_category.get("personnel")
    if series is not None and series.last_report_date is not None:
        return series.last_report_date
    return date(2022, 2, 25)


def check_text(
    text: str,
    series_by_category: Mapping[str, LossSeries],
    *,
    as_of: date | None = None,
    lang: str | None = None,
    today: date | None = None,
) -> CheckReport:
    """Find and verify every claim about Russia's reported losses in ``text``.

    Args:
        text: the article or sentence (plain text or an HTML fragment), at most 200,000 chars.
        series_by_category: category key → LossSeries (a lazy mapping is fine).
        as_of: the date the text speaks from; default the article's dateline, else ``today``,
            else the latest report in the record.
        lang: "en" or "uk"; None detects it.
        today: the caller's today, used when there is neither ``as_of`` nor a dateline.

    Raises:
        UsageError: the text is too long or ``lang`` is unknown.
    """
    clean = clean_text(text)
    language = normalize_language(lang, clean.text)
    source = "argument"
    if as_of is None:
        fallback = _fallback_date(series_by_category, today)
        dateline = find_dateline(clean.text, fallback)
        if dateline is not None:
            as_of, source = dateline, "dateline"
        else:
            as_of, source = fallback, "today" if today is not None else "record"
    indexes = _Indexes(series_by_category, as_of)
    extraction = extract_claims(clean.text, as_of=as_of, scales=_Scales(indexes))
    verdicts = [
        _at_input(verify_claim(claim, indexes.get(claim.category)), clean)
        for claim in extraction.claims
    ]
    out = [_oos_at_input(o, clean) for o in extraction.out_of_scope]
    sources = sorted({s for idx in indexes.used() for r in idx.rows[-400:] for s in r.sources})
    notes = []
    if indexes.used() and max(i.last.report_date for i in indexes.used()) < as_of:
        latest = max(i.last.report_date for i in indexes.used())
        notes.append(f"the record ends with the report of {latest.isoformat()}, before the as-of date")
    return CheckReport(as_of, source, language, tuple(verdicts), tuple(out), tuple(sources), tuple(notes))


def _at_input(verdict: Verdict, clean: CleanText) -> Verdict:
    start, end = clean.source_span(verdict.claim.start, verdict.claim.end)
    return replace(verdict, claim=replace(verdict.claim, start=start, end=end))


def _oos_at_input(item: OutOfScope, clean: CleanText) -> OutOfScope:
    start, end = clean.source_span(item.start, item.end)
    return replace(item, start=start, end=end)
