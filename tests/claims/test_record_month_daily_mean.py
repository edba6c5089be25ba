"""A month's daily mean said to be a record is that month's mean, not a day's losses. Found on unn.ua
(3 Mar 2024, "The average daily losses of Russians ... in February amounted to 983 people, which is
the highest figure since the beginning of Russia's large-scale invasion"), Metro (13 Feb 2023, "died at
a rate of 824 per day this month, making it the deadliest period since the war began") and RBC-Ukraine
(9 Oct 2024, "the highest daily loss rate ... was in May, with an average of 1,262"): each was held to
the highest single day of its month (1,290, 1,140, 1,740) and called incorrect. The record word names
the month; the figure is its mean. A day's record in a month ("the highest daily loss in May, 1,740
in a single day") stays a day's record. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _mean(series: dict[str, LossSeries], first: date, last: date) -> int:
    return round(losses(series["personnel"], first, last) / ((last - first).days + 1))


@pytest.mark.parametrize("template", [
    "The average daily losses of Russians in killed and wounded in February amounted to {v:,} people, which is "
    "the highest figure since the beginning of Russia's large-scale invasion of Ukraine, the General Staff said.",
    "According to the General Staff, the highest daily loss rate was in February, with an average of {v:,} "
    "Russian soldiers killed or wounded.",
    "У лютому середньодобові втрати росіян склали {v} осіб — це найвищий показник від початку вторгнення.",
])
def test_a_record_months_daily_mean_is_its_mean(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = _mean(petro_series, date(2024, 2, 1), date(2024, 2, 29))
    report = check_text(template.format(v=value), petro_series, as_of=date(2024, 3, 3))
    found = [(v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, "mean", VerdictKind.CORRECT)]


def test_a_far_mean_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    value = _mean(petro_series, date(2024, 2, 1), date(2024, 2, 29)) + 200
    text = (f"According to the General Staff, the highest daily loss rate was in February, with an average of "
            f"{value:,} Russian soldiers killed or wounded.")
    report = check_text(text, petro_series, as_of=date(2024, 3, 3))
    assert [v.verdict for v in report.verdicts if v.claim.value == value] == [VerdictKind.INCORRECT]


def test_a_days_record_in_a_month_stays_a_days(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 5, 12), date(2024, 5, 12))
    text = f"In May Russia lost {value:,} troops in a single day, the highest daily figure of the war, the General Staff said."
    report = check_text(text, petro_series, as_of=date(2024, 5, 20))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, VerdictKind.CORRECT)]
