"""A month said to be the second (third, ...) highest is checked at that rank: exactly that many
months before it, less one, lost more. Found on Ukrainska Pravda (5 Feb 2025, the UK's review of
January from the General Staff's figures): "January 2025 was the second-worst month for the Russians
in terms of personnel losses (48,240 killed and wounded)" was called incorrect with the right sum
(48,240), because readings._month_record tested a named month only for being above every month before
it, whatever rank was said. True values from the series: January 2025 (48,240 by loss date) is below
December 2024 only.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 2, 5)


def _month(series: dict[str, LossSeries], first: date, last: date) -> int:
    return losses(series["personnel"], first, last)


@pytest.mark.parametrize("template", [
    "According to the General Staff, January 2025 was the second-worst month for the Russians in terms of "
    "personnel losses, with {v:,} killed and wounded.",
    "According to the General Staff, Russia lost {v:,} troops in January 2025, the second-highest monthly toll of the war.",
])
def test_the_second_highest_month_is_correct(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = _month(petro_series, date(2025, 1, 1), date(2025, 1, 31))
    assert value < _month(petro_series, date(2024, 12, 1), date(2024, 12, 31))
    assert value > _month(petro_series, date(2024, 11, 1), date(2024, 11, 30))
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.claim.record_rank, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, 2, VerdictKind.CORRECT)]


def test_the_highest_month_called_second_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    value = _month(petro_series, date(2024, 12, 1), date(2024, 12, 31))  # December 2024: the highest then
    text = (f"According to the General Staff, Russia lost {value:,} troops in December 2024, the second-highest "
            f"monthly toll of the war.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 5))
    assert [v.verdict for v in report.verdicts if v.claim.value == value] == [VerdictKind.INCORRECT]


def test_the_highest_month_stays_correct(petro_series: dict[str, LossSeries]) -> None:
    value = _month(petro_series, date(2024, 12, 1), date(2024, 12, 31))
    text = f"According to the General Staff, Russia lost {value:,} troops in December 2024, the highest monthly toll of the war."
    report = check_text(text, petro_series, as_of=date(2025, 1, 5))
    verdicts = [v.verdict for v in report.verdicts if v.claim.value == value]
    assert verdicts and set(verdicts) == {VerdictKind.CORRECT}
