"""Dates and headings of the General Staff loss report ("з 24.02.22 по 28.12.23", "as of April 12, 2026").

Owns the month names (English, Ukrainian, Russian), the report heading and loss-day headline
patterns, and :class:`DayMonth`, a printed date whose year may be missing (2022 headings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from attrition.sources.gs_text.items import line_error, script_of

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan січня січень января",
        "february feb лютого лютий февраля",
        "march mar березня березень марта",
        "april apr квітня квітень апреля",
        "may травня травень мая",
        "june jun червня червень июня",
        "july jul липня липень июля",
        "august aug серпня серпень августа",
        "september sept sep вересня вересень сентября",
        "october oct жовтня жовтень октября",
        "november nov листопада листопад ноября",
        "december dec грудня грудень декабря",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])"


def _date_pattern() -> str:
    return (
        r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}|\d{2}))?(?![\d.]\d)"
        rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{_MONTH})\.?,?(?:\s+(?P<ty>\d{{4}}))?"
        rf"|(?P<um>{_MONTH})\.?\s+(?P<ud>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<uy>\d{{4}}))?)"
    )


# "втрат" + the rest of its word, at most 20 letters, never given back (a real ending has at
# most 4: "втратами"): a match tried at every "втрат" of a long run of letters must not scan
# to the run's end each time (a 12,000-letter line took 59 s to parse).
_WORD_REST = r"[^\W\d_]{0,20}+"
_LOSSES = rf"(?i:втрат{_WORD_REST}|losses)"
_HEADING_PREFIX = re.compile(
    r"(?:(?i:загальні|бойові|the|total|estimated|combat|military|russian|enemy's)\s+)+$"
)
_START = (
    r"(?:24(?:\.0?2(?:\.(?:20)?22)?|\s+(?i:лютого|february|feb)\.?(?:,?\s+(?:20)?22)?)"
    r"|(?i:february|feb)\.?\s+24(?:,?\s+(?:20)?22)?)"
)
_RANGE_HEADING = re.compile(
    rf"{_LOSSES}[^\n:]{{0,80}}?(?i:\bвід|\bз|\bіз|\bfrom|\bsince)\s+{_START}"
    rf"(?:\s*(?i:року|р\.|р))?\s+(?i:до|по|to|till|until|through)\s+{_date_pattern()}"
)
_AS_OF_HEADING = re.compile(
    rf"{_LOSSES}[^\n:]{{0,80}}?(?i:\bas\s+of|\bстаном\s+на|\bна)\s+"
    r"(?:(?i:ранок|ранку|the\s+morning\s+of)\s+)?(?:\d{1,2}[.:]\d{2}\s+)?"  # "на ранок", "на 06.00"
    rf"{_date_pattern()}"
)
_HEADLINE = re.compile(
    rf"{_LOSSES}[^\n:]{{0,60}}?(?i:\bon|\bfor|\bза)\s+{_date_pattern()}"
    r"|(?i:losses\b[^\n:]{0,60}?\b(?:over|during|for|in)\s+the\s+(?:last|past)\s+(?:day|24\s+hours))"
    rf"|(?i:втрат{_WORD_REST}[^\n:]{{0,60}}?\bза\s+(?:минулу\s+|останню\s+)?добу)"
)
HEADING_HINT = re.compile(r"(?i)втрат|losses")


def has_heading_hint(text: str) -> bool:
    """Return True if ``text`` holds a "losses"/"втрати" word (cheap test before the patterns)."""
    low = text.lower()
    return "втрат" in low or "losses" in low


# possessive \s*+: what follows never starts with a space, and five adjacent optional
# \s* made a failing match polynomial of degree five in a run of spaces (issue 14)
_HEADING_TAIL = re.compile(
    r"[^\d:]{0,80}:|\s*+(?i:року|р\.)?\s*+\(?(?i:орієнтовно|приблизно|approximately|estimated|about)?"
    r"\)?\s*+(?i:склали|становлять|становили|складають|складали|were|are|amounted\s+to|total)?\s*+"
    r"(?i:approximately|орієнтовно|about)?\s*+[:\-–—]?"
)
DATELINE = re.compile(
    rf"^(?:{_date_pattern()})(?:,?\s*(?:\d{{4}},?\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?)?\.?$"
)


@dataclass(frozen=True, slots=True)
class DayMonth:
    """A date as printed: day, month and the year when the text gives one."""

    day: int
    month: int
    year: int | None
    text: str

    def resolve(self, hint: date | None) -> date:
        """Return the date, taking a missing year from ``hint`` (nearest), else 2022 on.

        A 29 February without a year resolves to the nearest leap year (the first from
        2022 without a hint): _day_month admits it, and a year a few steps away is a
        better answer than a crash (issue 14); callers flag the inferred year.
        """
        if self.year is not None:
            return date(self.year, self.month, self.day)
        if hint is None:
            hint = date(2022, 1, 1)
            years = range(2022, 2026)
        else:
            years = range(hint.year - 4, hint.year + 5)
        options = []
        for year in years:
            try:
                options.append(date(year, self.month, self.day))
            except ValueError:
                continue
        return min(options, key=lambda d: (abs((d - hint).days), d))


@dataclass(frozen=True, slots=True)
class Heading:
    """The report heading found in a line: its date and where it sits."""

    date: DayMonth
    start: int  # offset of the heading in the cleaned line
    end: int  # offset after the heading and its "were approximately:" tail
    script: str  # "uk", "en" or "uk+en"
    dates_differ: bool = False  # a bilingual heading whose two dates disagree


def _day_month(m: re.Match[str], *, path: str | None, line_no: int | None) -> DayMonth:
    g = m.groupdict()
    if g["d"]:
        day, month, year_text = int(g["d"]), int(g["m"]), g["y"]
    elif g["td"]:
        day, month, year_text = int(g["td"]), _MONTHS[g["tm"].casefold()], g["ty"]
    else:
        day, month, year_text = int(g["ud"]), _MONTHS[g["um"].casefold()], g["uy"]
    year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    text = m.group(0)
    try:
        date(year or 2024, month, day)  # 2024: a leap year, so 29.02 without a year passes
    except ValueError:
        raise line_error(
            "heading date is not a calendar date",
            path=path,
            line_no=line_no,
            field="heading_date",
            text=text,
        ) from None
    return DayMonth(day, month, year, text)


def find_heading(
    text: str, *, path: str | None = None, line_no: int | None = None
) -> Heading | None:
    """Return the report heading in a cleaned line ("з 24.02.22 по …", "as of …"), or None."""
    matches = []
    for hint in HEADING_HINT.finditer(text):
        m = _RANGE_HEADING.match(text, hint.start()) or _AS_OF_HEADING.match(text, hint.start())
        if m is not None:
            matches.append(m)
    if not matches:
        return None
    dates = [_day_month(m, path=path, line_no=line_no) for m in matches]
    start = matches[0].start()
    prefix = _HEADING_PREFIX.search(text, max(0, start - 60), start)
    if prefix is not None:
        start = prefix.start()
    end = matches[-1].end()
    tail = _HEADING_TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    differ = len({(d.day, d.month, d.year) for d in dates}) > 1
    return Heading(dates[0], start, end, script_of(text[start:end]), differ)


@dataclass(frozen=True, slots=True)
class Headline:
    """A "losses on <day>" / "over the last day" headline; ``loss_date`` when it names a day."""

    loss_date: DayMonth | None


def find_headline(
    text: str, *, path: str | None = None, line_no: int | None = None
) -> Headline | None:
    """Return the headline in a cleaned line ("losses on April 11, 2026: ..."), or None.

    Call it only on lines that :func:`has_heading_hint` accepts.
    """
    m = _HEADLINE.search(text)
    if m is None:
        return None
    named = m.group("d") or m.group("td") or m.group("um")
    return Headline(_day_month(m, path=path, line_no=line_no) if named else None)
