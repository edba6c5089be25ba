""""Since Monday" is the period from that day, as "since 21 October" is (real articles).

Newsweek writes "Since Monday, Russia has lost 7,390 troops in Ukraine". A weekday is a relative
date, and "since" before one was not read: the figure was judged as Monday's total ("the total in
the report of 21 Oct 2024 was 680,230, not 7,390"). "Since" before a weekday now opens a
period, read as after a calendar date: by loss date, with the report dates as the other
convention (Newsweek's 7,390 is the reports of Monday to Friday). "On Monday" stays one day. True
values come from the series.
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
from series_truth import total as _total

FRI = date(2024, 10, 25)
MON = date(2024, 10, 21)


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "start"), [
    ("personnel", lambda n: f"Since Monday, Russia has lost {n:,} troops in Ukraine, according to the General Staff.",
     MON),
    ("personnel", lambda n: f"Russia has lost {n:,} troops since Monday, Ukraine's General Staff said.", MON),
    ("artillery", lambda n: f"Since Wednesday, Russian forces have lost {n} artillery systems, the General Staff said.",
     MON + timedelta(days=2)),
    ("tanks", lambda n: f"Russia has lost {n} tanks since Tuesday, according to Ukraine's General Staff.",
     MON + timedelta(days=1)),
    ("uavs", lambda n: f"Ukraine's General Staff said Russia had lost {n} drones since Thursday.",
     MON + timedelta(days=3)),
])
def test_since_a_weekday_is_the_period_from_it(
    category: str, make: Callable[[int], str], start: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], start, FRI - timedelta(days=1))
    assert _judged(make(true), petro_series, FRI)[true] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_the_reports_since_monday_are_the_other_convention(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    by_report = _total(series, FRI) - _total(series, MON - timedelta(days=1))
    text = f"Since Monday, Russia has lost {by_report:,} troops in Ukraine, according to the General Staff."
    assert _judged(text, petro_series, FRI)[by_report] == (ClaimKind.PERIOD, VerdictKind.CORRECT_OTHER_CONVENTION)


def test_a_wrong_figure_since_monday_is_a_wrong_period(petro_series: dict[str, LossSeries]) -> None:
    wrong = _losses(petro_series["personnel"], MON, FRI - timedelta(days=1)) + 2_000
    text = f"Since Monday, Russia has lost {wrong:,} troops in Ukraine, according to the General Staff."
    assert _judged(text, petro_series, FRI)[wrong] == (ClaimKind.PERIOD, VerdictKind.INCORRECT)


def test_on_monday_stays_one_day(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = _total(series, MON + timedelta(days=1)) - _total(series, MON)
    text = f"On Monday, Russia lost {day:,} troops, according to the General Staff."
    assert _judged(text, petro_series, FRI)[day] == (ClaimKind.DAY, VerdictKind.CORRECT)
