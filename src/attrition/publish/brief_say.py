"""The sentences of the brief, one ``say_<kind>`` per fact kind, in English and Ukrainian.

Each function reads a fact's numbers and returns finished sentences. The two languages
are written side by side, not translated word for word: Ukrainian follows the General
Staff's and Ukrainian newsrooms' own phrasing ("загальні бойові втрати противника",
"за добу", "близько", "1015-й день війни").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from attrition.model.categories import get_category
from attrition.model.dates import war_day
from attrition.publish.brief import Brief, Fact
from attrition.publish.brief_findings import caveat_lines, say_findings
from attrition.publish.i18n import (
    Lang,
    category_label,
    days_phrase,
    format_date,
    format_number,
    format_percent,
    format_range,
    format_signed,
    month_name,
    month_word,
    ordinal,
    plural_uk,
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


def _d(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _n(value: float | None, lang: Lang) -> str:
    return "–" if value is None else format_number(round(value), lang)


def _day(day: date, ref: date, lang: Lang) -> str:
    """Return a date with its year only when it differs from the reference year."""
    return format_date(day, lang, with_year=day.year != ref.year)


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
    rd, ld, key = _d(d["report_date"]), _d(d["loss_date"]), brief.category
    total, plus, span = d["total"], d["plus"], d["span_days"]
    label = category_label(key, lang)
    if lang == "uk":
        if span > 1:
            day_part = f"за {days_phrase(span, lang)} від попереднього звіту — {_n(plus, lang)}"
        else:
            day_part = f"за добу {format_date(ld, lang, with_year=False)} — {_n(plus, lang)}"
        what = ("загальні бойові втрати противника в особовому складі становлять близько "
                f"{_n(total, lang)} осіб" if key == "personnel" else
                f"втрати противника за категорією «{label}» становлять {_n(total, lang)} "
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
        day_part = f"up {_n(plus, lang)} over the {span} days since the previous report"
    else:
        day_part = f"up {_n(plus, lang)} on the losses of {format_date(ld, lang, with_year=False)}"
    out = [f"The General Staff's report of {format_date(rd, lang)} (day {d['war_day']} of the "
           f"war) puts Russian {label} losses at {about}{_n(total, lang)}, {day_part}."]
    if d["includes_correction"] and d["increment_printed"] is not None:
        out.append(f"The jump in the total ({format_signed(d['increment_diff'], lang)}) includes "
                   f"a stated revision; the printed daily figure is "
                   f"{format_signed(d['increment_printed'], lang)}.")
    return out


def _more_less(pct: float | None, lang: Lang, prev_text: str) -> str:
    if pct is None:
        return ""
    if lang == "uk":
        word = "більше" if pct >= 0 else "менше"
        return f"; це на {format_percent(abs(pct) / 100, lang, decimals=1, signed=False)} " \
               f"{word}, ніж {prev_text}"
    word = "more" if pct >= 0 else "fewer"
    return f", {format_percent(abs(pct) / 100, lang, decimals=1, signed=False)} {word} than " \
           f"{prev_text}"


def say_last_7_days(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The 7 loss days to the latest, with both date ranges, against the 7 before."""
    d = fact.data
    cur, prev = d["current"], d["previous"]
    losses = format_range(_d(cur["start"]), _d(cur["end"]), lang)
    reports = format_range(_d(d["report_start"]), _d(d["report_end"]), lang)
    if lang == "uk":
        prev_text = f"за попередні 7 днів ({_n(prev['value'], lang)})"
        text = (f"За останні 7 днів (втрати {losses}; звіти {reports}) — "
                f"{_n(cur['value'], lang)}, у середньому {_n(d['daily_mean'], lang)} на добу"
                + _more_less(d["pct_change"], lang, prev_text) + ".")
    else:
        prev_text = f"in the 7 days before ({_n(prev['value'], lang)})"
        text = (f"Last 7 days (losses of {losses}; reports of {reports}): "
                f"{_n(cur['value'], lang)}, {_n(d['daily_mean'], lang)} a day on average"
                + _more_less(d["pct_change"], lang, prev_text) + ".")
    out = [text]
    if cur["includes_corrections"]:
        out.append("Сума містить уточнення Генштабу." if lang == "uk"
                   else "The sum includes a stated revision.")
    return out


def say_month_to_date(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The month so far by loss date, the same days of earlier months, and by report date."""
    d = fact.data
    loss, rep = d["loss"], d["report"]
    start, end = _d(loss["start"]), _d(loss["end"])
    ref = end
    parts = []
    for e in d["earlier"]:
        s = _d(e["start"])
        name = month_word(s.month, lang, case="gen")
        if s.year != ref.year:
            name = month_name(s.year, s.month, lang, case="gen") if lang == "uk" \
                else f"{name} {s.year}"
        parts.append((name, _n(e["value"], lang)))
    losses = format_range(start, end, lang)
    reports = format_range(_d(rep["start"]), _d(rep["end"]), lang)
    if lang == "uk":
        month = month_word(start.month, lang, case="gen")
        text = (f"Від початку {month} (втрати {losses}, за датою втрат) — "
                f"{_n(loss['value'], lang)}")
        if parts:
            text += "; за ті самі дні " + ", ".join(f"{m} — {v}" for m, v in parts)
        return [text + ".", f"За датою звіту (звіти {reports}) — {_n(rep['value'], lang)}."]
    month = month_word(start.month, lang)
    text = f"{month} so far (losses of {losses}, by loss date): {_n(loss['value'], lang)}"
    if parts:
        listed = [f"{v} on the same days of {m}" if i == 0 else f"{v} of {m}"
                  for i, (m, v) in enumerate(parts)]
        joined = ", ".join(listed[:-1]) + (" and " if len(listed) > 1 else "") + listed[-1]
        text += f", against {joined}"
    return [text + ".", f"By report date (reports of {reports}): {_n(rep['value'], lang)}."]


def say_complete_months(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Each of the last complete months under both conventions, with the change."""
    out = []
    for m in fact.data["months"]:
        start = _d(m["start"])
        pct = m["pct_change_vs_previous"]
        if lang == "uk":
            name = month_name(start.year, start.month, lang).capitalize()
            text = f"{name}: {_n(m['value'], lang)} за датою втрат"
            if m["report_value"] is not None:
                text += f" ({_n(m['report_value'], lang)} за датою звіту)"
            text += _more_less(pct, lang, "попереднього місяця")
        else:
            name = month_name(start.year, start.month, lang)
            text = f"{name}: {_n(m['value'], lang)} by loss date"
            if m["report_value"] is not None:
                text += f" ({_n(m['report_value'], lang)} by report date)"
            text += _more_less(pct, lang, "the month before")
        if m["includes_corrections"]:
            text += " (містить уточнення)" if lang == "uk" else " (includes a stated revision)"
        out.append(text + ".")
    return out


def _top_list(top: list[dict[str, Any]], ref: date, lang: Lang) -> str:
    sep = " — " if lang == "uk" else " "
    items = [f"{_day(_d(t['loss_date']), ref, lang)}{sep}"
             + (_n(t["value"], lang) if lang == "uk" else f"({_n(t['value'], lang)})")
             for t in top]
    return ", ".join(items)


def say_top_days(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Top days of the last 30/90 days and the war, and the latest day's rank."""
    ref = brief.loss_date
    windows = {w["window"]: w for w in fact.data["windows"]}
    days = {name: [t["loss_date"] for t in w["top"]] for name, w in windows.items()}
    coarse = ("без оцінок перших тижнів, до 30 квітня 2022 року" if lang == "uk"
              else "early-war estimates to 30 April 2022 left out")
    out = []
    if days["30d"] and days["30d"] == days["90d"] == days["war"]:
        listed = _top_list(windows["30d"]["top"], ref, lang)
        n = len(days["30d"])
        count = {1: "highest day", 2: "two highest days", 3: "three highest days"}.get(
            n, f"{n} highest days")
        out.append(
            f"Найбільші добові втрати за останні 30 днів ({listed}) — водночас найбільші "
            f"за 90 днів і за всю війну ({coarse})." if lang == "uk" else
            f"The {count} of the last 30 days — {listed} — are also the highest "
            f"of the last 90 days and of the whole war ({coarse})."
        )
    else:
        for name, en, uk in (("30d", "the last 30 days", "за останні 30 днів"),
                             ("90d", "the last 90 days", "за останні 90 днів"),
                             ("war", f"the whole war ({coarse})", f"за всю війну ({coarse})")):
            listed = _top_list(windows[name]["top"], ref, lang)
            out.append(f"Найбільші добові втрати {uk}: {listed}." if lang == "uk"
                       else f"Highest days of {en}: {listed}.")
    if any(w["excluded_corrections"] for w in windows.values()):
        out.append("Стрибки підсумку, що містять уточнення, не враховано." if lang == "uk"
                   else "Jumps in the total that contain a stated revision are not ranked.")
    latest = fact.data["latest"]
    if latest and latest["rank"]:
        day = format_date(_d(latest["loss_date"]), lang, with_year=False)
        since = latest["highest_since"]
        if lang == "uk":
            text = (f"Остання доба, {day} ({_n(latest['value'], lang)}), — "
                    f"{ordinal(latest['rank'], lang)} за величиною день із "
                    f"{_n(latest['of'], lang)}")
            if since is None:
                text += "; це найбільші втрати за всю війну"
            elif (_d(latest["loss_date"]) - _d(since)).days > 30:
                text += f"; востаннє стільки або більше було {format_date(_d(since), lang)}"
        else:
            text = (f"The latest day, {day} ({_n(latest['value'], lang)}), ranks "
                    f"{ordinal(latest['rank'], lang)} of {_n(latest['of'], lang)} days")
            if since is None:
                text += ", the highest of the war"
            elif (_d(latest["loss_date"]) - _d(since)).days > 30:
                text += f"; no day had been as high since {format_date(_d(since), lang)}"
        out.append(text + ".")
    return out


def say_streaks(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Current runs above round thresholds, against the longest run of the war."""
    out = []
    for run in fact.data["runs"]:
        t = _n(run["threshold"], lang)
        cur, longest = run["current"], run["longest"]
        span = (format_range(_d(longest["start"]), _d(longest["end"]), lang) if longest else "")
        if lang == "uk":
            if cur:
                text = (f"{cur['days']}{chr(160)}{plural_uk(cur['days'], 'день', 'дні', 'днів')} "
                        f"поспіль — понад {t} на добу (з {format_date(_d(cur['start']), lang)})")
                same = longest and longest["start"] == cur["start"]
                text += ("; це найдовша така серія за війну" if same else
                         f"; найдовша серія понад {t} — {days_phrase(longest['days'], lang)}"
                         f" ({span})" if longest else "")
            else:
                text = f"Зараз серії понад {t} на добу немає" + (
                    f"; найдовша — {days_phrase(longest['days'], lang)} ({span})" if longest else "")
        elif cur:
            text = (f"{cur['days']} days in a row above {t} a day (since "
                    f"{format_date(_d(cur['start']), lang)})")
            same = longest and longest["start"] == cur["start"]
            text += ("; the longest such run of the war" if same else
                     f"; the longest run above {t} was {longest['days']} days ({span})"
                     if longest else "")
        else:
            text = f"No current run above {t} a day" + (
                f"; the longest was {longest['days']} days ({span})" if longest else "")
        out.append(text + ".")
    return out


def say_trend(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Rolling means and the latest change point with its method and penalty."""
    d = fact.data

    def pct(value: float | None) -> str:
        return "–" if value is None else format_percent(value / 100, lang, decimals=1)

    window = format_range(_d(d["window_start"]), _d(d["window_end"]), lang)
    how = (f"{d['method'].upper()}, {d['model']}, "
           + (f"штраф {_n(d['penalty'], lang)}" if lang == "uk"
              else f"penalty {_n(d['penalty'], lang)}"))
    if lang == "uk":
        out = [f"Середнє за останні 7 днів — {_n(d['daily_mean_7d_trailing'], lang)} на добу "
               f"({pct(d['pct_change_7d'])} до попередніх 7 днів); за 28 днів — "
               f"{_n(d['daily_mean_28d_trailing'], lang)} ({pct(d['pct_change_28d'])} до "
               "попередніх 28 днів)."]
    else:
        out = [f"Daily average over the last 7 days: {_n(d['daily_mean_7d_trailing'], lang)} "
               f"({pct(d['pct_change_7d'])} on the 7 days before); over 28 days: "
               f"{_n(d['daily_mean_28d_trailing'], lang)} ({pct(d['pct_change_28d'])} on the "
               "28 days before)."]
    cp = d["change_point"]
    if cp is None:
        out.append(f"Зсувів рівня за {window} не виявлено ({how})." if lang == "uk"
                   else f"No shift in the daily level in {window} ({how}).")
        return out
    lo, hi = cp["difference_ci95"]
    day = format_date(_d(cp["day"]), lang)
    if lang == "uk":
        out.append(f"Останній зсув рівня — з {day}: з {_n(cp['mean_before'], lang)} до "
                   f"{_n(cp['mean_after'], lang)} на добу ({format_signed(cp['difference'], lang)};"
                   f" 95-відсотковий інтервал — від {format_signed(lo, lang)} до "
                   f"{format_signed(hi, lang)}). Пошук у вікні {window}: {how}.")
    else:
        out.append(f"The latest shift in the daily level begins on {day}: from "
                   f"{_n(cp['mean_before'], lang)} to {_n(cp['mean_after'], lang)} a day "
                   f"({format_signed(cp['difference'], lang)}; 95% interval "
                   f"{format_signed(lo, lang)} to {format_signed(hi, lang)}). Searched over "
                   f"{window}: {how}.")
    return out


def _interval(pair: Any, lang: Lang) -> str:
    lo, hi = pair
    if hi is None:
        return ("з " if lang == "uk" else "from ") + format_date(_d(lo), lang)
    return format_range(_d(lo), _d(hi), lang)


def _method_uk(method: str) -> str:
    if method.startswith("ewma"):
        return ("експоненційно зважене середнє добових втрат (напівперіод "
                f"{days_phrase(int(method[4:]), 'uk')})")
    return f"середнє за останні {days_phrase(int(method[4:]), 'uk')}"


def say_milestone(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """When the next round number is expected, with 50/80/95% intervals (loss dates)."""
    d = fact.data
    c = d["crossing"]
    m = _n(d["milestone"], lang)
    if c["status"] == "crossed":
        rd, ld = _d(c["report_date"]), _d(c["loss_date"])
        return [f"Позначку {m} перейдено у звіті від {format_date(rd, lang)} (втрати "
                f"{format_date(ld, lang, with_year=False)})." if lang == "uk" else
                f"{m} was passed in the report of {format_date(rd, lang)} (losses of "
                f"{format_date(ld, lang, with_year=False)})."]
    if c["status"] != "forecast":
        return [f"За теперішнього темпу позначки {m} не буде досягнуто впродовж двох років."
                if lang == "uk" else f"At the recent rate, {m} is not reached within two years."]
    rd, ld = _d(c["report_date"]), _d(c["loss_date"])
    levels = "; ".join(
        f"{level}{chr(160) if lang == 'uk' else ''}% — {_interval(c[f'interval_{level}'], lang)}"
        if lang == "uk" else f"{level}% {_interval(c[f'interval_{level}'], lang)}"
        for level in (50, 80, 95))
    if lang == "uk":
        out = [f"До позначки {m} лишається {_n(c['gap'], lang)}. За теперішнього темпу "
               f"({_n(d['rate_per_day'], lang)} на добу) її очікують у звіті від "
               f"{format_date(rd, lang)} (втрати {format_date(ld, lang, with_year=False)}).",
               f"Інтервали за датою втрат: {levels}.",
               f"Прогноз: {_method_uk(d['method'])}; інтервали — з власних похибок прогнозу "
               "за попередній рік."]
        if c["is_indicative"]:
            out.append("Це орієнтовна дата: понад 120 днів наперед.")
        return out
    out = [f"{m} is {_n(c['gap'], lang)} away. At the recent rate "
           f"({_n(d['rate_per_day'], lang)} a day) it is expected in the report of "
           f"{format_date(rd, lang)} (losses of {format_date(ld, lang, with_year=False)}).",
           f"Intervals by loss date: {levels}.",
           f"Forecast: {d['method_description']}; intervals from the record's own forecast "
           "errors over the past year."]
    if c["is_indicative"]:
        out.append("The date is indicative: more than 120 days ahead.")
    return out


def say_equipment_week(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """The equipment categories that moved most this week against a usual week."""
    moves = fact.data["moves"]
    if not moves:
        return []
    losses = format_range(_d(moves[0]["start"]), _d(moves[0]["end"]), lang)
    out = [f"Втрати техніки за останні 7 днів (втрати {losses}) порівняно зі звичайним "
           "тижнем (середнє за 12 попередніх тижнів):" if lang == "uk" else
           f"Equipment, last 7 days (losses of {losses}) against a usual week (the average of "
           "the 12 weeks before):"]
    for m in moves:
        label = category_label(m["category"], lang, capitalise=True)
        prev = m["previous_week"]
        if lang == "uk":
            text = f"{label}: {_n(m['value'], lang)} (зазвичай {_n(m['usual_week'], lang)}"
            text += f"; тижнем раніше — {_n(prev, lang)})" if prev is not None else ")"
        else:
            text = f"{label}: {_n(m['value'], lang)} (usual {_n(m['usual_week'], lang)}"
            text += f"; the week before {_n(prev, lang)})" if prev is not None else ")"
        if m["includes_corrections"] and m["change_in_totals"] != m["value"]:
            text += (f"; з уточненням підсумок змінився на "
                     f"{format_signed(m['change_in_totals'], lang)}" if lang == "uk" else
                     f"; with a stated revision the total moved by "
                     f"{format_signed(m['change_in_totals'], lang)}")
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
