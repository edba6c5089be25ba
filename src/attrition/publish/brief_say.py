"""The sentences of the brief, one ``say_<kind>`` per fact kind, in English and Ukrainian.

Each function reads a fact's numbers and returns finished sentences. The two languages
are written side by side, not translated word for word: Ukrainian follows the General
Staff's and Ukrainian newsrooms' own phrasing ("загальні бойові втрати противника",
"за добу", "близько", "1015-й день війни").
"""

from __future__ import annotations

from collections.abc import Callable

from attrition.model.categories import get_category
from attrition.model.dates import war_day
from attrition.publish.brief_facts import Brief, Fact
from attrition.publish.brief_findings import caveat_lines, say_findings
from attrition.publish.brief_say_trend import say_milestone, say_streaks, say_top_days, say_trend
from attrition.publish.brief_words import as_date, mean, more_less, number
from attrition.publish.i18n import (
    Lang,
    category_label,
    days_phrase,
    format_date,
    format_range,
    format_signed,
    month_name,
    month_word,
)

Sayer = Callable[[Fact, Brief, Lang], list[str]]

_TITLES: dict[str, tuple[str, str]] = {
    "latest": ("Latest report", "Останній звіт"),
    "last_7_days": ("The last 7 days", "Останні 7 днів"),
    "month_to_date": ("The month so far", "Місяць від початку"),
    "complete_months": ("The last three complete months", "Три останні повні місяці"),
    "top_days": ("Highest days", "Найбільші добові втрати"),
    "streaks": ("Streaks", "Серії"),
    "trend": ("Trend", "Тенденція"),
    "milestone": ("Next milestone", "Наступна позначка"),
    "equipment_week": ("Equipment this week", "Техніка за тиждень"),
    "findings": ("What affects these numbers", "Що впливає на ці числа"),
}


def section_title(kind: str, lang: Lang) -> str:
    """Return the heading of a fact's section."""
    en, uk = _TITLES[kind]
    return uk if lang == "uk" else en


def heading_lines(brief: Brief, lang: Lang) -> tuple[str, str]:
    """Return the title and subtitle of the brief."""
    label = category_label(brief.category, lang)
    rd, ld = brief.report_date, brief.loss_date
    if lang == "uk":
        return (f"Втрати противника ({label}): довідка станом на {format_date(rd, lang)}",
                f"Дата звіту — {format_date(rd, lang)}, дата втрат — {format_date(ld, lang)}; "
                f"{war_day(rd)}-й день війни. Джерело цифр — Генеральний штаб ЗСУ.")
    return (f"Russian losses ({label}): brief as of the report of {format_date(rd, lang)}",
            f"Report date {format_date(rd, lang)}, loss date {format_date(ld, lang)}; "
            f"day {war_day(rd)} of the war. Figures: General Staff of the Armed Forces of Ukraine.")


def say_latest(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Total and the day's increase, naming the report date and the loss date."""
    d = fact.data
    rd, ld, key = as_date(d["report_date"]), as_date(d["loss_date"]), brief.category
    total, plus, span = d["total"], d["plus"], d["span_days"]
    label = category_label(key, lang)
    if lang == "uk":
        if span > 1:
            day_part = f"за {days_phrase(span, lang)} від попереднього звіту — {number(plus, lang)}"
        else:
            day_part = f"за добу {format_date(ld, lang, with_year=False)} — {number(plus, lang)}"
        what = ("загальні бойові втрати противника в особовому складі становлять близько "
                f"{number(total, lang)} осіб" if key == "personnel" else
                f"втрати противника за категорією «{label}» становлять {number(total, lang)} "
                f"{get_category(key).unit_uk}")
        out = [f"Станом на {format_date(rd, lang)} ({d['war_day']}-й день війни) {what}, "
               f"{day_part}."]
        if d["includes_correction"] and d["increment_printed"] is not None:
            out.append(f"Зростання підсумку ({format_signed(d['increment_diff'], lang)}) містить "
                       f"уточнення; надрукований добовий приріст — "
                       f"{format_signed(d['increment_printed'], lang)}.")
        return out
    about = "about " if d["is_approximate"] else ""
    if span > 1:
        day_part = f"up {number(plus, lang)} over the {span} days since the previous report"
    else:
        day_part = f"up {number(plus, lang)} on the losses of {format_date(ld, lang, with_year=False)}"
    out = [f"The General Staff's report of {format_date(rd, lang)} (day {d['war_day']} of the "
           f"war) puts Russian {label} losses at {about}{number(total, lang)}, {day_part}."]
    if d["includes_correction"] and d["increment_printed"] is not None:
        out.append(f"The jump in the total ({format_signed(d['increment_diff'], lang)}) includes "
                   f"a stated revision; the printed daily figure is "
                   f"{format_signed(d['increment_printed'], lang)}.")
    return out


def say_last_7_days(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The 7 loss days to the latest, with both date ranges, against the 7 before."""
    d = fact.data
    cur, prev = d["current"], d["previous"]
    losses = format_range(as_date(cur["start"]), as_date(cur["end"]), lang)
    reports = format_range(as_date(d["report_start"]), as_date(d["report_end"]), lang)
    if lang == "uk":
        prev_text = f"за попередні 7 днів ({number(prev['value'], lang)})"
        text = (f"За останні 7 днів (втрати {losses}; звіти {reports}) — "
                f"{number(cur['value'], lang)}, у середньому {mean(d['daily_mean'], lang)} на добу"
                + more_less(d["pct_change"], lang, prev_text) + ".")
    else:
        prev_text = f"in the 7 days before ({number(prev['value'], lang)})"
        text = (f"Last 7 days (losses of {losses}; reports of {reports}): "
                f"{number(cur['value'], lang)}, {mean(d['daily_mean'], lang)} a day on average"
                + more_less(d["pct_change"], lang, prev_text) + ".")
    out = [text]
    if cur["includes_corrections"]:
        out.append("Сума містить уточнення Генштабу." if lang == "uk"
                   else "The sum includes a stated revision.")
    return out


def say_month_to_date(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The month so far by loss date, the same days of earlier months, and by report date."""
    d = fact.data
    loss, rep = d["loss"], d["report"]
    start, end = as_date(loss["start"]), as_date(loss["end"])
    ref = end
    parts = []
    for e in d["earlier"]:
        s = as_date(e["start"])
        name = month_word(s.month, lang, case="gen")
        if s.year != ref.year:
            name = month_name(s.year, s.month, lang, case="gen") if lang == "uk" \
                else f"{name} {s.year}"
        parts.append((name, number(e["value"], lang)))
    losses = format_range(start, end, lang)
    reports = format_range(as_date(rep["start"]), as_date(rep["end"]), lang)
    if lang == "uk":
        month = month_word(start.month, lang, case="gen")
        text = (f"Від початку {month} (втрати {losses}, за датою втрат) — "
                f"{number(loss['value'], lang)}")
        if parts:
            text += "; за ті самі дні " + ", ".join(f"{m} — {v}" for m, v in parts)
        return [text + ".", f"За датою звіту (звіти {reports}) — {number(rep['value'], lang)}."]
    month = month_word(start.month, lang)
    text = f"{month} so far (losses of {losses}, by loss date): {number(loss['value'], lang)}"
    if parts:
        listed = [f"{v} on the same days of {m}" if i == 0 else f"{v} of {m}"
                  for i, (m, v) in enumerate(parts)]
        joined = ", ".join(listed[:-1]) + (" and " if len(listed) > 1 else "") + listed[-1]
        text += f", against {joined}"
    return [text + ".", f"By report date (reports of {reports}): {number(rep['value'], lang)}."]


def say_complete_months(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Each of the last complete months under both conventions, with the change."""
    out = []
    for m in fact.data["months"]:
        start = as_date(m["start"])
        pct = m["pct_change_vs_previous"]
        if lang == "uk":
            name = month_name(start.year, start.month, lang).capitalize()
            text = f"{name}: {number(m['value'], lang)} за датою втрат"
            if m["report_value"] is not None:
                text += f" ({number(m['report_value'], lang)} за датою звіту)"
            text += more_less(pct, lang, "попереднього місяця")
        else:
            name = month_name(start.year, start.month, lang)
            text = f"{name}: {number(m['value'], lang)} by loss date"
            if m["report_value"] is not None:
                text += f" ({number(m['report_value'], lang)} by report date)"
            text += more_less(pct, lang, "the month before")
        if m["includes_corrections"]:
            text += " (містить уточнення)" if lang == "uk" else " (includes a stated revision)"
        out.append(text + ".")
    return out


def say_equipment_week(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The equipment categories that moved most this week against a usual week."""
    moves = fact.data["moves"]
    if not moves:
        return []
    losses = format_range(as_date(moves[0]["start"]), as_date(moves[0]["end"]), lang)
    out = [f"Втрати техніки за останні 7 днів (втрати {losses}) порівняно зі звичайним "
           "тижнем (середнє за 12 попередніх тижнів):" if lang == "uk" else
           f"Equipment, last 7 days (losses of {losses}) against a usual week (the average of "
           "the 12 weeks before):"]
    for m in moves:
        label = category_label(m["category"], lang, capitalise=True)
        prev = m["previous_week"]
        if lang == "uk":
            text = f"{label}: {number(m['value'], lang)} (зазвичай {number(m['usual_week'], lang)}"
            text += f"; тижнем раніше — {number(prev, lang)})" if prev is not None else ")"
        else:
            text = f"{label}: {number(m['value'], lang)} (usual {number(m['usual_week'], lang)}"
            text += f"; the week before {number(prev, lang)})" if prev is not None else ")"
        if m["includes_corrections"]:
            text += "; включно з уточненням" if lang == "uk" else "; includes a stated revision"
        out.append(text + ".")
    return out


SAYERS: dict[str, Sayer] = {
    "latest": say_latest,
    "last_7_days": say_last_7_days,
    "month_to_date": say_month_to_date,
    "complete_months": say_complete_months,
    "top_days": say_top_days,
    "streaks": say_streaks,
    "trend": say_trend,
    "milestone": say_milestone,
    "equipment_week": say_equipment_week,
    "findings": say_findings,
}

__all__ = ["SAYERS", "caveat_lines", "heading_lines", "section_title"]
