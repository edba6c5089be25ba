"""Wording shared by the brief's sentences (numbers, means, dates, comparisons), and its closing
sections in words: the findings that touch its numbers, and the caveats.

Findings are grouped by kind and day (one line for five categories revised on the same
morning) and worded per kind in both languages; an unknown kind falls back to the
stored English message so nothing is dropped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrition.publish.brief.facts import Brief, Fact
from attrition.publish.i18n import (
    Lang,
    category_label,
    days_phrase,
    format_date,
    format_number,
    format_percent,
    format_signed,
)


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


_KINDS: dict[str, tuple[str, str]] = {
    "disagreement": (
        "sources disagree on {cats}; the record uses the value most sources (or the official "
        "text) give",
        "джерела подають різні значення ({cats}); у записі — значення більшості джерел або "
        "офіційного тексту",
    ),
    "increment_mismatch": (
        "the printed daily figure differs from the change in the total ({cats}): a revision "
        "by the General Staff",
        "надрукований добовий приріст не збігається зі зміною підсумку ({cats}) — уточнення "
        "Генштабу",
    ),
    "total_decreased": (
        "the total fell ({cats}): a downward revision",
        "підсумок зменшився ({cats}) — уточнення в бік зменшення",
    ),
    "personnel_unchanged": (
        "one source ({source}) repeats the previous day's personnel total; the others do not",
        "одне джерело ({source}) повторює підсумок особового складу за попередній день; "
        "інші — ні",
    ),
    "repeated_day": (
        "one source ({source}) repeats the previous day's figures",
        "одне джерело ({source}) повторює дані попереднього дня",
    ),
    "not_multiple_of_10": (
        "a personnel total that is not a multiple of 10 in one source ({source}), probably a typo",
        "в одному джерелі ({source}) кількість особового складу не кратна 10 — імовірно, описка",
    ),
    "missing_reports": (
        "a report is missing before this one; its increase covers {span}",
        "перед цим звітом бракує звіту; приріст охоплює {span}",
    ),
}

_CAVEATS: dict[str, tuple[str, str]] = {
    "own_figures": (
        "All figures are the General Staff of the Armed Forces of Ukraine's own; they are not "
        "independently verified.",
        "Усі цифри — дані Генерального штабу ЗСУ; незалежно їх не перевірено.",
    ),
    "personnel": (
        "Personnel means killed and wounded (\"liquidated\"), not killed only; the General "
        "Staff gives it as an approximate figure (\"about\").",
        "Особовий склад — це вбиті й поранені («ліквідовано»), а не лише загиблі; Генштаб "
        "подає цю цифру як приблизну («близько»).",
    ),
    "independent": (
        "Independent counts differ by design: named-death tallies (Mediazona, BBC) and "
        "visually confirmed equipment losses (Oryx) are far lower.",
        "Незалежні підрахунки відрізняються за методом: списки загиблих з іменами (Медіазона, "
        "Бі-Бі-Сі) і візуально підтверджені втрати техніки (Oryx) значно менші.",
    ),
    "conventions": (
        "Dates: a report published on day D counts the losses of day D − 1 (the loss date). "
        "Monthly figures use the loss date, as the Ministry of Defence does; the report-date "
        "figure is given beside them.",
        "Дати: звіт, оприлюднений у день D, містить втрати за добу D − 1 (дата втрат). Місячні "
        "підсумки — за датою втрат, як у Міністерства оборони; поруч — за датою звіту.",
    ),
}


def caveat_lines(brief: Brief, lang: Lang) -> list[str]:
    """Return the standard caveats in ``lang``."""
    return [_CAVEATS[key][1 if lang == "uk" else 0] for key in brief.caveats]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def say_findings(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """One line per kind and day: corrections, gaps, disagreements and typos in the window."""
    groups: dict[tuple[date, str], list[dict[str, Any]]] = {}
    for item in fact.data["items"]:
        if item["report_date"] is None:
            continue
        groups.setdefault((_day(item["report_date"]), item["kind"]), []).append(item)
    if not groups:
        return ["Уточнень, пропусків чи розбіжностей, що стосуються цих чисел, немає."
                if lang == "uk" else
                "No revisions, gaps or disagreements touch these numbers."]
    out = []
    for (day, kind), items in sorted(groups.items()):
        cats = ", ".join(sorted({category_label(i["category"], lang) for i in items
                                 if i["category"]}))
        source = ", ".join(sorted({i["source"] for i in items if i["source"]}))
        span = days_phrase(max(i.get("span_days") or 2 for i in items), lang)
        template = _KINDS.get(kind)
        if template is None:
            text = "; ".join(i["message"] for i in items)
        else:
            text = template[1 if lang == "uk" else 0].format(cats=cats, source=source, span=span)
        prefix = "звіт " if lang == "uk" else "report of "
        out.append(f"{prefix}{format_date(day, lang)}: {text}."[:1].upper()
                   + f"{prefix}{format_date(day, lang)}: {text}."[1:])
    return out
