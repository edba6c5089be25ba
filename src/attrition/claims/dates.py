"""Dates and periods in news text, English and Ukrainian, resolved against an as-of date.

Owns reading "January 7", "7 січня 2025", "24.02.22", "in December", "у грудні", "in 2024",
"since mid-October", "з середини жовтня", "in late December", "since the start of the
full-scale invasion", ranges ("from 1 to 7 January") and "as of"/"since" before a date,
and :func:`find_times`, which also runs the relative words of relative.py ("yesterday",
"over the past week"). Every reference becomes a :class:`TimeRef` with calendar bounds
and, where words are vague, alternative boundary readings. Which report a date selects
is decided later (verify), under both conventions. Pure: ``as_of`` is always passed in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from attrition.claims.lexicon import MONTHS, WEEKDAYS, month_number
from attrition.claims.patterns import Source, guarded, matches_at, needed, starts
from attrition.claims.relative import (
    AGO,
    AGO_REACH,
    AGO_WORDS,
    RELATIVE_PATTERNS,
    Handler,
    ago_is_a_span,
    h_ago,
)
from attrition.claims.timeref import (
    Reading,
    TimeRef,
    infer_year,
    label_date,
    month_bounds,
    parse_year,
    safe_date,
)
from attrition.model.dates import WAR_START

__all__ = ["D_EN", "MON", "find_times"]

MON = _MON = MONTHS.pattern
_DAYNUM = r"(?P<d>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ого))?"
_YEAR = r"(?P<y>20[0-4]\d)"
_F = re.I | re.U


def _day_ref(m: re.Match[str], as_of: date, *, month: int, day: int, year: int | None) -> TimeRef | None:
    if year is None:
        year = infer_year(month, day, as_of)
    when = safe_date(year, month, day)
    if when is None:
        return None
    return TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(when), when, when),))


def _latest_year(month: int, as_of: date) -> int:
    """Return the year of the latest ``month`` by ``as_of`` (a month named without its year)."""
    return as_of.year if month <= as_of.month else as_of.year - 1


def _month_part(m: re.Match[str], as_of: date) -> tuple[int, int, int, str]:
    """Return (month, year, its last day, the cue word in lower case) of "mid-December", "the first half of May".

    The year is the one written, else the latest such month by ``as_of``.
    """
    groups = m.groupdict()
    month = month_number(m["mon"])
    year = parse_year(groups.get("y")) or _latest_year(month, as_of)
    return month, year, calendar.monthrange(year, month)[1], (groups.get("q") or "").lower()


def _month_ref(m: re.Match[str], month: int, year: int | None, as_of: date) -> TimeRef:
    if year is None:
        year = _latest_year(month, as_of)
    return TimeRef("period", m.start(), m.end(), m.group(), (_month_reading(year, month),), "month")


def _month_reading(year: int, month: int) -> Reading:
    """Return the calendar month ``month`` of ``year`` as a reading ("October 2024")."""
    start, end = month_bounds(year, month)
    return Reading(f"{calendar.month_name[month]} {year}", start, end)


def _year_ref(m: re.Match[str], year: int) -> TimeRef:
    reading = Reading(str(year), date(year, 1, 1), date(year, 12, 31))
    return TimeRef("period", m.start(), m.end(), m.group(), (reading,), "year")


def _since(m: re.Match[str], starts: list[tuple[str, date]], *, relative: bool = False) -> TimeRef:
    if starts[0][1] <= WAR_START:
        return _war(m)
    readings = tuple(Reading(f"since {label}", start, None) for label, start in starts)
    return TimeRef("period", m.start(), m.end(), m.group(), readings, "since", is_relative=relative)


def _war(m: re.Match[str], end: date | None = None) -> TimeRef:
    reading = Reading("since 24 February 2022", WAR_START, end)
    return TimeRef("war", m.start(), m.end(), m.group(), (reading,), "war", is_as_of=end is not None)


# --- handlers ------------------------------------------------------------------------------


def _h_iso(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _day_ref(m, as_of, month=int(m["m"]), day=int(m["d"]), year=int(m["y"]))


def _h_numeric(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _day_ref(m, as_of, month=int(m["m"]), day=int(m["d"]), year=parse_year(m["y"]))


def _h_month_day(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"24 лютого 2022 року", "February 24"; "24 лютого минулого року", "February 24 last year": of the year before."""
    year = as_of.year - 1 if m["ly"] else parse_year(m["y"])
    return _day_ref(m, as_of, month=month_number(m["mon"]), day=int(m["d"]), year=year)


def _h_year_edge_day(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"On the first day of 2023", "в останній день 2024 року": 1 January (31 December) of the year written."""
    first = (m["q"] or m["q2"] or "").lower().startswith(("first", "перш"))
    return _day_ref(m, as_of, month=1 if first else 12, day=1 if first else 31, year=int(m["y"] or m["y2"]))


def _h_month_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"]), int(m["y"]), as_of)


def _h_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"]), None, as_of)


# "жовтневий показник", "листопадові втрати": a month named by its adjective (the stem, 1-12)
_MONTH_ADJECTIVES = ("січн", "лютн", "березн", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн",
                     "листопад", "грудн")


def _h_month_either(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"] or m["mon2"]), None, as_of)


def _h_month_adjective(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, _MONTH_ADJECTIVES.index(m["stem"].lower()) + 1, None, as_of)


def _h_month_days(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"]), int(m["y"]) if m["y"] else None, as_of)


_TWO_DAYS = re.compile(r"\d(?:st|nd|rd|th)?\s+and\s+\d", re.I)
_MONTH_DAY_BEFORE = re.compile(rf"\b(?P<mon>{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*$", _F)


def _h_second_day(m: re.Match[str], as_of: date) -> TimeRef | None:
    before = _MONTH_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None:
        return None
    ref = _day_ref(m, as_of, month=month_number(before["mon"]), day=int(m["d"]), year=None)
    # the day alone, without "and": the pair is two days, not one day named twice
    return None if ref is None else replace(ref, start_pos=m.start("d"), text=m.string[m.start("d") : m.end()])


_MONTH_BEFORE = re.compile(rf"\b(?:{_MON})\s*$", _F)


def _h_second_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    if not _MONTH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return _month_ref(m, month_number(m["mon"]), None, as_of)


def _h_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _year_ref(m, int(m["y"]))


def _h_two_years(m: re.Match[str], as_of: date) -> TimeRef | None:
    first, last = int(m["y1"]), int(m["y2"])
    if last != first + 1:
        return None
    reading = Reading(f"{first} and {last}", date(first, 1, 1), date(last, 12, 31))
    return TimeRef("period", m.start(), m.end(), m.group(), (reading,), "range")


def _h_range(m: re.Match[str], as_of: date) -> TimeRef | None:
    if _TWO_DAYS.search(m.group()) and not m.group().lower().startswith("between"):
        return None  # "November 11 and 29": two days (see _h_second_day), not the days between them
    month = month_number(m["mon"])
    year = parse_year(m["y"]) or infer_year(month, int(m["d2"]), as_of)
    first, last = safe_date(year, month, int(m["d1"])), safe_date(year, month, int(m["d2"]))
    if first is None or last is None or last < first:
        return None
    if m.group().lower().startswith("between") and (last - first).days == 1:
        # "between November 28 and 29": one General Staff day, the losses of the 28th
        return TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(first), first, first),))
    reading = Reading(f"{label_date(first)} to {label_date(last)}", first, last)
    return TimeRef("period", m.start(), m.end(), m.group(), (reading,), "range")


def _h_since_vague(m: re.Match[str], as_of: date) -> TimeRef | None:
    month, year, last, word = _month_part(m, as_of)
    name = calendar.month_name[month]
    if word.startswith(("mid", "серед", "the middle")):
        days = [(f"mid-{name} ({d})", d) for d in (15, 16, 14)]
    elif word.startswith(("early", "початку", "the start", "the beginning")):
        days = [(f"{name} {d}", d) for d in (1, 2, 3, 4, 5)]
    elif word.startswith(("late", "кінця", "the end")):
        days = [(f"{name} {d}", d) for d in (last, *range(20, 26))]
        if word.startswith(("the end", "кінця")):
            days = [(f"the end of {name}", last)]
    else:
        days = [(f"{name} 1", 1)]
    starts = [(f"{label} {year}", date(year, month, d)) for label, d in days]
    return _since(m, starts)


def _h_period_start(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"At the beginning of the month, the tally was at 387,060", "at the start of 2024", "by the start of
    February": the day the period starts on, a total's as of that day (its report), not the period's sum."""
    unit, relative = (m["unit"] or "").lower(), bool(m["unit"])
    if unit == "month":
        first = as_of.replace(day=1)
    elif unit == "week":
        first = as_of - timedelta(days=as_of.weekday())
    elif unit == "year" or m["y2"]:
        first = date(int(m["y2"]) if m["y2"] else as_of.year, 1, 1)
    else:
        month = month_number(m["mon"])
        first = date(parse_year(m["y"]) or _latest_year(month, as_of), month, 1)
    if first > as_of:
        return None
    return TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(first), first, first),), "day",
                   is_as_of=True, is_relative=relative)


def _h_part_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"In late December": days 21 to the end; "early" 1-10; "mid" 11-20."""
    month, year, last, word = _month_part(m, as_of)
    if word.startswith(("early", "на")):
        first_day, last_day, part = 1, 10, "early"
    elif word.startswith("mid") or "серед" in word:
        first_day, last_day, part = 11, 20, "mid"
    else:
        first_day, last_day, part = 21, last, "late"
    start, end = date(year, month, first_day), date(year, month, last_day)
    label = f"{part} {calendar.month_name[month]} {year}"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "range")


def _h_half_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The first half of January": days 1-15; the second half: 16 to the end."""
    month, year, last, word = _month_part(m, as_of)
    first_half = word.startswith(("first", "перш"))
    start, end = (date(year, month, 1), date(year, month, 15)) if first_half else (
        date(year, month, 16), date(year, month, last))
    label = f"the {'first' if first_half else 'second'} half of {calendar.month_name[month]} {year}"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "range")


_ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "перш": 1, "друг": 2, "трет": 3, "четверт": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "навесні": 3, "весн": 3, "влітку": 6,
            "улітку": 6, "літ": 6, "восени": 9, "осін": 9, "осен": 9}


def _part_number(word: str, table: dict[str, int]) -> int | None:
    word = word.lower()
    return next((v for k, v in table.items() if word.startswith(k)), None)


def _h_year_part(m: re.Match[str], as_of: date) -> TimeRef | None:
    """A half, a quarter or a season of a year: "the first half of 2024", "in Q3", "восени".

    Halves are January–June and July–December; quarters are three calendar months from
    January; seasons are the three calendar months of the Ukrainian (and meteorological)
    convention: spring March–May, summer June–August, autumn September–November, winter
    December–February (read only with no year written, as one year would not say which
    winter). A year written is taken as written ("this year" is the as-of year); without
    one, the part is the latest that has begun by the as-of date.
    """
    groups = m.groupdict()
    if groups.get("half"):
        number, months = _part_number(groups["half"], _ORDINAL_PART), 6
        first_month = None if number is None or number > 2 else 6 * number - 5
        name = "the {} half of {{}}".format("first" if number == 1 else "second")
    elif groups.get("quarter"):
        number, months = _part_number(groups["quarter"], _ORDINAL_PART), 3
        first_month = None if number is None else 3 * number - 2
        name = f"Q{number} {{}}"
    else:
        season = (groups.get("season") or "").lower()
        if "зим" in season or "winter" in season:  # "за зиму", "за три зимові місяці", "over the winter months"
            if not 2 < as_of.year < 9998:  # no article's date ("date.max" when a stamp is searched)
                return None
            begun = as_of.year if as_of.month == 12 else as_of.year - 1  # the latest winter begun
            return TimeRef("period", m.start(), m.end(), m.group(), (_season_at(12, begun),), "range")
        first_month, months = _part_number(season, _SEASONS), 3
        name = "" if first_month is None else \
            f"{calendar.month_name[first_month]} to {calendar.month_name[first_month + 2]} {{}}"
    if first_month is None:
        return None
    year = parse_year(groups.get("y")) or (as_of.year if groups.get("this") else None)
    if year is None:
        year = as_of.year if date(as_of.year, first_month, 1) < as_of else as_of.year - 1
    start = date(year, first_month, 1)
    end = month_bounds(year, first_month + months - 1)[1]
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(name.format(year), start, end),), "range")


def _h_month_edge_days(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The first 10 days of December", "за перші 10 днів грудня": days 1–N (or the last N) of the month."""
    count = _count_word(m["n"])
    month, year, last, word = _month_part(m, as_of)
    if count is None or not 1 < count < last:
        return None
    first_days = word.startswith(("first", "перш"))
    start, end = (date(year, month, 1), date(year, month, count)) if first_days else (
        date(year, month, last - count + 1), date(year, month, last))
    label = f"{label_date(start)} to {label_date(end)}"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "range")


def _h_week_of_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The first week of December": days 1–7 (8–14, 15–21; the last: its last 7 days).

    The other reading is the Monday-to-Sunday week: the first one that starts in the month
    (the last one that ends in it), as a weekly summary of the General Staff's counts would.
    """
    month, year, last, word = _month_part(m, as_of)
    if word.startswith(("last", "останн")):
        start = date(year, month, last - 6)
        sunday = date(year, month, last) - timedelta(days=(date(year, month, last).weekday() + 1) % 7)
        monday = sunday - timedelta(days=6)
    else:
        number = _part_number(word, _ORDINAL_PART)
        if number is None or number > 3:
            return None
        start = date(year, month, 7 * number - 6)
        first = date(year, month, 1)
        monday = first + timedelta(days=(-first.weekday()) % 7 + 7 * (number - 1))
    end = start + timedelta(days=6)
    readings: tuple[Reading, ...] = (Reading(f"{label_date(start)} to {label_date(end)}", start, end),)
    if monday != start:
        sunday = monday + timedelta(days=6)
        readings += (Reading(f"the week of {label_date(monday)} to {label_date(sunday)}", monday, sunday),)
    return TimeRef("period", m.start(), m.end(), m.group(), readings, "range")


def _h_month_span(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"From January to March", "between January and June 2024", "з січня по червень": whole months.

    A year written after the second month closes the span there; one written after the first
    starts it there; with none, the span ends in the latest such month by the as-of date.
    """
    first, last = month_number(m["mon1"]), month_number(m["mon2"])
    if first == last:
        return None
    y1, y2 = parse_year(m["y1"]), parse_year(m["y2"])
    if y2 is None:
        y2 = (y1 if first < last else y1 + 1) if y1 is not None else _latest_year(last, as_of)
    if y1 is None:
        y1 = y2 if first < last else y2 - 1
    start, end = date(y1, first, 1), month_bounds(y2, last)[1]
    if not start < end or (end - start).days > 366:
        return None
    label = f"{calendar.month_name[first]} {y1} to {calendar.month_name[last]} {y2}"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "range")


def _h_first_months(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"За вісім місяців 2025 року", "in the first eight months of 2025": January to the Nth month of that year."""
    count = _count_word(m["n"])
    if count is None or not 1 < count < 12:
        return None
    year = int(m["y"])
    label = f"January to {calendar.month_name[count]} {year}"
    return TimeRef("period", m.start(), m.end(), m.group(),
                   (Reading(label, date(year, 1, 1), month_bounds(year, count)[1]),), "range")


def _h_war_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The third year of the full-scale war": 24 February 2024 to 23 February 2025."""
    number = _part_number(m["n"], _WAR_YEARS)
    if number is None:
        return None
    start = WAR_START.replace(year=WAR_START.year + number - 1)
    end = WAR_START.replace(year=WAR_START.year + number) - timedelta(days=1)
    label = f"year {number} of the war ({label_date(start)} to {label_date(end)})"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "range")


_WAR_YEARS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
              "fifth": 5, "5th": 5, "перш": 1, "друг": 2, "трет": 3, "четверт": 4, "пят": 5, "п'ят": 5, "п’ят": 5}


def _h_winter(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"The winter of 2023-2024", "взимку 2023–2024 років": December to February, both years written."""
    y1, y2 = int(m["y1"]), parse_year(m["y2"])
    if y2 is None or y2 % 100 != (y1 + 1) % 100:
        return None
    start, end = date(y1, 12, 1), month_bounds(y1 + 1, 2)[1]
    return TimeRef("period", m.start(), m.end(), m.group(),
                   (Reading(f"December {y1} to February {y1 + 1}", start, end),), "range")


_WINTER = ("winter", "зим", "взимку", "узимку")


def _season_end(first_month: int, year: int) -> date:
    return month_bounds(year + (first_month == 12), 2 if first_month == 12 else first_month + 2)[1]


def _season_at(first_month: int, year: int) -> Reading:
    """Return the season starting in ``first_month`` of ``year`` (a winter runs into the next year)."""
    start, end = date(year, first_month, 1), _season_end(first_month, year)
    to = calendar.month_name[end.month]
    label = (f"December {year} to February {year + 1}" if first_month == 12 else
             f"{calendar.month_name[first_month]} to {to} {year}")
    return Reading(label, start, end)


def _h_relative_season(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Last autumn", "last winter", "this winter", "минулої осені", "торік восени": against the as-of date.

    "Last <season>" is the latest one that ended before the as-of date; when it ended in the as-of
    year ("last summer" in October) the one a year before is a second reading. A winter runs
    December–February: "last winter" is the latest ended one, "this winter" the one under way
    (March to June: the one just ended; later in the year it lies ahead). "Торік" names the
    previous calendar year.
    """
    if not 2 < as_of.year < 9998:  # no article's date ("date.max" when a stamp is searched)
        return None
    word = (m["season"] or m["season2"] or m["season3"] or "").lower()
    first_month = 12 if word.startswith(_WINTER) else _part_number(word, _SEASONS)
    if first_month is None:
        return None
    readings: tuple[Reading, ...]
    if m["torik"]:
        year = as_of.year - 1 - (first_month == 12)  # "торік взимку": the winter that ran into last year
        readings = (_season_at(first_month, year),)
    elif m["this"] or m["this2"]:  # only a winter: "this spring" is read by _h_year_part
        year = as_of.year if as_of.month == 12 or as_of.month >= 7 else as_of.year - 1
        readings = (_season_at(first_month, year),)
    else:  # the latest that ended before the as-of date
        year = as_of.year
        while _season_end(first_month, year) >= as_of:
            year -= 1
        latest = _season_at(first_month, year)
        same_year = first_month != 12 and year == as_of.year
        readings = (latest, _season_at(first_month, year - 1)) if same_year else (latest,)
    return TimeRef("period", m.start(), m.end(), m.group(), readings, "range", is_relative=True)


def _count_word(word: str) -> int | None:
    from attrition.claims.numbers import parse_count

    return parse_count(word)


def _h_since_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    year = int(m["y"])
    return _since(m, [(f"{year}", date(year, 1, 1))])


def _h_war(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _war(m)


def _h_gs_heading(m: re.Match[str], as_of: date) -> TimeRef | None:
    month, day = int(m["m"]), int(m["d"])
    end = safe_date(parse_year(m["y"]) or infer_year(month, day, as_of), month, day)
    return _war(m, end) if end else None


D_EN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# "on February 24" with no year after the war's words is the invasion's day, whatever year the article is in
_WAR_DAY_NO_YEAR = r"\s+on\s+(?:feb(?:ruary|\.)?\s+24(?:th)?|24(?:th)?\s+(?:of\s+)?feb(?:ruary|\.)?)(?!\w|\.\d|,?\s*(?:20)?[2-4]\d\b)"
_WAR_DATE = (r"(?:\s+(?:in|on)\s+(?:feb(?:ruary|\.)?\s+(?:24(?:th)?,?\s+)?)?2022|" + _WAR_DAY_NO_YEAR + "|"
             r"\s+in\s+late\s+feb(?:ruary|\.)?(?:\s+2022)?)?")  # "... in late February": the invasion's day

_PATTERNS: list[tuple[Source, Handler]] = [  # as written; compiled below
    (Source(r"(?:from|з|від)\s+24\.0?2(?:\.(?:20)?22)?\s+(?:to|по|до|-|–)\s+(?P<d>\d{1,2})\.(?P<m>\d{2})(?:\.(?P<y>\d{4}|\d{2}))?", _F), _h_gs_heading),
    (Source(r"\b(?P<y>20[0-4]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _h_iso),
    (Source(r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20[0-4]\d|\d{2})(?![\d]|\.\d)"), _h_numeric),
    (Source(rf"\bbetween\s+(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?", _F), _h_range),
    (Source(rf"\b(?:from\s+|between\s+)?(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|and|until)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,.]\d)(?:,?\s+{_YEAR})?", _F), _h_range),
    (Source(rf"(?:\b(?:з|із|від|from|between)\s+)?(?<![\d.,])(?P<d1>\d{{1,2}})\s*(?:-|–|—|по|до|to|and)\s*(?P<d2>\d{{1,2}})(?:-?го)?\s+(?P<mon>{_MON})(?:,?\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_range),
    (Source(rf"\bsince\s+(?:the\s+)?(?P<q>early|mid|late|(?:start|beginning|middle|end)\s+of)[-\s]+(?:the\s+)?(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_since_vague),
    (Source(rf"\b(?:з|із|від)\s+(?P<q>середини|початку|кінця)\s+(?P<mon>{_MON})(?:\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_since_vague),
    (Source(rf"{D_EN}\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d]|[,.]\d)(?:,?\s+(?P<y>20[0-4]\d)\b|\s+(?P<ly>last\s+year)\b)?", _F), _h_month_day),
    (Source(rf"(?<![\d.,])\b{_DAYNUM}\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>20[0-4]\d)(?:\s*(?:року|р\.))?|\s+(?P<ly>минулого\s+року|торік)\b)?", _F), _h_month_day),
    (Source(rf"\b(?P<mon>{_MON})(?:\s+of)?,?\s+{_YEAR}(?:\s*(?:року|р\.|рік))?\b", _F), _h_month_year),
    (Source(rf"\bsince\s+(?P<mon>{_MON})(?!\s*\d)", _F), lambda m, a: _h_since_vague(m, a)),
    (Source(rf"\b(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?P<q>first|second|перш\w+|друг\w+)\s+(?:half|половин\w+)\s+"
                rf"(?:of\s+)?(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_half_month),
    # "on the first day of 2023", "в останній день 2024 року": that year's 1 January (31 December)
    # (written "day of" and "день " with one space: the needed words, rarer than "first" or "last")
    (Source(r"\bthe\s+(?P<q>first|last)\s+day of\s+(?P<y>20[2-4]\d)\b"
            r"|(?<!\w)(?P<q2>перший|останній|першого|останнього)\s+(?:день |дня )\s*(?P<y2>20[2-4]\d)\s*(?:року|р\.)", _F),
     _h_year_edge_day),
    # a half, a quarter or a season of a year (see _h_year_part)
    (Source(r"\b(?:the\s+)?(?P<half>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<this>this\s+year|the\s+year)|(?:the\s+year\s+)?(?P<y>20[2-4]\d))\b", _F), _h_year_part),
    (Source(r"\bh(?P<half>[12])\s+(?P<y>20[2-4]\d)\b", _F), _h_year_part),
    (Source(r"\b(?:the\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(?P<this>this\s+year|the\s+year)|\s+(?P<y>20[2-4]\d))?\b", _F), _h_year_part),
    (Source(r"\bq(?P<quarter>[1-4])(?:\s+(?:of\s+)?(?P<y>20[2-4]\d))?\b", _F), _h_year_part),
    (Source(r"\b(?:in|during|over|throughout|across|through)\s+(?:the\s+)?(?:(?P<this>this)\s+)?(?P<season>spring|summer|autumn|fall)(?:\s+(?:of\s+)?(?P<y>20[2-4]\d))?\b", _F), _h_year_part),
    (Source(r"\b(?P<this>this)\s+(?P<season>spring|summer|autumn|fall)\b", _F), _h_year_part),
    (Source(r"\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<y>20[2-4]\d)\b", _F), _h_year_part),
    (Source(r"\b(?:у|в|за)\s+(?P<half>перш\w*|друг\w*)\s+(?:пів(?:рі|річ)\w*|половин\w+)\s+(?:(?P<this>цього\s+року|поточного\s+року)|(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?)", _F), _h_year_part),
    (Source(r"\b(?:у|в|за)\s+(?P<half>перш\w*|друг\w*)\s+півріч\w*(?:\s+(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\w)", _F), _h_year_part),
    (Source(r"\b(?:у|в|за)\s+(?P<quarter>перш\w*|друг\w*|трет\w*|четверт\w*)\s+квартал\w*(?:\s+(?P<this>цього\s+року|поточного\s+року)|\s+(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?)?", _F), _h_year_part),
    (Source(r"\b(?P<season>навесні|влітку|улітку|восени)(?:\s+(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\w)", _F), _h_year_part),
    (Source(r"\bза\s+(?P<season>весну|літо|осінь)(?:\s+(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\w)", _F), _h_year_part),
    (Source(r"\b(?P<this>цієї|цього)\s+(?P<season>весни|літа|осені)\b", _F), _h_year_part),
    # "за три зимові місяці", "протягом літніх місяців", "за зиму", "взимку" (no year written: the latest begun)
    (Source(r"\b(?:за|протягом|упродовж|впродовж|у|в)\s+(?:(?:три|трьох|усі|всі)\s+)?"
            r"(?P<season>зимов|літн|веснян|осінн)\w*\s+(?:місяц|період)\w*", _F), _h_year_part),
    (Source(r"\b(?P<season>за\s+зиму|взимку|узимку)(?!\s*+(?:20)?[2-4]\d)(?!\w)", _F), _h_year_part),
    # "протягом зими", "протягом трьох місяців зими", "за три місяці зимового періоду", "упродовж літа"
    (Source(r"\b(?:за|протягом|упродовж|впродовж)\s+(?:(?:три|трьох)\s+)?(?:місяц\w*\s+)?"
            r"(?P<season>зими|літа|весни|осені|(?:зимов|літн|весняно|осінн)\w*\s+період\w*)"
            r"(?!\s*+(?:20)?[2-4]\d)(?!\w)", _F), _h_year_part),
    (Source(r"\b(?:in|during|over|throughout|across)\s+the\s+(?:three\s+)?"
            r"(?P<season>winter|summer|spring|autumn|fall)\s+months\b", _F), _h_year_part),
    # "from January to March", "з січня по червень", "за січень–березень"
    (Source(rf"\b(?:from|between)\s+(?P<mon1>{_MON})(?:\s+(?P<y1>20[2-4]\d))?\s+(?:to|and|through|until|till|-|–|—)\s+(?P<mon2>{_MON})(?:,?\s+(?P<y2>20[2-4]\d))?\b(?!\.?\s*\d)", _F), _h_month_span),
    (Source(rf"\b(?:з|із|від)\s+(?P<mon1>{_MON})(?:\s+(?P<y1>20[2-4]\d)(?:\s*+(?:року|р\.))?)?\s++(?:по|до|-|–|—)\s+(?P<mon2>{_MON})(?:\s+(?P<y2>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\.?\s*\d)(?!\w)", _F), _h_month_span),
    # "за квітень–травень 2025", "впродовж грудня 2025 — січня 2026" (focus, 12 Feb 2026): a year after the first month too
    (Source(rf"\b(?:за|у|в|протягом|впродовж|упродовж)\s+(?P<mon1>{_MON})(?:\s+(?P<y1>20[2-4]\d)(?:\s*+(?:року|р\.))?)?\s*+(?:-|–|—)\s*+(?P<mon2>{_MON})(?:\s+(?P<y2>20[2-4]\d)(?:\s*(?:року|р\.))?)?(?!\w)", _F), _h_month_span),
    # "in May-August 2025", "During January–April 2025": the English dash between two months
    (Source(rf"\b(?:in|during|over|for|throughout)\s+(?P<mon1>{_MON})\s*(?:-|–|—)\s*(?P<mon2>{_MON})(?:,?\s+(?P<y2>20[2-4]\d))?(?P<y1>)\b(?!\.?\s*\d)", _F), _h_month_span),
    # "Compared to September-December 2024, when ...": with no word before it, its year written after it
    (Source(rf"\b(?P<mon1>{_MON})\s*(?:-|–|—)\s*(?P<mon2>{_MON}),?\s+(?P<y2>20[2-4]\d)(?P<y1>)\b(?!\.?\s*\d)", _F), _h_month_span),
    # "за вісім місяців 2025 року", "у перші п'ять місяців 2024 р.", "in the first eight months of 2025"
    (Source(r"\b(?:за|у|в|протягом|упродовж|впродовж)\s+(?:перші\s+)?(?P<n>\d{1,2}|[\w'’]+)\s+місяц\w*\s+"
            r"(?P<y>20[2-4]\d)(?:\s*(?:року|р\.))?(?![\w.,]\d)", _F), _h_first_months),
    (Source(r"\b(?:in|during|over|for)\s+the\s+first\s+(?P<n>\d{1,2}|\w+)\s+months\s+of\s+(?P<y>20[2-4]\d)\b", _F),
     _h_first_months),
    # "the third year of the full-scale war", "за третій рік повномасштабної війни"
    (Source(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+year\s+of\s+(?:the\s+)?(?:russia['’]?s\s+)?(?:full[- ]scale\s+|all[- ]out\s+|large[- ]scale\s+)?(?:russian\s+)?(?:war|invasion)\b", _F), _h_war_year),
    (Source(r"\b(?:за|у|в|протягом)\s+(?P<n>перш|друг|трет|четверт|п['’]?ят)\w*\s+р(?:ік|оку|оці)\s+(?:повномасштабної\s+|великої\s+|широкомасштабної\s+)?(?:війни|вторгнення)\b", _F), _h_war_year),
    # "last autumn", "this winter", "минулої зими", "торік восени" (see _h_relative_season)
    (Source(r"\b(?:last|this\s++past|the\s++past|(?P<this>this(?=\s++winter)))\s++(?P<season>spring|summer|autumn|fall|winter)\b"
            r"|(?<!\w)(?:минул(?:ої|ого|ій|ому)|торішн(?:ьої|ього|ій|ьому)|(?P<this2>цієї|цьогорічної)(?=\s++зим))\s++"
            r"(?P<season2>весн[иі]|літа|літі|осені|зим[иі])(?!\w)"
            r"|(?<!\w)(?P<torik>торік)\s++(?P<season3>навесні|влітку|улітку|восени|взимку|узимку)(?!\w)", _F),
     _h_relative_season),
    # "the winter of 2023-2024", "взимку 2023–2024 років"
    (Source(r"\bwinter\s+(?:of\s+)?(?P<y1>20[2-4]\d)\s*[-–—/]\s*(?P<y2>(?:20)?[2-4]\d)\b", _F), _h_winter),
    (Source(r"\b(?:взимку|узимку|зимою|за\s+зиму)\s+(?P<y1>20[2-4]\d)\s*[-–—/]\s*(?P<y2>(?:20)?[2-4]\d)\b", _F), _h_winter),
    # "the first week of December", "за перший тиждень грудня"
    (Source(rf"\b(?:the\s+)?(?P<q>first|second|third|last|1st|2nd|3rd)\s+week\s+of\s+(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_week_of_month),
    (Source(rf"\b(?:за|у|в|протягом)\s+(?P<q>перш\w*|друг\w*|трет\w*|останн\w*)\s+тиж\w+\s+(?P<mon>{_MON})(?:\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_week_of_month),
    # "За 31 день серпня" (the ministry's monthly summaries), "over the 30 days of November": the whole month
    (Source(rf"\b(?:in|during|over|for|throughout)\s+(?:all\s+)?(?:the\s+)?(?:2[89]|3[01]|thirty(?:[- ]one)?)\s+days\s+of\s+"
            rf"(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_month_days),
    (Source(rf"\b(?:за|у|в|протягом|упродовж)\s+(?:усі\s+|всі\s+)?(?:2[89]|3[01]|тридцять(?:\s+один)?)\s+(?:день|дня|дні|днів|діб|доби)\s+"
            rf"(?P<mon>{_MON})(?:\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_month_days),
    # "the first 10 days of December", "за перші 10 днів грудня"
    (Source(rf"\b(?:the\s+)?(?P<q>first|last)\s+(?P<n>\w+)\s+days\s+of\s+(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_month_edge_days),
    (Source(rf"\b(?:за|у|в|протягом)\s+(?P<q>перші|останні)\s+(?P<n>\w+)\s+(?:днів|дні|діб|доби)\s+(?P<mon>{_MON})(?:\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_month_edge_days),
    # "at the beginning of the month", "at the start of 2024", "by the start of February": the day it starts
    (Source(rf"\b(?:at|by)\s+the\s+(?:very\s++)?(?:start|beginning|outset)\s+of\s+(?:(?:the|this)\s+(?P<unit>month|year|week)"
            rf"|(?P<mon>{_MON})(?:,?\s+{_YEAR})?|(?P<y2>20[2-4]\d))\b(?!\s*\d)", _F), _h_period_start),
    (Source(rf"\b(?:in\s+|during\s+|у\s+|в\s+)?(?P<q>early|mid|late|на\s+початку|в\s+середині|у\s+середині|"
                rf"наприкінці|в\s+кінці|у\s+кінці)[-\s]+(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_part_month),
    (Source(r"\b(?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
                r"december)(?:['’]s\b|\s+(?=(?:was|saw|brought|became|had|has\s+been|is)\b))", _F), _h_month),
    (Source(r"\b(?P<mon>січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|"
                r"листопад|грудень)\s+(?=(?:став|стал[аи]?|виявився|був|приніс)\b)", _F), _h_month),
    # "May stands out as the month with the highest tank losses", "the worst month ... was May": the month named
    # as the subject or the complement of a month's record, without a preposition
    (Source(rf"\b(?P<mon>{_MON})\s+(?=(?:was|stands|stood|proved|became|remains|remained)\s)"
            rf"|\b(?:was|were)\s+(?P<mon2>{_MON})\b(?![\s,]*\d)", _F), _h_month_either),
    (Source(rf"\b(?:з|із|від)\s+(?P<mon>{_MON})(?!\s*\d)", _F), lambda m, a: _h_since_vague(m, a)),
    # "перевищує жовтневий показник у 41 980 осіб": October's figure
    (Source(r"\b(?P<stem>січн|лютн|березн|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)(?:ев|ов)"
            r"(?:ий|ого|ому|им|ій|ої|ою|у|і|их|ими|е)\b", _F), _h_month_adjective),
    (Source(rf"\b(?:in|during|for|throughout|over|across|of|by|у|в|за|протягом|упродовж|впродовж|до\s+кінця)\s+(?:the\s+month\s+of\s+)?(?P<mon>{_MON})\b(?!\.?\s*\d)", _F), _h_month),
    # "an average of around 560 ... each day throughout both months": a placeholder for the two months named
    # before it in the sentence (see _month_before)
    (Source(r"\b(?:throughout|over|in|during|for|across)\s+(?:both|the\s+two|these\s+two|those\s+two)\s+months\b"
            r"|\b(?:за|протягом|упродовж)\s+(?:обидва|ці\s+два|два\s+ці)\s+місяці\b", _F),
     lambda m, a: TimeRef("period", m.start(), m.end(), m.group(), (Reading(label_date(a), a, a),), "both_months",
                          is_relative=True)),
    # "in June 2025 were approximately 1,080, totalling around 32,000 soldiers for the month": a placeholder for
    # the month named before it in the sentence (see _month_before)
    (Source(r"\b(?:for|over|in|during|throughout)\s+(?:the|that)\s+month\b(?!\s+(?:of|before|after|earlier|prior|since|to|ahead|leading)\b)"
            r"|\b(?:за|протягом|упродовж)\s+(?:цей|той)\s+місяць\b", _F),
     lambda m, a: TimeRef("period", m.start(), m.end(), m.group(), (Reading(label_date(a), a, a),), "the_month",
                          is_relative=True)),
    # "The next day, ...": a placeholder for the day after the date before it (see _chain_days)
    (Source(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|наступного\s+дня|наступної\s+доби)\b", _F),
     lambda m, a: TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(a), a, a),))),
    # "This came only one day after Kyiv said 1,770 ...": a placeholder for the day before the date before it
    (Source(r"\b(?:one|a)\s+day\s+(?:after|earlier)\b|\bнапередодні\s+того\b", _F),
     lambda m, a: TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(a), a, a),))),
    # "on Monday and the two preceding days", "1,096 and 1,124 in the two days prior": a placeholder for the
    # days before the day named before it (see _days_before)
    (Source(r"\bthe\s+(?:two|three|2|3)\s+(?:preceding|previous|prior)\s+days\b"
            r"|\bthe\s+(?:two|three|2|3)\s+days\s+(?:prior|before|earlier)\b", _F),
     lambda m, a: TimeRef("day", m.start(), m.end(), m.group(), (Reading(label_date(a), a, a),))),
    # "November 11 and 29": the second day of a pair is a day of its own
    (Source(r"\band\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)—–-]|$))(?![,.]\d)", _F), _h_second_day),
    # "during July and August": the second month of a pair is a month of its own
    (Source(rf"\b(?:and|or|та|і|й)\s+(?P<mon>{_MON})\b(?!\.?\s*\d)", _F), _h_second_month),
    (Source(r"\b(?:since|з|із|від)\s+(?:самого\s+початку\s+|початку\s+)?(?P<y>20[12]\d)\b(?:\s*(?:року|р\.))?(?!\s*[-–.]\d)", _F), _h_since_year),
    (Source(r"\b(?:in|during|for|throughout|over|across|of|у|в|за|протягом|упродовж|впродовж)\s+(?:the\s+year\s+)?(?P<y>20[12]\d)\b(?:\s*(?:році|рік|року|р\.))?(?![-–.]\d|\s*\d)", _F), _h_year),
    # "2024 та 2025 роки", "за 2024 та 2025 рік", "2024 and 2025 combined": the two years together, one period
    (Source(r"\b(?P<y1>20[2-4]\d)\s+(?:та|і|й|and)\s+(?P<y2>20[2-4]\d)\s+(?:роки|років|роках|рік|році|combined|together)\b",
                _F), _h_two_years),
    (Source(r"\b(?P<y>20[12]\d)\s*(?:році|рік)\b", _F), _h_year),
    # "2023: 253,290 troops"; "2025 (as of June 4): ...", the year up to a day (_merge_ranges)
    (Source(r"(?<![\d.,/])\b(?P<y>20[2-4]\d)(?::(?=\s)|(?=\s?\((?:as\s+(?:of|at)|up\s+to|станом\s+на)\s))", _F), _h_year),
    (Source(r"\b(?:since|from)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|launch|onset)\s+of\s++(?:(?:russia['’]?s|moscow['’]?s|the|its|his)\s++)?(?:(?:full[- ]scale|all[- ]out|large[- ]scale|massive|russian)\s*+)?(?:russian\s++)?(?:invasion|war|aggression|conflict)(?:\s+(?:of|in|against)\s+ukraine)?(?:\s+(?:in|on)\s+(?:february\s+(?:24,?\s+)?)?2022|" + _WAR_DAY_NO_YEAR + ")?", _F), _h_war),
    # "The cumulative toll of Russian losses throughout the 797-day conflict ... stands at 469,840, translating
    # to a daily average of 560": the war so far, counted in days
    (Source(r"\b(?:throughout|over|during|in)\s+(?:the|its)\s+\d[\d,]*[- ]day(?:[- ]long)?\s+"
            r"(?:(?:full[- ]scale\s+)?(?:war|conflict|invasion))\b", _F), _h_war),
    # "since Russia's February 2022 invasion", "since its full-scale invasion began in February 2022"
    (Source(r"\bsince\s+(?:russia['’]?s\s+|moscow['’]?s\s+|the\s+|its\s+)?(?:(?:feb(?:ruary|\.)?\s+(?:24(?:th)?,?\s+)?)?2022\s+)?(?:full[- ]scale\s+|all[- ]out\s+|large[- ]scale\s+)?(?:russian\s+)?(?:invasion|war|conflict)(?:\s+(?:of|in|against)\s+ukraine)?(?:\s+(?:began|started|commenced|was\s+launched|broke\s+out))?(?:\s+(?:in|on)\s+(?:february\s+(?:24,?\s+)?)?2022|" + _WAR_DAY_NO_YEAR + ")?", _F), _h_war),
    (Source(r"\bsince\s+(?:(?:february|feb\.?)\s+(?:24(?:th)?,?\s+)?2022|24(?:th)?\s+(?:of\s+)?february,?\s+2022|2022|the\s+beginning)\b", _F), _h_war),
    # "since February 24", "from Feb. 24 until March 4", "between February 24 and Friday" with no year: the
    # invasion's day, as "з 24 лютого" below (not a later 24 February: a range whose end has its year is a period)
    (Source(rf"\b(?:since|from|between)\s+(?:the\s+)?(?:feb(?:ruary|\.)?\s+24(?:th)?|24(?:th)?\s+(?:of\s+)?feb(?:ruary|\.)?)"
            rf"(?![\w.]|,?\s*(?:20)?[2-4]\d\b|\s*(?:to|until|till|through|and|-|–|—)\s*+(?:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+20[2-4]\d)",
            _F), _h_war),
    (Source(r"\b(?:з|із|від)\s+(?:самого\s+)?(?:початку|старту)\s++(?:(?:повномасштабного|широкомасштабного|великої|повномасштабної|масштабного|російського)\s*+)?(?:російського\s++)?(?:вторгнення|війни|агресії)(?:\s+(?:росії|рф))?(?:\s+(?:у|в)\s+лютому\s+2022(?:\s+року)?|\s+24\s+лютого\s+2022(?:\s+року)?)?", _F), _h_war),
    (Source(r"\b(?:з|із|від)\s+(?:24\s+лютого|24\.02\.)(?:\s*(?:20)?22)?(?:\s*року)?", _F), _h_war),
    # "the first full month of fighting": March 2022 (the invasion began on 24 February)
    (Source(r"\b(?:in\s+|during\s+)?(?:the\s+)?first\s+full\s+month\s+of\s+(?:the\s+)?(?:full[- ]scale\s+)?"
                r"(?:fighting|war|invasion|combat)|\b(?:у|в|за)\s+перш\w+\s+повн\w+\s+місяц\w+\s+"
                r"(?:великої\s+|повномасштабної\s+)?(?:війни|вторгнення|боїв)", _F),
     lambda m, a: _month_ref(m, 3, 2022, a)),
    # "since the Kremlin launched its full-scale invasion of Ukraine in February 2022"
    (Source(r"\bsince\s+(?:the\s+kremlin|russia|moscow|(?:vladimir\s+)?putin)\s+(?:(?:launched|began|started|"
                r"unleashed|ordered)\s+(?:its|his|the|a)\s+(?:full[- ]scale\s+|all[- ]out\s+|large[- ]scale\s+)?"
                r"(?:invasion|war)(?:\s+(?:of|in|against|on)\s+ukraine)?|invaded\s+ukraine)" + _WAR_DATE, _F), _h_war),
    # "... casualties since invading Ukraine in February 2022", "since it invaded Ukraine in February 2022"
    (Source(r"\bsince\s+(?:invading|(?:it|they|russian\s+(?:forces|troops))\s+invaded)\s+ukraine" + _WAR_DATE, _F),
     _h_war),
    # "since Russian troops crossed Ukraine's borders in February 2022", "since the Kremlin decided to invade
    # Ukraine in February 2022", "since the outbreak of all-out war in the country in February 2022": whatever
    # a running total counts from "since" in February 2022 is the war's start, in any words (up to ten words
    # of letters, no figure, no comma, no "and/or/but/than/until" that would join another clause)
    (Source(r"\bsince\s+(?:(?!(?:and|or|but|than|until|till)\s)[a-z'’-]+\s+){1,10}?(?:in|on)\s+"
            r"(?:(?:late\s+)?feb(?:ruary|\.)?\s+(?:24(?:th)?,?\s+)?|24(?:th)?\s+(?:of\s+)?february,?\s+)2022\b", _F),
     _h_war),
    # "since the conflict began in February last year", "since the war of aggression against Ukraine began
    # in February" (no year, or last year's): what began in February is the war, whatever year the article is
    # written in; the war's noun and a verb of starting are needed, at most four words apart
    (Source(r"\bsince\s+(?:(?!(?:and|or|but|than|until|till)\s)[a-z'’-]+\s+){0,4}?(?:invasion|war|conflict|aggression)"
            r"(?:\s+(?!(?:and|or|but|than|until|till)\b)[a-z'’-]+){0,4}?\s+(?:began|started|commenced|broke\s+out|"
            r"was\s+launched)\s+(?:in|on)\s+(?:late\s+)?feb(?:ruary|\.)?(?:\s+24(?:th)?)?(?:,?\s+last\s+year)?"
            r"(?!\w|,?\s*\d)", _F), _h_war),
    (Source(r"\bsince\s+(?:russia['’]?s\s+|moscow['’]?s\s+|the\s+)?(?:full[- ]scale\s+|all[- ]out\s+)?(?:russian\s+)?"
                r"(?:invasion|war)(?:\s+(?:of|in|against)\s+ukraine)?\s+(?:began|started|was\s+launched)"
                r"\s+on\s+(?:feb(?:ruary|\.)?\s+24(?:th)?|24\s+february),?\s+(?:last\s+year|2022)", _F), _h_war),
    (Source(r"\b(?:з|із|від)\s+(?:24\s+)?лютого\s+(?:20)?22(?:\s*(?:року|р\.))?", _F), _h_war),
    *RELATIVE_PATTERNS,
]


_AS_OF_BEFORE = re.compile(
    r"(?:\bas\s+(?:of|at)|\bby|\bup\s+to|\bстаном\s+на|\bна|\bдо|\bпо|\bthrough|\bthrough\s+to)\s*$", re.I
)
# (_RANGE_NEXT, _PAIR_JOIN) the spaces are read from the start of their run only, possessively:
# both are matched just after a date (never after a space), and from every space of a long
# run they re-read it to its end (quadratic in isolation, issue 14's audit)
_RANGE_NEXT = re.compile(  # "з 27 листопада по 3 грудня"
    r"(?:(?<!\s)\s++)?(?:по|до|to|through|until|till|-|–|—)\s*+\d", re.I
)
_SINCE_BEFORE = re.compile(r"(?:\bsince|\bз|\bіз|\bвід|\bstarting)\s*$", re.I)
# "від" after a report's noun dates the report ("у ранковому зведенні Генштабу від 3 грудня",
# "звіт Генерального штабу ЗСУ від 12 березня"): the noun, then up to six words, then "від"
_REPORT_OF = re.compile(
    r"\b(?:зведенн|звіт|оновленн|інфографік|повідомленн)\w*(?:\s+[\w'’ʼ.-]+){0,6}?\s+від\s*$", re.I
)


# The patterns run on lower-cased text without re.IGNORECASE: the same matches (the patterns
# are written in lower case), several times faster, since case-insensitive Unicode matching
# disables the regex engine's literal shortcuts.
_LOWER_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (guarded(p.pattern, p.flags & ~re.I), h) for p, h in _PATTERNS
]
# The words one of which each pattern's every match holds (patterns.needed; () when none are told),
# and each distinct tuple of them once: a sentence that holds none of them is not scanned by the pattern
_NEEDED = [needed(p) for p, _ in _LOWER_PATTERNS]
_WORD_SETS = list(dict.fromkeys(w for w in _NEEDED if w))
_WORD_SET_OF = [_WORD_SETS.index(w) if w else -1 for w in _NEEDED]
# The words one of which each pattern's every match begins with (patterns.starts; () when none are
# told): the pattern is tried only where they stand, not scanned across the span
_STARTS = [starts(p) for p, _ in _LOWER_PATTERNS]


def _lower_same_length(text: str) -> str:
    """Return ``text`` in lower case, character for character (offsets stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=2)  # the dating pass and the real pass of one check read the same text
def _matches(text: str, spans: tuple[tuple[int, int], ...] | None) -> list[tuple[re.Match[str], Handler]]:
    """Return every date pattern's matches in ``spans`` of ``text``: they do not depend on the as-of date."""
    out: list[tuple[re.Match[str], Handler]] = []
    low = _lower_same_length(text)
    for a, b in spans if spans is not None else [(0, len(text))]:
        piece = low[a:b]
        held: list[bool | None] = [None] * len(_WORD_SETS)  # whether the span holds a word of each set, once asked
        places: dict[str, list[int]] = {}  # where each leading word stands in the span, once asked
        for (pattern, handler), k, words in zip(_LOWER_PATTERNS, _WORD_SET_OF, _STARTS, strict=True):
            if k >= 0:
                has = held[k]
                if has is None:
                    has = held[k] = any(word in piece for word in _WORD_SETS[k])
                if not has:  # no match can lie in the span
                    continue
            found = matches_at(pattern, low, a, b, words, places) if words else pattern.finditer(low, a, b)
            out.extend((match, handler) for match in found if match.group().strip())
        out.extend((match, h_ago) for match in _ago_matches(low, a, b))
    return out


def _ago_matches(low: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """Yield "one week ago", "рік тому" in ``low[a:b]``: from each last word, the phrase that ends with it."""
    for word in AGO_WORDS:  # found by str.find: far cheaper than a pattern's scan of every span
        at = low.find(word, a, b)
        while at != -1:
            end = at + len(word)
            if at > 0 and low[at - 1].isspace() and (end >= len(low) or not (low[end].isalnum() or low[end] == "_")):
                found = AGO.search(low, max(a, at - AGO_REACH), end)
                if found is not None and found.end() == end and not ago_is_a_span(low, found.start()):
                    yield found
            at = low.find(word, end, b)


def find_times(text: str, as_of: date, spans: list[tuple[int, int]] | None = None) -> list[TimeRef]:
    """Return the non-overlapping time references in ``text``, longest first, in text order.

    ``spans`` limits the search to those stretches of the text (sentences that hold a figure):
    a reference never crosses a sentence, and the patterns then scan only where dates matter.
    """
    found: list[TimeRef] = []
    for match, handler in _matches(text, None if spans is None else tuple(spans)):
        ref = handler(match, as_of)
        if ref is not None:
            found.append(_trim_ref(ref, text))
    found.sort(key=lambda r: (r.start_pos, -(r.end_pos - r.start_pos)))
    kept: list[TimeRef] = []
    taken = bytearray(len(text) + 1)  # characters already claimed by a longer reference: linear overall
    for ref in sorted(found, key=lambda r: -(r.end_pos - r.start_pos)):
        if not any(taken[ref.start_pos : ref.end_pos]):
            kept.append(ref)
            taken[ref.start_pos : ref.end_pos] = b"\x01" * (ref.end_pos - ref.start_pos)
    kept.sort(key=lambda r: r.start_pos)
    refs = _two_days(_chain_days(_merge_ranges([_with_context(ref, text, as_of) for ref in kept], text), text), text)
    refs = _days_before(refs, text)
    refs = _month_before(refs, text)
    return _week_within(_as_of_within(_week_to(refs, text), text), text, as_of)


WRITTEN_YEAR = re.compile(r"\b20[2-4]\d\b")  # a year written out ("2024"): the one pattern for it
_PREVIOUS_MONTH = re.compile(
    r"(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?:previous|preceding)\s+month|(?:за\s+|у\s+|в\s+)?попередн(?:ього|ій)\s+місяц[ьяі]",
    re.I,
)
_PREVIOUS_YEAR = re.compile(
    r"(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:previous|preceding)\s+year|(?:за\s+)?попередн(?:ього|ій)\s+р(?:оку|ік)",
    re.I,
)
_PREVIOUS = {"month": _PREVIOUS_MONTH, "year": _PREVIOUS_YEAR}  # "the previous <unit>", by the unit it names


def _one_before(unit: str, named: TimeRef) -> Reading:
    """Return the month or year before the ``named`` one."""
    if unit == "month":
        end = named.primary.start - timedelta(days=1)
        return _month_reading(end.year, end.month)
    year = named.primary.start.year - 1
    return Reading(str(year), date(year, 1, 1), date(year, 12, 31))


def _month_before(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read "the previous month" ("the previous year") after a named month (year) of the same sentence as
    the month (year) before it.

    "In November, Russia lost 45,720 soldiers, up from 41,980 the previous month": October, not
    the month before the article ("У листопаді ... тоді як попереднього місяця — 41 980" the same);
    "Russia had lost 430,790 troops in 2024, a significant rise from its estimate of 253,290 for the
    previous year" (an article of 2 January 2025): 2023. "Last year" ("минулого року") stays the article's.
    "In November, ... 17,060 ..., as well as another 17,080 in December; an average of around 560
    ... each day throughout both months": the two months named before it in the sentence, one after
    the other, taken together; with no such pair the words name nothing. "In June 2025 ... approximately
    1,080, totalling around 32,000 soldiers for the month" ("roughly 36,000 for the month", "за цей
    місяць"): the month named before it in the sentence; with none, nothing.
    """
    out: list[TimeRef] = []
    named: dict[str, TimeRef] = {}  # the last month and the last year named
    before: TimeRef | None = None  # the month named before the last one
    for ref in refs:
        prev = named.get("month")
        if ref.granularity == "the_month":
            if prev is not None and not _SENTENCE_END.search(text, prev.end_pos, ref.start_pos):
                out.append(replace(ref, readings=prev.readings, granularity="month", is_relative=prev.is_relative))
            continue
        if ref.granularity == "both_months":
            first = before
            if (prev is None or first is None or _SENTENCE_END.search(text, first.end_pos, ref.start_pos)
                    or first.primary.end is None or first.primary.end + timedelta(days=1) != prev.primary.start):
                continue
            reading = Reading(f"{first.primary.label} and {prev.primary.label}", first.primary.start, prev.primary.end)
            out.append(replace(ref, readings=(reading,), granularity="range", is_relative=False))
            continue
        for unit, previous in _PREVIOUS.items():
            last = named.get(unit)
            if (last is not None and ref.is_relative and previous.fullmatch(ref.text)
                    and not _SENTENCE_END.search(text, last.end_pos, ref.start_pos)):
                ref = replace(ref, readings=(_one_before(unit, last),), granularity=unit, is_relative=False)
                break
        if ref.granularity in _PREVIOUS and not ref.is_relative and ref.primary.end is not None:
            if ref.granularity == "month":
                before = prev
            named[ref.granularity] = ref
        out.append(ref)
    return out


_DAYS_BEFORE = re.compile(
    r"^the\s+(?P<n>two|three|2|3)\s+(?:(?:preceding|previous|prior)\s+days|days\s+(?:prior|before|earlier))$", re.I)
# one figure for each of those days: "1,320 and 1,096 on Monday and the two preceding days, respectively",
# "1,096 and 1,124 in the two days prior"
_EACH_OF_DAYS = re.compile(r"(?<![\s,]),?\s*+respectively\b", re.I)  # matched right after the reference
_PAIR_BEFORE = re.compile(r"\d\s++and\s++\d[\d,.]*+\s++(?:\w++\s++)?$", re.I)


def _days_before(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read "the two preceding days", "the two days prior" as the days before the day named before it in the sentence.

    With a figure for each ("..., respectively", "1,096 and 1,124 in the two days prior") each figure is
    one of those days (a day with a reading for each); otherwise their span. With no day before it in
    the sentence it names no day and is dropped.
    """
    out: list[TimeRef] = []
    for ref in refs:
        m = _DAYS_BEFORE.match(ref.text)
        if m is None:
            out.append(ref)
            continue
        anchor = next((r for r in reversed(out) if r.kind == "day" and r.end_pos <= ref.start_pos), None)
        if anchor is None or _SENTENCE_END.search(text, anchor.end_pos, ref.start_pos):
            continue
        count = 3 if m["n"].lower() in {"three", "3"} else 2
        days = [anchor.day - timedelta(days=k) for k in range(1, count + 1)]
        if _EACH_OF_DAYS.match(text, ref.end_pos) or _PAIR_BEFORE.search(text, max(0, ref.start_pos - 40), ref.start_pos):
            readings = tuple(Reading(label_date(d), d, d) for d in days)
            out.append(replace(ref, readings=readings, granularity="each", is_relative=anchor.is_relative))
        else:
            reading = Reading(f"{label_date(days[-1])} to {label_date(days[0])}", days[-1], days[0])
            out.append(replace(ref, kind="period", readings=(reading,), granularity="range",
                               is_relative=anchor.is_relative))
    return out


_NEXT_DAY = re.compile(r"^(?:the\s+(?:next|following)\s+day|a\s+day\s+later|наступного\s+дня|наступної\s+доби)$", re.I)
_DAY_BEFORE = re.compile(r"^(?:(?:one|a)\s+day\s+(?:after|earlier)|напередодні\s+того)$", re.I)
_CHAIN_CHARS = 400  # a date carries its year (and is "the next day"'s day) this far, within its paragraph


def _chain_days(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read dates against the date written before them in the same paragraph.

    "On March 1, 2022, ... The next day, ... and by March 3, ...": "the next day" is the day
    after the date before it, and a day written without a year takes the year of a date
    written with one just before it (when that puts it within two months after). A "next
    day" with no date before it is dropped. "The record of November 11 ... came only one day
    after Kyiv said 1,770": "one day after" (what follows) and "a day earlier" are the day
    before the date before them, and are dropped with none.
    """
    out: list[TimeRef] = []
    anchor: TimeRef | None = None
    anchor_year = False  # the anchor's year was written (or carried from a date that wrote it)
    for ref in refs:
        near = anchor is not None and ref.start_pos - anchor.end_pos <= _CHAIN_CHARS and \
            "\n\n" not in text[anchor.end_pos : ref.start_pos]
        carried = False
        step = 1 if _NEXT_DAY.match(ref.text) else -1 if _DAY_BEFORE.match(ref.text) else 0
        if step:
            if anchor is None or not near:
                continue
            day = anchor.day + timedelta(days=step)
            ref, carried = replace(ref, readings=(Reading(label_date(day), day, day),)), anchor_year
        elif (ref.kind == "day" and not ref.is_relative and near and anchor is not None and anchor_year
              and not WRITTEN_YEAR.search(ref.text) and ref.day.year != anchor.day.year):
            same_year = safe_date(anchor.day.year, ref.day.month, ref.day.day)
            if same_year is not None and timedelta(0) <= same_year - anchor.day <= timedelta(days=62):
                reading = Reading(label_date(same_year), same_year, same_year)
                ref, carried = replace(ref, readings=(reading, *ref.readings[1:])), True
        if ref.kind == "day" and step >= 0 and (not ref.is_relative or step):  # "a day earlier" leaves the anchor
            anchor, anchor_year = ref, carried or WRITTEN_YEAR.search(ref.text) is not None
        out.append(ref)
    return out


_WEEK_TO = re.compile(r"\b(?:(?:in|during|over|for)\s+)?the\s+(?:week|seven\s+days|7\s+days)\s+"
                      r"(?:to|ending|ended|through|up\s+to)\s+(?:on\s+)?$|"
                      r"\b(?:за\s+)?тиждень,?\s+що\s+(?:закінчився|завершився)\s+$", re.I)


def _week_to(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read "in the week to Sunday", "the week ending December 1" as the seven days ending that day."""
    out: list[TimeRef] = []
    for ref in refs:
        if ref.kind == "day" and not ref.is_as_of:
            lead = _WEEK_TO.search(text, max(0, ref.start_pos - 40), ref.start_pos)
            if lead is not None:
                end = ref.day
                start = end - timedelta(days=6)
                reading = Reading(f"the week to {label_date(end)} ({label_date(start)} to {label_date(end)})",
                                  start, end)
                ref = replace(ref, kind="period", granularity="range", start_pos=lead.start(),
                              text=text[lead.start() : ref.end_pos], readings=(reading,))
        out.append(ref)
    return out


_PAIR_JOIN = re.compile(r"(?:(?<!\s)\s++)?(?:and|та|і|й)\s*+", re.I)
_BOTH_DAYS = re.compile(r"\b(?:combined|together|in\s+total|(?:over|in|on|during|for)\s+(?:both|the\s+two|these\s+two|"
                        r"those\s+two|these|those)\s+days|за\s+(?:ці|обидві|дві)\s+доби|разом|загалом|сумарно)\b", re.I)


def _two_days(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read "On November 30 and December 1, ... 3,520 troops over the two days" as both days' losses.

    Two consecutive days joined by "and" in a sentence that says the figure covers both
    ("over the two days", "combined", "за ці дві доби", "разом") are one period of those two
    days (granularity "days": the days are named, not unspecified). Without such words a
    figure after two days may be each day's, and the days stay apart.
    """
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == ref.kind == "day" and not prev.is_relative and not ref.is_relative
                and not prev.is_as_of and ref.day == prev.day + timedelta(days=1)
                and _PAIR_JOIN.fullmatch(text, prev.end_pos, ref.start_pos)):
            starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, prev.start_pos - 300), prev.start_pos)]
            after = _SENTENCE_END.search(text, ref.end_pos)
            sentence_end = after.start() if after else len(text)
            if _BOTH_DAYS.search(text, starts[-1] if starts else max(0, prev.start_pos - 300), sentence_end):
                reading = Reading(f"{label_date(prev.day)} and {label_date(ref.day)}", prev.day, ref.day)
                out[-1] = TimeRef("period", prev.start_pos, ref.end_pos, text[prev.start_pos : ref.end_pos],
                                  (reading,), "days")
                continue
        out.append(ref)
    return out


def _as_of_within(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Read "As of December 30, 2024, 427,000 ... in 2024" as the year's losses up to that report.

    An "as of" day inside a month or a year named in the same sentence closes that period:
    the losses from its start to the day before the report of that day (the report of a day
    counts the losses up to the day before it); the second reading is the same reports by
    report date (from the report of the period's first day), so both are read by loss date
    (granularity "to_report", as rolling windows are). A total still reads the report of
    that day.
    """
    out = list(refs)
    for k, ref in enumerate(refs):
        if ref.kind != "day" or not ref.is_as_of:
            continue
        for j, other in enumerate(refs):
            if (other.kind == "period" and other.granularity in {"year", "month"} and other.primary.end is not None
                    and other.primary.start < ref.day <= other.primary.end
                    and not _SENTENCE_END.search(text, min(ref.end_pos, other.end_pos),
                                                 max(ref.start_pos, other.start_pos))):
                end, start = ref.day - timedelta(days=1), other.primary.start
                label = f"{other.primary.label} to the report of {label_date(ref.day)}"
                readings = (Reading(label, start, end),  # loss dates: the report of D closes day D - 1
                            Reading(f"{label}, by report date", start - timedelta(days=1), end))
                # both name the one period, whichever the figure stands next to
                out[k] = replace(ref, kind="period", granularity="to_report", is_as_of=False, readings=readings)
                out[j] = replace(other, granularity="to_report", readings=readings)
                break
    return out


_ONE_WEEK = re.compile(r"(?:in|within|over|during)\s+(?:the\s+(?:space|span)\s+of\s+)?(?:just\s+|only\s+)?(?:a|one)\s+"
                       r"(?:single\s+)?week|"
                       r"(?:за|протягом)\s+(?:один\s+)?тиждень", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _week_within(refs: list[TimeRef], text: str, as_of: date) -> list[TimeRef]:
    """Read "In September, ... within one week" as a week inside the period named before it.

    "One week" after a closed period (a month, a range, a year) in the same sentence is some
    week of that period, not the week before the article: each seven consecutive loss days
    inside it is a reading ("window"), and verification judges the one nearest the figure.
    """
    out: list[TimeRef] = []
    for ref in refs:
        outer = out[-1] if out else None
        if (outer is not None and ref.granularity == "rolling" and _ONE_WEEK.fullmatch(ref.text)
                and outer.kind == "period" and not outer.is_relative and outer.primary.end is not None
                and outer.granularity in {"month", "range", "year"}
                and not _SENTENCE_END.search(text, outer.end_pos, ref.start_pos)):
            first = outer.primary.start
            last = min(outer.primary.end, as_of - timedelta(days=1))
            windows = tuple(
                Reading(f"a week of {outer.primary.label} ({label_date(day)} to "
                        f"{label_date(day + timedelta(days=6))})", day, day + timedelta(days=6))
                for day in (first + timedelta(days=k) for k in range((last - first).days - 5))
            )
            if windows:
                ref = replace(ref, readings=windows, granularity="window", is_relative=False)
        out.append(ref)
    return out


_RANGE_OPEN = re.compile(r"\b(?:between|from|з|із|від)\s*$", re.I)
_OPENS_RANGE = re.compile(r"(?:between|from|з|із|від)\b", re.I)  # a war reference that opens a range itself
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|until|till|-|–|—|по|до|і)\s*$", re.I)
_UP_TO = re.compile(r"^\s*(?:until|till|до)\s*$", re.I)  # a range's end said as "up to" (not "по", "through")
# "2025 (as of June 4)", "2025, up to 4 June", "2025 (станом на 4 червня)": the year up to that day
_YEAR_UP_TO = re.compile(r"^\s?[(,]\s?(?:as\s+of|as\s+at|up\s+to|through|until|to|станом\s+на|по|до)\s+$", re.I)


def _names_weekday(ref: TimeRef) -> bool:
    """Return whether a day reference is a weekday ("Saturday", "on Friday", "в суботу")."""
    words = ref.text.lower().replace("'", "").replace("’", "").split()
    return ref.kind == "day" and bool(words) and words[-1] in WEEKDAYS


def _range_opening(text: str, pos: int) -> int:
    """Return where the word opening a range ("between", "from", "з") before ``pos`` starts.

    Only that word: a line break before it ("... It's About to Get Worse\nBetween January 1 and August 30")
    ends the line before, whose last word is no part of the range.
    """
    lo = max(0, pos - 12)
    m = _RANGE_OPEN.search(text[lo:pos])
    return lo + m.start() if m is not None else pos


def _merge_ranges(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """Join "between January 1 and January 15" (two day references) into one range.

    A start written without its year takes the end's: "з 1 січня до 24 грудня 2025 року" is 1 January
    2025 on, whatever the date the text is read at (read in January 2026, "1 січня" alone is 2026's).

    A range from the invasion's day to a weekday ("between February 24 and Friday") is the war up to that
    day: the totals of that day's report. A year followed by a day of that year it runs to ("2025 (as of
    June 4)") is the year up to that day, not that day.
    """
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "period" and prev.granularity == "year" and ref.kind == "day"
                and not ref.is_relative and ref.day.year == prev.primary.start.year and ref.day > prev.primary.start
                and _YEAR_UP_TO.match(text[prev.end_pos : ref.start_pos])):
            end = ref.end_pos + (text[ref.end_pos : ref.end_pos + 1] == ")")
            reading = Reading(f"{prev.primary.label} to {label_date(ref.day)}", prev.primary.start, ref.day)
            out[-1] = TimeRef("period", prev.start_pos, end, text[prev.start_pos : end], (reading,), "range")
            continue
        if (prev is not None and prev.kind == "day" and ref.kind == "day" and not prev.is_relative
                and not ref.is_relative and prev.day > ref.day
                and WRITTEN_YEAR.search(ref.text) and not WRITTEN_YEAR.search(prev.text)):
            first = safe_date(infer_year(prev.day.month, prev.day.day, ref.day), prev.day.month, prev.day.day)
            if first is not None:
                prev = replace(prev, readings=(Reading(label_date(first), first, first),))
        if (  # "between February 25 and Saturday": a written day and a later weekday too
            prev is not None and prev.kind == "day" and ref.kind == "day" and not prev.is_relative
            and (not ref.is_relative or _names_weekday(ref)) and prev.day < ref.day
            and _RANGE_JOIN.match(text[prev.end_pos : ref.start_pos])
            and _RANGE_OPEN.search(text[max(0, prev.start_pos - 12) : prev.start_pos])
        ):
            start = _range_opening(text, prev.start_pos)
            readings: tuple[Reading, ...] = (Reading(f"{label_date(prev.day)} to {label_date(ref.day)}", prev.day, ref.day),)
            if _UP_TO.match(text[prev.end_pos : ref.start_pos]):
                # "з 1 січня до 24 грудня 2025 року втратила 409,5 тисяч" (Radio Svoboda, 3 Jan 2026): "up to" a
                # day may end at that day's report, the losses of the day before it
                last = ref.day - timedelta(days=1)
                readings += (Reading(f"{label_date(prev.day)} to {label_date(last)} (to the report of "
                                     f"{label_date(ref.day)})", prev.day, last),)
            out[-1] = TimeRef("period", start, ref.end_pos, text[start : ref.end_pos], readings, "range")
            continue
        # "between February 24 and Friday": the war up to that weekday. A written last day stays a day of its own:
        # "listing Russian losses from February 24, 2022 to October 17, 2024, reveals that Russia lost 1,420
        # soldiers ... in one day" names the report, whose day's figures follow
        if (
            prev is not None and prev.kind == "war" and prev.primary.start == WAR_START and prev.primary.end is None
            and ref.kind == "day" and ref.is_relative and ref.day > WAR_START
            and _RANGE_JOIN.match(text[prev.end_pos : ref.start_pos])
            and (_RANGE_OPEN.search(text[max(0, prev.start_pos - 12) : prev.start_pos]) or _OPENS_RANGE.match(prev.text))
        ):
            start = prev.start_pos if _OPENS_RANGE.match(prev.text) else _range_opening(text, prev.start_pos)
            out[-1] = replace(prev, start_pos=start, end_pos=ref.end_pos, text=text[start : ref.end_pos],
                              readings=(Reading("since 24 February 2022", WAR_START, ref.day),), is_as_of=True)
            continue
        out.append(ref)
    return out


def _trim_ref(ref: TimeRef, text: str) -> TimeRef:
    start, end = ref.start_pos, ref.end_pos
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(ref, start_pos=start, end_pos=end, text=text[start:end])


def _with_context(ref: TimeRef, text: str, as_of: date) -> TimeRef:
    """Apply "as of"/"станом на" and "since"/"з" written just before a day reference."""
    if ref.kind != "day" or ref.granularity != "day" and ref.is_relative:
        return ref
    if ref.day == WAR_START and not ref.is_relative:  # "on Feb. 24, 2022": the start of the count
        return _war_like(ref)
    before = text[max(0, ref.start_pos - 16) : ref.start_pos]
    # "since Monday" too: a weekday named as the start of a period
    if _SINCE_BEFORE.search(before) and not _RANGE_NEXT.match(text, ref.end_pos):
        if _REPORT_OF.search(text, max(0, ref.start_pos - 90), ref.start_pos) and not ref.is_relative:
            return ref  # "у зведенні Генштабу від 3 грудня": the report of that day, as "у зведенні за 3 грудня"
        day = ref.day
        if day <= WAR_START:
            return replace(_war_like(ref), start_pos=ref.start_pos)
        return replace(ref, kind="period", granularity="since",
                       readings=(Reading(f"since {label_date(day)}", day, None),
                                 Reading(f"after {label_date(day)}", day + timedelta(days=1), None)))
    if _AS_OF_BEFORE.search(before) and not ref.is_relative:
        return replace(ref, is_as_of=True)
    return ref


def _war_like(ref: TimeRef) -> TimeRef:
    return replace(ref, kind="war", granularity="war", readings=(Reading("since 24 February 2022", WAR_START, None),))
