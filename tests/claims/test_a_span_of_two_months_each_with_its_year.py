"""A span of two months joined by a dash, each with its year, "впродовж грудня 2025 — січня 2026", is both months (real articles).

Focus (12 Feb 2026, uk10 page 22): "Михайло Федоров розповів про те, що українські військові ліквідували 65 тисяч
російських окупантів впродовж грудня 2025 — січня 2026." The dash span of two months was read only without a
year after its first month and only after "за", "у", "в", "протягом", so the figure took December 2025
alone (judged against 35,050 instead of the two months' sum). The span now also takes a year after its
first month and "впродовж" / "упродовж" before it; "за квітень–травень 2025 року" and "з грудня 2025 по
січень 2026" read as before. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

_DAY = date(2026, 2, 12)


@pytest.mark.parametrize("span", ["впродовж грудня 2025 — січня 2026", "за грудень 2025 – січень 2026 року",
                                  "з грудня 2025 по січень 2026 року"])
def test_the_two_months(petro_series: dict[str, LossSeries], span: str) -> None:
    both = losses(petro_series["personnel"], date(2025, 12, 1), date(2026, 1, 31))
    text = f"Українські військові ліквідували {uk(both)} російських окупантів {span}."
    found = [(v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=_DAY).verdicts]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_span_with_one_year_after_it(petro_series: dict[str, LossSeries]) -> None:
    both = losses(petro_series["personnel"], date(2025, 4, 1), date(2025, 5, 31))
    text = f"За квітень–травень 2025 року росіяни втратили {uk(both)} осіб."
    found = [(v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=date(2025, 6, 5)).verdicts]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
