""""Since Russia's February 2022 invasion", "since the February 2022 full-scale invasion", "since its
full-scale invasion began in February 2022": the war's start, not the month February 2022. Found on
Euromaidan Press (4 Feb 2025, the ISW's review of January): "December 2024 saw Russia's highest monthly
casualties since the February 2022 invasion, with 48,670 troops lost" was held to February 2022 as a
month (5,710) and called incorrect; the same wording after a total made it the total of 28 Feb 2022.
"Since February 2022" and "since the full-scale invasion in February 2022" were already read as the
war's start; the month written before the noun, and "its" before the invasion, were not. True values
from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

AS_OF = date(2025, 1, 5)


@pytest.mark.parametrize("template", [
    "Russia has lost {v:,} troops since Russia's February 2022 invasion, according to the General Staff.",
    "Russia has lost {v:,} troops since the February 2022 full-scale invasion, according to the General Staff.",
    "Russia has lost {v:,} troops since its full-scale invasion began in February 2022, the General Staff said.",
    "Since the February 2022 invasion, Russia has lost {v:,} troops, according to the General Staff.",
    "Russia has lost {v:,} troops since the Feb. 24, 2022 invasion, according to the General Staff.",
])
def test_a_total_since_the_dated_invasion_is_the_latest(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], AS_OF)
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_a_months_record_since_the_dated_invasion_keeps_its_month(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = (f"December 2024 saw Russia's highest monthly casualties since the February 2022 invasion, with "
            f"{value:,} troops lost, according to the General Staff.")
    report = check_text(text, petro_series, as_of=date(2025, 2, 4))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, VerdictKind.CORRECT)]


def test_a_month_of_a_later_year_stays_the_month(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 2, 1), date(2024, 2, 29))
    text = f"In February 2024 Russia lost {value:,} troops, according to the General Staff."
    report = check_text(text, petro_series, as_of=date(2024, 3, 5))
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]
