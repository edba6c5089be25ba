"""The brief's sentences about the shape of the series: highest days, streaks, the trend and
its change point, and the next milestone (English and Ukrainian side by side)."""

from __future__ import annotations

from datetime import date
from typing import Any

from attrition.publish.brief_facts import Brief, Fact
from attrition.publish.brief_words import as_date, day_text, mean, number, signed_mean
from attrition.publish.i18n import (
    Lang,
    days_phrase,
    format_date,
    format_percent,
    format_range,
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
            out.append("Це орієнтовна дата: понад 120 днів наперед.")
        return out
    out = [f"{m} is {number(c['gap'], lang)} away. At the recent rate "
           f"({mean(d['rate_per_day'], lang)} a day) it is expected in the report of "
           f"{format_date(rd, lang)} (losses of {format_date(ld, lang, with_year=False)}).",
           f"Intervals by loss date: {levels}.",
           f"Forecast: {d['method_description']}; intervals from the record's own forecast "
           "errors over the past year."]
    if c["is_indicative"]:
        out.append("The date is indicative: more than 120 days ahead.")
    return out
