"""A record month named without its year ("Record 38,940 Russian Troop Losses in May") dates the article.

United24 (1 Jun 2024, sum8's n31 page 36): "Ukraine Reports Record 38,940 Russian Troop Losses in May",
"Russian troop losses in May reached 38,940, marking the highest monthly figure since the start of Russia's
full-scale invasion". A month's personnel sum printed to the ten, named without its year, dates the article
by the one month of the war that had it (_closed_by_sums, for a period's sum); read as the month's record,
the same figure dated nothing (a record closes its month only with the year written), so the page fell to
the caller's today and its five records were judged against May 2026 (incorrect). The record month's
figure is that month's sum, so it now names its month as the sum does. An equipment month's record (a few
hundred or thousand, many months alike) still dates nothing. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

TODAY = date(2026, 12, 4)


def test_a_record_months_personnel_sum_names_its_month(petro_series: dict[str, LossSeries]) -> None:
    may = losses(petro_series["personnel"], date(2024, 5, 1), date(2024, 5, 31))
    text = (f"Ukraine Reports Record {may:,} Russian Troop Losses in May\n\nUkraine's Defense Ministry said that "
            f"Russian troop losses in May reached {may:,}, marking the highest monthly figure since the start of "
            "Russia's full-scale invasion in February 2022.")
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == date(2024, 6, 1)
    assert {v.verdict for v in report.verdicts} == {VerdictKind.CORRECT}


def test_an_equipment_record_month_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: an artillery month's sum (1,160 in May 2024) names no month alone
    may = losses(petro_series["artillery"], date(2024, 5, 1), date(2024, 5, 31))
    text = f"A record {may:,} Russian artillery systems were destroyed in May, the highest monthly figure of the war."
    report = check_text(text, petro_series, today=TODAY)
    assert (report.as_of, report.as_of_source) == (TODAY, "today")
