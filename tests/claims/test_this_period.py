""""In this period", "У цей період" (issue 11): the period of the figures said before.

Monthly reviews name the month once and go on: "У листопаді 2024 року російські війська понесли
рекордні втрати — 45 720 осіб. … У цей період Сили оборони знищили 307 танків, 899 броньованих машин
та 884 артилерійські системи." The equipment is November's. Like "the same period", the phrase takes
the time of a figure before, but only a period (a month's record counts), passing over a day's
figure said in between ("лише за одну добу … 2030"). Before, the figures were read as running totals
(incorrect). True values come from the series.
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

DEC2 = date(2024, 12, 2)
NOV = (date(2024, 11, 1), date(2024, 11, 30))
PAST7 = (DEC2 - timedelta(days=7), DEC2 - timedelta(days=1))


@pytest.mark.parametrize(("make", "category", "period"), [
    (lambda p, n: f"У листопаді 2024 року росія втратила {_uk(p)} військових. У цей період Сили оборони знищили "
                  f"{n} танків.", "tanks", NOV),
    (lambda p, n: f"Листопад 2024 року став рекордним для втрат рф: {_uk(p)} осіб. За цей період ворог втратив "
                  f"{n} артилерійських систем.", "artillery", NOV),
    (lambda p, n: f"У листопаді 2024 року росія втратила {_uk(p)} військових. Лише за одну добу, 28 листопада, "
                  f"противник втратив 2030 солдатів. У цей період знищено {n} танків.", "tanks", NOV),
    (lambda p, n: f"Russia lost {p:,} troops in November 2024, a record. In this period Ukraine also destroyed "
                  f"{n} tanks.", "tanks", NOV),
    (lambda p, n: f"In November 2024 Russia lost {p:,} troops. During that period it also lost {n} artillery "
                  f"systems.", "artillery", NOV),
    (lambda p, n: f"Over the past week Russia lost {p:,} troops. Over that period it lost {n} tanks.", "tanks", PAST7),
])
def test_this_period_is_the_period_of_the_figures_before(
    make: Callable[[int, int], str], category: str, period: tuple[date, date], petro_series: dict[str, LossSeries],
) -> None:
    people, true = _losses(petro_series["personnel"], *period), _losses(petro_series[category], *period)
    verdicts = {v.claim.value: v for v in check_text(make(people, true), petro_series, as_of=DEC2).verdicts}
    claim = verdicts[true].claim
    assert (claim.category, claim.kind, verdicts[true].verdict) == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_this_period_after_a_day_alone_names_no_period(petro_series: dict[str, LossSeries]) -> None:
    month = _losses(petro_series["tanks"], *NOV)
    text = f"On November 28 Russia lost 2,030 troops. In this period it also lost {month} tanks."
    verdicts = {v.claim.value: v for v in check_text(text, petro_series, as_of=DEC2).verdicts}
    assert verdicts[month].claim.kind is not ClaimKind.PERIOD
