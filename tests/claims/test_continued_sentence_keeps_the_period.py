"""A sentence that goes on with the one before ("Також, ...", "Окрім цього, ...", "Also, ...") and names no
time of its own counts over the period of the sentence before. Found on glavred.net (2 Mar 2026): "Зокрема,
за зиму було знищено 322 танки, ... 55 засобів ППО. Також, за інформацією головнокомандувача, противник
втратив п'ять літаків, один вертоліт, ... один корабель і один підводний човен, майже 12 тисяч одиниць
автомобільної техніки та 65 одиниць спеціальної техніки" (each the winter's exactly, judged as the latest
day's or the running total: 7 incorrect), and on news-xl.net (Dec 2023), the ministry's week: "за тиждень
ворог втратив 103 танки, ... Окрім цього, українські захисники знищили 24 ракети та 142 БпЛА" (the 142 was
judged as the running total). Only a period's figure just before is carried: a day's "(+N)" after a list
of totals carries nothing. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

NOVEMBER = (date(2025, 11, 1), date(2025, 11, 30))


def _found(text: str, series: dict[str, LossSeries], as_of: date, *values: int) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value in values]


def test_taktozh_after_a_months_list(petro_series: dict[str, LossSeries]) -> None:
    t, u = losses(petro_series["tanks"], *NOVEMBER), losses(petro_series["uavs"], *NOVEMBER)
    a = losses(petro_series["artillery"], *NOVEMBER)
    text = (f"За даними Генштабу, у листопаді 2025 року ворог втратив {t} танків. Також, за інформацією "
            f"головнокомандувача, Сили оборони знищили {uk(u)} БпЛА оперативно-тактичного рівня та {a} "
            f"артилерійських систем.")
    assert _found(text, petro_series, date(2025, 12, 3), u, a) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)] * 2


def test_also_in_english(petro_series: dict[str, LossSeries]) -> None:
    t, a = losses(petro_series["tanks"], *NOVEMBER), losses(petro_series["artillery"], *NOVEMBER)
    text = (f"In November 2025, Russia lost {t} tanks, according to Ukraine's General Staff. Also, Ukrainian "
            f"forces destroyed {a:,} artillery systems.")
    assert _found(text, petro_series, date(2025, 12, 3), a) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_days_increment_before_carries_nothing(petro_series: dict[str, LossSeries]) -> None:
    report = date(2024, 9, 25)
    p, ad = total(petro_series["personnel"], report), total(petro_series["air_defense"], report)
    day = p - total(petro_series["personnel"], date(2024, 9, 24))
    text = (f"Загальні бойові втрати противника, за даними Генштабу, склали близько {uk(p)} (+{uk(day)} за добу) "
            f"осіб. Також йдеться про {ad} засоби протиповітряної оборони.")
    assert _found(text, petro_series, report, ad) == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
