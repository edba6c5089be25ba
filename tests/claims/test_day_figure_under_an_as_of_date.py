"""A day's figure dated "на 24 січня" (the report's day) is the day's, not the total.

РБК-Україна (24 January 2026) headlined the General Staff's report "Мінус майже 1000 окупантів: свіжа
статистика Генштабу на 24 січня": "на 24 січня" dates the report, and the figure was read as the total
on that day (incorrect against 1,233,020) though no total is anywhere near it. A figure far below its
category's total (within the largest day, under half the total) under an as-of date of one day is now the
day's, judged by the rules of a day's figure (the report of that day; "майже 1000" is 930 more than 5%
away, incorrect either way; an exact "930" is correct). A figure that could be the total is one as before.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk


@pytest.mark.parametrize(("report", "template"), [
    (date(2026, 1, 24), "Мінус {n} окупантів: свіжа статистика Генштабу на 24 січня"),
    (date(2025, 10, 2), "Ворог втратив ще {n} окупантів: втрати ворога станом на 2 жовтня, за даними Генштабу."),
    (date(2024, 10, 3), "Russia lost another {n} troops, Ukraine's General Staff said as of October 3."),
])
def test_a_small_figure_under_a_report_day_is_the_days(
    report: date, template: str, petro_series: dict[str, LossSeries],
) -> None:
    day = report - timedelta(days=1)
    value = losses(petro_series["personnel"], day, day)
    verdicts = check_text(template.format(n=uk(value)), petro_series, as_of=report).verdicts
    assert [(v.claim.value, v.claim.kind, v.verdict) for v in verdicts] == [
        (value, ClaimKind.DAY, VerdictKind.CORRECT)]


def test_the_total_under_a_report_day_is_still_the_total(petro_series: dict[str, LossSeries]) -> None:
    report = date(2026, 1, 24)
    value = total(petro_series["personnel"], report)
    text = f"Втрати ворога на 24 січня: {uk(value)} окупантів, повідомив Генштаб."
    verdicts = check_text(text, petro_series, as_of=report).verdicts
    assert [(v.claim.value, v.claim.kind, v.verdict) for v in verdicts] == [
        (value, ClaimKind.TOTAL, VerdictKind.CORRECT)]
