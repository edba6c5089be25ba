"""Two years joined before a singular "рік" are one period of both years, not the last year alone.

Found on LIGA.net (18 Jan 2026, new9's n32 page 02), Syrskyi in an interview: "Я хочу взагалі зазначити,
що за два роки, за 2024 та 2025 рік, втрати противника склали понад 850 000 особового складу". "2025 рік"
was read as the year 2025 alone and the figure judged against that year's losses (incorrect: 418,170);
24 Channel's copy of the same words with the plural ("2024 та 2025 роки", new9's page 01) was already read as
the two years together. "за 2024 та 2025 рік" and "у 2024 та 2025 році" now read so too. A single year
with "рік" is still that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

JAN18 = date(2026, 1, 18)


@pytest.mark.parametrize("years", ["за 2024 та 2025 рік", "у 2024 та 2025 році"])
def test_two_years_before_a_singular_year_are_both_years(years: str,
                                                         petro_series: dict[str, LossSeries]) -> None:
    both = losses(petro_series["personnel"], date(2024, 1, 1), date(2025, 12, 31))
    text = f"Головнокомандувач зазначив, що {years} втрати противника склали {uk(both)} особового складу."
    report = check_text(text, petro_series, as_of=JAN18)
    verdicts = [v for v in report.verdicts if v.claim.value == both]
    assert verdicts and verdicts[0].verdict.value == "correct"


def test_one_year_with_rik_is_still_that_year(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31))
    text = f"Головнокомандувач зазначив, що за 2025 рік втрати противника склали {uk(year)} особового складу."
    report = check_text(text, petro_series, as_of=JAN18)
    verdicts = [v for v in report.verdicts if v.claim.value == year]
    assert verdicts and verdicts[0].verdict.value == "correct"
