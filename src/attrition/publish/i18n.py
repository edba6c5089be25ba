"""Wording for published output in Ukrainian and English: numbers, dates, plurals, labels.

Ukrainian follows Ukrainian typography, not a translation of the English: thousands are
separated by a no-break space ("745 700"), decimals by a comma ("1,5"), dates are written
"3 грудня 2024 року", months "у листопаді 2024 року", and nouns agree with numbers
("1 день", "2 дні", "5 днів"). English uses "745,700" and "3 December 2024". Category
names come from :mod:`attrition.model.categories` and nowhere else. Number grouping and
dates in words live in :mod:`attrition.model.wording` (shared with the claim checker) and
are re-exported here.
"""

from __future__ import annotations

from datetime import date

from attrition.errors import UsageError
from attrition.model.categories import get_category
from attrition.model.wording import LANGS as LANGS
from attrition.model.wording import MINUS as MINUS
from attrition.model.wording import MONTHS_EN as _MONTHS_EN
from attrition.model.wording import MONTHS_UK_GEN as _MONTHS_UK_GEN
from attrition.model.wording import MONTHS_UK_NOM as _MONTHS_UK_NOM
from attrition.model.wording import NBSP as NBSP
from attrition.model.wording import NDASH as NDASH
from attrition.model.wording import Lang as Lang
from attrition.model.wording import format_date as format_date
from attrition.model.wording import format_number as format_number
from attrition.model.wording import format_signed as format_signed
from attrition.model.wording import plural_uk as plural_uk

_MONTHS_UK_SHORT = (  # the usual Ukrainian abbreviations
    "січ.", "лют.", "бер.", "квіт.", "трав.", "черв.",
    "лип.", "серп.", "вер.", "жовт.", "лист.", "груд.",
)
_MONTHS_UK_LOC = (
    "січні", "лютому", "березні", "квітні", "травні", "червні",
    "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні",
)


def check_lang(lang: str) -> Lang:
    """Return ``lang`` if it is a supported language; raise UsageError otherwise."""
    if lang == "en":
        return "en"
    if lang == "uk":
        return "uk"
    raise UsageError(f"unknown language {lang!r}; use 'en' or 'uk'", input=lang)






def format_percent(fraction: float, lang: Lang, *, decimals: int = 0, signed: bool = True) -> str:
    """Return a fraction as a percentage: '+12%' (en) or '+12 %' with NBSP (uk)."""
    number = (format_signed if signed else format_number)(fraction * 100, lang, decimals=decimals)
    return number + (f"{NBSP}%" if lang == "uk" else "%")




def format_date_short(day: date, lang: Lang) -> str:
    """Return a compact date for charts and cards: '3 Dec 2024' or '03.12.2024'."""
    if lang == "uk":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {_MONTHS_EN[day.month - 1][:3]} {day.year}"


def format_range(start: date, end: date, lang: Lang) -> str:
    """Return an inclusive range: '1–3 December 2024', '27 November – 3 December 2024' (uk alike)."""
    if start == end:
        return format_date(end, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{NDASH}{format_date(end, lang)}"
    first = format_date(start, lang, with_year=start.year != end.year)
    return f"{first} {NDASH} {format_date(end, lang)}"


def month_name(year: int, month: int, lang: Lang, *, case: str = "nom") -> str:
    """Return a month with its year: 'November 2024'; uk cases 'nom' (листопад 2024 року), 'loc' (у листопаді 2024 року)."""
    if lang == "en":
        return f"{_MONTHS_EN[month - 1]} {year}"
    if case == "loc":
        # every month starts with a consonant, so "у" (not "в") reads right in any context
        return f"у {_MONTHS_UK_LOC[month - 1]} {year}{NBSP}року"
    if case == "gen":
        return f"{_MONTHS_UK_GEN[month - 1]} {year}{NBSP}року"
    return f"{_MONTHS_UK_NOM[month - 1]} {year}{NBSP}року"


def month_short(month: int, lang: Lang) -> str:
    """Return a short month label for axes: 'Nov' or 'лист.'."""
    if lang == "en":
        return _MONTHS_EN[month - 1][:3]
    return _MONTHS_UK_SHORT[month - 1]




def days_phrase(count: int, lang: Lang) -> str:
    """Return '7 days' / '7 днів' with the right plural and a no-break space."""
    if lang == "uk":
        return f"{count}{NBSP}{plural_uk(count, 'день', 'дні', 'днів')}"
    return f"{count}{NBSP}{'day' if count == 1 else 'days'}"


def category_label(key: str, lang: Lang, *, capitalise: bool = False) -> str:
    """Return the category name as the General Staff writes it, from model.categories."""
    cat = get_category(key)
    label = cat.label_uk if lang == "uk" else cat.label_en
    if capitalise and label[:1].islower():
        label = label[:1].upper() + label[1:]
    return label


def unit_label(key: str, count: int, lang: Lang) -> str:
    """Return the unit after a number: 'persons'/'units' or 'осіб'/'од.' as the reports print."""
    cat = get_category(key)
    if lang == "uk":
        return cat.unit_uk
    if cat.unit_en == "persons" and count == 1:
        return "person"
    return cat.unit_en


def convention_label(convention: str, lang: Lang) -> str:
    """Return the convention label printed beside a figure: 'by loss date' / 'за датою втрат'."""
    if convention == "loss":
        return "за датою втрат" if lang == "uk" else "by loss date"
    return "за датою звіту" if lang == "uk" else "by report date"


def ordinal(n: int, lang: Lang) -> str:
    """Return a rank: '15th' (en) or '15-й' (uk, masculine, agreeing with 'день')."""
    if lang == "uk":
        return f"{n}-й"
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def month_word(month: int, lang: Lang, *, case: str = "nom") -> str:
    """Return a month name alone: 'November'; uk 'листопад' (nom) or 'листопада' (gen)."""
    if lang == "en":
        return _MONTHS_EN[month - 1]
    return (_MONTHS_UK_GEN if case == "gen" else _MONTHS_UK_NOM)[month - 1]
