""""On the first day of 2023" / "the last day of 2024" / "в останній день 2024 року" is that year's 1 January
(31 December), a day, not the year. Found on headlinenavi.com (1 Jan 2024, retelling Newsweek's year-end
piece; sum6's n29 page p13): "On the first day of 2023, Kyiv said that Russian forces had suffered 106,720
losses since the start of the war." Only "2023" was read, as the year, so the running total of 1 Jan 2023
was judged as the sum of 2023 (incorrect against 253,290). True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2025, 1, 2)


def test_the_first_day_of_a_year_is_its_total(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], date(2023, 1, 1))
    text = (f"On the first day of 2023, Kyiv said that Russian forces had suffered {value:,} losses since the "
            "start of the war.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


@pytest.mark.parametrize("template", [
    "On the last day of 2024, the General Staff put Russia's total losses at {v:,}.",
    "В останній день 2024 року загальні втрати росіян, за даними Генштабу, становили {u} осіб.",
])
def test_the_last_day_of_a_year_is_its_total(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], date(2024, 12, 31))
    report = check_text(template.format(v=value, u=uk(value)), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_the_year_alone_is_still_the_year(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    value = total(s, date(2024, 1, 1)) - total(s, date(2023, 1, 1))
    report = check_text(f"In 2023 Russia lost {value:,} troops, the General Staff's figures show.", petro_series,
                        as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
