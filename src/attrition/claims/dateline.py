"""The article's own date, read from its first lines (a dateline or a "Published:" line).

Owns recognising "KYIV, Jan 16 (Reuters) -", "KYIV, January 16, 2025. Text…",
"January 16, 2025", "16 січня 2025, 10:15",
"Published: 2025-01-16" and "Дата: 16.01.2025" at the top of a text, as opposed to a
date inside the first sentence. Pure.
"""

from __future__ import annotations

import re
from datetime import date

from attrition.claims.dates import D_EN, MON, find_times
from attrition.claims.lexicon import month_number
from attrition.claims.timeref import infer_year, safe_date

_DATELINE = [
    re.compile(rf"^\s*(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{{1,40}},\s*)?(?P<date>(?:{D_EN})?(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>20[0-4]\d))?)\s*(?:\([A-Za-zА-Яа-яІіЇї .]{{2,30}}\)\s*)?(?:[-–—:]|\.(?=\s)|$)", re.I | re.M),
    re.compile(rf"^\s*(?:[A-ZА-ЯІЇЄҐ][\w'’.\- ]{{1,40}},\s*)?(?P<date>(?P<d>\d{{1,2}})\s+(?P<mon>{MON})(?:,?\s+(?P<y>20[0-4]\d))?(?:\s*(?:року|р\.))?)(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?)?\s*(?:[-–—:]|\.(?=\s)|$)", re.I | re.M),
    re.compile(r"^\s*+(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*+:?\s*+)?(?P<date>(?P<y>20[0-4]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.I | re.M),
    re.compile(r"^\s*+(?:(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*+:?\s*+)?(?P<date>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20[0-4]\d))(?:,?\s+\d{1,2}:\d{2})?\s*$", re.I | re.M),
    re.compile(r"^\s*(?:date|published|updated|posted|дата|опубліковано|оновлено)\s*:?\s*(?P<date>.{0,40})$", re.I | re.M),
]


def read_dateline(text: str) -> tuple[int | None, int, int] | None:
    """Return (year or None when not written, month, day) of the dateline at the top, if any."""
    found = dateline_match(text)
    return None if found is None else found[0]


def dateline_match(text: str) -> tuple[tuple[int | None, int, int], tuple[int, int]] | None:
    """Return the dateline's (year or None, month, day) and the span of its date, if any."""
    first_lines = "\n".join(text[:400].split("\n")[:4])
    for pattern in _DATELINE:
        m = pattern.search(first_lines)
        if not m:
            continue
        if "mon" in m.re.groupindex and m["mon"]:
            month, day = month_number(m["mon"]), int(m["d"])
        elif "m" in m.re.groupindex and m["m"]:
            month, day = int(m["m"]), int(m["d"])
        else:
            refs = find_times(m["date"], date(2099, 12, 31))
            days = [r for r in refs if r.kind == "day" and not r.is_relative]
            if days and re.search(r"20[0-4]\d", m["date"]):
                return (days[0].day.year, days[0].day.month, days[0].day.day), m.span("date")
            continue
        year = int(m["y"]) if m["y"] else None
        if safe_date(year or 2024, month, day) is not None:
            return (year, month, day), m.span("date")
    return None


def find_dateline(text: str, today: date) -> date | None:
    """Return the article's own date when its first lines carry one, else None."""
    parts = read_dateline(text)
    if parts is None:
        return None
    year, month, day = parts
    return safe_date(year if year is not None else infer_year(month, day, today), month, day)
