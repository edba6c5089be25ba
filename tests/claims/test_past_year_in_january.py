"""The past year in a January review (issue 11): "Over the past year, Russia has lost more than 418,000".

Year-end reviews published in January (the commander-in-chief's, the ministry's) say "over the
past year" or "за останній рік" of the calendar year just ended. In a January article the
previous calendar year is therefore a reading beside the past 12 months (the nearest is judged);
from February on, and for "the past year and a half", only the rolling months are read, as before.
Before, a January "past year" was the 12 months to the article's date only (411,190 on 13 January
2026 against 2025's 418,170). True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

JAN13, MAR20 = date(2026, 1, 13), date(2026, 3, 20)
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("make", [
    lambda n: f"Over the past year, Russia has lost {n:,} soldiers in killed and wounded.",
    lambda n: f"Over the past year, Russia has lost more than {n // 1000 * 1000:,} soldiers.",
    lambda n: f"In the past year Russian forces suffered {n:,} casualties, the General Staff said.",
    lambda n: f"За останній рік росія втратила {_uk(n)} військових.",
    lambda n: f"Russia's losses over the past year reached {n:,}, the ministry said.",
])
def test_the_past_year_in_january_reads_the_year_just_ended(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], *Y2025)
    (verdict,) = check_text(make(true), petro_series, as_of=JAN13).verdicts
    assert verdict.claim.kind is ClaimKind.PERIOD
    assert verdict.expected == true
    assert verdict.verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}


def test_the_past_year_in_january_still_reads_the_past_twelve_months(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["personnel"], date(2025, 1, 13), JAN13 - timedelta(days=1))
    (verdict,) = check_text(f"Over the past year, Russia has lost {true:,} soldiers.", petro_series,
                            as_of=JAN13).verdicts
    assert (verdict.expected, verdict.verdict) == (true, VerdictKind.CORRECT)


def test_the_past_year_in_march_is_the_past_twelve_months_only(petro_series: dict[str, LossSeries]) -> None:
    year = _losses(petro_series["personnel"], *Y2025)
    (verdict,) = check_text(f"Over the past year, Russia has lost {year:,} soldiers.", petro_series,
                            as_of=MAR20).verdicts
    assert verdict.expected != year
    assert verdict.verdict is VerdictKind.INCORRECT


def test_the_past_year_and_a_half_in_january_is_eighteen_months_only(petro_series: dict[str, LossSeries]) -> None:
    year = _losses(petro_series["personnel"], *Y2025)
    (verdict,) = check_text(f"Over the past year and a half, Russia has lost {year:,} soldiers.", petro_series,
                            as_of=JAN13).verdicts
    assert verdict.verdict is VerdictKind.INCORRECT
