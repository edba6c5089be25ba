"""A difference between two counts, "знищили майже на 200 російських танків більше", is no loss figure (real articles).

UNIAN (April 2022, uk10 page 17) retells the ministry's comparison of Russia's lost tanks with six European
armies: "разом ці держави мають 480 танків. Натомість ЗСУ вже знищили майже на 200 російських танків
більше." The figure after "на" with "більше" right after its noun is how far one count exceeds another,
but it was read as the tanks' running total (incorrect against 676). Such a figure ("на N ... більше /
менше") is now out of scope as a difference; a total's rise ("зросли на 1 200") and a figure with "більше"
before it as a hedge ("більше 600 танків") are read as before. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2022, 4, 5)


def test_the_difference_is_out_of_scope(petro_series: dict[str, LossSeries]) -> None:
    for text in ("Разом ці держави мають 480 танків. Натомість ЗСУ вже знищили майже на 200 російських танків більше.",
                 "Цього року Росія втратила на 300 танків менше, ніж торік."):
        report = check_text(text, petro_series, as_of=_DAY)
        assert [v.claim.value for v in report.verdicts] == []
        assert "a difference between two counts, not a loss figure" in {o.reason for o in report.out_of_scope}


def test_a_hedge_more_than_stays_a_total(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], _DAY)
    hundreds = tanks // 100 * 100
    report = check_text(f"ЗСУ вже знищили більше {hundreds} російських танків.", petro_series, as_of=_DAY)
    assert [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts] == [
        ("tanks", hundreds, VerdictKind.ROUNDED)]
