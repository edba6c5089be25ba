"""A month counted in its days (issue 11): "За 31 день серпня … втрати … склали 28 790 осіб".

The Ministry of Defence's monthly summaries name the month by its days ("За 31 день серпня", "за 30
днів листопада 2024 року"), and English rewrites follow ("over the 30 days of November"). That is
the whole calendar month, by loss date, as "у серпні" / "in November". Before, the phrase named no
time and the monthly sum was judged as the running total (incorrect). "За 30 днів" with no month
stays a rolling window, never a month. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

SEP2, DEC2 = date(2025, 9, 2), date(2024, 12, 2)
AUG = (date(2025, 8, 1), date(2025, 8, 31))
NOV = (date(2024, 11, 1), date(2024, 11, 30))


@pytest.mark.parametrize(("make", "month", "as_of", "category"), [
    (lambda n: f"За 31 день серпня безповоротні та санітарні втрати особового складу росармії склали {_uk(n)} осіб.",
     AUG, SEP2, "personnel"),
    (lambda n: f"За 30 днів листопада 2024 року ворог втратив {_uk(n)} осіб.", NOV, DEC2, "personnel"),
    (lambda n: f"Упродовж 31 дня серпня Сили оборони знищили {n} танків.", AUG, SEP2, "tanks"),
    (lambda n: f"За тридцять днів листопада окупанти втратили {_uk(n)} військових.", NOV, DEC2, "personnel"),
    (lambda n: f"Over the 30 days of November, Russia lost {n:,} troops.", NOV, DEC2, "personnel"),
    (lambda n: f"During the 31 days of August 2025, Russian forces lost {n:,} artillery systems.", AUG, SEP2,
     "artillery"),
])
def test_a_month_named_by_its_days_is_that_month(
    make: Callable[[int], str], month: tuple[date, date], as_of: date, category: str,
    petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], *month)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=as_of).verdicts}
    claim = verdicts[true].claim
    assert (claim.category, claim.kind, verdicts[true].verdict) == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_days_with_no_month_name_no_month(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["personnel"], *NOV)
    verdicts = check_text(f"За 30 днів ворог втратив {_uk(true)} осіб.", petro_series, as_of=DEC2).verdicts
    assert all(v.verdict is not VerdictKind.CORRECT for v in verdicts)
