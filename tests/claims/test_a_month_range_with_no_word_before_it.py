"""Two months joined by a dash with their year after them are one period, with no preposition before them too.

Breaking News Ukraine (May 2025; page fresh11/17): "Compared to September-December 2024, when Russia captured
2,950 square kilometers, their losses then amounted to 174,935 soldiers". Only "December 2024" was read as a
time (the dashed range was known after "in", "during", "over", "for", "throughout" only), so the four months'
sum was judged as the running total at the end of December (incorrect). "Month-Month YYYY" is a range of whole
months wherever it stands. A single month with its year is still that month.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 5, 1)


def test_a_dashed_month_range_after_compared_to(petro_series: dict[str, LossSeries]) -> None:
    four = losses(petro_series["personnel"], date(2024, 9, 1), date(2024, 12, 31))
    text = (f"Compared to September-December 2024, when Russia captured much land, their losses then amounted to "
            f"{four:,} soldiers.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(four, VerdictKind.CORRECT)]


def test_a_single_month_stays_that_month(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = (f"Compared to December 2024, when Russia captured much land, their losses then amounted to "
            f"{month:,} soldiers.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(month, VerdictKind.CORRECT)]
