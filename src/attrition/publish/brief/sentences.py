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
from attrition.publish.brief.facts import Brief, Fact
from attrition.publish.brief.independent import say_independent
from attrition.publish.brief.words import (
    as_date,
    caveat_lines,
    day_text,
    mean,
    more_less,
    number,
    say_findings,
    signed_mean,
)
from attrition.publish.i18n import (
    Lang,
    category_label,
    days_phrase,
    format_date,
    format_percent,
    format_range,
    format_signed,
    month_name,
    month_word,
    ordinal,
    plural_uk,
)


def _top_list(top: list[dict[str, Any]], ref: date, lang: Lang) -> str:
    sep = " — " if lang == "uk" else " "
    items = [f"{day_text(as_date(t['loss_date']), ref, lang)}{sep}"
             + (number(t["value"], lang) if lang == "uk" else f"({number(t['value'], lang)})")
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
        day = format_date(as_date(latest["loss_date"]), lang, with_year=False)
        since = latest["highest_since"]
        if lang == "uk":
            text = (f"Остання доба, {day} ({number(latest['value'], lang)}), — "
                    f"{ordinal(latest['rank'], lang)} за величиною день із "
                    f"{number(latest['of'], lang)}")
            if since is None:
                text += "; це найбільші втрати за всю війну"
            elif (as_date(latest["loss_date"]) - as_date(since)).days > 30:
                text += f"; востаннє стільки або більше було {format_date(as_date(since), lang)}"
        else:
            text = (f"The latest day, {day} ({number(latest['value'], lang)}), ranks "
                    f"{ordinal(latest['rank'], lang)} of {number(latest['of'], lang)} days")
            if since is None:
                text += ", the highest of the war"
            elif (as_date(latest["loss_date"]) - as_date(since)).days > 30:
                text += f"; no day had been as high since {format_date(as_date(since), lang)}"
        out.append(text + ".")
    return out


def say_streaks(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """Current runs above round thresholds, against the longest run of the war."""
    out = []
    for run in fact.data["runs"]:
        t = number(run["threshold"], lang)
        cur, longest = run["current"], run["longest"]
        if cur and cur["days"] < 2:  # one day above a threshold is not a streak
            cur = None
        span = (format_range(as_date(longest["start"]), as_date(longest["end"]), lang) if longest else "")
        if lang == "uk":
            if cur:
                text = (f"{cur['days']}{chr(160)}{plural_uk(cur['days'], 'день', 'дні', 'днів')} "
                        f"поспіль — понад {t} на добу (з {format_date(as_date(cur['start']), lang)})")
                same = longest and longest["start"] == cur["start"]
                text += ("; це найдовша така серія за війну" if same else
                         f"; найдовша серія понад {t} — {days_phrase(longest['days'], lang)}"
                         f" ({span})" if longest else "")
            else:
                text = f"Зараз серії понад {t} на добу немає" + (
                    f"; найдовша — {days_phrase(longest['days'], lang)} ({span})" if longest else "")
        elif cur:
            text = (f"{cur['days']} days in a row above {t} a day (since "  # cur["days"] >= 2
                    f"{format_date(as_date(cur['start']), lang)})")
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

    window = format_range(as_date(d["window_start"]), as_date(d["window_end"]), lang)
    how = (f"{d['method'].upper()}, {d['model']}, "
           + (f"штраф {number(d['penalty'], lang)}" if lang == "uk"
              else f"penalty {number(d['penalty'], lang)}"))
    if lang == "uk":
        out = [f"Середнє за останні 7 днів — {mean(d['daily_mean_7d_trailing'], lang)} на добу "
               f"({pct(d['pct_change_7d'])} до попередніх 7 днів); за 28 днів — "
               f"{mean(d['daily_mean_28d_trailing'], lang)} ({pct(d['pct_change_28d'])} до "
               "попередніх 28 днів)."]
    else:
        out = [f"Daily average over the last 7 days: {mean(d['daily_mean_7d_trailing'], lang)} "
               f"({pct(d['pct_change_7d'])} on the 7 days before); over 28 days: "
               f"{mean(d['daily_mean_28d_trailing'], lang)} ({pct(d['pct_change_28d'])} on the "
               "28 days before)."]
    cp = d["change_point"]
    if cp is None:
        out.append(f"Зсувів рівня за {window} не виявлено ({how})." if lang == "uk"
                   else f"No shift in the daily level in {window} ({how}).")
        return out
    lo, hi = cp["difference_ci95"]
    diff = signed_mean(cp["difference"], lang)
    lo_text, hi_text = signed_mean(lo, lang), signed_mean(hi, lang)
    day = format_date(as_date(cp["day"]), lang)
    if lang == "uk":
        out.append(f"Останній зсув рівня — з {day}: з {mean(cp['mean_before'], lang)} до "
                   f"{mean(cp['mean_after'], lang)} на добу ({diff};"
                   f" 95-відсотковий інтервал — від {lo_text} до {hi_text}). Пошук у вікні {window}: {how}.")
    else:
        out.append(f"The latest shift in the daily level begins on {day}: from "
                   f"{mean(cp['mean_before'], lang)} to {mean(cp['mean_after'], lang)} a day "
                   f"({diff}; 95% interval {lo_text} to {hi_text}). Searched over "
                   f"{window}: {how}.")
    return out


def _interval(pair: Any, lang: Lang) -> str:
    if pair is None:
        return "після двох років" if lang == "uk" else "after two years"
    lo, hi = pair
    if hi is None:
        return ("з " if lang == "uk" else "from ") + format_date(as_date(lo), lang)
    return format_range(as_date(lo), as_date(hi), lang)


def _method_uk(method: str) -> str:
    if method.startswith("ewma"):
        return ("експоненційно зважене середнє добових втрат (напівперіод "
                f"{days_phrase(int(method[4:]), 'uk')})")
    return f"середнє за останні {days_phrase(int(method[4:]), 'uk')}"


def say_milestone(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """When the next round number is expected, with 50/80/95% intervals (loss dates)."""
    d = fact.data
    c = d["crossing"]
    m = number(d["milestone"], lang)
    if c["status"] == "crossed":
        rd, ld = as_date(c["report_date"]), as_date(c["loss_date"])
        return [f"Позначку {m} перейдено у звіті від {format_date(rd, lang)} (втрати "
                f"{format_date(ld, lang, with_year=False)})." if lang == "uk" else
                f"{m} was passed in the report of {format_date(rd, lang)} (losses of "
                f"{format_date(ld, lang, with_year=False)})."]
    if c["status"] != "forecast":
        return [f"За теперішнього темпу позначки {m} не буде досягнуто впродовж двох років."
                if lang == "uk" else f"At the recent rate, {m} is not reached within two years."]
    rd, ld = as_date(c["report_date"]), as_date(c["loss_date"])
    levels = "; ".join(
        f"{level}{chr(160) if lang == 'uk' else ''}% — {_interval(c[f'interval_{level}'], lang)}"
        if lang == "uk" else f"{level}% {_interval(c[f'interval_{level}'], lang)}"
        for level in (50, 80, 95))
    if lang == "uk":
        out = [f"До позначки {m} лишається {number(c['gap'], lang)}. За теперішнього темпу "
               f"({mean(d['rate_per_day'], lang)} на добу) її очікують у звіті від "
               f"{format_date(rd, lang)} (втрати {format_date(ld, lang, with_year=False)}).",
               f"Інтервали за датою втрат: {levels}.",
               f"Прогноз: {_method_uk(d['method'])}; інтервали — з власних похибок прогнозу "
               "за попередній рік."]
        if c["is_indicative"]:
            out.append("Це орієнтовна дата: понад 120 днів наперед." if c["days_ahead"] > 120
                       else "Це орієнтовна дата: прогнози так далеко наперед раніше "
                       "помилялися надто сильно.")
        return out
    out = [f"{m} is {number(c['gap'], lang)} away. At the recent rate "
           f"({mean(d['rate_per_day'], lang)} a day) it is expected in the report of "
           f"{format_date(rd, lang)} (losses of {format_date(ld, lang, with_year=False)}).",
           f"Intervals by loss date: {levels}.",
           f"Forecast: {d['method_description']}; intervals from the record's own forecast "
           "errors over the past year."]
    if c.get("score"):
        out.append(_score_sentence(c["score"]).capitalize() + ".")
    if c["is_indicative"]:
        out.append("The date is indicative: more than 120 days ahead." if c["days_ahead"] > 120
                   else "The date is indicative: forecasts this far ahead missed by too much "
                   "in the past.")
    return out


def _score_sentence(score: dict[str, Any]) -> str:
    from attrition.analysis.forecast_calibration import HorizonScore

    return HorizonScore(**score).sentence()


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
    "independent": ("Independent sources (not the General Staff's figures)",
                    "Незалежні джерела (не дані Генштабу)"),
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
    "independent": say_independent,
}

__all__ = ["SAYERS", "caveat_lines", "heading_lines", "section_title"]
