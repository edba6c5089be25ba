"""A figure the President gives, named with the verb first ("заявив президент … Зеленський"),
or in an attribution sentence that opens with the outlet ("Як передає РБК-Україна, про це на
брифінгу заявив ..."), is his own estimate: out of scope, as "Зеленський заявив" already was.

Before, "Бійці Сил оборони за місяць ліквідували понад 25 тисяч окупантів.Як передає
РБК-Україна, про це на брифінгу заявив президент України Володимир Зеленський." was judged
against the General Staff's month (incorrect). The General Staff named the same way is still
judged.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2025, 11, 7)


@pytest.mark.parametrize(("text", "figure"), [
    ("Бійці Сил оборони за місяць ліквідували понад 25 тисяч окупантів. Як передає РБК-Україна, "
     "про це на брифінгу заявив президент України Володимир Зеленський.", 25000),
    ("Бійці Сил оборони за місяць ліквідували понад 25 тисяч окупантів.Як передає РБК-Україна, "
     "про це на брифінгу заявив президент України Володимир Зеленський.", 25000),
    ("Росія щомісяця втрачає близько 40 тисяч військових. Про це в інтерв'ю телеканалу сказав "
     "президент Володимир Зеленський.", 40000),
    ("У жовтні росіяни втратили 30 тисяч військових, – заявив президент України Володимир Зеленський.", 30000),
    ("Russia lost 35,000 soldiers in October alone, said President Volodymyr Zelensky.", 35000),
    ("Russia is losing about 1,000 soldiers a day, Ukraine's President Volodymyr Zelensky told reporters.", 1000),
])
def test_the_presidents_figure_named_verb_first_is_out_of_scope(
    text: str, figure: int, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=AS_OF)
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}


@pytest.mark.parametrize("attribution", [
    "Як передає УНІАН, про це повідомляє Генеральний штаб ЗСУ.",
    "Про це на ранковому брифінгу повідомили в Генштабі ЗСУ.",
])
def test_the_general_staff_named_the_same_way_keeps_the_figure_judged(
    attribution: str, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    day = total(people, AS_OF) - total(people, AS_OF - timedelta(days=1))
    text = f"За минулу добу російська армія втратила ще {day} військових. {attribution}"
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
