""""This time last year" / "at the same time a year ago" / "цього ж дня минулого року" is the day a year before
the article, as "a year ago" is, not last year as a whole. Found on headlinenavi.com (1 Jan 2024, retelling
Newsweek's year-end piece; sum6's n29 page p13): "This time last year, Ukraine put the total number of Russian
losses at 106,720." Only "last year" was read, so the total was judged as the sum of 2023 (incorrect against
253,290), though it is the running total of the report of 1 Jan 2023. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2024, 1, 1)


@pytest.mark.parametrize("template", [
    "This time last year, Ukraine put the total number of Russian losses at {v:,}.",
    "At the same time a year ago, the General Staff put Russia's total losses at {v:,}.",
    "Цього ж дня минулого року загальні втрати росіян, за даними Генштабу, становили {u} осіб.",
])
def test_the_total_a_year_before(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], date(2023, 1, 1))
    report = check_text(template.format(v=value, u=uk(value)), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_last_year_alone_is_still_the_year(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    value = total(s, date(2024, 1, 1)) - total(s, date(2023, 1, 1))
    report = check_text(f"Last year Russia lost {value:,} troops, the General Staff's figures show.", petro_series,
                        as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
