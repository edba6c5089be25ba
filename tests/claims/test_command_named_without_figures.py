"""A regional command named in a sentence with no figure makes the figures after it that command's.

Hromadske Radio (12 Feb 2024) named the Tavria group only in figure-less sentences ("Про це повідомив
командувач ОСУВ «Таврія» Олександра Тарнавського у Telegram"), then gave "загальні втрати противника
минулої доби становили 449 осіб і 27 одиниць військової техніки" three paragraphs on; bukvy.org (17 Oct
2024) wrote "Сили оборони Півдня продовжують завдавати ворогу втрат ..." and then "Впродовж доби
загарбник втратили 65 осіб". extract._read_sentence returned before _keep_in_scope when a sentence had
no figure, so the command never became the subject and 449 / 65 were judged as the General Staff's day
(incorrect). Interfax-Ukraine named the group by its Ukrainian name ("в операційній зоні «Таврія»"), which
no place pattern read. A General Staff personnel total after it ("За цей час втрати військ РФ ... сягли
понад 674 тисячі осіб") ends the command's figures; a direction named without figures sets nothing.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.claims.claim import CheckReport
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk


def _sector(report: CheckReport) -> set[int]:
    return {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON}


def test_a_command_named_paragraphs_before_its_figures(petro_series: dict[str, LossSeries]) -> None:
    text = ("На Таврійському напрямку збільшується кількість полонених росіян — Тарнавський\n\n"
            "Про це повідомив командувач ОСУВ «Таврія» Олександр Тарнавський у Telegram.\n\n"
            "«Половину з них – за минулу добу, насамперед на Запорізькому напрямку», – пише командувач.\n\n"
            "За словами Тарнавського, загальні втрати противника минулої доби становили 449 осіб і 27 одиниць "
            "військової техніки, не рахуючи дронів.\n\nТакож було нейтралізовано 122 дрони різних типів.")
    report = check_text(text, petro_series, as_of=date(2024, 2, 12))
    assert [v.claim.value for v in report.verdicts] == []
    assert _sector(report) >= {449, 122}


def test_the_general_staffs_total_after_the_command_is_judged(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 10, 17)
    value = total(petro_series["personnel"], as_of)
    text = ("Джерело: Сили оборони Півдня України\n"
            "Сили оборони Півдня продовжують завдавати ворогу втрат, знищуючи особовий склад та техніку окупантів.\n"
            "Впродовж доби загарбник втратили 65 осіб й 28 одиниць озброєння та військової техніки, з них:\n"
            "- десять гармат;\n"
            "- В Україні триває 967-ма доба повномасштабної російсько-української війни. За цей час втрати військ "
            f"РФ у живій силі (вбиті та поранені) сягли понад {value // 1000} тисячі осіб.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value // 1000 * 1000, VerdictKind.CORRECT)]
    assert _sector(report) >= {65, 10}


def test_a_command_by_its_ukrainian_name(petro_series: dict[str, LossSeries]) -> None:
    text = ('Росіяни в операційній зоні "Таврія" втратили 389 осіб особового складу та 54 одиниці техніки - '
            "Тарнавський")
    report = check_text(text, petro_series, as_of=date(2024, 2, 8))
    assert [v.claim.value for v in report.verdicts] == []
    assert _sector(report) >= {389}


def test_a_direction_named_without_figures_sets_nothing(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 10, 16)
    value = losses(petro_series["personnel"], day, day)
    text = f"На Покровському напрямку тривають запеклі бої.\n\nЗа минулу добу ворог втратив {uk(value)} осіб."
    report = check_text(text, petro_series, as_of=date(2024, 10, 17))
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
