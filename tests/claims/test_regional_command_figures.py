"""A regional command's figures are one sector's, not the General Staff's: out of scope.

The press services of the operational-tactical groups ("оперативно-тактичне угруповання «Схід»",
"ОТУ «Схід»"), of the Joint Forces ("угруповання Об'єднаних сил", "пресслужба ООС"), the
operational-strategic groups ("угрупування військ «Таврія»"), the Southern Defence Forces and the
Operational Command "South" report the losses of their own zone ("в районі відповідальності").
Before, a sentence that named the command but no direction or town had its figures judged as the
General Staff's national figures (UNIAN 1 May 2022, "знищило 57 російських загарбників": incorrect
against the day's 300; Ukrinform 24 April 2022, the week's "55 танків": incorrect against the total).
The figures of the General Staff named after them are judged as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import total, uk


@pytest.mark.parametrize(("as_of", "text", "values"), [
    (date(2022, 5, 1),
     'Оперативно-тактичне угруповання "Схід" за добу відбило 5 атак і знищило 57 російських загарбників. '
     "Зокрема, в результаті боїв було знищено: особового складу окупантів – 57, танків – 1, "
     "артилерійських систем – 6, і БПЛА – 4.", [57, 1, 6, 4]),
    (date(2022, 4, 28),
     'Як повідомляє ОТУ "Схід", українські воїни знищили 75 окупантів, 1 БМП і 2 БПЛА.', [75, 2]),
    (date(2022, 4, 24),
     "Упродовж поточної доби, 24 квітня, військовослужбовці угруповання Об’єднаних сил знищили 13 танків "
     "та 3 артилерійські системи. Загалом за тиждень вони знищили 55 танків і 20 артилерійських систем.",
     [13, 3, 55, 20]),
    (date(2022, 4, 24), "За даними пресслужби ООС, за добу знищено 13 танків та 18 одиниць автомобільної техніки.",
     [13, 18]),
    (date(2023, 8, 31),
     'Командувач оперативно-стратегічного угрупування військ "Таврія" повідомив: за останню добу втрати '
     "ворога склали 181 особу, знищено 15 одиниць техніки, зокрема три ББМ і шість артсистем.", [181, 15, 3, 6]),
    (date(2025, 11, 14), "За словами речника Сил оборони півдня, за минулу добу ЗСУ знищили близько 300 окупантів.",
     [300]),
    (date(2022, 10, 2), "Сили оборони на півдні знищили 16 танків і 64 окупанти, повідомляє ОК «Південь».", [16, 64]),
])
def test_a_regional_commands_figures_are_out_of_scope(
    as_of: date, text: str, values: list[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == []
    assert {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON} >= set(values)


def test_the_general_staffs_total_after_a_command_is_judged(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 4, 1)
    value = total(petro_series["personnel"], as_of)
    text = ("Оперативно-тактичне угруповання «Схід» упродовж дня відбило 6 атак і знищило до 280 окупантів. "
            f"За даними Генштабу ЗСУ, з початку повномасштабного вторгнення ворог втратив близько {uk(value)} осіб.")
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
    assert [o.value for o in report.out_of_scope if o.reason == SECTOR_REASON] == [280]
