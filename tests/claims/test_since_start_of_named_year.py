"""Since the start of a named year, in Ukrainian (issue 11): "від початку 2024 року", "з початку 2025 року".

Year-end reviews quote the commander-in-chief in this form ("від початку 2024 року загальні втрати
… перевищили 421 тисячу"): the losses from 1 January of that year to the article's date, as "з 2024
року" and "since the start of 2024" already read. Before, the Ukrainian form named no time, so the
figure fell to a milestone of the running total (784,200 "перевищили 421 тисячу": correct). True
values come from the series; "станом на початок 2024 року" and "до початку 2024 року" stay no span.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

DEC28, JUN10 = date(2024, 12, 28), date(2025, 6, 10)  # the figures run to the day before


@pytest.mark.parametrize(("make", "year", "as_of", "category"), [
    (lambda n: f"Від початку 2024 року загальні втрати окупантів становлять {_uk(n)} осіб.", 2024, DEC28, "personnel"),
    (lambda n: f"З початку 2024 року росія втратила {_uk(n)} військових.", 2024, DEC28, "personnel"),
    (lambda n: f"Із самого початку 2024 року ворог втратив {_uk(n)} осіб убитими та пораненими.", 2024, DEC28,
     "personnel"),
    (lambda n: f"Від початку 2025 року Сили оборони знищили {_uk(n)} окупантів.", 2025, JUN10, "personnel"),
    (lambda n: f"З початку 2025 р. ворог втратив {n} танків.", 2025, JUN10, "tanks"),
    (lambda n: f"Since the start of 2024, Russia has lost {n:,} troops.", 2024, DEC28, "personnel"),
])
def test_the_losses_since_the_start_of_a_named_year_are_judged_as_that_span(
    make: Callable[[int], str], year: int, as_of: date, category: str, petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], date(year, 1, 1), date.fromordinal(as_of.toordinal() - 1))
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=as_of).verdicts}
    claim = verdicts[true].claim
    assert (claim.category, claim.kind, verdicts[true].verdict) == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_bound_since_the_start_of_the_year_is_a_rounded_span_not_a_milestone(
    petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 27))
    low = true // 1000 * 1000 - 3000  # "перевищили 421 тисячу" for 424,190
    text = f"Від початку 2024 року загальні втрати окупантів уже перевищили {low // 1000} тисячу осіб."
    (verdict,) = check_text(text, petro_series, as_of=DEC28).verdicts
    assert (verdict.claim.kind, verdict.expected, verdict.verdict) == (ClaimKind.PERIOD, true, VerdictKind.ROUNDED)


@pytest.mark.parametrize("text", [
    "Станом на початок 2024 року росія втратила 360 010 військових.",
    "До початку 2024 року росія втратила 360 010 військових.",
])
def test_the_start_of_a_year_without_since_opens_no_span(text: str, petro_series: dict[str, LossSeries]) -> None:
    kinds = {v.claim.kind for v in check_text(text, petro_series, as_of=DEC28).verdicts}
    assert ClaimKind.PERIOD not in kinds
