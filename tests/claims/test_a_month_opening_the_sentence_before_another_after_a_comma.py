"""A figure's sentence opens with its month; another month after a comma opens a clause of its own and is not the figure's.

news.online.ua (7 Jan 2025, time11's page 18): "In November 2024, Russian casualties amounted to 45,680 people, and
December became the sixth consecutive month with increasing casualties." community-5.com (Feb 2025, time11's page 24):
"January 2025 marked Russia's second-highest monthly personnel loss, with approximately 48,240 casualties, closely
trailing December 2024's record." Each figure took the nearer month after it (December: 48,670, incorrect), as a
date after a figure usually is its own; past a comma, of another subject, it is not, and the month that opens the
sentence is the figure's. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _found(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, ClaimKind, str, str]]:
    return [(v.claim.value, v.claim.kind, v.verdict.value, v.claim.time.primary.label if v.claim.time else "")
            for v in check_text(text, series, as_of=as_of).verdicts]


def test_the_opening_month_and_a_new_clause_of_another_month(petro_series: dict[str, LossSeries]) -> None:
    november = losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = (f"In November 2024, Russian casualties amounted to {november:,} people, and December became the sixth "
            "consecutive month with increasing casualties.")
    assert _found(text, petro_series, date(2025, 1, 7)) == [(november, ClaimKind.PERIOD, "correct", "November 2024")]


def test_a_record_month_trailing_another(petro_series: dict[str, LossSeries]) -> None:
    january = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 1, 31))
    text = (f"January 2025 marked Russia's second-highest monthly personnel loss, with approximately {january:,} "
            "casualties, closely trailing December 2024's record.")
    found = _found(text, petro_series, date(2025, 2, 5))
    assert [(value, label) for value, _, _, label in found] == [(january, "January 2025")]
    assert found[0][2] in {"correct", "rounded"}


def test_a_later_figure_keeps_its_own_month(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    december = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = f"In 2024, Russia lost {year:,} troops, {december:,} of them in December."
    assert [(v, label) for v, _, _, label in _found(text, petro_series, date(2025, 1, 7))] == [
        (year, "2024"), (december, "December 2024")]
