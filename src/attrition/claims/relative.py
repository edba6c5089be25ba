"""Relative time words resolved against the as-of date, in English and Ukrainian.

Owns "yesterday", "today", "over the past day" / "за минулу добу" (the latest report, or
the one before it), weekdays ("on Monday") and spans of them ("from Monday to Friday"),
the weekend ("over the weekend", "за вихідні"), rolling windows ("the past week", "the
last 48 hours", "за останні 30 днів", "the past year and a half" — months are calendar
months), calendar units ("last month", "цього року") and "since the start of the year". Each becomes a :class:`~attrition.claims.timeref.TimeRef` marked relative.
Pure: ``as_of`` is always passed in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from attrition.claims.lexicon import WEEKDAYS
from attrition.claims.patterns import Source
from attrition.claims.timeref import Reading, TimeRef, label_date, month_bounds, relative_ref

_F = re.I | re.U
Handler = Callable[[re.Match[str], date], TimeRef | None]


def _h_yesterday(m: re.Match[str], as_of: date) -> TimeRef | None:
    day = as_of - timedelta(days=1)
    return relative_ref(m, day, day, f"yesterday ({label_date(day)})", "day")


def _h_today(m: re.Match[str], as_of: date) -> TimeRef | None:
    return relative_ref(m, as_of, as_of, f"today ({label_date(as_of)})", "day")


# "найвищим показником за добу", "найбільші втрати за добу": the record's measure (a day's), not the past day;
# "в середньому за добу", "середні втрати за добу": an average's measure (per day)
_MEASURE_WORDS = ("найвищ", "найбільш", "рекордн", "максимальн", "середн")
# "За добу окупанти втрачали в середньому 1354 солдати": the average said after it, in its clause
_AVERAGE_AFTER = re.compile(r"[^.;:!?,\n]{0,40}?\b[ув]\s+середньому\b", re.I)


def _h_latest(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Over the past day", "за минулу добу": the latest report, or the one before it.

    A bare "за добу" right after a record's words ("найвищим показником за добу від початку війни")
    is the record's measure, a day's losses, and names no day; so is one beside an average's
    ("в середньому за добу", "За добу окупанти втрачали в середньому 1354 солдати"): per day.
    """
    if m.group().lower().startswith("за доб") and isinstance(m, re.Match) and (
            any(w.startswith(_MEASURE_WORDS) for w in m.string[max(0, m.start() - 40) : m.start()].lower().split()[-3:])
            or _AVERAGE_AFTER.match(m.string, m.end())):
        return None
    day = as_of - timedelta(days=1)
    ref = relative_ref(m, day, day, f"the past day (losses of {label_date(day)})", "latest")
    earlier = day - timedelta(days=1)
    alt = Reading(f"the day before (losses of {label_date(earlier)})", earlier, earlier)
    return replace(ref, readings=(*ref.readings, alt))


def _count(word: str) -> int | None:
    from attrition.claims.numbers import parse_count

    return parse_count(word)


_LONGEST_PERIOD_DAYS = 36_525  # a century: a longer "past N days" names no dates (and overflows a date)


def _rolling(m: re.Match[str], days: int, as_of: date, label: str | None = None) -> TimeRef:
    """The latest ``days`` reports (losses up to as-of − 1), or up to the report before."""
    last = as_of - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    shift = timedelta(days=1)
    label = label or f"the past {days} days"
    readings = (
        Reading(f"{label} ({label_date(first)} to {label_date(last)})", first, last),
        Reading(f"{label} ({label_date(first - shift)} to {label_date(last - shift)})",
                first - shift, last - shift),
    )
    return TimeRef("period", m.start(), m.end(), m.group(), readings, "rolling", is_relative=True)


def _h_calendar(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit, which = m["unit"].lower(), m["which"].lower()
    is_last = which in {"last", "previous", "past", "минулого", "минулий", "попереднього", "попередній"}
    if unit.startswith(("week", "тиж")):
        monday = as_of - timedelta(days=as_of.weekday())
        if is_last:
            start = monday - timedelta(days=7)
            ref = relative_ref(m, start, start + timedelta(days=6), f"last week ({label_date(start)} to "
                            f"{label_date(start + timedelta(days=6))})", "week")
            return replace(ref, readings=(*ref.readings, *_rolling(m, 7, as_of).readings))
        return relative_ref(m, monday, None, f"this week (since {label_date(monday)})", "week")
    if unit.startswith(("month", "місяц")):
        first = as_of.replace(day=1)
        if is_last:
            prev_end = first - timedelta(days=1)
            start, end = month_bounds(prev_end.year, prev_end.month)
            return relative_ref(m, start, end, f"{calendar.month_name[start.month]} {start.year}", "month")
        return relative_ref(m, first, None, f"{calendar.month_name[first.month]} {first.year} so far", "month")
    year = as_of.year - 1 if is_last else as_of.year
    if is_last:
        return relative_ref(m, date(year, 1, 1), date(year, 12, 31), str(year), "year")
    return relative_ref(m, date(year, 1, 1), None, f"{year} so far", "year")


def _h_since_period_start(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = m["unit"].lower()
    if unit.startswith(("month", "місяц")):
        start = as_of.replace(day=1)
    elif unit.startswith(("week", "тиж")):
        start = as_of - timedelta(days=as_of.weekday())
    else:
        start = date(as_of.year, 1, 1)
    return relative_ref(m, start, None, f"since {label_date(start)}", "since")


def _first(m: re.Match[str], *names: str) -> str | None:
    for name in names:
        if name in m.re.groupindex and m[name]:
            return m[name]
    return None


def _h_weekday_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    key = _weekday_key(_first(m, "wd", "wd2") or "")
    if key not in WEEKDAYS:
        return None
    target = WEEKDAYS[key]
    day = as_of - timedelta(days=(as_of.weekday() - target) % 7)
    return relative_ref(m, day, day, f"{calendar.day_name[target]} ({label_date(day)})", "day")


def _h_rolling_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    n, unit = _first(m, "n", "n2"), _first(m, "unit", "unit2")
    count = _count(n or "")
    if count is None or count <= 0 or unit is None:
        return None
    unit = unit.lower()
    if unit.startswith(("hour", "годин")):
        # "the last 48 hours": two General Staff days; "the past 24 hours" is the latest report
        # (its own pattern), and hours that are no whole number of days name no report
        if count % 24 or count == 24:
            return None
        count, unit = count // 24, "days"
    per = 7 if unit.startswith(("week", "тиж")) else 30 if unit.startswith(("month", "місяц")) else 1
    if count * per > _LONGEST_PERIOD_DAYS:  # "the past 10,000,000 days": no period of any record
        return None
    if per == 30:
        return _rolling_months(m, count, as_of)
    return _rolling(m, count * per, as_of)


def _h_whole_days_in_hours(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Within a mere 48 hours", "in 48hrs", "за 48 годин" (no "past"): the latest reports' two or three days."""
    return _rolling(m, int(_first(m, "n", "n2") or "48") // 24, as_of)


def _months_before(day: date, months: int) -> date:
    """Return the same day ``months`` calendar months earlier (the month's last day if it has fewer)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _rolling_months(m: re.Match[str], months: int, as_of: date) -> TimeRef:
    """"The past 18 months", "the past year and a half": calendar months back from the as-of date.

    The window is the losses from the same day ``months`` months before the as-of date up to
    the latest report (18 months before a report of 12 June 2025: reports 13 December 2023
    to 12 June 2025), as a careful reader counts months, not 30-day blocks.
    """
    label = "the past month" if months == 1 else f"the past {months} months"
    return _rolling(m, (as_of - _months_before(as_of, months)).days, as_of, label)


def _h_year_and_half(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The past year and a half", "за півтора року": the past 18 months; "the past year": 12 (and, in January, the year before)."""
    half = "half" in m.group().lower() or "півтора" in m.group().lower()
    ref = _rolling_months(m, 18 if half else 12, as_of)
    if half or as_of.month != 1:
        return ref
    # a year-end review in January: "over the past year" is also the calendar year just ended
    year = as_of.year - 1
    return replace(ref, readings=(*ref.readings, Reading(f"{year}", date(year, 1, 1), date(year, 12, 31))))


def _h_bare_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Протягом року", "за рік" with no year named: in January, the calendar year just ended.

    A year-end review written in January ("скоротивши протягом року ворожу армію більш ніж на 418 тисяч",
    13 January 2026) means the year that has just closed, or else the twelve months up to the
    as-of date (the other reading). Said in any other month the words name no calendar year and
    no time is read (a figure for "за рік" after a year's figure takes that year: extract's
    same-period rule).
    """
    if as_of.month != 1:
        return None
    year = as_of.year - 1
    ref = relative_ref(m, date(year, 1, 1), date(year, 12, 31), str(year), "year")
    return replace(ref, readings=(*ref.readings, *_rolling_months(m, 12, as_of).readings))


def _h_weekend(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Over the weekend", "за вихідні" (a headline's "Over Weekend" too): the latest Saturday and Sunday up to the as-of date.

    An article of Monday means the two days before it; one of Sunday, the weekend under way.
    The days are loss days; the report-date reading (the reports of those two days) is the
    other convention, which verification tries as for any period.
    """
    sunday = as_of - timedelta(days=(as_of.weekday() - 6) % 7)
    saturday = sunday - timedelta(days=1)
    label = f"the weekend ({label_date(saturday)} to {label_date(sunday)})"
    return relative_ref(m, saturday, sunday, label, "range")


def _h_weekday_span(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"From Monday to Friday", "з понеділка по п'ятницю": the latest such span up to the as-of date."""
    first = WEEKDAYS.get(_weekday_key(_first(m, "wd1", "wd3") or ""))
    last = WEEKDAYS.get(_weekday_key(_first(m, "wd2", "wd4") or ""))
    if first is None or last is None or first == last:
        return None
    end = as_of - timedelta(days=(as_of.weekday() - last) % 7)
    start = end - timedelta(days=(last - first) % 7)
    label = (f"{calendar.day_name[first]} to {calendar.day_name[last]} "
             f"({label_date(start)} to {label_date(end)})")
    return relative_ref(m, start, end, label, "range")


def _h_two_days(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"On Saturday and Sunday", "у суботу та неділю": two days in a row, the latest such pair up to the as-of date.

    Two days apart ("on Monday and Wednesday") are no span: each stays a day of its own.
    """
    first = WEEKDAYS.get(_weekday_key(_first(m, "wd1", "wd3") or ""))
    last = WEEKDAYS.get(_weekday_key(_first(m, "wd2", "wd4") or ""))
    if first is None or last is None or (last - first) % 7 != 1:
        return None
    return _h_weekday_span(m, as_of)


def _weekday_key(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "").replace("ʼ", "")


def _h_one_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"In One Month", "in just one month of fighting": the month just ended, or the past month.

    A headline's month is most often the calendar month the body names ("Russia Lost 413 Tanks ... in One
    Month" of 3 January, "recorded in December"); an article written well into a month means the past
    month up to the latest report. Both are readings.
    """
    prev_end = as_of.replace(day=1) - timedelta(days=1)
    start, end = month_bounds(prev_end.year, prev_end.month)
    ref = relative_ref(m, start, end, f"{calendar.month_name[start.month]} {start.year}", "month")
    return replace(ref, readings=(*ref.readings, *_rolling_months(m, 1, as_of).readings))


def _h_one_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"In just one year", "Russia lost 346,000 troops in a year": the year so far, or the past twelve months.

    "In just one year, Russian armed forces have suffered 427,000 casualties" (uawire.org, 30 Dec 2024) is the
    calendar year up to the latest report; the twelve months up to it is the other reading. Written in
    January, the year just ended is the first reading (as _h_bare_year reads "за рік").
    """
    if as_of.month == 1:
        ref = relative_ref(m, date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31), str(as_of.year - 1), "year")
    else:
        ref = relative_ref(m, date(as_of.year, 1, 1), None, f"{as_of.year} so far", "year")
    return replace(ref, readings=(*ref.readings, *_rolling_months(m, 12, as_of).readings))


def _h_rolling_unit(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = (_first(m, "unit", "unit2", "unit3", "unit4") or "").lower()
    if unit.startswith(("month", "місяц")):  # "the past month": one calendar month back
        return _rolling_months(m, 1, as_of)
    return _rolling(m, 14 if unit.startswith(("fortnight", "два")) else 7, as_of)


# after "in the 10 days since": the war's start ("since the invasion began", "since Russia invaded"), which
# names the war, not a span up to the latest report
_WAR_AFTER = re.compile(
    r"(?<!\s)\s++(?:(?:russia|moscow|putin|the\s+kremlin)(?:['’]s)?\s+)?(?:(?:the|its|his|their)\s+)?"
    r"(?:(?:full[- ]scale|all[- ]out|large[- ]scale|russian)\s+)?"
    r"(?:start|beginning|outset|onset|launch|invasion|war|conflict|invaded|launched|began|started|feb(?:ruary|\.)?\s+24|24\s+feb)",
    re.I)


def _h_span_days(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"In the 14 days since the first time ...", "a five-day total of 5,910": that many days up to the latest report.

    "In the 10 days since the invasion began" is the war (its own pattern, which this gives way to).
    """
    n, unit = _first(m, "n", "n2"), (_first(m, "unit", "unit2") or "").lower()
    if m["n"] and _WAR_AFTER.match(m.string, m.end()):
        return None
    count = _count(n or "")
    per = 7 if unit.startswith("week") else 1
    if count is None or count <= 1 or count * per > _LONGEST_PERIOD_DAYS:
        return None
    return _rolling(m, count * per, as_of)


def _h_calendar_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    which = (_first(m, "which", "which2", "which3") or "").lower()
    unit = (_first(m, "unit", "unit2", "unit3") or "").lower()
    fake = _Groups(m, {"which": "last" if which in {"last", "previous", "минулого", "попереднього", "минулий", "попередній"} else "this", "unit": unit})
    return _h_calendar(fake, as_of)  # type: ignore[arg-type]


def _h_since_start_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = (_first(m, "unit", "unit2", "unit3") or "year").lower()
    return _h_since_period_start(_Groups(m, {"unit": unit}), as_of)  # type: ignore[arg-type]


def h_ago(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"One week ago", "a year ago", "тиждень тому", "два місяці тому": the report that many days,
    weeks, months or years before the as-of date (a total "reported one week ago" is that report's,
    not the latest one's; a day's figure, that day's)."""
    n, unit = _first(m, "n", "n2"), (_first(m, "unit", "unit2") or "").lower()
    count = 1 if n is None or n.lower() in {"a", "an"} else _count(n)
    if count is None or count <= 0 or count > 100:
        return None
    if unit.startswith(("year", "рік", "рок")):
        day = _months_before(as_of, 12 * count)
    elif unit.startswith(("month", "місяц")):
        day = _months_before(as_of, count)
    else:
        day = as_of - timedelta(days=count * (7 if unit.startswith(("week", "тиж")) else 1))
    return relative_ref(m, day, day, f"{m.group().strip()} ({label_date(day)})", "day")


def _h_same_day_last_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"This time last year", "цього ж дня минулого року": the report of the same day a year before, as "a year ago"."""
    day = _months_before(as_of, 12)
    return relative_ref(m, day, day, f"{m.group().strip()} ({label_date(day)})", "day")


class _Groups:
    """A match with some groups overridden (for handlers shared by several patterns)."""

    def __init__(self, match: re.Match[str], groups: dict[str, str]) -> None:
        self._match = match
        self._groups = groups

    def __getitem__(self, name: str) -> str:
        return self._groups[name]

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end()

    def group(self) -> str:
        return self._match.group()


RELATIVE_PATTERNS: list[tuple[Source, Handler]] = [  # compiled by claims.dates
    # ... and "in the 24-hour period", "over a 24-hour period": the report's day too
    (Source(r"\b(?:in|over|during|within)\s+(?:the|a|that|this)\s+(?:single\s+)?(?:24|twenty[- ]four)[- ]hours?\s+(?:period|span|stretch|window)\b|"
            r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding|latest)\s+(?:24|twenty[- ]four)\s+hours\b|\b(?:in|over|during|for)\s+the\s+(?:past|last|previous|preceding)\s+day\b|\bthe\s+(?:previous|preceding)\s+day\b|\bovernight\b|\bthe\s+day\s+before\b|\b(?:за|протягом|упродовж|впродовж)\s++(?:(?:минулої|минулу|останньої|останню|попередньої|попередню)\s*+)?доб[иу]\b|\bминулої\s+доби\b|\bнапередодні\b|\bза\s+(?:останні\s+)?24\s+години\b|\bза\s+ніч\b", _F), _h_latest),
    (Source(r"\b(?:yesterday|вчора|учора)\b", _F), _h_yesterday),
    # "this time last year", "at the same time a year ago", "цього ж дня минулого року": the day a year before
    (Source(r"\b(?:at\s+)?(?:this|the\s+same)\s+(?:time|day|date|point)\s+(?:last\s+year|a\s+year\s+ago)\b"
            r"|(?<!\w)(?:цього|того)\s+ж\s+(?:дня|часу)\s+(?:минулого\s+року|рік\s+тому)(?!\w)"
            r"|(?<!\w)торік\s+цього\s+ж\s+дня(?!\w)", _F), _h_same_day_last_year),
    # "nearly 4,000 troops within a mere 48 hours", "in 48hrs": the latest two (three) reports' days
    (Source(r"\b(?:in|within|over)\s+(?:just\s+|only\s+|a\s+mere\s+|mere\s+)?(?P<n>48|72)(?:\s+hours|\s*hrs)\b"
            r"|\bза\s+(?:лічені\s+)?(?P<n2>48|72)\s+годин(?:и)?\b", _F), lambda m, a: _h_whole_days_in_hours(m, a)),
    (Source(r"\b(?:today|сьогодні)\b", _F), _h_today),
    (Source(r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:у|в)\s+(?P<wd2>понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю)\b", _F), lambda m, a: _h_weekday_any(m, a)),
    (Source(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<n>\w+)\s+(?P<unit>days|weeks|months|hours)\b|\b(?:за|протягом|упродовж)\s+(?:останні|минулі|попередні)\s+(?P<n2>\w+)\s+(?P<unit2>днів|дні|діб|доби|тижні|тижнів|місяці|місяців|години|годин)\b", _F), lambda m, a: _h_rolling_any(m, a)),
    (Source(r"\b(?:the\s+)?(?:(?:past|last|previous|preceding)\s+(?:year\s+and\s+a\s+half|one\s+and\s+a\s+half\s+years)|past\s+(?:12\s+months|year))\b|\b(?:за|протягом|упродовж)\s+(?:останні\s+|минулі\s+)?півтора\s+року\b|\b(?:за|протягом|упродовж)\s+останній\s+рік\b", _F), _h_year_and_half),
    # "скоротивши протягом року ворожу армію", "за рік ворожа армія скоротилася" (no year, no "війни"): see _h_bare_year
    (Source(r"(?<!\w)(?:за|протягом|упродовж|впродовж)\s++(?:(?:весь|увесь|цілий)\s++)?(?:рік|року)(?!\w)"
            r"(?!\s*+(?:до|тому|після|війни|вторгнення|повномасштабн|широкомасштабн|великої|\d))", _F), _h_bare_year),
    (Source(r"\b(?:over|during|at|on|in|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?weekend\b|\b(?:this|last|past)\s+weekend\b|\b(?:за|у|в|на|протягом)\s+(?:минулі\s+|останні\s+)?вихідні\b|\bминулих\s+вихідних\b", _F), _h_weekend),
    # "1,750 Russian losses on Saturday and Sunday", "у суботу та неділю": two days in a row are one span
    # (_h_two_days), their sum; not "on Saturday and Sunday respectively" (a figure for each)
    (Source(r"\b(?:on\s+|over\s+|within\s+|during\s+)?(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"\s+(?:and|&)\s+(?:on\s+)?(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"(?!,?\s*respectively)"
            r"|\b(?:у|в)\s+(?P<wd3>понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю)\s+(?:та|і|й)\s+"
            r"(?:у\s+|в\s+)?(?P<wd4>понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю)(?!\w)"
            r"(?!,?\s*відповідно)", _F), _h_two_days),
    (Source(r"\b(?:from|between)\s+(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:to|and|through|until|till|-|–)\s+(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:з|із|від)\s+(?P<wd3>понеділка|вівторка|середи|четверга|п['’ʼ]?ятниці|суботи|неділі)\s+(?:по|до|-|–)\s+(?P<wd4>понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю)\b", _F), _h_weekday_span),
    # "in a week", "within one week", a headline's "in Week" ("Russia Loses 6,630 Troops, 90 Tanks in Week"): the past week
    (Source(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|previous|preceding)\s+(?P<unit>week|fortnight|month)\b|\b(?:this|the)\s+(?:past|last)\s+(?P<unit3>week|month)\b(?!\s+of\b)|\b(?:in|within|over|during)\s+(?:the\s+(?:space|span)\s+of\s+)?(?:just\s+|only\s+)?(?:(?:a|one)\s+(?:single\s+)?)?(?P<unit4>week)\b(?!\s*(?:\d|one\b|two\b|three\b|four\b|five\b|of\b))|\b(?:за|протягом|упродовж)\s+(?:останній\s+|останні\s+|один\s+|останнього\s+)?(?P<unit2>тиждень|місяць|два\s+тижні|місяця|тижня)\b", _F), lambda m, a: _h_rolling_unit(m, a)),
    # a count of days or weeks with no "past" ("Putin Loses 6,000 Troops in 2 Weeks", "43 Tanks in 1 Week",
    # "2,240 Losses in 5 Days"): that many days up to the latest report, as "the past two weeks" is; not
    # "in 10 days since ...", "within two weeks after ..." (days before or after something), nor "in 8 days
    # of the war" (since its start). Ukrainian "за п'ять днів" is left out: it restates a range named
    # before it ("з 24 по 28 лютого, тобто за п'ять днів") or counts the war's days ("за вісім діб війни")
    (Source(r"\b(?:in|within)\s+(?:just\s+|only\s+|a\s+mere\s+)?(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve|fourteen)\s+(?P<unit>days|weeks?)\b"
            r"(?!\s+(?:since|before|after|ago|later|earlier|from|of\s+(?:the\s+)?(?:war|invasion)))", _F),
     lambda m, a: _h_rolling_any(m, a)),
    # "Russia Lost 413 Tanks, Nearly 30,000 Troops in One Month", "in just one month of fighting": the month just
    # ended or the past month (_h_one_month); not "over a month" (more than one), "in a single month" (a record's
    # measure), "in one month since ..." or "in one month of the war" (its first)
    (Source(r"\b(?:in|within|during)\s+(?:just\s+|only\s+)?(?:a|one|1)\s+month\b"
            r"(?!\s+(?:since|before|after|ago|later|earlier|from|of\s+(?:the\s+)?(?:war|invasion)))", _F), _h_one_month),
    # "In just one year, Russian armed forces have suffered 427,000 casualties": the year so far or the past twelve
    # months (_h_one_year); not "in a year's time", "in one year of the war", "in a year and a half"
    (Source(r"\b(?:in|within|during)\s+(?:just\s+|only\s+)?(?:a|one|1)\s+year\b(?![\'’]|\s+(?:since|before|after|"
            r"ago|later|earlier|from|and|or|of\s+(?:the\s+)?(?:war|invasion|full|fighting)))", _F), _h_one_year),
    # "11,520 ... in the 14 days since the first time Russia went over 1,000", "culminating in a five-day total
    # of 5,910": a span of that many days up to the latest report, not the running total
    (Source(r"\b(?:in|over|during|within)\s+the\s+(?P<n>\w+)\s+(?P<unit>days|weeks)\s+since\b"
            r"|\b(?:a|the|its|their)\s+(?P<n2>\w+)[- ](?P<unit2>day|week)\s+(?:total|tally|toll|sum|average|mean)\b", _F),
     _h_span_days),
    (Source(r"\b(?P<which>last|previous|this)\s+(?P<unit>week|month|year)\b|\b(?P<which2>минулого|цього|попереднього|поточного)\s+(?P<unit2>тижня|місяця|року)\b|\bза\s+(?P<which3>минулий|попередній|цей)\s+(?P<unit3>тиждень|місяць|рік)\b", _F), lambda m, a: _h_calendar_any(m, a)),
    (Source(r"\b(?:since|from)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the|this)\s+)?(?P<unit>year|month|week)\b|\bso\s+far\s+this\s+(?P<unit2>year|month|week)\b|\b(?:з|від)\s+початку\s+(?P<unit3>року|місяця|тижня)\b|\byear[- ]to[- ]date\b", _F), lambda m, a: _h_since_start_any(m, a)),
]


# "one week ago", "a year ago", "тиждень тому", "два тижні тому" (see h_ago). Found from their last
# word: each of AGO_WORDS is looked for in the text (claims.dates._ago_matches), and AGO is matched only
# in the few characters before it, so the count words' common first letters cost nothing.
# "Сили оборони в даний час виводять з ладу близько 1000-1100 ... на день", "are currently killing about
# 1,000 a day": the present, of late; a rate said so is not the rate of a period named in the sentence before
NOW_WORDS = re.compile(
    r"(?<!\w)(?:currently|at\s++present|presently|these\s++days|nowadays|right\s++now|now|наразі|зараз|нині|"
    r"(?:в|у|на)\s++даний\s++(?:час|момент))(?!\w)", re.I)
AGO_WORDS = ("ago", "тому")
AGO = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago"
    r"|(?<!\w)(?:(?P<n2>\d{1,2}|один|одну|два|дві|три|чотири|п['’ʼ]?ять|шість|сім|вісім|дев['’ʼ]?ять|десять)\s+)?"
    r"(?P<unit2>добу|доби|діб|день|дні|днів|тиждень|тижні|тижнів|місяць|місяці|місяців|рік|роки|років)\s+тому")
AGO_REACH = 28  # characters before the last word: "дев'ять місяців " is the longest count and unit

# "... the invasion launched by President Vladimir Putin nearly 15 months ago": a span of time since
# something began, not the day of a report. Such a phrase has a hedge right before it ("nearly 15
# months ago") or a verb or noun of starting between it and the figure or sentence end before it;
# it dates no figure.
_AGO_HEDGE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|some|over|more\s+than|approximately|"
    r"майже|понад|близько|приблизно|більш\s+ніж|більше\s+ніж)\s+\Z")
_AGO_START = re.compile(
    r"\b(?:launch\w*|began|begun|begin\w*|start\w*|invad\w*|invasion|розпоча\w*|почал\w*|почав\w*|"
    r"почин\w*|вторг\w*)")
_AGO_CLAUSE = 60  # characters of the clause before the phrase read for a verb of starting


def ago_is_a_span(low: str, start: int) -> bool:
    """Whether the "ago" phrase starting at ``start`` of lower-case ``low`` measures time since a start
    ("launched ... nearly 15 months ago", "вторгнення, що почалося рік тому"): no report's day."""
    before = low[max(0, start - _AGO_CLAUSE):start]
    if _AGO_HEDGE.search(before[-16:]):
        return True
    # the words since the last figure or sentence end: "the invasion it began a year ago", not
    # "since the invasion began, up from 311,750 a year ago"
    cut = max(max(before.rfind(c) for c in ".;!?"), max(before.rfind(d) for d in "0123456789"))
    return _AGO_START.search(before, cut + 1) is not None
