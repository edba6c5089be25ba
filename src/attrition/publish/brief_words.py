"""Small wording helpers shared by the brief's sentences: numbers, means, dates, comparisons."""

from __future__ import annotations

from datetime import date
from typing import Any

from attrition.publish.i18n import Lang, format_date, format_number, format_percent, format_signed


def as_date(value: Any) -> date:
    """Return a date from a date or its ISO text (facts read back from JSON hold text)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def number(value: float | None, lang: Lang) -> str:
    """Return a whole number in the language's grouping ("–" for None)."""
    return "–" if value is None else format_number(round(value), lang)


def mean(value: float | None, lang: Lang) -> str:
    """Return a daily mean: whole numbers from 100 up, one decimal below (3.3 tanks a day)."""
    if value is None:
        return "–"
    return format_number(value, lang, decimals=0 if abs(value) >= 100 else 1)


def signed_mean(value: float, lang: Lang) -> str:
    """Return a signed difference of daily means with the precision of :func:`mean`."""
    return format_signed(value, lang, decimals=0 if abs(value) >= 100 else 1)


def day_text(day: date, ref: date, lang: Lang) -> str:
    """Return a date with its year only when it differs from the reference year."""
    return format_date(day, lang, with_year=day.year != ref.year)


def more_less(pct: float | None, lang: Lang, prev_text: str) -> str:
    """Return ', 23.7% more than …' / '; це на 23,7 % більше, ніж …' (empty without a pct)."""
    if pct is None:
        return ""
    if lang == "uk":
        word = "більше" if pct >= 0 else "менше"
        return f"; це на {format_percent(abs(pct) / 100, lang, decimals=1, signed=False)} " \
               f"{word}, ніж {prev_text}"
    word = "more" if pct >= 0 else "fewer"
    return f", {format_percent(abs(pct) / 100, lang, decimals=1, signed=False)} {word} than " \
           f"{prev_text}"
