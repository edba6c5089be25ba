"""A day written without its year, in a month the text writes a full date of, is of that year, and dates the article.

Newsweek (17 Dec 2022, head10's page 07): "From December 10 to December 16, the updates showed that Ukraine
destroyed at least 43 Russian tanks. The December 12 update showed that at least 24 tanks were destroyed in one
day." The year is written only in a photo caption: "A Ukrainian military vehicle passes a destroyed Russian tank
... on December 15, 2022, in Kupiansk". Self-dated, the page fell to the caller's today (December 2026), the
week's figures were unverifiable and the yearless days were read as December 2025 (incorrect). A day written
without its year in a month the text writes in full with one year only is of that year, so the article speaks on
or after it (dating.latest_stated). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

TODAY = date(2026, 12, 4)


def _text(series: LossSeries, caption: str) -> str:
    week = losses(series, date(2022, 12, 9), date(2022, 12, 15))  # the reports of 10 to 16 December
    return (f"Russia Loses {week} Tanks in 1 Week as Troops Struggle to Advance\n\n"
            f"Russia lost {week} tanks in the past week, according to reports from the General Staff.\n\n"
            "Ukraine's armed forces provides daily updates on Facebook to detail the \"total combat losses of the "
            f"enemy.\" From December 10 to December 16, the updates showed that Ukraine destroyed at least {week} "
            f"Russian tanks.\n\n{caption}")


def test_a_captions_year_dates_the_yearless_days(petro_series: dict[str, LossSeries]) -> None:
    text = _text(petro_series["tanks"], "A Ukrainian military vehicle passes a destroyed Russian tank by the side "
                                        "of the road on December 15, 2022, in Kupiansk, Ukraine.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (date(2022, 12, 16), "figures")
    assert VerdictKind.INCORRECT not in [v.verdict for v in checked.verdicts]
    assert VerdictKind.UNVERIFIABLE not in [v.verdict for v in checked.verdicts]


def test_a_full_date_of_another_month_gives_no_year(petro_series: dict[str, LossSeries]) -> None:
    # guard: November 2022 says nothing of which December the days are in
    text = _text(petro_series["tanks"], "A Ukrainian military vehicle passes a destroyed Russian tank on November "
                                        "15, 2022, in Kupiansk, Ukraine.")
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
