"""A range whose scale word stands only after its high end ("від 1 до 1,35 млн", "від одного до 1,35 мільйона")
is one range, and a newspaper's estimate so given is not the General Staff's count.

Found on inshe.tv (6 Dec 2025), retelling The Economist through The Moscow Times: "За підрахунками,
загальні російські втрати вбитими та пораненими складають від 1 до 1,35 млн солдатів і офіцерів"; TSN
(7 Dec 2025) "За оцінками, загинуло або було поранено від 1 до 1,35 млн російських військових" (The Economist
named two paragraphs before, ISW in between); RBC-Ukraine (7 Dec 2025) "Видання ... оцінює втрати Росії ...
в розмірі від одного до 1,35 мільйона одиниць живої сили". The "1" was judged as the day's personnel and
"до 1,35 млн" as the running total. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.clauses import ranges
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2025, 12, 7)
ECONOMIST = ("Росія могла втратити 1% довоєнного чоловічого населення з початку війни в Україні. Про це у суботу, "
             "6 грудня, повідомляє The Moscow Times з посиланням на дані The Economist, пише Кореспондент.\n\n")


def test_the_low_end_shares_the_high_ends_scale() -> None:
    for text in ("від 1 до 1,35 млн солдатів", "від 50 до 70 тисяч", "between 1 and 1.35 million troops", "1–2 млн"):
        assert ranges(text, find_numbers(text)) == {0, 1}, text
    text = "від 5 до 120 тисяч"  # 5 000 is too far below 120 000 to be its low end
    assert ranges(text, find_numbers(text)) == set()


def test_the_economists_range_a_paragraph_after_it_is_named(petro_series: dict[str, LossSeries]) -> None:
    text = ECONOMIST + ("За підрахунками, загальні російські втрати вбитими та пораненими складають від 1 до 1,35 млн "
                        "солдатів і офіцерів – це більше, ніж кількість американських солдатів, убитих або поранених "
                        "під час Другої світової війни.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == []
    assert 1_350_000 in [o.value for o in report.out_of_scope]


def test_an_estimate_after_another_body_in_between(petro_series: dict[str, LossSeries]) -> None:
    text = ("Про це йдеться в матеріалі The Economist.\n\n"
            "За даними Інституту вивчення війни (ISW), 2025 року російські війська захопили 4 562 км² української "
            "території.\n\n"
            "Війна обійшлася Росії надзвичайно дорого. За оцінками, загинуло або було поранено від 1 до 1,35 млн "
            "російських військових.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == []


def test_an_outlet_that_estimates_the_losses(petro_series: dict[str, LossSeries]) -> None:
    text = ("Видання на основі відкритих даних, інформації від джерел та звітів оцінює втрати Росії на полі бою з "
            "24 лютого 2022 року в розмірі від одного до 1,35 мільйона одиниць живої сили.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == []


def test_the_general_staffs_total_after_it_stays_judged(petro_series: dict[str, LossSeries]) -> None:
    t = total(petro_series["personnel"], AS_OF)
    text = ECONOMIST + (f"За даними Генштабу ЗСУ, з початку повномасштабного вторгнення Росія втратила {uk(t)} "
                        "військових.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(t, VerdictKind.CORRECT)]


def test_a_weeks_range_in_thousands_is_one_range(petro_series: dict[str, LossSeries]) -> None:
    last = AS_OF - timedelta(days=1)
    week = losses(petro_series["personnel"], last - timedelta(days=6), last)
    lo = week // 1000
    text = (f"За даними Генштабу ЗСУ, за останні сім днів Росія втратила від {lo} до {lo + 1} тисяч військових "
            "убитими та пораненими.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.claim.value, v.claim.high, v.verdict) for v in report.verdicts] == [
        (ClaimKind.PERIOD, lo * 1000, (lo + 1) * 1000, VerdictKind.CORRECT)]
