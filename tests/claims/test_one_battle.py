"""Figures of one battle or one attack are no General Staff figures: "в одному бою знищили 5
танків", "у одній атаці", "за один бій", as "in a single battle" and "під час однієї атаки"
already were (lexicon.LOCATION, the sector rule: out of scope).

Before, "українські десантники в одному бою на Донеччині знищили 5 танків …, а також 20 ворожих
піхотинців" was judged against the General Staff's day (incorrect twice). The day's figures of
the General Staff beside such a story stay judged.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2023, 10, 23)


@pytest.mark.parametrize(("text", "figures"), [
    ("Як повідомлялося, українські десантники в одному бою на Донеччині знищили 5 танків і 4 БМП, "
     "а також 20 ворожих піхотинців.", {5, 20}),
    ("Українські десантники в одному бою знищили 5 танків та 20 окупантів.", {5, 20}),
    ("У одній атаці росіяни втратили 7 танків і 30 військових.", {7, 30}),
    ("Бійці бригади за один бій ліквідували 45 окупантів.", {45}),
    ("За одну атаку ворог втратив 9 одиниць бронетехніки і 60 військових.", {60}),
])
def test_figures_of_one_battle_are_out_of_scope(
    text: str, figures: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=AS_OF)
    assert not figures & {v.claim.value for v in report.verdicts}
    assert figures <= {o.value for o in report.out_of_scope}


@pytest.mark.parametrize("template", [
    "За минулу добу російська армія втратила {day} військових. Генштаб ЗСУ уточнює, що найбільше — "
    "на Бахмутському напрямку.",
    "Загальні втрати противника за добу — {day} осіб, повідомив Генштаб.",
])
def test_the_general_staffs_day_beside_a_battle_word_stays_judged(
    template: str, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    day = total(people, AS_OF) - total(people, AS_OF - timedelta(days=1))
    report = check_text(template.format(day=day), petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
