"""A decrease of a figure from another period's, "a decrease of around 13,000 from January's total", is no loss figure.

mypresstoday.com retelling UK Defence Intelligence (5 Mar 2025, time11's page 27): "The total reported Russian
casualties in February 2025 was 35,140, a decrease of around 13,000 from January's total which was the second
highest monthly total of the conflict." The 13,000 was read as a record of January 2025 (48,240: incorrect). A running
total never falls: a decrease is how far one period's sum is below another's, which the checker does not compute.
The figure a sum fell to stays a claim. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 3, 5)


def test_a_decrease_from_another_months_total(petro_series: dict[str, LossSeries]) -> None:
    february = losses(petro_series["personnel"], date(2025, 2, 1), date(2025, 2, 28))
    text = (f"The total reported Russian casualties in February 2025 was {february:,}, a decrease of around 13,000 "
            "from January's total which was the second highest monthly total of the conflict.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(february, "correct")]
    assert 13000 in [o.value for o in report.out_of_scope]


def test_a_decrease_in_ukrainian(petro_series: dict[str, LossSeries]) -> None:
    february = losses(petro_series["personnel"], date(2025, 2, 1), date(2025, 2, 28))
    text = f"У лютому 2025 року втрати росіян склали {february:,} осіб, зменшення на 11 670 порівняно з січнем."
    report = check_text(text.replace(",", " ", 1), petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == [february]


def test_a_sum_said_after_a_decrease_to_stays_a_claim(petro_series: dict[str, LossSeries]) -> None:
    february = losses(petro_series["personnel"], date(2025, 2, 1), date(2025, 2, 28))
    text = f"Russian casualties showed a decrease to {february:,} in February 2025."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(february, "correct")]
