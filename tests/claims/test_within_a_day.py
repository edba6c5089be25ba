""""Within a day" is one day, as "in a day" is, not a daily average (real articles).

IBTimes and its rewrites write "Russia lost 350 personnel, 20 tanks ... and 12 artillery systems
within a day". "A day" alone is an average's cue ("1,200 a day"), and only "in a (single) day"
said otherwise: each figure was read as the average of the past seven days and called incorrect
("the daily average over the past 7 days was 314, not 350"). "Within a day" now says one day,
in both places "in a day" does. An average ("a day" without "within") stays an average. True
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
from series_truth import total as _total  # noqa: E402

AUG31 = date(2022, 8, 31)
OCT7 = date(2024, 10, 7)


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "as_of"), [
    ("personnel", lambda n: f"Russia lost {n} personnel within a day, data provided by the Ukrainian military showed.",
     AUG31),
    ("tanks", lambda n: f"Russia lost 350 personnel and {n} tanks within a day, according to the General Staff.", AUG31),
    ("artillery", lambda n: f"Russia lost 20 tanks, 18 armored fighting vehicles and {n} artillery systems within a day "
                            "as its death toll neared 48,000, the General Staff said.", AUG31),
    ("personnel", lambda n: f"Within a day, Russian forces lost {n:,} soldiers, Ukraine's General Staff reported.", OCT7),
    ("personnel", lambda n: f"Russia lost {n:,} troops within one day, the General Staff said on Monday.", OCT7),
])
def test_a_figure_within_a_day_is_that_days(
    category: str, make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _day(petro_series[category], as_of)
    assert _judged(make(true), petro_series, as_of)[true] == (category, ClaimKind.DAY, VerdictKind.CORRECT)


def test_a_wrong_figure_within_a_day_is_a_wrong_day(petro_series: dict[str, LossSeries]) -> None:
    wrong = _day(petro_series["personnel"], OCT7) + 300
    text = f"Russia lost {wrong:,} troops within a day, the General Staff said on Monday."
    assert _judged(text, petro_series, OCT7)[wrong] == ("personnel", ClaimKind.DAY, VerdictKind.INCORRECT)


def test_a_figure_a_day_is_still_an_average(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia is losing 1,200 soldiers a day in September, the General Staff's figures show."
    judged = next(v for v in check_text(text, petro_series, as_of=OCT7).verdicts if v.claim.value == 1200)
    assert (judged.claim.kind, judged.claim.measure) == (ClaimKind.PERIOD, "mean")
