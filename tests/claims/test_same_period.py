""""In the same period" takes the day or period of the figure said before it (real articles).

IBTimes writes "Russia lost 710 personnel in Ukraine between Monday and Tuesday. Losses within the
same period also included 15 tanks and 24 armored fighting vehicles" and "Russian forces also lost
five tanks ... in the same period". The word "period" named no dates, so each figure was left
unverifiable. "The same period / timeframe / 24 hours" (за той самий період) now takes the time of
the figure before it, in its sentence or the sentence before; after a day figure with no date of
its own, the latest report. "At the same time" names no period. True values come from the series.
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
from series_truth import uk as _uk

NOV8 = date(2022, 11, 8)
AUG25 = date(2022, 8, 25)
DEC3 = date(2024, 12, 3)
NOV = (date(2024, 11, 1), date(2024, 11, 30))


def _day(series: LossSeries, report: date) -> int:
    return _total(series, report) - _total(series, report - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "as_of"), [
    ("tanks", lambda n: "Russia lost 710 personnel in Ukraine between Monday and Tuesday, the General Staff said. "
                        f"Losses within the same period also included {n} tanks.", NOV8),
    ("tanks", lambda n: "Russia lost 150 personnel in a single day, the General Staff said. Russian forces also "
                        f"lost {n} tanks, among other pieces of equipment, in the same period.", AUG25),
    ("artillery", lambda n: "Over the past day Russia lost 1,200 troops, the General Staff said, and "
                            f"{n} artillery systems were destroyed over the same 24 hours.", DEC3),
    ("uavs", lambda n: "The General Staff said Russia lost 1,200 troops over the past day. It also said "
                       f"{n} drones were destroyed over the same timeframe.", DEC3),
    ("personnel", lambda n: "За минулу добу росія втратила 10 танків, повідомив Генштаб. "
                            f"За той самий період знищено {_uk(n)} окупантів.", DEC3),
])
def test_a_figure_of_the_same_period_takes_the_time_before_it(
    category: str, make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    series = petro_series[category]
    true = _losses(series, date(2022, 11, 7), date(2022, 11, 7)) if as_of == NOV8 else _day(series, as_of)
    assert _judged(make(true), petro_series, as_of)[true][1] is VerdictKind.CORRECT


def test_the_same_period_as_a_month(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["tanks"], *NOV)
    text = (f"In November, Russia lost 45,720 troops, the General Staff said. In the same period, {true} tanks "
            "were destroyed.")
    assert _judged(text, petro_series, DEC3)[true] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_at_the_same_time_names_no_period(petro_series: dict[str, LossSeries]) -> None:
    true = _total(petro_series["tanks"], DEC3)
    text = (f"Over the past day Russia lost 12 tanks, the General Staff said. At the same time, Russia has lost "
            f"{true:,} tanks since February 2022.")
    assert _judged(text, petro_series, DEC3)[true] == (ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_a_wrong_figure_of_the_same_period_is_wrong(petro_series: dict[str, LossSeries]) -> None:
    wrong = _day(petro_series["tanks"], AUG25) + 9
    text = ("Russia lost 150 personnel in a single day, the General Staff said. Russian forces also "
            f"lost {wrong} tanks in the same period.")
    assert _judged(text, petro_series, AUG25)[wrong] == (ClaimKind.DAY, VerdictKind.INCORRECT)
