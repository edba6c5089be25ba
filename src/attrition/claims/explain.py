"""One-sentence explanations of verdicts, in English or Ukrainian, and the formats they use.

Owns the wording a reader sees. Every sentence fragment is a template in :data:`TEMPLATES`
with an English and a Ukrainian form, filled by :func:`say`: integers become "798,040" /
"798 040" (no-break space), dates "19 Dec 2024" / "19 грудня 2024 року", a convention
"by loss date" / "за датою втрат". Ukrainian is written as a Ukrainian editor writes it
("звіт за 20 грудня 2024 року", «особовий склад»), not translated word for word.
Verification (verify.py) decides; this module only phrases. No I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from attrition.claims.explain_uk import UK
from attrition.claims.lexicon import Comparator
from attrition.claims.scope import claim_category
from attrition.claims.timeref import Reading
from attrition.model.categories import CATEGORIES
from attrition.model.dates import DateConvention
from attrition.model.series import SeriesRow
from attrition.model.wording import (
    MONTHS_EN,
    MONTHS_UK_NOM,
    NBSP,
    NDASH,
    Lang,
    format_date,
    format_number,
    format_signed,
    plural_uk,
)

# "%b" as the check prints it (the C locale's abbreviations), without a strftime per date (~1.3 us)
_MONTHS_SHORT = tuple(name[:3] for name in MONTHS_EN)

EN: dict[str, str] = {
    # verdicts
    "correct": "Correct: {says}{detail}.",
    "in_range": "within the claimed {claimed}",
    "rounded": "Rounded: {says}, which \"{claimed}\" fairly describes{detail}.",
    "other_convention": "Correct only if {note}: {says}{detail}, whereas {base}.",
    "incorrect_condition": "Incorrect: {core}.",
    "incorrect": "Incorrect: {core}, not {claimed}{holds}.",
    "unverifiable": "Unverifiable: {why}.",
    "says": "{what} {verb} {value}{unit}",
    "says_arith": "{what} {verb} {value}{unit} ({short})",
    "and_other": "{core}, and {other}",
    "core_detail": "{core} ({detail})",
    "claimed_days": "{days}{unit}",
    "claimed_passed": "the day it passed {value}",
    "note_report": "{what} means report dates (the day the General Staff published the figures)",
    "note_loss": "{what} means loss dates (the day the losses happened, one day before the report)",
    "the_date": "the date",
    "quoted": "\"{text}\"",
    # why a claim cannot be checked
    "no_series": "the record has no {label} series to check against",
    "no_report_for_period": "the record has no report for that date or period",
    "no_longer_reported": "the General Staff no longer reports {label}",
    "before_invasion": "{day} is before the full-scale invasion; the record starts with the report of {first}",
    "after_latest": "{day} is after the latest report available ({last})",
    "reported_only_from": "the General Staff reported {label} only from {first}",
    "no_report_yet": "no report for {day} yet (latest: {last})",
    "gap": "no one-day report covers {day} (a gap in the reports)",
    # a day's figure
    "latest_report": "the latest report ({day})",
    "report_before_latest": "the report before the latest",
    "day_loss": "the losses of {loss} (report of {report})",
    "day_report": "the increase in the report of {report} (losses of {loss})",
    "day_holds": "{value} is the figure of the report of {report} (losses of {loss})",
    "arrow": "{before} → {after}",
    "arrow_correction": "{before} → {after}, including a stated correction of {correction}",
    "arith_diff": "{before} → {after} = {diff}",
    "arith_printed": "printed (+{printed})",
    "arith_correction": "includes a stated correction of {correction}",
    "arith_report": "{parts} (report of {report})",
    # totals and milestones
    "latest_says": "the latest report ({day}) says {total}",
    "report_of": "the report of {report}",
    "no_report_on": "no report on {day}; the previous one",
    "total_on": "the total on {day}",
    "total_on_loss": "the total on {day} (end of that day)",
    "total_in_report": "the {label} total in the report of {report}",
    "total_holds": "{value} is the total of the report of {report}",
    "first_reached": "the {label} total first reached {value} in the report of {report} (losses of {loss})",
    "not_reached": "the {label} total had not reached {value}",
    "within": "within {period} {conv}",
    "outside": "outside {period} {conv}",
    "up_from": "up from {total} in the report before",
    "milestone_not_yet": "the total had not reached {value} by the report of {report} ({total}, {gap} short)",
    "milestone_passed_later": "{value} was then passed in the report of {report} ({total})",
    "milestone_gap": "{gap} to go",
    "milestone_forecast": "{gap} to go: at the forecast pace (weighted recent daily rate), about {days}{unit} (around {day})",
    "milestone_first": "the total first reached {value} in the report of {report} ({total})",
    # periods
    "past_7": "the past 7 days",
    "past_30": "the past 30 days",
    "base_report": "{total} (report of {report})",
    "period_arith": "{end} (report of {report}) − {base} = {value}",
    "mean_arith": "{arith}; ÷ {days}{unit} = {mean} a day",
    "period_what": "{period} {conv}",
    "mean_what": "the daily average over {period} {conv}",
    "mean_month_arith": "{arith}; ÷ {months} months = {mean} a month",
    "mean_month_what": "the monthly average over {period} {conv}",
    "mean_month_short": "{value} over {months} months; {short}",
    "figures_to": "figures to {day}",
    "period_short": "{end} − {base}, reports of {end_report} and {base_report}",
    "period_short_first": "the total of the report of {report}",
    "mean_short": "{value} over {days}{unit}; {short}",
    "sum_for_month": "{value} is the sum for {month} {conv}",
    "sum_for_range": "{value} is the sum for {span} {conv}",
    # records and streaks
    "up_to": "up to {day}",
    "from_to": "from {first} to {last}",
    "in_period": "in {period}",
    "since_period": "{period}",
    "record_day": "the {nth}highest one-day {label} figure {where} {conv}",
    "record_was": "{record} was {value}, on {day}",
    "on_day": "on {day}",
    "so_far": "so far",
    "highest_month_before": "the highest month before it was {month} with {value}",
    "highest_year_before": "the highest year before it was {year} with {value}",
    "record_month": "the highest monthly {label} figure {conv}",
    "in_month": "in {month}",
    "run": "the run of days with {label} {side} {value} ending {end} {conv}",
    "run_from": "from {day}",
    "run_none": "no such day then",
    "ending": "ending {day}",
}

# a key missing from UK renders as "" in Ukrainian; tests/claims/test_explain.py fails on it
TEMPLATES: dict[str, dict[Lang, str]] = {key: {"en": text, "uk": UK.get(key, "")} for key, text in EN.items()}
_HEDGE: dict[Lang, dict[Comparator, str]] = {
    "en": {Comparator.EXACT: "", Comparator.ABOUT: "about ", Comparator.NEARLY: "nearly ",
           Comparator.AT_LEAST: "more than ", Comparator.AT_MOST: "less than "},
    "uk": {Comparator.EXACT: "", Comparator.ABOUT: "близько ", Comparator.NEARLY: "майже ",
           Comparator.AT_LEAST: "понад ", Comparator.AT_MOST: "менше ніж "},
}
_ORDINAL: dict[Lang, dict[int, str]] = {
    "en": {2: "second ", 3: "third ", 4: "fourth ", 5: "fifth "},
    "uk": {2: "друга ", 3: "третя ", 4: "четверта ", 5: "п'ята "},  # agrees with «цифра»
}
# extract.py's reasons a claim cannot be checked, each applied with fullmatch; \A where a group
# sits before a literal, so a search cannot re-read the line from every start (issue 14's audit)
_REASONS_UK = (
    (re.compile(r"a figure for one place or direction; .*"),
     "це цифра для одного населеного пункту чи напрямку, а Генштаб подає лише загальні втрати"),
    (re.compile(r"it speaks of an unspecified number of days"), "кількість днів не названо"),
    (re.compile(r"\Ait also counts \"(.*)\", which the General Staff does not report as a category"),
     "цифра враховує також «{0}», а Генштаб не подає цього окремою категорією"),
    (re.compile(r"a figure for all equipment at once; the General Staff gives no such total, only each category"),
     "це цифра для всієї техніки разом, а Генштаб такої суми не подає, лише кожну категорію окремо"),
    (re.compile(r"\Athe period it names \(\"(.*)\"\) could not be read as dates"),
     "період («{0}») не вдалося прочитати як дати"),
)


def say(key: str, lang: Lang, **args: object) -> str:
    """Fill the ``key`` template in ``lang``; ints, floats, dates and conventions are worded for it."""
    return TEMPLATES[key][lang].format(**{name: _word(value, lang) for name, value in args.items()})


def _word(value: object, lang: Lang) -> str:
    if isinstance(value, DateConvention):
        return convention_words(value, lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return fmt(value, lang)
    if isinstance(value, date):
        return fmt_date(value, lang)
    return str(value)


def fmt(value: int | float | None, lang: Lang = "en") -> str:
    """Return ``value`` with thousands separators ("798,040"; uk "798 040")."""
    if value is None:
        return "n/a" if lang == "en" else "н/д"
    if lang == "en":
        return f"{value:,.0f}" if isinstance(value, float) else f"{value:,}"
    return format_number(value, lang)


def signed(value: int, lang: Lang = "en") -> str:
    """Return "+2,200" / "+2 200" (uk: a true minus sign)."""
    return f"{value:+,}" if lang == "en" else format_signed(value, lang)


def fmt_date(day: date, lang: Lang = "en") -> str:
    """Return "19 Dec 2024" (en) or "19 грудня 2024 року" (uk)."""
    if lang == "uk":
        return format_date(day, "uk")
    return f"{day.day} {_MONTHS_SHORT[day.month - 1]} {day.year}"


def label(category: str, lang: Lang = "en") -> str:
    """Return the category's label: English, or the General Staff's Ukrainian in «»."""
    cat = claim_category(category)
    return f"«{cat.label_uk}»" if lang == "uk" else cat.label_en


def worded(comparator: Comparator, value: int, lang: Lang = "en", high: int | None = None) -> str:
    """Return the claimed figure with its hedge ("more than 1,500"; "понад 1 500"; a range "1,000–1,200")."""
    figure = fmt(value, lang) if high is None else f"{fmt(value, lang)}–{fmt(high, lang)}"
    return f"{_HEDGE[lang][comparator]}{figure}"


def nth(rank: int, lang: Lang = "en") -> str:
    """Return "" for the top rank, else "second " / "другий "."""
    if rank == 1:
        return ""
    return _ORDINAL[lang].get(rank, f"{rank}th " if lang == "en" else f"{rank}-а ")


def days_unit(days: int, lang: Lang) -> str:
    """Return the unit after a count of days: " days" / " днів"."""
    return " days" if lang == "en" else f"{NBSP}{plural_uk(days, 'день', 'дні', 'днів')}"


def reason(text: str, lang: Lang) -> str:
    """Return an extraction's reason for leaving a claim unchecked, in ``lang``."""
    if lang == "en":
        return text
    for pattern, uk in _REASONS_UK:
        m = pattern.fullmatch(text)
        if m is not None:
            return uk.format(*(_labels_uk(group) for group in m.groups()))
    return text


def _labels_uk(text: str) -> str:
    """Return "tanks and armoured combat vehicles" as «танки» і «бойові броньовані машини»."""
    for a in CATEGORIES:
        for b in CATEGORIES:
            if text == f"{a.label_en} and {b.label_en}":
                return f"«{a.label_uk}» і «{b.label_uk}»"
    return text


def period_words(reading: Reading, lang: Lang) -> str:
    """Return the reading's label (en) or, in Ukrainian, the period as it reads after «за»."""
    if lang == "en":
        return reading.label
    start, end = reading.start, reading.end
    if end is None:
        return f"період з {fmt_date(start, 'uk')}"
    if start == end:
        return fmt_date(start, "uk")
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"{start.year}{NBSP}рік"
    if start.day == 1 and start.month == end.month and start.year == end.year \
            and (end + timedelta(days=1)).day == 1:
        return f"{MONTHS_UK_NOM[start.month - 1]} {start.year}{NBSP}року"
    return range_uk(start, end)


def range_uk(start: date, end: date) -> str:
    """Return "1–15 грудня 2024 року" or "27 листопада – 3 грудня 2024 року"."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{NDASH}{fmt_date(end, 'uk')}"
    first = format_date(start, "uk", with_year=start.year != end.year)
    return f"{first} {NDASH} {fmt_date(end, 'uk')}"


def span(first: date, last: date, lang: Lang) -> str:
    """Return "13 Dec 2024 to 19 Dec 2024" / "13–19 грудня 2024 року"."""
    if lang == "en":
        return f"{fmt_date(first)} to {fmt_date(last)}"
    return range_uk(first, last)


def month_words(year: int, month: int, lang: Lang) -> str:
    """Return "December 2024" / "грудень 2024 року"."""
    if lang == "en":
        return date(year, month, 1).strftime("%B %Y")
    return f"{MONTHS_UK_NOM[month - 1]} {year}{NBSP}року"


def month_label(text: str, lang: Lang) -> str:
    """Return an analysis month label ("December 2024" or "2024-12") in ``lang``."""
    if lang == "en":
        return text
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m is not None:
        return month_words(int(m.group(1)), int(m.group(2)), lang)
    for k, name in enumerate(date(2000, n, 1).strftime("%B") for n in range(1, 13)):
        if text.startswith(name + " "):
            return f"{MONTHS_UK_NOM[k]} {text[len(name) + 1:]}{NBSP}року"
    return text


def day_short(row: SeriesRow, previous_total: int | None, lang: Lang = "en") -> str | None:
    """Return "768,220 → 770,420" (plus a stated correction) for the explanation."""
    if previous_total is None:
        return None
    if row.correction_amount:
        return say("arrow_correction", lang, before=previous_total, after=row.total,
                   correction=signed(row.correction_amount, lang))
    return say("arrow", lang, before=previous_total, after=row.total)


def day_arithmetic(row: SeriesRow, previous_total: int | None, lang: Lang = "en") -> str:
    """Return "768,220 → 770,420 = +2,200 (report of 20 Dec 2024)" for a day figure."""
    diff = row.increment_diff
    parts = []
    if previous_total is not None and diff is not None:
        parts.append(say("arith_diff", lang, before=previous_total, after=row.total, diff=signed(diff, lang)))
    if row.increment_printed is not None and row.increment_printed != diff:
        parts.append(say("arith_printed", lang, printed=row.increment_printed))
    if row.correction_amount:
        parts.append(say("arith_correction", lang, correction=signed(row.correction_amount, lang)))
    return say("arith_report", lang, parts="; ".join(parts), report=row.report_date)


def convention_words(convention: DateConvention, lang: Lang = "en") -> str:
    """Return "by loss date" / "by report date" (uk "за датою втрат" / "за датою звіту")."""
    if lang == "uk":
        return "за датою втрат" if convention is DateConvention.LOSS else "за датою звіту"
    return f"by {convention.label}"


def other_convention_note(convention: DateConvention, what: str, lang: Lang = "en") -> str:
    """Return the condition under which a claim holds: "'December' means report dates (...)"."""
    key = "note_report" if convention is DateConvention.REPORT else "note_loss"
    return say(key, lang, what=what)
