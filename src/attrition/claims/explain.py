"""One-sentence explanations of verdicts, and the number and date formats they use.

Owns the wording a reader sees: dates as "19 Dec 2024", figures with thousands
separators, "the report of D (losses of D − 1)" and the arithmetic line. Verification
(verify.py) decides; this module only phrases. No I/O.
"""

from __future__ import annotations

from datetime import date

from attrition.claims.lexicon import Comparator
from attrition.model.categories import get_category
from attrition.model.dates import DateConvention
from attrition.model.series import SeriesRow

_WORDING = {
    Comparator.EXACT: "", Comparator.ABOUT: "about ", Comparator.NEARLY: "nearly ",
    Comparator.AT_LEAST: "more than ", Comparator.AT_MOST: "less than ",
}


def fmt(value: int | float | None) -> str:
    """Return ``value`` with thousands separators ("798,040")."""
    if value is None:
        return "n/a"
    return f"{value:,.0f}" if isinstance(value, float) else f"{value:,}"


def fmt_date(day: date) -> str:
    """Return "19 Dec 2024"."""
    return f"{day.day} {day:%b} {day.year}"


def label(category: str) -> str:
    """Return the English label of a category key."""
    return get_category(category).label_en


def worded(comparator: Comparator, value: int) -> str:
    """Return the claimed figure with its hedge ("more than 1,500")."""
    return f"{_WORDING[comparator]}{fmt(value)}"


def day_short(row: SeriesRow, previous_total: int | None) -> str | None:
    """Return "768,220 → 770,420" (plus a stated correction) for the explanation."""
    if previous_total is None:
        return None
    text = f"{fmt(previous_total)} → {fmt(row.total)}"
    if row.correction_amount:
        text += f", including a stated correction of {row.correction_amount:+,}"
    return text


def day_arithmetic(row: SeriesRow, previous_total: int | None) -> str:
    """Return "768,220 → 770,420 = +2,200 (report of 20 Dec 2024)" for a day figure."""
    diff = row.increment_diff
    parts = []
    if previous_total is not None and diff is not None:
        parts.append(f"{fmt(previous_total)} → {fmt(row.total)} = {diff:+,}")
    if row.increment_printed is not None and row.increment_printed != diff:
        parts.append(f"printed (+{fmt(row.increment_printed)})")
    if row.correction_amount:
        parts.append(f"includes a stated correction of {row.correction_amount:+,}")
    return f"{'; '.join(parts)} (report of {fmt_date(row.report_date)})"


def convention_words(convention: DateConvention) -> str:
    """Return "by loss date" / "by report date"."""
    return f"by {convention.label}"


def other_convention_note(convention: DateConvention, what: str) -> str:
    """Return the condition under which a claim holds: "'December' means report dates (...)"."""
    if convention is DateConvention.REPORT:
        return f"{what} means report dates (the day the General Staff published the figures)"
    return f"{what} means loss dates (the day the losses happened, one day before the report)"
