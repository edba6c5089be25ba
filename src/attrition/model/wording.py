"""Number and date wording shared by every face that writes Ukrainian or English prose.

Owns the one implementation of thousands grouping ("745,700" / "745 700" with a no-break
space), signed figures, and dates in words ("3 December 2024" / "3 грудня 2024 року").
publish/i18n.py re-exports these; claims/explain.py uses them directly (claims may not
import publish). No I/O.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

Lang = Literal["en", "uk"]
LANGS: tuple[Lang, ...] = ("en", "uk")

NBSP = "\u00a0"
NDASH = "\u2013"
MINUS = "\u2212"

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_UK_NOM = (
    "січень", "лютий", "березень", "квітень", "травень", "червень",
    "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
)
MONTHS_UK_GEN = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)


def format_number(value: int | float, lang: Lang, *, decimals: int = 0) -> str:
    """Return ``value`` grouped by thousands: '745,700' (en) or '745 700' with NBSP (uk)."""
    text = f"{abs(value):,.{decimals}f}"
    if lang == "uk":
        text = text.replace(",", NBSP).replace(".", ",")
    sign = MINUS if value < 0 and round(abs(value), decimals) != 0 else ""
    return sign + text


def format_signed(value: int | float, lang: Lang, *, decimals: int = 0) -> str:
    """Return ``value`` with an explicit sign: '+1,670', '−25' (true minus), '0'."""
    if round(value, decimals) == 0:
        return format_number(0, lang, decimals=decimals)
    sign = "+" if value > 0 else ""
    return sign + format_number(value, lang, decimals=decimals)


def format_date(day: date, lang: Lang, *, with_year: bool = True) -> str:
    """Return a date in words: '3 December 2024' or '3 грудня 2024 року'."""
    if lang == "uk":
        text = f"{day.day}{NBSP}{MONTHS_UK_GEN[day.month - 1]}"
        return f"{text} {day.year}{NBSP}року" if with_year else text
    text = f"{day.day}{NBSP}{MONTHS_EN[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def plural_uk(count: int, one: str, few: str, many: str) -> str:
    """Return the Ukrainian noun form for ``count``: 1 день, 2 дні, 5 днів, 21 день, 11 днів."""
    n = abs(count) % 100
    if 11 <= n <= 14:
        return many
    if n % 10 == 1:
        return one
    if 2 <= n % 10 <= 4:
        return few
    return many
