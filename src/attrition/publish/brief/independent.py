"""The brief's independent section: named dead, Oryx and territory, apart from the official figures.

The General Staff's figures are the brief; this section sets beside them what other
sources count, each with its own source and as-of date, never mixed into the official
numbers: the latest Mediazona/BBC named-dead count (with the official personnel figure
of that day, which counts killed *and* wounded), Oryx's photo-confirmed count of the
brief's category (tanks for personnel) with the ratio, and the latest complete month of
DeepState's occupied-area change with its rank and the size comparison. The numbers
come from :mod:`attrition.analysis` (``compare``, ``territory``, ``sizes``).
"""

from __future__ import annotations

from typing import Any

from attrition.analysis.compare import compare_on, latest_at
from attrition.analysis.sizes import size_comparison
from attrition.analysis.territory import rank_change
from attrition.errors import UsageError
from attrition.publish.brief.facts import Brief, BriefContext, Citation, Fact
from attrition.publish.brief.words import as_date, number
from attrition.publish.i18n import (
    Lang,
    category_label,
    format_date,
    format_number,
    format_signed,
    month_name,
)

SOURCES = {"named": "mediazona", "oryx": "oryx", "territory": "deepstate"}
OWN_DATES = "own"  # the citation's convention: each source's own as-of date


def fact_independent(ctx: BriefContext) -> Fact:
    """Named dead, Oryx and the latest month of territory, each with its source and date."""
    beside = ctx.record.beside
    if beside is None:  # pragma: no cover - build_brief adds this fact only with beside
        raise UsageError("the record was read without its independent series", input="beside")
    data: dict[str, Any] = {"named": _named(ctx), "oryx": _oryx(ctx), "territory": _territory(ctx)}
    if not any(data.values()):
        raise UsageError("no independent counts or territory in the record as of "
                         f"{ctx.report_date}", input="independent")
    reports = tuple(sorted({d["official_report_date"] for d in (data["named"], data["oryx"])
                            if d and d["official_report_date"]}))
    sources = tuple(SOURCES[k] for k, v in data.items() if v)
    commands = []
    if data["named"]:
        commands.append("attrition compare personnel")
    if data["oryx"]:
        commands.append(f"attrition compare {data['oryx']['category']} --on {ctx.report_date}")
    if data["territory"]:
        commands.append(f"attrition territory --on {data['territory']['to_date']} --compare")
    return Fact("independent", data, Citation(reports, sources, OWN_DATES, tuple(commands)))


def _named(ctx: BriefContext) -> dict[str, Any] | None:
    assert ctx.record.beside is not None
    counts = [n for n in ctx.record.beside.named if n.item == "confirmed names"]
    if not counts:
        return None
    last = counts[-1]
    personnel = ctx.record.series["personnel"]
    official = latest_at([(r.report_date, r.total) for r in personnel.rows], last.as_of_date)
    estimate = next((n for n in reversed(ctx.record.beside.named)
                     if n.item == "estimated deaths" and n.low is not None), None)
    return {
        "as_of_date": last.as_of_date, "confirmed_names": last.value,
        "counted_by": last.note.split(";")[0].strip() or "Mediazona + BBC News Russian",
        "is_date_approximate": "date approximate" in last.note,
        "official_personnel": official[1] if official else None,
        "official_report_date": official[0] if official else None,
        "estimate": {"as_of_date": estimate.as_of_date, "low": estimate.low,
                     "high": estimate.high} if estimate else None,
    }


def _oryx(ctx: BriefContext) -> dict[str, Any] | None:
    beside = ctx.record.beside
    assert beside is not None
    if not beside.oryx or beside.category is None:
        return None
    official = [(r.report_date, r.total) for r in ctx.record.series[beside.category].rows]
    point = compare_on(official, list(beside.oryx), ctx.report_date)
    if point.independent_total is None:
        return None
    return {
        "category": beside.category, "oryx_date": point.independent_date,
        "oryx_total": point.independent_total, "official_total": point.official_total,
        "official_report_date": point.official_report_date, "ratio": point.ratio,
    }


def _territory(ctx: BriefContext) -> dict[str, Any] | None:
    beside = ctx.record.beside
    assert beside is not None
    months = list(beside.months)
    if not months:
        return None
    complete = [m for m in months if m.to_date >= m.period_end]
    change = (complete or months)[-1]
    ranking = rank_change(months, change.period_start)
    assert ranking is not None
    size = size_comparison(change.net_km2) if change.net_km2 > 0 else None
    return {
        "month": change.period_start.strftime("%Y-%m"), "period_start": change.period_start,
        "from_date": change.from_date, "to_date": change.to_date,
        "is_complete": change.to_date >= change.period_end,
        "net_km2": round(change.net_km2, 1),
        "gained_km2": None if change.gained_km2 is None else round(change.gained_km2, 1),
        "lost_km2": None if change.lost_km2 is None else round(change.lost_km2, 1),
        "rank": ranking.rank, "n_months": ranking.n_periods,
        "largest_since": ranking.largest_since, "series_start": ranking.series_start,
        "size_en": size.text("en") if size else None, "size_uk": size.text("uk") if size else None,
    }


def _km2(value: float, lang: Lang) -> str:
    text = format_signed(value, lang, decimals=1)
    return f"{text} км²" if lang == "uk" else f"{text} km²"


def say_independent(fact: Fact, brief: Brief, lang: Lang) -> list[str]:
    """One line per independent source, each naming the source and its own date."""
    d, out = fact.data, []
    if n := d["named"]:
        day = format_date(as_date(n["as_of_date"]), lang)
        approx = (" (дата приблизна)" if lang == "uk" else " (date approximate)"
                  ) if n["is_date_approximate"] else ""
        off = n["official_personnel"]
        if lang == "uk":
            line = (f"Загиблі, встановлені поіменно ({n['counted_by']}), станом на {day}{approx}: "
                    f"{number(n['confirmed_names'], lang)} імен — нижня межа загиблих.")
            if off is not None:
                line += (f" Генштаб на {format_date(as_date(n['official_report_date']), lang)}: "
                         f"{number(off, lang)} — убиті й поранені разом.")
        else:
            line = (f"Named dead ({n['counted_by']}), as of {day}{approx}: "
                    f"{number(n['confirmed_names'], lang)} confirmed names, a lower bound of "
                    "the dead.")
            if off is not None:
                line += (f" The General Staff's figure on "
                         f"{format_date(as_date(n['official_report_date']), lang)}, "
                         f"{number(off, lang)}, counts killed and wounded together.")
        if (e := n["estimate"]) is not None:
            line += (f" Оцінка загиблих на {format_date(as_date(e['as_of_date']), lang)}: "
                     f"{number(e['low'], lang)}–{number(e['high'], lang)} (інтервал)."
                     if lang == "uk" else
                     f" Estimated deaths as of {format_date(as_date(e['as_of_date']), lang)}: "
                     f"{number(e['low'], lang)}–{number(e['high'], lang)} (an interval).")
        out.append(line)
    if o := d["oryx"]:
        label = category_label(o["category"], lang)
        seen = format_date(as_date(o["oryx_date"]), lang)
        ratio = "–" if o["ratio"] is None else format_number(o["ratio"], lang, decimals=2)
        if lang == "uk":
            out.append(f"Oryx (лише підтверджене фото чи відео), сторінка станом на {seen}: "
                       f"{number(o['oryx_total'], lang)} ({label}); Генштаб за звітом "
                       f"{format_date(as_date(o['official_report_date']), lang)}: "
                       f"{number(o['official_total'], lang)} — у {ratio} раза більше.")
        else:
            out.append(f"Oryx (photo- or video-confirmed only), page as of {seen}: "
                       f"{number(o['oryx_total'], lang)} {label}; the General Staff, report of "
                       f"{format_date(as_date(o['official_report_date']), lang)}: "
                       f"{number(o['official_total'], lang)}, {ratio} times as many.")
    if t := d["territory"]:
        out.append(_territory_line(t, lang))
    return out


def _territory_line(t: dict[str, Any], lang: Lang) -> str:
    start = as_date(t["period_start"])
    month = month_name(start.year, start.month, lang, case="loc")
    span = (f"{format_date(as_date(t['from_date']), lang)} → "
            f"{format_date(as_date(t['to_date']), lang)}")
    partial = "" if t["is_complete"] else (" (місяць неповний)" if lang == "uk"
                                           else " (month not complete)")
    gross = ""
    if t["gained_km2"] is not None:
        gross = (f"; здобуто {format_number(t['gained_km2'], lang, decimals=1)}, втрачено "
                 f"{format_number(t['lost_km2'], lang, decimals=1)}"
                 if lang == "uk" else
                 f"; gained {format_number(t['gained_km2'], lang, decimals=1)}, lost "
                 f"{format_number(t['lost_km2'], lang, decimals=1)}")
    size = f", {t['size_uk'] if lang == 'uk' else t['size_en']}" if t["size_en"] else ""
    since = _since(t, lang)
    if lang == "uk":
        return (f"Територія (мапа DeepState, стан на {span}): {month} окупована площа змінилася "
                f"на {_km2(t['net_km2'], lang)}{partial}{gross}{size}; {since}.")
    return (f"Territory (DeepState map, map state {span}): {_km2(t['net_km2'], lang)} occupied "
            f"in {month}{partial}{gross}{size}; {since}.")


def _since(t: dict[str, Any], lang: Lang) -> str:
    first = as_date(t["series_start"])
    first_text = month_name(first.year, first.month, lang, case="gen")
    if t["largest_since"] is None and t["rank"] == 1:
        return (f"найбільший приріст у збереженому ряді (від {first_text}; ранішого в записі немає)"
                if lang == "uk" else
                f"the largest gain in the stored series (from {first_text}; nothing earlier is "
                "in the record)")
    if t["largest_since"] is None:
        return (f"{t['rank']}-й із {t['n_months']} місяців ряду (від {first_text})" if lang == "uk"
                else f"rank {t['rank']} of {t['n_months']} months stored (from {first_text})")
    since = as_date(t["largest_since"])
    since_text = month_name(since.year, since.month, lang, case="gen")
    return (f"найбільший приріст після {since_text}" if lang == "uk"
            else f"the largest gain since {since_text}")

