"""A million followed by thousands in words of their own is one number: "1 мільйона 137 тисяч".
Found on 24tv.ua (27 Oct 2025): "Від початку повномасштабного вторгнення загальні втрати російської
армії становлять близько 1 мільйона 137 тисяч осіб". The million's tail read only bare digits
("1 мільйон 209 880"), so the figure was two numbers, 1,000,000 and 137,000, each judged as the
running total (both incorrect against 1,137,690). The thousands (and any digits after them) now
join the million; "1 million 137 thousand" too, which was read as 1,000,137. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("близько 1 мільйона 137 тисяч осіб", 1_137_000, 1_000),
        ("1 млн 137 тис. осіб", 1_137_000, 1_000),
        ("1 мільйон 137 тисяч 690 осіб", 1_137_690, 10),
        ("1 млн 137 тис. 690 осіб", 1_137_690, 10),
        ("1 million 137 thousand troops", 1_137_000, 1_000),
    ],
)
def test_one_number(text: str, value: int, step: int) -> None:
    assert [(n.value, n.step) for n in find_numbers(text)] == [(value, step)]


def test_a_count_after_the_thousands_stays_apart() -> None:
    assert [n.value for n in find_numbers("1 млн 137 тис. 5 танків")] == [1_137_000, 5]


def test_the_running_total_in_words(petro_series: dict[str, LossSeries]) -> None:
    report = date(2025, 10, 27)
    thousands = total(petro_series["personnel"], report) // 1_000
    text = (f"Від початку повномасштабного вторгнення загальні втрати російської армії становлять "
            f"близько 1 мільйона {thousands - 1_000} тисяч осіб, повідомив Генштаб.")
    found = [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=report).verdicts]
    assert found == [(thousands * 1_000, ClaimKind.TOTAL, VerdictKind.ROUNDED)]
