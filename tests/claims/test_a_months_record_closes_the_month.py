"""A month's record ("the costliest month, with N") is the month's sum: the article speaks after the month.

Forces News (5 Dec 2024): "November 2024 was also likely the costliest month of the war for
Russia with a total of 45,680 casualties"; Euromaidan Press (Feb 2025): "December 2024 saw
Russia's highest monthly casualties ... with 48,670 troops"; bukvy (Nov 2024): "Жовтень 2024
року став для загарбників найбільшим за кількістю втрат ... – 41 980 осіб". A month's sum is
closed by the report of the next month's first day, as a month whose sum the page states is
(dating._closed_by_sums); the record was read as a figure stated at the month's last day, so
the undated page was judged at 31 December (31 October), a month one day short of its end, and
the record was incorrect. Beside a month's sum (October's 41,980 beside November's record) the
later month dates the article: it speaks on or after both (before: 1 November, by the sum).
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("template", "first", "last"), [
    ("November 2024 was also likely the costliest month of the war for Russia with a total of {en} casualties, "
     "according to Ukraine's General Staff.", date(2024, 11, 1), date(2024, 11, 30)),
    ("December 2024 saw Russia's highest monthly casualties since the February 2022 invasion, with {en} troops "
     "killed or wounded, the General Staff said.", date(2024, 12, 1), date(2024, 12, 31)),
    ("Жовтень 2024 року став для загарбників найбільшим за кількістю втрат від початку повномасштабної війни – "
     "{uk} осіб, за даними Генштабу ЗСУ.", date(2024, 10, 1), date(2024, 10, 31)),
])
def test_a_months_record_dates_the_article_after_the_month(
    template: str, first: date, last: date, petro_series: dict[str, LossSeries],
) -> None:
    month = losses(petro_series["personnel"], first, last)
    checked = check_text(template.format(en=f"{month:,}", uk=uk(month)), petro_series, today=TODAY)
    closing = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    assert (checked.as_of, checked.as_of_source) == (closing, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


def test_the_latest_closed_month_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    october = losses(petro_series["personnel"], date(2024, 10, 1), date(2024, 10, 31))
    november = losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = (f"{october:,} Russian casualties were recorded in October 2024, the General Staff said. "
            f"November 2024 was the costliest month of the war for Russia with a total of {november:,} casualties.")
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of == date(2024, 12, 1)
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT, VerdictKind.CORRECT]
