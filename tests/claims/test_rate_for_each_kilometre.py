"""A figure "for each kilometre gained" is a rate per distance or area, not a loss figure.

Found on a real English page (a rewrite of Euronews' "Russia gained 4,000 km2 of Ukraine in
2024", 3 Jan 2025): "Russian losses in 2024 amount to an average of 1,180 a day and about 103
losses for each kilometre gained" judged the 103 as the personnel losses of the past week
(incorrect, 1,534). "per square kilometre" was already read as a rate (clauses.PER_AREA);
"for each", "for every", "each" and "every" before the unit now are too, and so is a mile.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries


@pytest.mark.parametrize("text", [
    "Russian losses in 2024 amount to about 103 losses for each kilometre gained, the General Staff's figures show.",
    "Russia lost about 103 soldiers for every square kilometre it captured, according to the General Staff.",
    "That is roughly 103 Russian casualties each kilometer, according to the General Staff.",
    "Russia lost some 160 troops for every mile of ground gained, the General Staff's figures show.",
])
def test_a_figure_for_each_kilometre_is_out_of_scope(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 1, 3))
    assert report.verdicts == ()
    assert any(o.reason == "a rate per area gained, not a loss figure" for o in report.out_of_scope)


def test_the_daily_average_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian losses in 2024 amount to an average of 1,180 a day and about 103 losses for each "
            "kilometre gained, the General Staff's figures show.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 3))
    assert [v.claim.value for v in report.verdicts] == [1180]
