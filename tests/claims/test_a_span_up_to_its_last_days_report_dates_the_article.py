"""A span of days written without a year whose figure runs from its first day's report to its last day's dates the article to its last day.

RegioNews (12 May 2024, uk10's page 06): "За тиждень, з 5 по 12 травня, Сили оборони України знищили близько
8030 російських окупантів" (the Ground Forces' weekly summary): 8,030 is the report of 12 May less the report
of 5 May, the losses up to the last day's report. The verdict reads the span so when the article speaks on
its last day, but the dating tried only the sum by loss date (the report after the last day less the first
day's) and by report date (the last day's less the report before the first), so self-dated the page fell to
the caller's today and its twelve figures were judged in 2026. The one year whose first and last day's
reports differ by the figure dates the article from its last day's report. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

TODAY = date(2026, 12, 4)


def test_a_weeks_figure_between_two_days_reports_dates_the_article_to_its_last_day(
    petro_series: dict[str, LossSeries],
) -> None:
    s = petro_series["personnel"]
    first, last = date(2024, 5, 5), date(2024, 5, 12)
    value = total(s, last) - total(s, first)
    text = (f"За тиждень, з 5 по 12 травня, Сили оборони України знищили близько {uk(value)} російських "
            "окупантів, повідомив командувач Сухопутних військ.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (last, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


def test_the_sum_by_loss_date_still_closes_the_day_after(petro_series: dict[str, LossSeries]) -> None:
    # guard: the days' own sum (the report after the last day less the first day's) is closed by the next report
    value = losses(petro_series["personnel"], date(2024, 5, 5), date(2024, 5, 12))
    text = f"За тиждень, з 5 по 12 травня, Сили оборони України знищили близько {uk(value)} російських окупантів."
    assert check_text(text, petro_series, today=TODAY).as_of == date(2024, 5, 13)


def test_a_bound_between_two_days_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: "понад 8000" over those days is no figure printed to the ten
    text = "За тиждень, з 5 по 12 травня, Сили оборони України знищили понад 8000 російських окупантів."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
