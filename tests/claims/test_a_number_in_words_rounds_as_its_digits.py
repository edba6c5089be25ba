"""A number written in words is as round as its digits: "понад сто російських танків" is "понад 100" (real articles).

Reznikov on dsnews (26 Feb 2022, uk10 page 19): "знищено сотні одиниць бронетехніки, зокрема — понад сто
російських танків" (146 that morning). A spelled number below a thousand took the rounding of an exact
count (step 1), so "over a hundred" allowed only a quarter more and 146 was judged incorrect, while the same
sentence with "понад 100" was rounded. A spelled number now takes the rounding its digits would imply
("сто" as "100", "двадцять" as "20"; "шість" stays exact), as numbers already does for spelled thousands
and millions. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2022, 2, 26)


@pytest.mark.parametrize(("words", "digits"), [("сто", "100"), ("двісті", "200"), ("twenty", "20"), ("шість", "6")])
def test_the_words_round_as_the_digits(words: str, digits: str) -> None:
    assert [(n.value, n.step) for n in find_numbers(words)] == [(n.value, n.step) for n in find_numbers(digits)]


@pytest.mark.parametrize("figure", ["сто", "100"])
def test_over_a_hundred_tanks(petro_series: dict[str, LossSeries], figure: str) -> None:
    tanks = total(petro_series["tanks"], _DAY)
    assert 125 < tanks < 200  # the premise: more than a quarter over a hundred, under two hundred
    text = f"Знищено сотні одиниць бронетехніки, зокрема — понад {figure} російських танків."
    found = [(v.claim.category, v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=_DAY).verdicts]
    assert found == [("tanks", ClaimKind.TOTAL, VerdictKind.ROUNDED)]


def test_an_exact_count_in_words_stays_exact(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], _DAY)
    text = f"Загалом знищено {tanks + 10} російських танків, а вчора було збито сім гелікоптерів."
    helicopters = [v for v in check_text(text, petro_series, as_of=_DAY).verdicts if v.claim.category == "helicopters"]
    assert [(v.claim.value, v.claim.step) for v in helicopters] == [(7, 1)]
