"""Dates and periods in news text, English and Ukrainian, resolved against an as-of date.

Owns reading "January 7", "7 січня 2025", "24.02.22", "in December", "у грудні", "in 2024",
"yesterday", "on Monday", "over the past week", "за минулу добу", "this month", "since
mid-October", "з середини жовтня", "since the start of the full-scale invasion", ranges
("from 1 to 7 January") and the article's dateline. Every reference becomes a
:class:`TimeRef` with calendar bounds and, where words are vague, alternative boundary
readings. Which report a date selects is decided later (verify), under both conventions.
Pure: ``as_of`` is always passed in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from attrition.claims.lexicon import MONTHS, WEEKDAYS, month_number
from attrition.model.dates import WAR_START


@dataclass(frozen=True)
class Reading:
    """One way to read a time reference: inclusive calendar bounds and a label."""

    label: str
    start: date
    end: date | None  # None: up to the latest report (an open "since X" or "this month")


@dataclass(frozen=True)
class TimeRef:
    """A date or period found in a text, resolved against the as-of date."""

    kind: str  # "day", "period" or "war" (since the full-scale invasion)
    start_pos: int
    end_pos: int
    text: str
    readings: tuple[Reading, ...]  # the first is the primary reading
    granularity: str = "day"  # day, week, month, year, range, since, rolling, latest, war
    is_as_of: bool = False  # "as of 7 January" / "станом на": a cumulative total on that day
    is_relative: bool = False  # resolved from the as-of date ("yesterday", "last week")

    @property
    def primary(self) -> Reading:
        """Return the primary reading."""
        return self.readings[0]

    @property
    def day(self) -> date:
        """Return the (first) day the reference names."""
        return self.readings[0].start


_MON = MONTHS.pattern
_DAYNUM = r"(?P<d>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ого))?"
_YEAR = r"(?P<y>20[0-4]\d)"
_F = re.I | re.U


def _d(day: date) -> str:
    """Return "19 Dec 2024" for labels."""
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, as_of: date) -> int:
    """Return the year that puts day/month on or before ``as_of`` (most recent occurrence)."""
    candidate = _safe_date(as_of.year, month, min(day, 28 if month == 2 else day))
    return as_of.year if candidate is None or candidate <= as_of else as_of.year - 1


def _year(value: str | None) -> int | None:
    if not value:
        return None
    year = int(value)
    return year + 2000 if year < 100 else year


def _day_ref(m: re.Match[str], as_of: date, *, month: int, day: int, year: int | None) -> TimeRef | None:
    if year is None:
        year = _infer_year(month, day, as_of)
    when = _safe_date(year, month, day)
    if when is None:
        return None
    return TimeRef("day", m.start(), m.end(), m.group(), (Reading(_d(when), when, when),))


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_ref(m: re.Match[str], month: int, year: int | None, as_of: date) -> TimeRef:
    if year is None:
        year = as_of.year if month <= as_of.month else as_of.year - 1
    start, end = _month_bounds(year, month)
    label = f"{calendar.month_name[month]} {year}"
    return TimeRef("period", m.start(), m.end(), m.group(), (Reading(label, start, end),), "month")


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

Handler = Callable[[re.Match[str], date], TimeRef | None]


def _h_iso(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _day_ref(m, as_of, month=int(m["m"]), day=int(m["d"]), year=int(m["y"]))


def _h_numeric(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _day_ref(m, as_of, month=int(m["m"]), day=int(m["d"]), year=_year(m["y"]))


def _h_month_day(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _day_ref(m, as_of, month=month_number(m["mon"]), day=int(m["d"]), year=_year(m["y"]))


def _h_month_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"]), int(m["y"]), as_of)


def _h_month(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _month_ref(m, month_number(m["mon"]), None, as_of)


def _h_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _year_ref(m, int(m["y"]))


def _h_range(m: re.Match[str], as_of: date) -> TimeRef | None:
    month = month_number(m["mon"])
    year = _year(m["y"]) or _infer_year(month, int(m["d2"]), as_of)
    first, last = _safe_date(year, month, int(m["d1"])), _safe_date(year, month, int(m["d2"]))
    if first is None or last is None or last < first:
        return None
    if m.group().lower().startswith("between") and (last - first).days == 1:
        # "between November 28 and 29": one General Staff day, the losses of the 28th
        return TimeRef("day", m.start(), m.end(), m.group(), (Reading(_d(first), first, first),))
    reading = Reading(f"{_d(first)} to {_d(last)}", first, last)
    return TimeRef("period", m.start(), m.end(), m.group(), (reading,), "range")


def _h_since_vague(m: re.Match[str], as_of: date) -> TimeRef | None:
    groups = m.groupdict()
    month = month_number(m["mon"])
    year = _year(groups.get("y")) or (as_of.year if month <= as_of.month else as_of.year - 1)
    word = (groups.get("q") or "").lower()
    last = calendar.monthrange(year, month)[1]
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


def _h_since_year(m: re.Match[str], as_of: date) -> TimeRef | None:
    year = int(m["y"])
    return _since(m, [(f"{year}", date(year, 1, 1))])


def _h_war(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _war(m)


def _h_gs_heading(m: re.Match[str], as_of: date) -> TimeRef | None:
    month, day = int(m["m"]), int(m["d"])
    end = _safe_date(_year(m["y"]) or _infer_year(month, day, as_of), month, day)
    return _war(m, end) if end else None


def _relative(m: re.Match[str], start: date, end: date | None, label: str, gran: str) -> TimeRef:
    reading = Reading(label, start, end)
    kind = "day" if gran in {"day", "latest"} else "period"
    return TimeRef(kind, m.start(), m.end(), m.group(), (reading,), gran, is_relative=True)


def _h_yesterday(m: re.Match[str], as_of: date) -> TimeRef | None:
    day = as_of - timedelta(days=1)
    return _relative(m, day, day, f"yesterday ({_d(day)})", "day")


def _h_today(m: re.Match[str], as_of: date) -> TimeRef | None:
    return _relative(m, as_of, as_of, f"today ({_d(as_of)})", "day")


def _h_latest(m: re.Match[str], as_of: date) -> TimeRef | None:
    """"Over the past day", "за минулу добу": the latest report, or the one before it."""
    day = as_of - timedelta(days=1)
    ref = _relative(m, day, day, f"the past day (losses of {_d(day)})", "latest")
    earlier = day - timedelta(days=1)
    alt = Reading(f"the day before (losses of {_d(earlier)})", earlier, earlier)
    return replace(ref, readings=(*ref.readings, alt))


def _count(word: str) -> int | None:
    from attrition.claims.numbers import parse_count

    return parse_count(word)


def _rolling(m: re.Match[str], days: int, as_of: date) -> TimeRef:
    """The latest ``days`` reports (losses up to as-of − 1), or up to the report before."""
    last = as_of - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    shift = timedelta(days=1)
    label = f"the past {days} days"
    readings = (
        Reading(f"{label} ({_d(first)} to {_d(last)})", first, last),
        Reading(f"{label} ({_d((first - shift))} to {_d((last - shift))})",
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
            ref = _relative(m, start, start + timedelta(days=6), f"last week ({_d(start)} to "
                            f"{_d((start + timedelta(days=6)))})", "week")
            return replace(ref, readings=(*ref.readings, *_rolling(m, 7, as_of).readings))
        return _relative(m, monday, None, f"this week (since {_d(monday)})", "week")
    if unit.startswith(("month", "місяц")):
        first = as_of.replace(day=1)
        if is_last:
            prev_end = first - timedelta(days=1)
            start, end = _month_bounds(prev_end.year, prev_end.month)
            return _relative(m, start, end, f"{calendar.month_name[start.month]} {start.year}", "month")
        return _relative(m, first, None, f"{calendar.month_name[first.month]} {first.year} so far", "month")
    year = as_of.year - 1 if is_last else as_of.year
    if is_last:
        return _relative(m, date(year, 1, 1), date(year, 12, 31), str(year), "year")
    return _relative(m, date(year, 1, 1), None, f"{year} so far", "year")


def _h_since_period_start(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = m["unit"].lower()
    if unit.startswith(("month", "місяц")):
        start = as_of.replace(day=1)
    elif unit.startswith(("week", "тиж")):
        start = as_of - timedelta(days=as_of.weekday())
    else:
        start = date(as_of.year, 1, 1)
    return _relative(m, start, None, f"since {_d(start)}", "since")


_D_EN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"(?:from|з|від)\s+24\.0?2(?:\.(?:20)?22)?\s+(?:to|по|до|-|–)\s+(?P<d>\d{1,2})\.(?P<m>\d{2})(?:\.(?P<y>\d{4}|\d{2}))?", _F), _h_gs_heading),
    (re.compile(r"\b(?P<y>20[0-4]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _h_iso),
    (re.compile(r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20[0-4]\d|\d{2})(?![\d]|\.\d)"), _h_numeric),
    (re.compile(rf"\bbetween\s+(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?", _F), _h_range),
    (re.compile(rf"\b(?:from\s+|between\s+)?(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|and|until)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,.]\d)(?:,?\s+{_YEAR})?", _F), _h_range),
    (re.compile(rf"(?:\b(?:з|із|від|from|between)\s+)?(?<![\d.,])(?P<d1>\d{{1,2}})\s*(?:-|–|—|по|до|to|and)\s*(?P<d2>\d{{1,2}})(?:-?го)?\s+(?P<mon>{_MON})(?:,?\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_range),
    (re.compile(rf"\bsince\s+(?:the\s+)?(?P<q>early|mid|late|(?:start|beginning|middle|end)\s+of)[-\s]+(?:the\s+)?(?P<mon>{_MON})(?:,?\s+{_YEAR})?", _F), _h_since_vague),
    (re.compile(rf"\b(?:з|із|від)\s+(?P<q>середини|початку|кінця)\s+(?P<mon>{_MON})(?:\s+{_YEAR}(?:\s*(?:року|р\.))?)?", _F), _h_since_vague),
    (re.compile(rf"{_D_EN}\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d]|[,.]\d)(?:,?\s+(?P<y>20[0-4]\d)\b)?", _F), _h_month_day),
    (re.compile(rf"(?<![\d.,])\b{_DAYNUM}\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>20[0-4]\d)(?:\s*(?:року|р\.))?)?", _F), _h_month_day),
    (re.compile(rf"\b(?P<mon>{_MON})(?:\s+of)?,?\s+{_YEAR}(?:\s*(?:року|р\.|рік))?\b", _F), _h_month_year),
    (re.compile(rf"\bsince\s+(?P<mon>{_MON})(?!\s*\d)", _F), lambda m, a: _h_since_vague(m, a)),
    (re.compile(rf"\b(?:з|із|від)\s+(?P<mon>{_MON})(?!\s*\d)", _F), lambda m, a: _h_since_vague(m, a)),
    (re.compile(rf"\b(?:in|during|for|throughout|over|across|of|у|в|за|протягом|упродовж|впродовж)\s+(?:the\s+month\s+of\s+)?(?P<mon>{_MON})\b(?!\s*\d)", _F), _h_month),
    (re.compile(r"\b(?:since|з|із|від)\s+(?P<y>20[12]\d)\b(?!\s*[-–.]\d)", _F), _h_since_year),
    (re.compile(r"\b(?:in|during|for|throughout|over|across|of|у|в|за|протягом|упродовж|впродовж)\s+(?:the\s+year\s+)?(?P<y>20[12]\d)\b(?:\s*(?:році|рік|року|р\.))?(?![-–.]\d|\s*\d)", _F), _h_year),
    (re.compile(r"\b(?P<y>20[12]\d)\s*(?:році|рік)\b", _F), _h_year),
    (re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|launch|onset)\s+of\s+(?:(?:russia'?s|moscow'?s|the)\s+)?(?:full[- ]scale|all[- ]out|large[- ]scale|massive|russian)?\s*(?:russian\s+)?(?:invasion|war|aggression)(?:\s+(?:of|in|against)\s+ukraine)?(?:\s+(?:in|on)\s+(?:february\s+(?:24,?\s+)?)?2022)?", _F), _h_war),
    (re.compile(r"\bsince\s+(?:russia'?s\s+|moscow'?s\s+|the\s+)?(?:full[- ]scale\s+|all[- ]out\s+|large[- ]scale\s+)?(?:russian\s+)?(?:invasion|war)(?:\s+(?:of|in|against)\s+ukraine)?(?:\s+(?:began|started|was\s+launched|broke\s+out))?(?:\s+(?:in|on)\s+(?:february\s+(?:24,?\s+)?)?2022)?", _F), _h_war),
    (re.compile(r"\bsince\s+(?:(?:february|feb\.?)\s+(?:24(?:th)?,?\s+)?2022|24(?:th)?\s+(?:of\s+)?february,?\s+2022|2022|the\s+beginning)\b", _F), _h_war),
    (re.compile(r"\b(?:з|із|від)\s+(?:самого\s+)?(?:початку|старту)\s+(?:повномасштабного|широкомасштабного|великої|повномасштабної|масштабного|російського)?\s*(?:російського\s+)?(?:вторгнення|війни|агресії)(?:\s+(?:росії|рф))?(?:\s+(?:у|в)\s+лютому\s+2022(?:\s+року)?|\s+24\s+лютого\s+2022(?:\s+року)?)?", _F), _h_war),
    (re.compile(r"\b(?:з|із|від)\s+(?:24\s+лютого|24\.02\.)(?:\s*(?:20)?22)?(?:\s*року)?", _F), _h_war),
    (re.compile(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding|latest)\s+(?:24|twenty[- ]four)\s+hours\b|\b(?:in|over|during|for)\s+the\s+(?:past|last|previous|preceding)\s+day\b|\bthe\s+(?:previous|preceding)\s+day\b|\bovernight\b|\bthe\s+day\s+before\b|\b(?:за|протягом|упродовж|впродовж)\s+(?:минулої|минулу|останньої|останню|попередньої|попередню)?\s*доб[иу]\b|\bминулої\s+доби\b|\bнапередодні\b|\bза\s+(?:останні\s+)?24\s+години\b|\bза\s+ніч\b", _F), _h_latest),
    (re.compile(r"\b(?:yesterday|вчора|учора)\b", _F), _h_yesterday),
    (re.compile(r"\b(?:today|сьогодні)\b", _F), _h_today),
    (re.compile(r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:у|в)\s+(?P<wd2>понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю)\b", _F), lambda m, a: _h_weekday_any(m, a)),
    (re.compile(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<n>\w+)\s+(?P<unit>days|weeks|months)\b|\b(?:за|протягом|упродовж)\s+(?:останні|минулі|попередні)\s+(?P<n2>\w+)\s+(?P<unit2>днів|дні|діб|доби|тижні|тижнів|місяці|місяців)\b", _F), lambda m, a: _h_rolling_any(m, a)),
    (re.compile(r"\b(?:in|over|during|for|within)?\s*(?:the\s+)?(?:past|previous|preceding)\s+(?P<unit>week|fortnight|month)\b|\b(?:this|the)\s+past\s+(?P<unit3>week|month)\b|\b(?:за|протягом|упродовж)\s+(?:останній\s+|останні\s+)?(?P<unit2>тиждень|місяць|два\s+тижні)\b", _F), lambda m, a: _h_rolling_unit(m, a)),
    (re.compile(r"\b(?P<which>last|previous|this)\s+(?P<unit>week|month|year)\b|\b(?P<which2>минулого|цього|попереднього|поточного)\s+(?P<unit2>тижня|місяця|року)\b|\bза\s+(?P<which3>минулий|попередній|цей)\s+(?P<unit3>тиждень|місяць|рік)\b", _F), lambda m, a: _h_calendar_any(m, a)),
    (re.compile(r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>year|month|week)\b|\bso\s+far\s+this\s+(?P<unit2>year|month|week)\b|\b(?:з|від)\s+початку\s+(?P<unit3>року|місяця|тижня)\b|\byear[- ]to[- ]date\b", _F), lambda m, a: _h_since_start_any(m, a)),
]


def _first(m: re.Match[str], *names: str) -> str | None:
    for name in names:
        if name in m.re.groupindex and m[name]:
            return m[name]
    return None


def _h_weekday_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    word = _first(m, "wd", "wd2") or ""
    key = word.lower().replace("'", "").replace("’", "").replace("ʼ", "")
    if key not in WEEKDAYS:
        return None
    target = WEEKDAYS[key]
    day = as_of - timedelta(days=(as_of.weekday() - target) % 7)
    return _relative(m, day, day, f"{calendar.day_name[target]} ({_d(day)})", "day")


def _h_rolling_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    n, unit = _first(m, "n", "n2"), _first(m, "unit", "unit2")
    count = _count(n or "")
    if count is None or count <= 0 or unit is None:
        return None
    unit = unit.lower()
    per = 7 if unit.startswith(("week", "тиж")) else 30 if unit.startswith(("month", "місяц")) else 1
    return _rolling(m, count * per, as_of)


def _h_rolling_unit(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = (_first(m, "unit", "unit2", "unit3") or "").lower()
    days = 14 if unit.startswith(("fortnight", "два")) else 30 if unit.startswith(("month", "місяц")) else 7
    return _rolling(m, days, as_of)


def _h_calendar_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    which = (_first(m, "which", "which2", "which3") or "").lower()
    unit = (_first(m, "unit", "unit2", "unit3") or "").lower()
    fake = _Groups(m, {"which": "last" if which in {"last", "previous", "минулого", "попереднього", "минулий", "попередній"} else "this", "unit": unit})
    return _h_calendar(fake, as_of)  # type: ignore[arg-type]


def _h_since_start_any(m: re.Match[str], as_of: date) -> TimeRef | None:
    unit = (_first(m, "unit", "unit2", "unit3") or "year").lower()
    return _h_since_period_start(_Groups(m, {"unit": unit}), as_of)  # type: ignore[arg-type]


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


_AS_OF_BEFORE = re.compile(
    r"(?:\bas\s+(?:of|at)|\bby|\bup\s+to|\bстаном\s+на|\bна|\bдо|\bпо|\bthrough|\bthrough\s+to)\s*$", re.I
)
_SINCE_BEFORE = re.compile(r"(?:\bsince|\bз|\bіз|\bвід|\bstarting)\s*$", re.I)


def find_times(text: str, as_of: date) -> list[TimeRef]:
    """Return the non-overlapping time references in ``text``, longest first, in text order."""
    found: list[TimeRef] = []
    for pattern, handler in _PATTERNS:
        for match in pattern.finditer(text):
            if not match.group().strip():
                continue
            ref = handler(match, as_of)
            if ref is not None:
                found.append(_trim_ref(ref, text))
    found.sort(key=lambda r: (r.start_pos, -(r.end_pos - r.start_pos)))
    kept: list[TimeRef] = []
    for ref in sorted(found, key=lambda r: -(r.end_pos - r.start_pos)):
        if not any(k.start_pos < ref.end_pos and ref.start_pos < k.end_pos for k in kept):
            kept.append(ref)
    kept.sort(key=lambda r: r.start_pos)
    return [_with_context(ref, text, as_of) for ref in kept]


def _trim_ref(ref: TimeRef, text: str) -> TimeRef:
    start, end = ref.start_pos, ref.end_pos
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(ref, start_pos=start, end_pos=end, text=text[start:end])


def _with_context(ref: TimeRef, text: str, as_of: date) -> TimeRef:
    """Apply "as of"/"станом на" and "since"/"з" written just before a day reference."""
    if ref.kind != "day" or ref.is_relative:
        return ref
    before = text[max(0, ref.start_pos - 16) : ref.start_pos]
    if _SINCE_BEFORE.search(before):
        day = ref.day
        if day <= WAR_START:
            return replace(_war_like(ref), start_pos=ref.start_pos)
        return replace(ref, kind="period", granularity="since",
                       readings=(Reading(f"since {_d(day)}", day, None),
                                 Reading(f"after {_d(day)}", day + timedelta(days=1), None)))
    if _AS_OF_BEFORE.search(before):
        return replace(ref, is_as_of=True)
    return ref


def _war_like(ref: TimeRef) -> TimeRef:
    return replace(ref, kind="war", granularity="war", readings=(Reading("since 24 February 2022", WAR_START, None),))


_DATELINE = [
    re.compile(rf"^\s*(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{{1,40}},\s*)?(?P<date>(?:{_D_EN})?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>20[0-4]\d))?)\s*(?:\([A-Za-zА-Яа-яІіЇї .]{{2,30}}\)\s*)?(?:[-–—:]|$)", re.I | re.M),
    re.compile(rf"^\s*(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{{1,40}},\s*)?(?P<date>(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})(?:,?\s+(?P<y>20[0-4]\d))?(?:\s*(?:року|р\.))?)(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?)?\s*(?:[-–—:]|$)", re.I | re.M),
    re.compile(r"^\s*(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*)?(?P<date>(?P<y>20[0-4]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.I | re.M),
    re.compile(r"^\s*(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*)?(?P<date>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20[0-4]\d))(?:,?\s+\d{1,2}:\d{2})?\s*$", re.I | re.M),
    re.compile(r"^\s*(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*(?P<date>.{0,40})$", re.I | re.M),
]


def find_dateline(text: str, today: date) -> date | None:
    """Return the article's own date when its first lines carry one, else None."""
    head = text[:400]
    lines = head.split("\n")
    first_lines = "\n".join(lines[:4])
    for pattern in _DATELINE:
        m = pattern.search(first_lines)
        if not m:
            continue
        if "mon" in m.re.groupindex and m["mon"]:
            month, day = month_number(m["mon"]), int(m["d"])
        elif "m" in m.re.groupindex and m["m"]:
            month, day = int(m["m"]), int(m["d"])
        else:
            refs = find_times(m["date"], today)
            days = [r for r in refs if r.kind == "day" and not r.is_relative]
            if days:
                return days[0].day
            continue
        year = int(m["y"]) if m["y"] else _infer_year(month, day, today)
        found = _safe_date(year, month, day)
        if found is not None:
            return found
    return None
