"""A sum over days written without a year, stated to the ten, dates the article by the one year that had it.

Zaxid.net (2 Mar 2026, date8's n31 page 19): "За словами Олександра Сирського, протягом трьох місяців зими
росіяни втратили на фронті 92 тис. 850 військових вбитими та пораненими." The winter has no year written and
the page no stamp with one ("у понеділок, 2 березня"), so self-dated it fell to the caller's today and its
four figures were unverifiable. A day's figure written without a year already names its report
(_dated_days); a sum over such days, printed to the ten, is as rare: the one year whose sum over those days
(by loss date or by report date) it is dates the article from the report closing them. A bound ("понад 90
тисяч") dates nothing. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

TODAY = date(2026, 12, 4)


def test_a_winters_sum_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 12, 1), date(2026, 2, 28))
    text = (f"За словами Олександра Сирського, протягом трьох місяців зими росіяни втратили на фронті {uk(value)} "
            "військових вбитими та пораненими.")
    assert check_text(text, petro_series, today=TODAY).as_of == date(2026, 3, 1)


def test_a_weeks_sum_between_two_days_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 5, 5), date(2024, 5, 12))
    text = f"Between May 5 and May 12, Russia lost {value:,} soldiers, the General Staff said."
    assert check_text(text, petro_series, today=TODAY).as_of == date(2024, 5, 13)


def test_a_bound_over_those_days_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: "понад 90 тисяч" over the winter is no sum printed to the ten
    text = "Протягом зими росіяни втратили на фронті понад 90 тисяч військових."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
