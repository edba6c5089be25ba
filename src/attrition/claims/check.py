"""Check a news text: clean it, fix the as-of date, extract claims, verify each one.

Owns :func:`check_text`, the one entry point faces call (the CLI ``attrition check``,
``attrition.check`` in library.py, the API). It decides the as-of date (the argument,
else the article's dateline, else the caller's ``today``, else the latest report), maps
offsets back to the input, and collects the verdicts. Pure: no I/O, no clock; series
come in through ``series_by_category``, which may load lazily.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date

from attrition.claims.claim import CheckReport, OutOfScope, Verdict, VerdictKind
from attrition.claims.dateline import find_dateline, read_dateline
from attrition.claims.extract import Scale, extract_claims
from attrition.claims.figures import SeriesIndex, own_increment
from attrition.claims.numbers import find_numbers
from attrition.claims.text import SUPPORTED_LANGUAGES, CleanText, clean_text, normalize_language
from attrition.claims.verify import verify_claim
from attrition.errors import UnknownCategoryError, UsageError
from attrition.model.dates import WAR_START
from attrition.model.series import LossSeries
from attrition.model.wording import Lang

_YEAR = re.compile(r"\b(20[2-4]\d)\b")


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
        return [idx for idx in self._cache.values() if idx is not None and idx]


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
    explain_lang: str | None = None,
) -> CheckReport:
    """Find and verify every claim about Russia's reported losses in ``text``.

    Args:
        text: the article or sentence (plain text or an HTML fragment), at most 200,000 chars.
        series_by_category: category key → LossSeries (a lazy mapping is fine).
        as_of: the date the text speaks from; default the article's dateline, else ``today``,
            else the latest report in the record.
        lang: "en" or "uk"; None detects it.
        today: the caller's today, used when there is neither ``as_of`` nor a dateline.
        explain_lang: "en" or "uk", the language of the explanations; None follows the text's
            language (a Ukrainian article gets Ukrainian explanations).

    Raises:
        UsageError: the text is too long, or ``lang`` or ``explain_lang`` is unknown.
    """
    wording = _explain_lang(explain_lang)
    clean = clean_text(text)
    language = normalize_language(lang, clean.text)
    if language not in SUPPORTED_LANGUAGES:
        source = "argument" if as_of else "today" if today else "record"
        report = _unsupported(clean, language, as_of or _fallback_date(series_by_category, today), source)
        return replace(report, explain_lang=wording or "en")
    wording = wording or ("uk" if language == "uk" else "en")
    source = "argument"
    if as_of is None:
        fallback = _fallback_date(series_by_category, today)
        candidates = _dateline_candidates(clean.text, fallback)
        if candidates:
            source = "dateline"
        else:
            candidates, source = [fallback], "today" if today is not None else "record"
    else:
        candidates = [as_of]
    # "KYIV, Jan 16 (Reuters)" has no year: take the year whose record the figures fit best
    runs = [(_verify_all(clean.text, series_by_category, day, wording), day) for day in candidates]
    (indexes, found), as_of = max(runs, key=lambda run: (_score(run[0][1]), run[1]))
    verdicts = [_at_input(v, clean) for v in found[0]]
    out = [_oos_at_input(o, clean) for o in found[1]]
    sources = sorted({s for idx in indexes.used() for r in idx.rows[-400:] for s in r.sources})
    notes = []
    if indexes.used() and max(i.last.report_date for i in indexes.used()) < as_of:
        latest = max(i.last.report_date for i in indexes.used())
        notes.append(f"the record ends with the report of {latest.isoformat()}, before the as-of date")
    return CheckReport(as_of, source, language, tuple(verdicts), tuple(out), tuple(sources), tuple(notes),
                       explain_lang=wording)


def _explain_lang(explain_lang: str | None) -> Lang | None:
    """Return the requested explanation language, or None to follow the text."""
    if explain_lang is None:
        return None
    if explain_lang == "en":
        return "en"
    if explain_lang == "uk":
        return "uk"
    raise UsageError(f"unknown explanation language {explain_lang!r}; use 'en' or 'uk'", input=explain_lang)


def _unsupported(clean: CleanText, language: str, as_of: date, source: str) -> CheckReport:
    """Return a report that reads nothing: every number listed as in an unsupported language."""
    reason = "Russian-language text: not read (only English and Ukrainian are supported)"
    out = [_oos_at_input(OutOfScope(n.text, n.start, n.end, n.value, reason), clean)
           for n in find_numbers(clean.text) if not n.is_year_like]
    note = f"the text is in an unsupported language ({language}); no claim was extracted or verified"
    return CheckReport(as_of, source, language, (), tuple(out), (), (note,))


def _verify_all(
    text: str, series_by_category: Mapping[str, LossSeries], as_of: date, lang: Lang = "en"
) -> tuple[_Indexes, tuple[list[Verdict], tuple[OutOfScope, ...]]]:
    indexes = _Indexes(series_by_category, as_of)
    extraction = extract_claims(text, as_of=as_of, scales=_Scales(indexes))
    verdicts = [verify_claim(claim, indexes.get(claim.category), lang) for claim in extraction.claims]
    return indexes, (verdicts, extraction.out_of_scope)


def _score(found: tuple[list[Verdict], tuple[OutOfScope, ...]]) -> int:
    """Return how many claims the record supports (to choose a dateline's missing year)."""
    good = {VerdictKind.CORRECT, VerdictKind.ROUNDED, VerdictKind.CORRECT_OTHER_CONVENTION}
    return sum(v.verdict in good for v in found[0])


def _dateline_candidates(text: str, fallback: date) -> list[date]:
    """Return the dateline's date, or when it has no year the plausible years' dates."""
    parts = read_dateline(text)
    if parts is None:
        return []
    year, month, day = parts
    if year is not None:
        found = find_dateline(text, fallback)
        return [found] if found else []
    years = [int(y) for y in _YEAR.findall(text) if 2022 <= int(y) <= fallback.year]
    if not years:  # nothing to go by: the most recent such day
        found = find_dateline(text, fallback)
        return [found] if found else []
    out = []
    for y in (max(years), max(years) + 1):  # an article written in January about "2024"
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if WAR_START < candidate <= fallback:
            out.append(candidate)
    return out


def _at_input(verdict: Verdict, clean: CleanText) -> Verdict:
    start, end = clean.source_span(verdict.claim.start, verdict.claim.end)
    return replace(verdict, claim=replace(verdict.claim, start=start, end=end))


def _oos_at_input(item: OutOfScope, clean: CleanText) -> OutOfScope:
    start, end = clean.source_span(item.start, item.end)
    return replace(item, start=start, end=end)
