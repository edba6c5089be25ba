"""Check a news text in named stages: structure, date, readers, verdicts.

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

from attrition.claims.claim import CheckReport, Claim, OutOfScope, Verdict
from attrition.claims.dating import (
    ArticleDate,
    StampCues,
    as_of_note,
    as_of_stated,
    bound_note,
    bound_passed,
    dated_by_totals,
    figures_note,
    foreign_stamp,
    killed_note,
    killed_total,
    latest_stated,
    month_named_closed,
    month_named_note,
    stamp_date,
    stated_note,
    war_day,
    war_day_note,
    year_for,
)
from attrition.claims.document import FIGURES, Document, read_structure
from attrition.claims.extract import KILLED_ONLY_REASON, Extraction, Scale
from attrition.claims.figures import SeriesIndex, own_increments
from attrition.claims.numbers import NumberSpan, find_numbers
from attrition.claims.registry import readers, verifier_for
from attrition.claims.scope import SUMMED
from attrition.claims.series_notes import monthly_convention_notes
from attrition.claims.text import (
    MAX_FIGURES,
    SUPPORTED_LANGUAGES,
    CleanText,
    clean_text,
    normalize_language,
)
from attrition.claims.verdict import verify_claim
from attrition.errors import UnknownCategoryError, UsageError
from attrition.model.series import LossSeries, derived, summed_series
from attrition.model.wording import Lang


def _running_day_max(series: LossSeries) -> list[int]:
    """Return, after each report, the largest day figure so far (0 before any): one pass per series object.

    The figures of the fine reports; while there is none yet (the early-war weeks, whose coarse reports
    are all the record has), the coarse ones: else every day's figure of March 2022 ("lost 300 more
    soldiers in the last 24 hours") is above a largest day of 0 and read as a total.
    """
    out: list[int] = []
    add = out.append
    largest: int | None = None
    coarse: int | None = None
    for r, v in zip(series.rows, own_increments(series), strict=True):
        if v is not None and r.is_coarse:
            coarse = v if coarse is None else max(coarse, v)
        elif v is not None and (largest is None or v > largest):
            largest = v
        add(largest if largest is not None else 0 if coarse is None else coarse)
    return out


class _Scales(Mapping[str, Scale]):
    """Each category's largest one-day figure and latest total, computed on first use."""

    def __init__(self, indexes: _Indexes) -> None:
        self._indexes = indexes
        self._cache: dict[str, Scale | None] = {}

    def _get(self, key: str) -> Scale | None:
        if key not in self._cache:
            idx = self._indexes.cut(key)
            if idx is None or not idx:
                self._cache[key] = None
            else:
                # the rows up to as-of are the first rows of the full series
                largest = derived(idx.full, "claim_running_day_max", _running_day_max)[len(idx.rows) - 1]
                self._cache[key] = Scale(largest, idx.last.total)
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


class _WithSums(Mapping[str, LossSeries]):
    """The caller's series, plus the sum of several categories under a summed key (built once)."""

    def __init__(self, series_by_category: Mapping[str, LossSeries]) -> None:
        self._series = series_by_category
        self._sums: dict[str, LossSeries | None] = {}

    def __getitem__(self, key: str) -> LossSeries:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: LossSeries | None = None) -> LossSeries | None:  # type: ignore[override]
        if SUMMED not in key:
            return self._series.get(key, default)
        if key not in self._sums:
            parts = [self._series.get(k) for k in key.split(SUMMED)]
            self._sums[key] = None if any(p is None for p in parts) else summed_series(
                key, [p for p in parts if p is not None])
        return self._sums[key] or default

    def __iter__(self) -> Iterator[str]:
        return iter(self._series)

    def __len__(self) -> int:
        return len(self._series)


class _Indexes:
    """SeriesIndex per category, cut at the as-of date, built on first use.

    ``used`` is what the verdicts asked for (the report's sources); the readers' scales
    (:meth:`cut`) share the same cuts without counting as used.
    """

    def __init__(self, series_by_category: Mapping[str, LossSeries], as_of: date) -> None:
        self._series = series_by_category
        self._as_of = as_of
        self._cache: dict[str, SeriesIndex | None] = {}
        self._asked: dict[str, None] = {}

    def cut(self, key: str) -> SeriesIndex | None:
        """Return the category's index without counting it as used."""
        if key not in self._cache:
            try:
                series = self._series.get(key)
            except UnknownCategoryError:
                series = None
            self._cache[key] = None if series is None else SeriesIndex(series, self._as_of)
        return self._cache[key]

    def get(self, key: str) -> SeriesIndex | None:
        self._asked[key] = None
        return self.cut(key)

    def used(self) -> list[SeriesIndex]:
        return [idx for key in self._asked if (idx := self._cache[key]) is not None and idx]


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

    The stages, each in its own module: the document's structure (document.py), the
    article's date (dating.py), the readers of each claim family (registry.py; the General
    Staff series reader is extract.py) and the one verdict (verdict.py).

    Args:
        text: the article or sentence (plain text or an HTML fragment), at most 200,000 chars.
        series_by_category: category key → LossSeries (a lazy mapping is fine).
        as_of: the date the text speaks from; default the article's stamp (dateline, byline),
            else the report its cumulative totals come from, else the latest date it states a
            figure for, else ``today``, else the latest
            report in the record.
        lang: "en" or "uk"; None detects it.
        today: the caller's today, used when the text gives no date.
        explain_lang: "en" or "uk", the language of the explanations; None follows the text's
            language (a Ukrainian article gets Ukrainian explanations).

    Raises:
        UsageError: the text is too long, or ``lang`` or ``explain_lang`` is unknown.
    """
    wording = _explain_lang(explain_lang)
    series_by_category = _WithSums(series_by_category)
    clean = clean_text(text)
    language = normalize_language(lang, clean.text)
    doc, capped, numbers = _cap_figures(read_structure(clean.text, language))
    cues = StampCues(doc.text)
    doc = replace(doc, stamp=stamp_date(doc.text, date.max, cues).span)
    if numbers is not None:  # the figures of the whole (uncut) text: the readers need not find them again
        doc.memo[FIGURES] = numbers
    fallback = _fallback_date(series_by_category, today)
    if language not in SUPPORTED_LANGUAGES:
        dated = _date_unsupported(doc, as_of, today, fallback)
        report = _unsupported(clean, language, dated.day, dated.source)
        return replace(report, explain_lang=wording or "en")
    wording = wording or ("uk" if language == "uk" else "en")
    read: dict[str, Extraction] = {}  # the dating pass's reads, by reader, made at ``fallback``
    dated = _date_article(doc, series_by_category, as_of, today, fallback, read, cues)
    indexes, (verdicts_found, out_found) = _verify_all(
        doc, series_by_category, dated.day, wording, read if dated.day == fallback else None)
    verdicts = [_at_input(v, clean) for v in verdicts_found
                if verifier_for(v.claim.category) is None]
    independent = [_at_input(v, clean) for v in verdicts_found
                   if verifier_for(v.claim.category) is not None]
    out = [_oos_at_input(o, clean) for o in out_found]
    sources = sorted({s for idx in indexes.used() for r in idx.rows[-400:] for s in r.sources})
    notes = [dated.note] if dated.note else []
    if capped is not None:
        notes.append(capped)
    if indexes.used() and max(i.last.report_date for i in indexes.used()) < dated.day:
        latest = max(i.last.report_date for i in indexes.used())
        notes.append(f"the record ends with the report of {latest.isoformat()}, before the as-of date")
    notes.extend(monthly_convention_notes(verdicts))
    return CheckReport(dated.day, dated.source, language, tuple(verdicts), tuple(out), tuple(sources),
                       tuple(notes), explain_lang=wording, independent=tuple(independent))


def _cap_figures(doc: Document) -> tuple[Document, str | None, tuple[NumberSpan, ...] | None]:
    """Cut the document before the sentence that holds its (MAX_FIGURES + 1)-th figure.

    Bounds the time of any input: the figures past the cap are neither read nor judged, and
    the returned note says where reading stopped (never silently). Also returns the figures
    of the text when it is not cut (None when it is).
    """
    numbers = find_numbers(doc.text)
    if len(numbers) <= MAX_FIGURES:
        return doc, None, tuple(numbers)
    cut = numbers[MAX_FIGURES].start
    first = next((s.start for s in doc.sentences if s.end > cut), cut)
    cut = first if first > 0 else cut
    sentences = tuple(s for s in doc.sentences if s.end <= cut)
    paragraphs = tuple((p0, min(p1, cut)) for p0, p1 in doc.paragraphs if p0 < cut)
    note = (f"the text holds {len(numbers):,} figures; the checker reads at most {MAX_FIGURES:,} per text, "
            f"so only the text before character {cut:,} was read and judged")
    return replace(doc, text=doc.text[:cut], sentences=sentences, paragraphs=paragraphs), note, None


def _date_article(
    doc: Document, series_by_category: Mapping[str, LossSeries], as_of: date | None,
    today: date | None, fallback: date, read: dict[str, Extraction] | None = None,
    cues: StampCues | None = None,
) -> ArticleDate:
    """Stage 2: the caller's date, else the article's stamp, else its totals, else today.

    The readers' findings of the dating pass (made at ``fallback``) are kept in ``read``;
    ``cues``: the stamp's, already read.
    """
    if as_of is not None:
        return ArticleDate(as_of, "argument")
    limit = max(fallback, today or fallback)
    stamp = stamp_date(doc.text, limit, cues)
    if stamp.day is not None:
        return ArticleDate(stamp.day, "dateline")
    # the independent counts are not read for the date: an independent count dates nothing
    provisional = _extract(doc, series_by_category, fallback, skip=_DATES_NOTHING, record=read)
    by_totals = dated_by_totals(provisional.claims, series_by_category, doc.text)
    if stamp.month_day is not None:
        day = year_for(*stamp.month_day, by_totals[0] if by_totals else None, limit)
        if day is not None:
            return ArticleDate(day, "dateline")
    if by_totals is not None:
        return ArticleDate(by_totals[0], "figures", figures_note(*by_totals))
    # "a total of 133,190 Russians killed": the General Staff's total misnamed, out of scope, still names its report
    killed = killed_total((o.value for o in provisional.out_of_scope if o.reason == KILLED_ONLY_REASON),
                          series_by_category)
    if killed is not None:
        return ArticleDate(killed[0], "figures", killed_note(*killed))
    # the latest day the text states: a figure's date, a bound's first report, the day of the war, a "станом на"
    # date (a tie: the first)
    options: list[tuple[date, str]] = []
    if (stated := latest_stated(provisional.claims, limit, doc.text)) is not None:
        options.append((stated[0], stated_note(*stated)))
    if (bound := bound_passed(provisional.claims, series_by_category, limit)) is not None:  # "over 500,000"
        options.append((bound[0], bound_note(*bound)))
    if (month := month_named_closed(provisional.claims, series_by_category, limit)) is not None:  # "у вересні"
        options.append((month[0], month_named_note(*month)))
    if (named_day := war_day(doc.text, limit)) is not None:  # "Триває 1078-ма доба … війни"
        options.append((named_day[0], war_day_note(*named_day)))
    if (status := as_of_stated(doc.text, limit)) is not None:  # "станом на 22 листопада 2023 року" with no figure
        options.append((status[0], as_of_note(*status)))
    if options:
        day, note = max(options, key=lambda option: option[0])
        return ArticleDate(day, "figures", note)
    return ArticleDate(fallback, "today" if today is not None else "record")


def _date_unsupported(doc: Document, as_of: date | None, today: date | None, fallback: date) -> ArticleDate:
    """Date a text in a language the checker does not read: the argument, its stamp, else today."""
    if as_of is not None:
        return ArticleDate(as_of, "argument")
    limit = max(fallback, today or fallback)
    stamp = stamp_date(doc.text, limit).day or foreign_stamp(doc.text, doc.lang, limit)
    if stamp is not None:
        return ArticleDate(stamp, "dateline")
    return ArticleDate(fallback, "today" if today is not None else "record")


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


_DATES_NOTHING = frozenset({"independent"})  # readers whose claims ``dated_by_totals`` passes over


def _extract(
    doc: Document, series_by_category: Mapping[str, LossSeries], as_of: date,
    skip: frozenset[str] = frozenset(), *, reuse: Mapping[str, Extraction] | None = None,
    record: dict[str, Extraction] | None = None, indexes: _Indexes | None = None,
) -> Extraction:
    """Stage 3 and 4: run every registered reader (but ``skip``) over the document, dates resolved at ``as_of``.

    A reader whose findings at the same ``as_of`` are in ``reuse`` is not run again; each
    reader's findings are stored in ``record``. ``indexes`` (cut at ``as_of``) are the
    verdicts' own, shared so that each category is cut once.
    """
    scales = _Scales(indexes if indexes is not None else _Indexes(series_by_category, as_of))
    claims: list[Claim] = []
    out: list[OutOfScope] = []
    for name, reader in readers():
        if name in skip:
            continue
        found = reuse[name] if reuse is not None and name in reuse else reader(doc, as_of, scales)
        if record is not None:
            record[name] = found
        claims.extend(found.claims)
        out.extend(found.out_of_scope)
    return Extraction(tuple(claims), tuple(out))


def _verify_all(
    doc: Document, series_by_category: Mapping[str, LossSeries], as_of: date, lang: Lang = "en",
    reuse: Mapping[str, Extraction] | None = None,
) -> tuple[_Indexes, tuple[list[Verdict], tuple[OutOfScope, ...]]]:
    """Stage 5: the verdict of every claim the readers found (``reuse``: reads already made at ``as_of``)."""
    indexes = _Indexes(series_by_category, as_of)
    extraction = _extract(doc, series_by_category, as_of, reuse=reuse, indexes=indexes)
    verdicts = [(verifier_for(claim.category) or verify_claim)(claim, indexes.get(claim.category), lang)
                for claim in extraction.claims]
    return indexes, (verdicts, extraction.out_of_scope)


def _at_input(verdict: Verdict, clean: CleanText) -> Verdict:
    start, end = clean.source_span(verdict.claim.start, verdict.claim.end)
    if (start, end) == (verdict.claim.start, verdict.claim.end):  # plain text: no copy to make
        return verdict
    return replace(verdict, claim=replace(verdict.claim, start=start, end=end))


def _oos_at_input(item: OutOfScope, clean: CleanText) -> OutOfScope:
    start, end = clean.source_span(item.start, item.end)
    return item if (start, end) == (item.start, item.end) else replace(item, start=start, end=end)
