"""One thousand written as a word alone is a figure: "майже тисячу військових", "понад тисяча окупантів" (real articles).

Babel (4 Mar 2026, new9's n32 page 27) heads its daily item "За добу росіяни втратили майже тисячу військових
і дві РСЗВ" (980 that day); UNIAN (25 Sep 2024, uk10 page 15) opens "Ще понад тисяча російських окупантів
поповнили списки втрат" (1,250). A scale word started a number only after a unit ("дві тисячі") or as a
million alone, so neither headline's figure was read. "тисяча" and "тисячу" (singular) are now one
thousand by themselves, and "тисячі" is one thousand after a word that takes its genitive ("більше тисячі",
"близько тисячі"); elsewhere "тисячі окупантів" is "thousands of", no figure. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("майже тисячу військових", [1_000]),
        ("понад тисяча російських окупантів", [1_000]),
        ("більше тисячі окупантів", [1_000]),
        ("близько тисячі окупантів", [1_000]),
        ("тисячі окупантів загинули", []),  # "thousands of": no figure
        ("втратили ще тисячу солдатів", []),  # unhedged: a headline's loose "a thousand more"
        ("дві тисячі окупантів", [2_000]),  # the neighbour reading: a unit before the scale
        ("1 мільйон 213 тисяч", [1_213_000]),
    ],
)
def test_the_word_alone(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


def _day(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, report - timedelta(days=1))


@pytest.mark.parametrize(
    ("report", "hedge", "low", "high"),
    [(date(2026, 3, 4), "майже тисячу", 950, 999), (date(2024, 9, 25), "понад тисячу", 1_001, 1_999)],
)
def test_a_days_figure_in_a_headline(petro_series: dict[str, LossSeries], report: date, hedge: str,
                                     low: int, high: int) -> None:
    day = _day(petro_series["personnel"], report)
    assert low <= day <= high  # the premise: the hedge fairly describes the day's figure
    text = f"Генштаб: за добу росіяни втратили {hedge} військових і дві РСЗВ."
    found = [(v.claim.category, v.claim.kind, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=report).verdicts if v.claim.category == "personnel"]
    assert found == [("personnel", ClaimKind.DAY, 1_000, VerdictKind.ROUNDED)]
