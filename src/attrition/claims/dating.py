"""Stage 2 of the checker: the article's own date.

Owns deciding the date an article speaks from, in this order:

1. the caller's ``as_of`` (``--as-of``);
2. the article's stamp: a wire dateline ("KYIV, Jan 16 (Reuters) -"), a byline or
   "Published/Updated" line ("By Jane Doe • 14 March 2023 • 10:41", "Euronews26-05-2025",
   "12 березня 2025, 10:15", an ISO stamp) or a dated URL in the text; a stamp without a
   year takes the year its figures point to, else the most recent such day;
3. failing that, the article's own cumulative totals: totals only rise, so a total such as
   745,700 identifies the report it came from, and the article is dated by it (the note
   says so: "dated by its figures: the total 745,700 is the report of 3 Dec 2024");
4. else the latest date the article states a figure for ("станом на 27 лютого 2024 року …",
   "in December 2025 …": the report of that day, or the one closing the month), or the day
   of the war it names ("Триває 1078-ма доба … війни", "the 1,000th day of the war"), or the
   day it gives figures "станом на" / "as of" (with its year), or the first report past a bound
   it puts on the total ("over 500,000"), as the article speaks on or after every such date;
5. else the caller's today, else the latest report.

The date is never chosen by which date makes the verdicts come out best. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from operator import attrgetter, sub

from attrition.claims.claim import Claim, ClaimKind
from attrition.claims.dateline import dateline_match
from attrition.claims.dates import WRITTEN_YEAR, find_times
from attrition.claims.figures import own_increments
from attrition.claims.lazy import cached_property
from attrition.claims.lexicon import WEEKDAYS, Comparator
from attrition.claims.numbers import case_key
from attrition.claims.patterns import guarded
from attrition.claims.registry import verifier_for
from attrition.claims.rounding import match, native_step, reach
from attrition.claims.timeref import TimeRef, infer_year, label_date, safe_date
from attrition.errors import UnknownCategoryError
from attrition.model.dates import WAR_START
from attrition.model.series import LossSeries, derived, sorted_report_dates

_STAMP_LINES = 8  # a byline or stamp sits in the first lines of an article
_STAMP_CHARS = 900
_URL_DATE = re.compile(r"/(?P<y>20[2-4]\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|\b)")
_DMY = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[-./](?P<m>[01]?\d)[-./](?P<y>20[2-4]\d)(?!\d)")
_STAMP_WORDS = re.compile(
    r"\b(?:by|published|updated|posted|last\s+updated|date|опубліковано|оновлено|дата|автор|"
    r"опубликовано|обновлено|min(?:ute)?s?\s+read|am|pm|gmt|utc|est|cet|eet|kyiv\s+time)\b|[•|·\[\]]|\d{1,2}:\d{2}",
    re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)
_BODY_CUE = re.compile(r"\b(?:since|from|з|із|від|до|until|to)\s*$", re.I)
_MIN_TOTAL = 100  # smaller totals repeat over many reports and date nothing


@dataclass(frozen=True)
class ArticleDate:
    """The date an article speaks from, where it came from, and a note saying how."""

    day: date
    source: str  # "argument", "dateline", "figures", "today" or "record"
    note: str | None = None


@dataclass(frozen=True)
class Stamp:
    """The article's stamp: its date (or month and day when no year is written) and its span."""

    day: date | None
    month_day: tuple[int, int] | None
    span: tuple[int, int] | None  # in the clean text; time references inside it are no claim's


class StampCues:
    """What a stamp is read from whatever the day: the dateline and the first dated URL of ``text``.

    A self-dated check reads its stamp twice (its span with no day limit, then its day by
    the record's last day): both readings share these, read once (the URL when first asked).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.dateline = dateline_match(text)

    @cached_property
    def url(self) -> re.Match[str] | None:
        return _URL_DATE.search(self.text[:20_000])


def stamp_date(text: str, today: date, cues: StampCues | None = None) -> Stamp:
    """Return the article's stamp: a dateline, a byline or stamp line, or a dated URL.

    ``cues``: :class:`StampCues` of ``text`` already read (read here when None).
    """
    cues = StampCues(text) if cues is None else cues
    found = cues.dateline
    if found is not None and found[0][0] is not None:
        year, month, day = found[0]
        return Stamp(safe_date(year, month, day) if year else None, None, found[1])
    offset = 0
    for line in text[:_STAMP_CHARS].split("\n")[:_STAMP_LINES]:
        hit = _line_stamp(line, today)
        if hit is not None:
            return Stamp(hit[0], None, (offset + hit[1], offset + hit[2]))
        offset += len(line) + 1
    url = cues.url
    if url:
        dated = safe_date(int(url["y"]), int(url["m"]), int(url["d"]))
        if dated is not None and WAR_START < dated <= today:
            return Stamp(dated, None, url.span())
    if found is not None:
        return Stamp(None, (found[0][1], found[0][2]), found[1])
    return Stamp(None, None, None)


def _line_stamp(line: str, today: date) -> tuple[date, int, int] | None:
    """Return the full date of a byline or stamp line (few words besides the date and time)."""
    if not line.strip() or len(line) > 240:
        return None
    for m in _DMY.finditer(line):
        day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None and WAR_START < day <= today and _is_stamp(line, m.start(), m.end()):
            return day, m.start(), m.end()
    for ref in find_times(line, today):
        if ref.kind != "day" or ref.is_relative or not re.search(r"20[2-4]\d", ref.text):
            continue
        if _BODY_CUE.search(line[: ref.start_pos]):
            continue  # "since Feb. 24, 2022" is the count's start, not the article's date
        if WAR_START < ref.day <= today and _is_stamp(line, ref.start_pos, ref.end_pos):
            return ref.day, ref.start_pos, ref.end_pos
    return None


def _is_stamp(line: str, start: int, end: int) -> bool:
    rest = line[:start] + " " + line[end:]
    words = _WORD.findall(rest)
    return line[:start].strip() == "" or bool(_STAMP_WORDS.search(rest)) and len(words) <= 14 or len(words) <= 3


def dated_by_totals(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], text: str = "",
) -> tuple[date, Claim] | None:
    """Return the report the article's figures come from, and the figure that shows it.

    The report :func:`_figures_report` finds, or a later one a weekday's figure names: a weekday is read
    from the article's date, within the week up to it, so "By Monday morning, Russia had lost 1,740 troops
    over the past 24 hours ... On Tuesday ... 1,400 soldiers, followed by 1,510 on Wednesday and 1,520 on
    Thursday" (Newsweek, 16 May 2024) speaks on or after Thursday's report when the days after Monday's
    report printed those figures on those weekdays (see :func:`_later_weekday`).
    """
    claims = list(claims)
    found = _figures_report(claims, series_by_category, text)
    if found is None:
        return None
    return _later_weekday(found, claims, series_by_category) or found


def _later_weekday(
    found: tuple[date, Claim], claims: list[Claim], series_by_category: Mapping[str, LossSeries],
) -> tuple[date, Claim] | None:
    """Return the latest report in the six days after ``found``'s that a weekday's day figure names, else None.

    A day's figure "on Thursday" printed to the ten (at least 100) names the report of that weekday (or of the
    day after it, by loss date) if one of the six reports after the one the figures found printed it: the
    article speaks on or after it. A report before the one found moves nothing (the article speaks after it).
    """
    tables: dict[str, _Figures] = {}
    later: dict[date, Claim] = {}
    for claim in claims:
        weekday = _weekday(claim.time)
        if (weekday is None or claim.kind is not ClaimKind.DAY or claim.high is not None
                or claim.comparator is not Comparator.EXACT or claim.value < _MIN_TOTAL
                or verifier_for(claim.category) is not None):
            continue
        table = _table(tables, series_by_category, claim.category)
        for report in table.days.get(claim.value, []):
            if (found[0] < report <= found[0] + timedelta(days=_WEEK_AFTER)
                    and weekday in {report.weekday(), (report - timedelta(days=1)).weekday()}):
                later.setdefault(report, claim)
    return max(later.items()) if later else None


_WEEK_AFTER = 6  # a weekday the article names lies within the week up to its date


def _figures_report(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], text: str = "",
) -> tuple[date, Claim] | None:
    """Return the report the article's figures come from, and the figure that shows it.

    A cumulative personnel total changes every day, so it names its report: the latest
    report named by a personnel total wins (an article may quote an older total, never a
    later one). Without one, each figure with no date of its own votes for the reports that
    printed it as a total or as a day's "(+N)" (a rounded total, "about 836,000", for the
    reports whose total it fairly describes); the report the figures fit as a whole wins (at
    least three figures, or two on the weekday ``text`` names: "said on Thursday", or two
    totals of different categories that each fit a few reports and meet in this one alone:
    "about 416,800 people, 6,640 tanks"; rarer figures break a tie, then the later report).
    Failing those, the latest report that a figure dates: a month or year its exact sum closes, a day's
    record, a day named without its year, another category's exact total printed in one report only
    ("a total of 4,278 tanks": equipment totals stand still for days, so most name no report), or a
    weekday's personnel total printed in one report only, on
    that weekday ("said on Wednesday that Russia had lost 790,800": it only votes above, as the article
    may speak a day later, but never before it).
    """
    named: dict[date, Claim] = {}
    sole: dict[date, Claim] = {}  # another category's exact total printed in one report only: "4,278 tanks"
    on_weekday: dict[date, Claim] = {}  # a weekday's total printed in one report only: the article speaks after it
    votes: dict[date, float] = {}  # each figure's vote is shared among the reports that printed it
    witness: dict[date, Claim] = {}
    rarity: dict[date, int] = {}
    tables: dict[str, _Figures] = {}
    fits: list[set[date]] = []  # the reports each figure fits (as a total or as a day's figure)
    totals_of: dict[date, set[str]] = {}  # the categories whose total (printed or fairly described) fits each report
    weekdays = {WEEKDAYS[_fold(w)] for w in _WEEKDAY.findall(text)}  # "said on Tuesday": the report's weekday
    claims = [c for c in claims if c.high is None]  # a range names no report
    # the years the text names a year's figure for ("near 300,000 in 2025"): "the beginning of the year" is theirs
    years_named = {c.time.primary.start.year for c in claims if c.time is not None and c.time.granularity == "year"
                   and not c.time.is_relative and WRITTEN_YEAR.search(c.time.text)}
    rounded_ytd: list[tuple[date, Claim]] = []  # a rounded sum since 1 January: the latest report it describes
    for claim in claims:
        if years := _year_to_date(claim):  # "since the beginning of the year ... (299,210)": one report's sum
            if claim.time is not None and claim.time.is_relative and years_named & set(years):
                years = sorted(years_named & set(years))
            if len(reports := _year_to_date_reports(series_by_category, claim.value, years, tables)) == 1:
                named[reports[0]] = claim
            continue
        if years := _rounded_year_to_date(claim):
            # "Від початку 2025 року російська армія втратила вже 346 тисяч": the reports of one year whose sum since
            # 1 January the rounded figure fairly describes; the article speaks while it is so
            if claim.time is not None and claim.time.is_relative and years_named & set(years):
                years = sorted(years_named & set(years))
            reports = _year_to_date_near(series_by_category, claim, years, tables)
            if reports and len({r.year for r in reports}) == 1:
                rounded_ytd.append((max(reports), claim))
            continue
        span = _rolling_days(claim)
        if span:  # "8,030 in the past seven days": the sum of the days up to the article's report
            sums = _window_sums(series_by_category, claim.category, claim.value, span)
            if 0 < len(sums) <= _MAX_CONFIRM:
                fits.append(set(sums))
            if 0 < len(sums) <= _MAX_MATCHES:
                for report in sums:
                    votes[report] = votes.get(report, 0.0) + 1.0 / len(sums)
                    if report not in witness or len(sums) < rarity[report]:
                        witness[report], rarity[report] = claim, len(sums)
            continue
        weekday = _weekday(claim.time)
        undated = claim.time is None or claim.time.granularity == "latest" or weekday is not None
        # "the highest death toll for a single day ... 2,030 troops in the last 24 hours": a day's record with no
        # date of its own (not "the previous record", nor one "on Tuesday") is the latest day's figure
        latest_day = claim.kind is ClaimKind.DAY or (
            claim.kind is ClaimKind.RECORD and claim.record_scope == "day" and claim.record_rank == 1
            and (claim.time is None or claim.time.granularity == "latest"))
        if not (_is_total(claim) or (latest_day and undated)):
            continue
        if verifier_for(claim.category) is not None:  # an independent count dates nothing
            continue
        table = _table(tables, series_by_category, claim.category)
        # a round bound ("over 800", "nearly 4,500") is no printed figure: it votes only for the reports it
        # fairly describes; a hedge on a figure printed to the ten ("over 1,080,480") still names its report
        bound = claim.comparator is not Comparator.EXACT and claim.step > 10
        totals = table.totals.get(claim.value, []) if (claim.value >= _MIN_TOTAL or undated) and not bound else []
        if _is_total(claim) and claim.category == "personnel" and len(totals) == 1 and claim.value >= _MIN_TOTAL \
                and weekday is None and claim.kind is not ClaimKind.MILESTONE:
            # "the previous report ... up to Wednesday": a weekday's total only votes; "the 15,000 mark" is a round
            # figure the total is measured against, not a total read from a report (the GS printed 15,000 in 2022)
            named[totals[0]] = claim
        elif (_is_total(claim) and claim.category == "personnel" and len(totals) == 1 and claim.value >= _MIN_TOTAL
              and weekday in {totals[0].weekday(), (totals[0] - timedelta(days=1)).weekday()}
              and claim.kind is not ClaimKind.MILESTONE):
            # "said on Wednesday that Russia had lost 790,800": the one report that printed it, on that weekday
            # (or the day after it), is a report the article speaks on or after, whatever else it dates
            on_weekday[totals[0]] = claim
        elif (_is_total(claim) and claim.category != "personnel" and len(totals) == 1 and claim.value >= _MIN_TOTAL
              and weekday is None and claim.kind is not ClaimKind.MILESTONE
              and claim.comparator is Comparator.EXACT and claim.step <= 10):
            # "a total of 4,278 tanks": an equipment total stays put for days, so one printed by a single report
            # names it; it dates the article only when no personnel total names a report and the figures do not
            # agree on one as a whole (a rounder figure, "10,000 tanks", is a mark, not a reading of a report)
            sole[totals[0]] = claim
        if _is_total(claim) and not totals and claim.value >= _MIN_TOTAL:
            totals = table.near_totals(claim)  # "about 836,000": the reports whose total it fairly describes
        # a figure with no date of its own is a total or the latest day's: it votes for both
        days = table.days.get(claim.value, []) if undated and not bound else []
        fit = set(totals) | set(days)
        if 0 < len(fit) <= _MAX_CONFIRM:
            fits.append(fit)
            if _is_total(claim) and 0 < len(totals) <= _MAX_TOTAL_FIT:
                for report in totals:
                    totals_of.setdefault(report, set()).add(claim.category)
        for reports in (totals, days):
            if not 0 < len(reports) <= _MAX_MATCHES:
                continue
            for report in reports:
                votes[report] = votes.get(report, 0.0) + 1.0 / len(reports)
                if report not in witness or len(reports) < rarity[report]:
                    witness[report], rarity[report] = claim, len(reports)
    if named:
        best = max(named)
        return best, named[best]
    if votes:
        # the report the figures fit as a whole: each figure that fits it agrees, however common
        agree = dict.fromkeys(votes, 0)
        for fit in fits:  # counted fit by fit: a week's list adds many small sums, each fitting dozens of reports
            for d in fit & agree.keys():
                agree[d] += 1
        on_day = {d: bool(weekdays) and bool({d.weekday(), (d - timedelta(days=1)).weekday()} & weekdays)
                  for d in votes}
        best = max(votes, key=lambda d: (agree[d], on_day[d], round(votes[d], 6), d))
        if agree[best] >= _MIN_AGREE or agree[best] >= 2 and on_day[best]:
            return best, witness[best]
        # "about 416,800 people, 6,640 tanks": two totals of different categories, each printed (or fairly
        # described) in a few reports only, meet in one report and no other report has as many figures
        if (agree[best] >= 2 and len(totals_of.get(best, ())) >= 2
                and sum(agree[d] >= agree[best] for d in votes) == 1):
            return best, witness[best]
    found = [f for f in (_closed_by_sums(claims, series_by_category, tables),
                         _closed_by_records(claims, series_by_category, tables),
                         _dated_days(claims, series_by_category, tables)) if f is not None]
    if on_weekday:
        found.append(max(on_weekday.items()))
    found += rounded_ytd
    if sole:
        found.append(max(sole.items()))
    return max(found, key=lambda f: f[0]) if found else None  # the article speaks after every figure it dates


def _written_years(text: str, limit: date) -> dict[int, set[int]]:
    """Return the years of the days ``text`` writes in full (with their year), by month; the war's first day is history."""
    years: dict[int, set[int]] = {}
    for ref in find_times(text, limit):
        if (ref.kind == "day" and not ref.is_relative and WRITTEN_YEAR.search(ref.text)
                and ref.primary.start == ref.primary.end and WAR_START < ref.primary.start <= limit):
            years.setdefault(ref.primary.start.month, set()).add(ref.primary.start.year)
    return years


def killed_total(values: Iterable[int], series_by_category: Mapping[str, LossSeries]) -> tuple[date, int] | None:
    """Return the latest report whose personnel total a figure called "killed" is, and the figure.

    "The latest Ukrainian bulletin reports a total of 133,190 Russians killed since the start of Russia's
    invasion" (Pledge Times, 7 Feb 2023): the General Staff counts killed and wounded together, so the
    figure is out of scope, but it is that count misnamed, and a total printed to the ten by one report
    only names its report as a personnel total does. A round figure ("20,000 killed", a hundred or rounder)
    is a mark or an estimate, not a reading of a report: it names none.
    """
    printed = [value for value in values if value >= _MIN_TOTAL and value % _ROUND_MARK != 0]
    if not printed:
        return None
    table = _table({}, series_by_category, "personnel")
    found = [(reports[0], value) for value in printed if len(reports := table.totals.get(value, [])) == 1]
    return max(found) if found else None


_ROUND_MARK = 100  # a figure called "killed" rounded to the hundred is an estimate or a mark, no report's total


def killed_note(day: date, value: int) -> str:
    """Return the explanation of a date taken from a figure called "killed" that is one report's total."""
    return (f"dated by its figures: {value:,}, called killed only, is the total (killed and wounded) of the report "
            f"of {label_date(day)} alone")


def latest_stated(claims: Iterable[Claim], limit: date, text: str = "") -> tuple[date, Claim] | None:
    """Return the latest report the article states a figure at, and that figure.

    The last resort for an undated article whose figures name no report: "станом на 27 лютого
    2024 року … 412 400", "between February 24, 2022 and September 26, 2023 … 276,670",
    "у грудні 2025 року … 1 130 на добу". An article speaks on or after every date it states a
    figure for (the report of that day; the report closing a month or a year), so it is never
    judged at a later date than that when nothing better is known. Only dates written with
    their year count, or a day (or a span of days) written without it in a month the text writes
    a full date of with one year only ("From December 10 to December 16, the updates showed ... 43
    Russian tanks" under a photo "on December 15, 2022": Newsweek, 17 Dec 2022), which is of that
    year; a date after ``limit`` (a forecast) counts for nothing.
    """
    found: dict[date, Claim] = {}
    years: dict[int, set[int]] | None = None  # the years of the full dates ``text`` writes, by month (read once)
    for claim in claims:
        time = claim.time
        if time is None or time.is_relative or verifier_for(claim.category) is not None:
            continue
        end = time.primary.end
        if end is None:
            continue
        if not WRITTEN_YEAR.search(time.text):
            if time.granularity not in {"day", "range"}:
                continue
            years = _written_years(text, limit) if years is None else years
            if len(own := years.get(end.month, set())) != 1 or (end := safe_date(
                    min(own), end.month, end.day)) is None:
                continue
        # a month's sum, or the month's record ("November 2024 was the costliest month, with 45,680"): the month
        # is over, so the article speaks from the report closing it on
        closed = time.granularity in {"month", "year", "week"} and (
            claim.kind is ClaimKind.PERIOD or claim.kind is ClaimKind.RECORD and claim.record_scope == "month")
        report = end + timedelta(days=1) if closed else end
        if WAR_START < report <= limit:
            found.setdefault(report, claim)
    if not found:
        return None
    best = max(found)
    return best, found[best]


def bound_passed(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], limit: date,
) -> tuple[date, Claim] | None:
    """Return the latest report that first passed a bound the article puts on the running total, and the bound.

    "a psychologically important milestone of ... over 500,000 Russian killed or seriously injured"
    (Breitbart, 31 May 2024), "Russia has reportedly lost more than 171,700 military personnel since the
    war began": a bound names no report, but the article speaks on or after the first report whose
    personnel total passed it (the series never falls), as it does after a date it states a figure for.
    Only "over / more than / topped" on a total with no date of its own counts ("almost", "about" or
    "under" bound nothing from below), and a round mark stated as reached with no hedge ("безповоротні та
    санітарні втрати окупантів ... склали 1 мільйон осіб!", gagadget, 12 Jun 2025: a figure to the hundred thousand
    or rounder, which the press writes once the total has passed it); a report after ``limit`` counts for nothing.
    """
    found: dict[date, Claim] = {}
    for claim in claims:
        if (claim.high is None and _is_total(claim) and claim.category == "personnel"
                and (claim.comparator is Comparator.AT_LEAST or _round_mark(claim)) and claim.value >= _MIN_TOTAL
                and (first := _first_above(series_by_category, claim)) is not None and first <= limit):
            found.setdefault(first, claim)
    if not found:
        return None
    best = max(found)
    return best, found[best]


def _round_mark(claim: Claim) -> bool:
    """Tell whether a total is a round mark with no hedge: "склали 1 мільйон осіб", "400,000" (a hundred thousand or rounder)."""
    return claim.comparator is Comparator.EXACT and claim.step >= _MARK_STEP


def month_named_closed(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], limit: date,
) -> tuple[date, Claim] | None:
    """Return the report closing the latest month named without its year whose sum a rounded figure describes.

    "In September alone, the Russian army's losses ... amounted to almost 29,000 servicemen" (Babel, 17 Oct
    2025, Syrskyi's monthly figures): a personnel sum to the thousand for a month named by name fairly
    describes (the verdict's rule) the sum of that month in one year of the war only, as the monthly sums
    differ from year to year by far more than such a rounding, so the article speaks from the report closing
    that month on, as it does after a month it names with its year. So does an exact equipment sum of 20 or
    more ("Бойові броньовані машини: 65" for September): one September of the war had it. "Last month" (any
    month of the war) names none: neighbouring months are as near; a month closed after ``limit`` counts for
    nothing.
    """
    found: dict[date, Claim] = {}
    tables: dict[str, _Figures] = {}
    for claim in claims:
        time = claim.time
        if (not _names_its_month(claim) or claim.kind is not ClaimKind.PERIOD or claim.measure != "sum"
                or time is None or time.granularity != "month" or time.is_relative or WRITTEN_YEAR.search(time.text)
                or verifier_for(claim.category) is not None):
            continue
        native = native_step(claim.category)
        closings = _sum_closings(_table(tables, series_by_category, claim.category),
                                 _month_spans(time),
                                 partial(_describes, claim, native))
        if len(closings) == 1 and closings[0] <= limit:
            found.setdefault(closings[0], claim)
    if not found:
        return None
    best = max(found)
    return best, found[best]


def war_day(text: str, limit: date) -> tuple[date, str] | None:
    """Return the latest day of the war the text names as such, and its words.

    "Триває 1078-ма доба повномасштабної … війни", "Почалася 438 доба протистояння … вторгненню",
    "на початку 23-ї доби масштабного російського вторгнення", "Today is the 1057th day of what
    Russia considered a three-day war": 24 February 2022 is the war's first day, so its N-th day
    is a calendar day the text states, like a date written out (the article speaks on or after
    it). Only an ordinal counts ("1078-ма", "1057th", or "438 доба" with a singular noun a
    cardinal would not take: "за 31 день" is a count of days) and only one the war or invasion
    follows within a few words ("the 100th day of the Kursk operation" is no day of the war).
    """
    found: tuple[date, str] | None = None
    for m in _WAR_DAY.finditer(text):
        digits = m["n"].replace(",", "")
        if not m["suffix"] and (m["noun"].lower() not in _SINGULAR_DAY
                                or digits[-1] == "1" and digits[-2:] != "11"):
            continue  # "438 доба" is an ordinal; "31 день" or "5 днів" counts days
        tail = _SENTENCE_END.split(text[m.end():m.end() + 100], maxsplit=1)[0].split()[:8]
        english = m["noun"].lower() == "day"
        if english and (not tail or tail[0].lower() != "of"):
            continue
        if not any(_WAR_WORD.match(w.lstrip("«\"“„‘'(")) for w in tail):
            continue
        day = WAR_START + timedelta(days=int(digits) - 1)
        if int(digits) >= 1 and day <= limit and (found is None or day > found[0]):
            found = (day, m.group().strip())
    return found


def as_of_stated(text: str, limit: date) -> tuple[date, str] | None:
    """Return the latest full date the text states a status at ("станом на 22 листопада 2023 року"), and its words.

    "Загальні бойові втрати противника станом на 22 листопада 2023 року орієнтовно склали:"
    (RBC-Ukraine, 22 Nov 2023, the list itself an image): the words state the day of the report
    the article gives, with or without a figure read beside them, so the article speaks on or
    after it, as it does after a date it states a figure for. Only "станом на" / "as of" right
    before a date written with its year counts, or the end of a range from the invasion's first day
    (the report's heading: "з 24 лютого 2022 року до 26 листопада 2025 року включно ... склали:",
    "з 24.02.22 по 26.11.25"); a date after ``limit`` counts for nothing.
    """
    found: tuple[date, str] | None = None
    for m in _AS_OF_CUE.finditer(text):
        start = m.end() if m["war"] else m.start()  # the range's end, read after the war's first day
        window = text[start:m.end() + 45].split("\n", 1)[0]
        ref = next(iter(find_times(window, limit)), None)
        if (ref is None or ref.start_pos > m.end() - start + 12 or ref.kind != "day" or ref.is_relative
                or not (WRITTEN_YEAR.search(ref.text) or _NUMERIC_DATE.fullmatch(ref.text))
                or ref.primary.start != ref.primary.end):
            continue
        day = ref.primary.start
        if WAR_START < day <= limit and (found is None or day > found[0]):
            found = (day, window[:ref.end_pos])
    return found


# the report's own heading, "з 24.02.22 по 26.11.25 орієнтовно склали:", "з 24 лютого 2022 року до 26 листопада
# 2025 року включно ... склали:", "from February 24, 2022 to November 26, 2025": the war up to a full date
_AS_OF_CUE = guarded(r"\b(?:станом\s+на|as\s+of)\s|(?P<war>\b(?:з|від|from)\s+(?:24\s+лютого|24\.02\.|"
                     r"feb(?:ruary|\.)?\s+24(?:th)?,?)\s*(?:20)?22(?:\s+року|\s*р\.)?\s+(?:до|по|to|through|until)\s)",
                     re.I)
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?")  # "26.11.25": a date with its year


_WAR_DAY = guarded(r"(?<![\d,.])(?P<n>\d{1,4}|\d,\d{3})(?P<suffix>-?(?:st|nd|rd|th|ма|та|ша|а|я|й|ий|ій|го|ого|ї|ої|ний|ного|ому))?"
                   r"\s(?P<noun>day|доб[аиіуою]|день|дня|дні|днем)\b", re.I)
_SINGULAR_DAY = frozenset({"доба", "добу", "день"})
_SENTENCE_END = re.compile(r"[.!?\n;]")
_WAR_WORD = re.compile(r"(?:war|invasion|aggression)\b|війн|вторгнен|агресі|протистоян", re.I)


def _dated_days(
    claims: list[Claim], series_by_category: Mapping[str, LossSeries], tables: dict[str, _Figures],
) -> tuple[date, Claim] | None:
    """Return the report of a figure whose date is written without a year ("2,200 on December 20").

    A day's figure was printed on that day (or the day after, by loss date) in one year only, so
    it names its report; so does a total stated at a day ("станом на 1 листопада … 1 142 730":
    the report of that day, or of the day after by the other reading). "About" before it is no
    rounding when the figure is the one printed on that day: the General Staff's own "близько 17 700"
    of 2022, printed to the hundred ("станом на ранок 1 квітня … близько 17 700 людей"). So does a
    sum over days written without a year, stated to the ten ("За тиждень, з 5 по 12 травня, Сили
    оборони України знищили близько 8030 російських окупантів"): the one year whose sum over those
    days, by loss date or by report date, it is, closed by the report after its last day (or from its
    first day's report to its last day's: closed by the last day's report). The latest such report wins.
    """
    found: dict[date, Claim] = {}
    for claim in claims:
        time = claim.time
        if (days := _yearless_range(claim)) is not None:  # "з 5 по 12 травня ... близько 8030"
            closings = _range_closings(_table(tables, series_by_category, claim.category), claim.value, *days)
            if len(closings) == 1:
                found[closings[0]] = claim
            continue
        if (claim.kind not in {ClaimKind.DAY, ClaimKind.RECORD, ClaimKind.TOTAL}
                or claim.comparator not in {Comparator.EXACT, Comparator.ABOUT}
                or time is None or time.kind != "day" or time.is_relative or WRITTEN_YEAR.search(time.text)
                or claim.value < _MIN_TOTAL or verifier_for(claim.category) is not None):
            continue
        table = _table(tables, series_by_category, claim.category)
        day = time.primary.start
        named = {(day.month, day.day), ((day + timedelta(days=1)).month, (day + timedelta(days=1)).day)}
        printed = table.totals if claim.kind is ClaimKind.TOTAL else table.days
        reports = [r for r in printed.get(claim.value, []) if (r.month, r.day) in named]
        if len({r.year for r in reports}) == 1:
            found[max(reports)] = claim
    if not found:
        return None
    best = max(found)
    return best, found[best]


def _yearless_range(claim: Claim) -> tuple[date, date] | None:
    """Return the first and last day of a range written without a year whose sum the claim states to the ten."""
    time = claim.time
    if (claim.kind is not ClaimKind.PERIOD or claim.measure != "sum" or time is None or time.granularity != "range"
            or time.is_relative or WRITTEN_YEAR.search(time.text) or time.primary.end is None
            or claim.comparator not in {Comparator.EXACT, Comparator.ABOUT} or claim.step > 10
            or claim.value < _MIN_ROLLING or verifier_for(claim.category) is not None):
        return None
    return time.primary.start, time.primary.end


def _range_closings(table: _Figures, value: int, first: date, last: date) -> list[date]:
    """Return the report closing each year's span of these days whose sum is ``value``.

    By loss date (the report after the last day less the report of the first), by report date (the report of
    the last day less the report before the first), or from the first day's report to the last day's (the
    days the article speaks up to when it speaks on the last: closed by the last day's report).
    """
    out: list[date] = []
    length = last - first
    for year in range(WAR_START.year, last.year + 1):
        start = safe_date(year - (first.year < last.year), first.month, first.day)
        if start is None:
            continue
        end = start + length
        before = table.by_report.get(start, 0 if start <= WAR_START else None)  # no report before the war's
        day_before = table.by_report.get(start - timedelta(days=1), 0 if start <= WAR_START + timedelta(days=1)
                                         else None)
        close, at_end = table.by_report.get(end + timedelta(days=1)), table.by_report.get(end)
        by_loss = close is not None and before is not None and close - before == value
        by_report = at_end is not None and day_before is not None and at_end - day_before == value
        # "з 5 по 12 травня ... близько 8030": the report of the first day to the report of the last, the days up to
        # the last day's report when the article speaks on the last day (the verdict's reading of a span that ends
        # on the article's day: its losses up to the latest report)
        through = at_end is not None and before is not None and at_end - before == value
        if by_loss or by_report or through:  # closed by the day after the last by loss date, else by the last
            out.append(end + timedelta(days=1) if by_loss else end)
    return out


def _closed_by_sums(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], tables: dict[str, _Figures],
) -> tuple[date, Claim] | None:
    """Return the report that closes the latest month or year whose exact sum the article states.

    "38,940 — russian personnel losses in May 2024": the figure is the sum of May 2024 by loss
    date, so the article speaks from the report of 1 June 2024 on (the latest such sum wins).
    A month or year written with its year and a figure stated exactly count; so does a month
    with no year ("45,720 in November", "минулого місяця ... близько 41 980") whose personnel sum,
    printed to the ten, only one month of the war had (see :func:`_month_sum`), and so does the
    record month's figure so named ("Record 38,940 Russian Troop Losses in May"): its month's sum.
    """
    found: dict[date, Claim] = {}
    for claim in claims:
        time = claim.time
        # a month's record is that month's sum: "Record 38,940 Russian Troop Losses in May" (written with its
        # year, the record closes its month with no sum to check: _closed_by_records)
        month_record = claim.kind is ClaimKind.RECORD and claim.record_scope == "month"
        if (not (claim.kind is ClaimKind.PERIOD and claim.measure == "sum" or month_record)
                or time is None or time.granularity not in {"month", "year"} or time.primary.end is None
                or verifier_for(claim.category) is not None):
            continue
        written = WRITTEN_YEAR.search(time.text) is not None
        if not written and _month_sum(claim):  # each month of that name, or any month ("last month")
            spans = _month_spans(time)
        elif month_record or claim.comparator is not Comparator.EXACT or not (
                written or (time.is_relative and time.granularity == "year")):
            continue
        else:  # "last year" is read against the article's date: the one year whose sum it states dates it
            years = [time.primary.start.year] if written else range(WAR_START.year + 1, time.primary.start.year + 1)
            spans = [(time.primary.start.replace(year=y), time.primary.end.replace(year=y) + timedelta(days=1))
                     for y in years]
        table = _table(tables, series_by_category, claim.category)
        closings = _sum_closings(table, spans, claim.value.__eq__)
        if len(closings) == 1:
            found[closings[0]] = claim
    if not found:
        return None
    best = max(found)
    return best, found[best]


def _describes(claim: Claim, step: int, value: int) -> bool:
    """Tell whether ``claim``'s figure fairly describes ``value`` by the verdict's rule (:func:`rounding.match`)."""
    return match(claim, value, step) is not None


def _sum_closings(table: _Figures, spans: list[tuple[date, date]], fits: Callable[[int], bool]) -> list[date]:
    """Return the report closing each span (its first day, the day after its last) whose sum ``fits``.

    The report of the span's first day and the one closing it: their difference is the span's sum by loss date.
    """
    return [close for first, close in spans
            if (opened := table.by_report.get(first)) is not None
            and (closed := table.by_report.get(close)) is not None
            and fits(closed - opened)]


def _closed_by_records(
    claims: Iterable[Claim], series_by_category: Mapping[str, LossSeries], tables: dict[str, _Figures],
) -> tuple[date, Claim] | None:
    """Return the report that closes the latest month (written with its year) the article calls the record month.

    "November 2024 was also likely the costliest month of the war for Russia with a total of
    45,680 casualties" (Forces News, 5 Dec 2024), "Жовтень 2024 року став ... найбільшим за
    кількістю втрат": a month is the war's deadliest once it is over, so the article speaks
    from the report of the next month's first day on, as after a month whose sum it states
    (the latest such month wins; a month whose closing report the series does not hold yet
    closes nothing).
    """
    found: dict[date, Claim] = {}
    for claim in claims:
        time = claim.time
        if (claim.kind is not ClaimKind.RECORD or claim.record_scope != "month" or time is None
                or time.granularity != "month" or time.is_relative or time.primary.end is None
                or not WRITTEN_YEAR.search(time.text) or verifier_for(claim.category) is not None):
            continue
        table = _table(tables, series_by_category, claim.category)
        close = time.primary.end + timedelta(days=1)
        if close in table.by_report:
            found.setdefault(close, claim)
    if not found:
        return None
    best = max(found)
    return best, found[best]


def _month_sum(claim: Claim) -> bool:
    """Tell whether a month's sum with no year written can name its month: a personnel sum printed to the ten.

    "45,720 soldiers were killed or wounded in November" (tag24, Dec 2024), "Минулого місяця Росія
    втратила близько 41 980 осіб" (inkorr, Nov 2024): the month's sum by loss date, as the ministry
    prints it, is five digits to the ten, which one month of the war alone had. A round figure
    ("понад 25 тисяч"), a bound, or an equipment sum (a few dozen tanks: many months share it) names none.
    """
    return (claim.category == "personnel" and claim.value >= _MIN_MONTH_SUM and claim.step <= 10
            and claim.comparator in {Comparator.EXACT, Comparator.ABOUT}
            and claim.time is not None and claim.time.granularity == "month")


def _months_of(time: TimeRef) -> list[date]:
    """Return the first days of the months a month reference with no year may be: each year's, or any (relative)."""
    last = time.primary.start.replace(day=1)
    if time.is_relative:  # "last month": any month of the war up to the one read at the provisional date
        months, month = [], date(WAR_START.year, WAR_START.month, 1)
        while month <= last:
            months.append(month)
            month = _next_month(month)
        return months
    return [last.replace(year=y) for y in range(WAR_START.year, last.year + 1)]


def _month_spans(time: TimeRef) -> list[tuple[date, date]]:
    """Return each month a month reference with no year may be (:func:`_months_of`): its first day, the next month's."""
    return [(first, _next_month(first)) for first in _months_of(time)]


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


_MIN_MONTH_SUM = 1_000
_MARK_STEP = 100_000  # an unhedged total this round ("500 000", "1 мільйон") is a mark the press states once passed
_MAX_MATCHES = 60  # a figure printed in more reports than this dates nothing
_MIN_AGREE = 3  # figures that must agree on a report for it to date the article (2 on the weekday it names)
_MAX_CONFIRM = 400  # a figure printed in more reports than this confirms no report
_MIN_ROLLING = 20  # a smaller sum over days ("3 БПЛА", "11 засобів ППО" in a week) fits too many reports to vote
_MAX_ROLLING = 31  # "the past N days" longer than a month is no week's or fortnight's sum
_MAX_TOTAL_FIT = 10  # a total that fits more reports than this does not date the article with one other


_WEEKDAY = guarded(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понеділок|вівторок|середу|"
                   r"четвер|п['’ʼ]?ятницю|суботу|неділю)\b", re.I)  # searched over the whole text: behind its lead guard


def _fold(word: str) -> str:
    """Return a weekday as matched (case-insensitively) in WEEKDAYS's spelling.

    Case folding, not lower case: the pattern's re.I also matches a long s ("ſunday") and a
    dotted or dotless i ("frİday", "frıday"), which a KeyError met before (a crash of the check).
    """
    return case_key(word).replace("'", "").replace("’", "").replace("ʼ", "")


_TODAY = frozenset({"today", "сьогодні"})


def _weekday(time: TimeRef | None) -> int | None:
    """Return the weekday a relative day reference names ("on Tuesday", "у четвер"), else None."""
    if time is None or not time.is_relative or time.granularity != "day":
        return None
    found = _WEEKDAY.search(time.text)
    return None if found is None else WEEKDAYS[_fold(found.group())]


def _year_to_date(claim: Claim) -> list[int]:
    """Return the years whose sum since 1 January the claim may state exactly, else [].

    "The Russian army's losses since the beginning of the year have already reached almost 300
    thousand (299,210) people" (Syrskyi, 9 Sep 2025): a personnel sum since 1 January, printed to
    the ten, is the difference of two printed totals with a fixed first one, so like a total it
    names the report it was read from. "The beginning of the year" is read from the article's
    date: any year of the war, or the one the text names a year's figure for ("near 300,000 in
    2025"); "since January 1, 2025" is that year's.
    """
    time = claim.time
    if (claim.kind is not ClaimKind.PERIOD or claim.measure != "sum" or claim.category != "personnel"
            or claim.comparator is not Comparator.EXACT or claim.step > 10 or claim.value < _MIN_MONTH_SUM
            or time is None or time.granularity != "since" or time.primary.end is not None
            or (time.primary.start.month, time.primary.start.day) != (1, 1)):
        return []
    if time.is_relative:
        return list(range(WAR_START.year + 1, time.primary.start.year + 1))
    return [time.primary.start.year]


def _rounded_year_to_date(claim: Claim) -> list[int]:
    """Return the years whose sum since 1 January a rounded personnel figure may describe, else [].

    "Від початку 2025 року російська армія втратила вже 346 тисяч": a sum since 1 January stated to the
    thousand (or hedged) names no one report, but only the reports of the year whose running sum it
    fairly describes (the verdict's rule), a few days at most.
    """
    time = claim.time
    if (claim.kind is not ClaimKind.PERIOD or claim.measure != "sum" or claim.category != "personnel"
            or claim.high is not None or (claim.comparator is Comparator.EXACT and claim.step <= 10)
            or claim.value < _MIN_MONTH_SUM or time is None or time.granularity != "since"
            or time.primary.end is not None or (time.primary.start.month, time.primary.start.day) != (1, 1)):
        return []
    if time.is_relative:
        return list(range(WAR_START.year + 1, time.primary.start.year + 1))
    return [time.primary.start.year]


def _year_to_date_near(
    series_by_category: Mapping[str, LossSeries], claim: Claim, years: list[int], tables: dict[str, _Figures],
) -> list[date]:
    """Return the reports of ``years`` whose sum since 1 January the claim's rounded figure fairly describes."""
    table = _table(tables, series_by_category, "personnel")
    native = native_step(claim.category)
    far = reach(claim, native)
    found: list[date] = []
    for year in years:
        base = table.by_report.get(date(year, 1, 1))
        if base is None:
            continue
        found += [day for day, total in table.by_report.items() if day.year == year
                  and -far <= total - base - claim.value <= far and match(claim, total - base, native) is not None]
    return found


def _year_to_date_reports(
    series_by_category: Mapping[str, LossSeries], value: int, years: list[int], tables: dict[str, _Figures],
) -> list[date]:
    """Return the reports of ``years`` whose personnel total less the report of 1 January's is ``value``."""
    table = _table(tables, series_by_category, "personnel")
    found: list[date] = []
    for year in years:
        base = table.by_report.get(date(year, 1, 1))
        if base is not None:
            found += [r for r in table.totals.get(base + value, []) if r.year == year]
    return found


def _rolling_days(claim: Claim) -> int:
    """Return the days of a sum over "the past N days" up to the article's report, else 0.

    "Moscow's forces lost 8,030 fighters and 79 tanks in the past seven days" (Newsweek,
    12 May 2024): a sum stated exactly over the days that end with the latest report's is the
    difference of two printed totals, so it names the reports whose last N days summed to it.
    A bound ("more than 8,000"), a round figure or a sum under 20 names none.
    """
    time = claim.time
    if (claim.kind is not ClaimKind.PERIOD or claim.measure != "sum" or time is None or not time.is_relative
            or time.granularity != "rolling" or claim.comparator is not Comparator.EXACT or claim.step > 10
            or claim.value < _MIN_ROLLING
            or time.primary.end is None or verifier_for(claim.category) is not None):
        return 0
    span = (time.primary.end - time.primary.start).days + 1
    return span if 2 <= span <= _MAX_ROLLING else 0


def _is_total(claim: Claim) -> bool:
    if claim.kind not in {ClaimKind.TOTAL, ClaimKind.MILESTONE}:
        return False
    time = claim.time  # a total with a date of its own ("by March 3") says nothing of the article's
    # a weekday or "today" is read from the article's date, so it names no other: "reported today ... a total of
    # 834,670" is the article's report; "the military's Wednesday casualty toll ... bringing the total to
    # 200,590" votes for its report with the article's other figures
    return time is None or (time.kind == "war" and time.primary.end is None) or time.granularity == "latest" or (
        _weekday(time) is not None or time.is_relative and time.granularity == "day" and time.text.lower() in _TODAY)


def _series(series_by_category: Mapping[str, LossSeries], key: str) -> LossSeries | None:
    """Return one category's series, or None when the article's category has none."""
    try:
        return series_by_category.get(key)
    except UnknownCategoryError:
        return None


def _table(tables: dict[str, _Figures], series_by_category: Mapping[str, LossSeries], key: str) -> _Figures:
    """Return the category's figures table, read once per dating pass (kept in ``tables``)."""
    table = tables.get(key)
    if table is None:
        table = tables[key] = _figures(series_by_category, key)
    return table


def _figures(series_by_category: Mapping[str, LossSeries], key: str) -> _Figures:
    """Return one category's figures table, built once per series object (both passes read it)."""
    series = _series(series_by_category, key)
    return _Figures(None) if series is None else derived(series, "dating_figures", _Figures)


def _window_sums(series_by_category: Mapping[str, LossSeries], key: str, value: int, span: int) -> list[date]:
    """Return the reports whose category's losses over the ``span`` days up to their own sum to ``value``.

    Read from the printed totals alone (not the whole figures table: a week's list names
    categories the article gives no total for).
    """
    series = _series(series_by_category, key)
    if series is None:
        return []
    reports, printed = derived(series, "dating_printed", _printed)
    back = timedelta(days=span)
    # the rows are one a day: row i - span is the report span days before (checked for the few that match);
    # the differences are taken and searched at C speed (map, list.index), never by a Python loop over the rows
    sums = list(map(sub, printed[span:], printed))
    found: list[date] = []
    at = 0
    while True:
        try:
            at = sums.index(value, at)
        except ValueError:
            return found
        if reports[at + span] - reports[at] == back:
            found.append(reports[at + span])
        at += 1


def _first_above(series_by_category: Mapping[str, LossSeries], claim: Claim) -> date | None:
    """Return the first report whose total is above the claim's figure ("over 500,000"), else None."""
    series = _series(series_by_category, claim.category)
    if series is None:
        return None
    reports, printed = derived(series, "dating_printed", _printed)
    at = bisect_right(printed, claim.value)  # the running total never falls
    return reports[at] if at < len(reports) else None


def _printed(series: LossSeries) -> tuple[list[date], list[int]]:
    reports = sorted_report_dates(series)  # shared, and read by the verdicts anyway
    if reports is None:
        reports = [row.report_date for row in series.rows]
    return reports, list(map(attrgetter("total"), series.rows))


class _Figures:
    """One category's printed totals and day figures, each with the reports that printed it."""

    def __init__(self, series: LossSeries | None) -> None:
        rows = series.rows if series is not None else ()
        reports = [row.report_date for row in rows]
        printed = [row.total for row in rows]
        self.by_report: dict[date, int] = dict(zip(reports, printed, strict=True))
        self.totals: Mapping[int, list[date]] = _ReportsByFigure(printed, reports)
        days = own_increments(series) if series is not None else []
        self.days: Mapping[int, list[date]] = _ReportsByFigure(days, reports)

    def near_totals(self, claim: Claim) -> list[date]:
        """Return the reports whose total the claim's rounded figure fairly describes (the verdict's rule)."""
        if claim.comparator is Comparator.EXACT and claim.step <= 1:
            return []
        native = native_step(claim.category)  # the series' rounding, read once for every report
        value, far = claim.value, reach(claim, native)  # most reports are far off: the rule is applied near the figure only
        return [day for day, total in self.by_report.items()
                if -far <= total - value <= far and match(claim, total, native) is not None]


class _ReportsByFigure(Mapping[int, list[date]]):
    """Figure -> the reports that printed it, in row order; each figure looked up when asked.

    A check asks for the few figures its claims state (~100), not for all ~1,600 of a
    series: each is found by ``list.index`` over the column (no Python loop over the rows)
    and kept. A row without a figure (None) is no figure's.
    """

    def __init__(self, figures: list[int] | list[int | None], reports: list[date]) -> None:
        self._figures: list[int | None] = list(figures)
        self._reports = reports
        self._found: dict[int, list[date]] = {}

    def __getitem__(self, figure: int) -> list[date]:
        found = self._found.get(figure)
        if found is None:
            found = self._found[figure] = self._reports_of(figure)
        if not found:
            raise KeyError(figure)
        return found

    def _reports_of(self, figure: int) -> list[date]:
        if figure is None:
            return []
        figures, reports, out, at = self._figures, self._reports, [], 0
        try:
            while True:
                at = figures.index(figure, at)
                out.append(reports[at])
                at += 1
        except ValueError:
            return out

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(f for f in self._figures if f is not None))

    def __len__(self) -> int:
        return len({f for f in self._figures if f is not None})


def stated_note(day: date, witness: Claim) -> str:
    """Return the explanation of a date taken from the latest date a figure is stated for."""
    label = witness.time.text if witness.time is not None else label_date(day)
    return (f"dated by the latest date it states a figure for: {witness.value:,} ({witness.category}) "
            f"for {label!r}, so the report of {label_date(day)} (no stamp or total names a later one)")


def bound_note(day: date, witness: Claim) -> str:
    """Return the explanation of a date taken from the first report past a bound the article puts on the total."""
    return (f"dated by a bound it puts on the total: {witness.value:,} ({witness.category}) was first passed in the "
            f"report of {label_date(day)} (no stamp or total names a later date)")


def _names_its_month(claim: Claim) -> bool:
    """Tell whether a month's figure can name the year of its month: a personnel sum, rounded or not, or an exact equipment sum of 20 or more."""
    if claim.high is not None:
        return False
    if claim.category == "personnel":
        return claim.value >= _MIN_MONTH_SUM
    return claim.comparator is Comparator.EXACT and claim.step <= 10 and claim.value >= _MIN_ROLLING


def month_named_note(day: date, witness: Claim) -> str:
    """Return the explanation of a date taken from a month named without its year whose sum a figure describes."""
    label = witness.time.text if witness.time is not None else ""
    return (f"dated by a month it names: {witness.value:,} ({witness.category}) for {label!r} fits the sum of "
            f"{day - timedelta(days=1):%B %Y} alone, so the report of {label_date(day)} closing it (no stamp or "
            f"total names a later date)")


def as_of_note(day: date, words: str) -> str:
    """Return the explanation of a date taken from the latest "станом на" / "as of" date the text states."""
    return (f"dated by the date it states its figures at: {words!r}, so the report of {label_date(day)} "
            f"(no stamp or total names a date, and no figure is stated for a later one)")


def war_day_note(day: date, words: str) -> str:
    """Return the explanation of a date taken from the day of the war the text names."""
    return (f"dated by the day of the war it names: {words!r} is {label_date(day)} (24 February 2022 is the "
            f"first day; no stamp or total names a date, and no figure is stated for a later one)")


def figures_note(day: date, witness: Claim) -> str:
    """Return the explanation of a date inferred from the article's figures."""
    what = "the total" if _is_total(witness) else "the day figure"
    if span := _rolling_days(witness):
        return (f"dated by its figures: the sum for the past {span} days, {witness.value:,} ({witness.category}), "
                f"fits the report of {label_date(day)} with its other figures")
    if _year_to_date(witness):
        return (f"dated by its figures: the sum since 1 January {day.year}, {witness.value:,} ({witness.category}), "
                f"is the report of {label_date(day)} less the report of {label_date(date(day.year, 1, 1))}")
    if witness.kind is ClaimKind.RECORD and witness.record_scope == "month" and witness.time is not None:
        label = witness.time.primary.label
        if not WRITTEN_YEAR.search(witness.time.text):  # "in May": the month its sum names, closed by this report
            label = f"{day - timedelta(days=1):%B %Y}"
        return (f"dated by its figures: {label}, {witness.value:,} ({witness.category}), "
                f"is called the record month, so the month is closed by the report of {label_date(day)}")
    if witness.kind is ClaimKind.PERIOD and witness.time is not None:
        label = witness.time.primary.label
        if (days := _yearless_range(witness)) is not None:  # "з 5 по 12 травня": those days of the year it names
            first = day - timedelta(days=1) - (days[1] - days[0])
            label = f"{label_date(first)} to {label_date(day - timedelta(days=1))}"
        elif not WRITTEN_YEAR.search(witness.time.text):  # "in November", "last year": the month or year the sum names
            closed = day - timedelta(days=1)
            label = f"{closed:%B %Y}" if witness.time.granularity == "month" else str(closed.year)
        what = f"the sum for {label}"
        return (f"dated by its figures: {what}, {witness.value:,} ({witness.category}), is closed by the report of "
                f"{label_date(day)}")
    verb = "is" if witness.comparator is Comparator.EXACT else "fits"  # "about 836,000" fits the report
    return (f"dated by its figures: {what} {witness.value:,} ({witness.category}) {verb} the report of "
            f"{label_date(day)}")


def year_for(month: int, day: int, near: date | None, today: date) -> date | None:
    """Return the date of a stamp without a year: the year its figures point to, else the latest."""
    if near is not None:
        options = [d for y in (near.year - 1, near.year, near.year + 1)
                   if (d := safe_date(y, month, day)) is not None and WAR_START < d <= today]
        if options:
            return min(options, key=lambda d: abs((d - near).days))
    return safe_date(infer_year(month, day, today), month, day)


_FOREIGN_DATE = re.compile(r"(?<!\d)[0-3]?\d\s+[^\W\d_]{3,12}\.?\s+20[2-4]\d|(?<!\d)[0-3]?\d\.[01]?\d\.20[2-4]\d", re.U)


def foreign_stamp(text: str, lang: str, today: date) -> date | None:
    """Return the stamp date of a text in a language the checker does not read (dateparser)."""
    head = "\n".join(text[:_STAMP_CHARS].split("\n")[:_STAMP_LINES])
    for line in head.split("\n"):
        m = _FOREIGN_DATE.search(line)
        if m is None or not _is_stamp(line, m.start(), m.end()):
            continue
        import dateparser  # only for languages the checker does not read: its import is slow

        parsed = dateparser.parse(m.group(), languages=[lang, "uk", "en"],
                                  settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
        found: date | None = parsed.date() if parsed is not None else None
        if found is not None and WAR_START < found <= today:
            return found
    return None
