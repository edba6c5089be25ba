""""Today" beside a day's figure names today's report, not losses of a day that is not over (real articles).

Newsweek writes the General Staff's morning post as "Russia also lost 33 armored fighting vehicles,
... and 22 pieces of special equipment today". "Today" was read as a loss date, whose report is
tomorrow's: each true figure was called correct only under the other convention. A day figure
said of "today" (сьогодні) is now read as today's report, the losses of the day before.
"Yesterday" stays the loss day; a figure that is not today's report is still wrong. True values
come from the series.
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
from series_truth import total as _total  # noqa: E402
from series_truth import uk as _uk

OCT25 = date(2024, 10, 25)
JAN15 = date(2025, 1, 15)


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "as_of"), [
    ("tanks", lambda n: f"According to the Ministry of Defense of Ukraine's post on X, Russia also lost {n} tanks "
                        "today.", OCT25),
    ("special_equipment", lambda n: f"Russia also lost 33 armored fighting vehicles and {n} pieces of special "
                                    "equipment today, the General Staff said.", OCT25),
    ("personnel", lambda n: f"Today the General Staff said Russia had lost {n:,} soldiers.", OCT25),
    ("personnel", lambda n: f"Russia lost {n:,} troops today, according to Ukraine's General Staff.", JAN15),
    ("artillery", lambda n: f"Сьогодні Генштаб повідомив, що росія втратила {_uk(n)} артилерійських систем.", JAN15),
    ("uavs", lambda n: f"The General Staff said today that Russian forces lost {n} drones.", JAN15),
    ("artillery", lambda n: f"Ukraine's General Staff figures show Russia lost {n} artillery systems today.", OCT25),
    ("personnel", lambda n: f"За даними Генштабу, сьогодні росія втратила {_uk(n)} військових.", JAN15),
])
def test_a_days_figure_said_of_today_is_todays_report(
    category: str, make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _day(petro_series[category], as_of)
    assert _judged(make(true), petro_series, as_of)[true] == (ClaimKind.DAY, VerdictKind.CORRECT)


def test_yesterday_is_still_the_loss_day(petro_series: dict[str, LossSeries]) -> None:
    true = _day(petro_series["personnel"], JAN15)
    text = f"Russia lost {true:,} troops yesterday, according to Ukraine's General Staff."
    assert _judged(text, petro_series, JAN15)[true] == (ClaimKind.DAY, VerdictKind.CORRECT)


def test_a_figure_that_is_not_todays_report_is_wrong(petro_series: dict[str, LossSeries]) -> None:
    wrong = _day(petro_series["personnel"], JAN15) + 250
    text = f"Russia lost {wrong:,} troops today, according to Ukraine's General Staff."
    assert _judged(text, petro_series, JAN15)[wrong] == (ClaimKind.DAY, VerdictKind.INCORRECT)
