"""A subject carried from the sentence before (issue 11): "More than 628,000 occurred in just the past year and a half."

A figure with no noun of its own, in a sentence without loss wording, is a loss figure when the
sentence before it in the same paragraph speaks of losses and the figure's own sentence says it
happened ("occurred", "took place", "came in 2024", "were recorded", "припадає на", "сталися")
or takes part of the losses before ("Of these, ...", "З них ..."). Its category is the one the
paragraph speaks of. Not for a figure that says nothing of the kind, nor across a paragraph, nor
after a sentence without losses. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

JAN15 = date(2025, 1, 15)
HEAD = "Ukraine's General Staff says Russia has lost about 800,000 troops since February 2022. "
HEAD_UK = "Генштаб ЗСУ повідомляє, що від початку вторгнення росія втратила близько 800 тисяч військових. "


Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
NOV = (date(2024, 11, 1), date(2024, 11, 30))
DEC = (date(2024, 12, 1), date(2024, 12, 31))


@pytest.mark.parametrize(("make", "period"), [
    (lambda n: HEAD + f"{n:,} of them occurred in 2024.", Y2024),
    (lambda n: HEAD + f"Of these, {n:,} came in 2024 alone.", Y2024),
    (lambda n: HEAD + f"{n:,} took place in November alone.", NOV),
    (lambda n: HEAD + f"Of those, {n:,} were recorded in December.", DEC),
    (lambda n: HEAD + f"“{n:,} occurred in November alone,” the General Staff stated.", NOV),
    (lambda n: HEAD_UK + f"З них {_uk(n)} припадає на 2024 рік.", Y2024),
    (lambda n: HEAD_UK + f"Із них {_uk(n)} — у листопаді.", NOV),
    (lambda n: HEAD_UK + f"{_uk(n)} з них було зафіксовано у грудні.", DEC),
    (lambda n: HEAD_UK + f"З них {_uk(n)} сталися у 2024 році.", Y2024),
    (lambda n: HEAD + f"In all, {n:,} were sustained in 2024, the General Staff said.", Y2024),
])
def test_a_figure_whose_subject_is_the_losses_of_the_sentence_before_is_judged(
    make: Callable[[int], str], period: tuple[date, date], petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], *period)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=JAN15).verdicts}
    assert true in verdicts
    assert (verdicts[true].claim.category, verdicts[true].verdict) == ("personnel", VerdictKind.CORRECT)


def test_the_subject_carried_is_the_equipment_the_paragraph_speaks_of(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["tanks"], *Y2024)
    text = f"Russia has lost more than 9,000 tanks since February 2022. Of these, {true:,} came in 2024."
    verdicts = {v.claim.value: v for v in check_text(text, petro_series, as_of=JAN15).verdicts}
    assert (verdicts[true].claim.category, verdicts[true].verdict) == ("tanks", VerdictKind.CORRECT)


@pytest.mark.parametrize("text", [
    HEAD + "Some 4,300 came from the Wagner group.",  # came from: no time, no loss said
    HEAD + "About 4,300 people attended the rally in November.",  # a noun of its own
    HEAD + "\n\n4,300 occurred in November.",  # another paragraph
    "Ukraine's General Staff published its report on Monday. 4,300 occurred in November.",  # no losses before
    HEAD + "The city has 4,300 residents left.",
])
def test_a_figure_that_carries_no_subject_of_losses_is_no_claim(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert 4300 not in {v.claim.value for v in check_text(text, petro_series, as_of=JAN15).verdicts}


@pytest.mark.parametrize(("make", "category"), [
    (lambda n: f"Russia has lost about 800,000 troops since February 2022, of which {n:,} came in 2024.", "personnel"),
    (lambda n: f"Росія втратила близько 800 тисяч військових, з яких {_uk(n)} сталися у 2024 році.", "personnel"),
    (lambda n: f"Russia has lost more than 9,000 tanks since February 2022, of which {n:,} came in 2024.", "tanks"),
])
def test_a_part_of_a_figure_earlier_in_the_same_sentence_is_judged_as_its_category(
    make: Callable[[int], str], category: str, petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], *Y2024)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=JAN15).verdicts}
    assert (verdicts[true].claim.category, verdicts[true].verdict) == (category, VerdictKind.CORRECT)
