"""One branch's or unit's own count (ССО, the National Guard, a brigade, the drone units) is no General Staff figure.

format-ua.com (17 Feb 2025) wrote "Операція Сил спеціальних операцій знищила 23 окупантів під час зачистки
промислової будівлі" (the Special Operations Forces' command, named in the sentence); mynewsua (2 Mar 2026)
"З початку цього року підрозділи Нацгвардії знищили 45 РСЗВ «Град»"; novosti.dn.ua (13 Jan 2026) a
brigade's post ("— йдеться у дописі 92-ї ОШБр."); LIGA (6 Jan 2026) Syrskyi's "підрозділи безпілотних систем
Сил оборони України знешкодили ... Ворог втратив понад 33 000 особового складу"; online.ua (8 Nov 2025)
"Українські дрони знищили 25 тис. окупантів РФ у жовтні ... тільки завдяки БпЛА". No pattern read a branch
or unit, so each figure was judged as the General Staff's day, month or year (23 six times and the
brigade's "92" incorrect against the day; 45 against the year's MLRS; 25 000 against October's 31 250;
33 000 "rounded" against December's 35 050). They are one part of the front's count, set out of scope as
a regional command's are (extract._keep_in_scope; named in a sentence without figures, the unit is the
subject of the figures after it, extract._command_named), until a sentence names the General Staff.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.claim import CheckReport
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def _sector(report: CheckReport) -> set[int]:
    return {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON}


@pytest.mark.parametrize(("text", "as_of", "figures"), [
    ("Операція Сил спеціальних операцій знищила 23 окупантів під час зачистки промислової будівлі в тилу ворога.",
     date(2025, 2, 17), {23}),
    ("З початку цього року підрозділи Нацгвардії знищили 45 РСЗВ «Град».", date(2026, 3, 2), {45}),
    ("Від початку цього року підрозділи Національної гвардії знищили 45 російських реактивних систем залпового "
     "вогню.", date(2026, 3, 2), {45}),
    ("Бійці 92-ї окремої штурмової бригади за тиждень знищили 12 танків і 140 окупантів.", date(2026, 1, 13),
     {12, 140}),
    ("Минулий грудень став першим місяцем, коли підрозділи безпілотних систем Сил оборони України знешкодили "
     "приблизно стільки військовослужбовців, скільки Росія призвала за місяць. Ворог втратив понад 33 000 "
     "особового складу.", date(2026, 1, 6), {33000}),
    ("Українські дрони знищили 25 тис. окупантів РФ у жовтні.", date(2025, 11, 8), {25000}),
    ("Маємо 25 тисяч втрат ворога за жовтень тільки завдяки БпЛА.", date(2025, 11, 8), {25000}),
])
def test_a_branchs_or_units_own_count_is_not_judged(
    text: str, as_of: date, figures: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert _sector(report) >= figures


def test_the_general_staffs_day_after_a_brigades_post(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2026, 1, 13)
    day = losses(petro_series["personnel"], date(2026, 1, 12), date(2026, 1, 12))
    text = ("Військовослужбовці 92-ї окремої штурмової бригади захопили російський танк Т-80, йдеться у дописі "
            "92-ї ОШБр.\n\n"
            f"За даними Генерального штабу, протягом минулої доби Сили оборони України ліквідували {uk(day)} "
            "військовослужбовців армії РФ.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
