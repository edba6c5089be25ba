"""An attribution after a figure in the past tense, "Про це повідомив/ла/ли ...", "Про це написав ...", "На це
звернула увагу ...", or as "Про це звітує ...", names the figure's source as "Про це повідомляє ..." does.

uavisti.com (30 May 2023, oos8's n31 page 34): "Російські окупанти втратили у війні проти України
щонайменше 2002 танки. Про це повідомив нідерландський аналітичний OSINT-проєкт у сфері оборони Oryx."
was judged as the General Staff's tank total (incorrect against 3,802); inkorr.com (9 Nov 2024, uk8's
n31 page 06): "За добу окупанти втрачали в середньому 1354 солдати. Про це повідомив міністр оборони
Британії Джон Гілі ..." was judged as the General Staff's day (incorrect). clauses.ATTRIBUTION_AFTER read
only the present "повідомляє". An attribution that names no counting body ("Про це український лідер
повідомив у Telegram") leaves the source as it was: Zelensky's own monthly range stays out of scope.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def test_oryxs_tanks_said_in_the_past_tense_are_oryxs(petro_series: dict[str, LossSeries]) -> None:
    text = ("Російські окупанти втратили у війні проти України щонайменше 2002 танки.\n"
            "Про це повідомив нідерландський аналітичний OSINT-проєкт у сфері оборони Oryx.")
    report = check_text(text, petro_series, as_of=date(2023, 5, 30))
    assert [v.verdict for v in report.verdicts if v.claim.value == 2002] == []


def test_a_british_ministers_average_said_in_the_past_tense_is_his(petro_series: dict[str, LossSeries]) -> None:
    text = ("За добу окупанти втрачали в середньому 1354 солдати. Про це повідомив міністр оборони Британії "
            "Джон Гілі в інтерв'ю The Telegraph.")
    report = check_text(text, petro_series, as_of=date(2024, 11, 9))
    assert [v.verdict for v in report.verdicts if v.claim.value == 1354] == []


def test_the_general_staff_reporting_is_still_the_general_staff(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2026, 3, 3), date(2026, 3, 3))
    text = (f"Упродовж минулої доби, 3 березня, російська армія втратила ще {uk(day)} своїх військових убитими й "
            "пораненими на фронті, а також десятки одиниць техніки.\n\nПро це звітує Генштаб ЗСУ.")
    report = check_text(text, petro_series, as_of=date(2026, 3, 4))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == day]
    assert found == [(ClaimKind.DAY, VerdictKind.CORRECT)]


def test_an_attribution_naming_no_body_leaves_the_source(petro_series: dict[str, LossSeries]) -> None:
    text = ("Президент України Володимир Зеленський назвав шокувальну цифру втрат РФ. Так, держава-агресорка "
            "втрачає 30 000–35 000 військових щомісяця.\nПро це український лідер повідомив у Telegram.")
    report = check_text(text, petro_series, as_of=date(2026, 2, 19))
    assert [v.verdict for v in report.verdicts if v.claim.value in {30000, 35000}] == []


def test_british_intelligence_noted_after_its_average_is_its(petro_series: dict[str, LossSeries]) -> None:
    """glavnoe.in.ua (7 Apr 2024, uk8's n31 page 09): "На це звернула увагу розвідка Великої Британії" after the
    figures, and "Про це написав ..." (the past tense of "пише")."""
    text = ("Середньодобова кількість російських втрат (вбитих і поранених в Україні) скоротилася на 74 особи на день "
            "протягом березня 2024 року, до 913 осіб на день. На це звернула увагу розвідка Великої Британії.")
    report = check_text(text, petro_series, as_of=date(2024, 4, 7))
    assert [v.verdict for v in report.verdicts if v.claim.value in {74, 913}] == []
    text = ("Російські окупанти втратили у війні проти України щонайменше 2002 танки.\n"
            "Про це написав нідерландський аналітичний OSINT-проєкт Oryx.")
    report = check_text(text, petro_series, as_of=date(2023, 5, 30))
    assert [v.verdict for v in report.verdicts if v.claim.value == 2002] == []
