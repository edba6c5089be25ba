"""A list of months whose later figures name no noun keeps the category of its first (real articles).

Newsweek and its rewrites write monthly equipment losses as "In July, Russia lost 1,520 artillery
systems, followed by 1,517 in August. Last month, 1,219 were reportedly destroyed." The second
figure has no noun: the words "followed by" (or "and", before a figure with its month) did not join it to the figure before (it was judged
as personnel, "August was 36,810, not 1,517"), and "were reportedly destroyed" did not say that
the next sentence's figure is a part of the same losses. "Some of the highest losses ..., with
35,680 in July" is no record claim (as "one of the highest" is not): it was judged as a record
and called incorrect. A figure with a noun of its own keeps it; a record stays a record. True
values come from the series.
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

OCT7 = date(2024, 10, 7)
DEC3 = date(2024, 12, 3)
JUL = (date(2024, 7, 1), date(2024, 7, 31))
AUG = (date(2024, 8, 1), date(2024, 8, 31))
SEP = (date(2024, 9, 1), date(2024, 9, 30))
OCT = (date(2024, 10, 1), date(2024, 10, 31))
NOV = (date(2024, 11, 1), date(2024, 11, 30))


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "months", "as_of"), [
    ("artillery", lambda a, b: f"In July, Russia lost {a:,} artillery systems, followed by {b:,} in August, "
                               "according to Ukrainian figures.", (JUL, AUG), OCT7),
    ("tanks", lambda a, b: f"Russia lost {a} tanks in October, followed by {b} in November, the General Staff said.",
     (OCT, NOV), DEC3),
    ("uavs", lambda a, b: f"Ukraine's General Staff said Russia lost {a:,} drones in August, followed by {b:,} "
                          "in September.", (AUG, SEP), OCT7),
    ("artillery", lambda a, b: f"In July, Russia lost {a:,} artillery systems and {b:,} in August, the General "
                               "Staff's figures show.", (JUL, AUG), OCT7),
    ("artillery", lambda a, b: f"In July, Russia lost {a:,} artillery systems, according to the General Staff. "
                               f"In August, {b:,} were reportedly destroyed.", (JUL, AUG), OCT7),
    ("tanks", lambda a, b: f"Russia lost {a} tanks in October, Ukraine's General Staff said. "
                           f"In November, {b} were destroyed.", (OCT, NOV), DEC3),
])
def test_a_months_figure_without_a_noun_keeps_the_lists_category(
    category: str, make: Callable[[int, int], str], months: tuple[tuple[date, date], ...], as_of: date,
    petro_series: dict[str, LossSeries],
) -> None:
    first, second = (_losses(petro_series[category], *m) for m in months)
    judged = _judged(make(first, second), petro_series, as_of)
    assert judged[second] == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_some_of_the_highest_months_are_periods_not_records(petro_series: dict[str, LossSeries]) -> None:
    jul, aug, sep = (_losses(petro_series["personnel"], *m) for m in (JUL, AUG, SEP))
    text = (f"This period also saw some of the highest losses of Russian military personnel so far, with {jul:,} "
            f"in July, {aug:,} in August and {sep:,} in September, according to Ukraine's General Staff.")
    judged = _judged(text, petro_series, OCT7)
    assert [judged[v] for v in (jul, aug, sep)] == [("personnel", ClaimKind.PERIOD, VerdictKind.CORRECT)] * 3


def test_a_noun_of_its_own_is_kept_after_followed_by(petro_series: dict[str, LossSeries]) -> None:
    jul = _losses(petro_series["artillery"], *JUL)
    aug = _losses(petro_series["personnel"], *AUG)
    text = f"In July, Russia lost {jul:,} artillery systems, followed by {aug:,} troops in August, the General Staff said."
    assert _judged(text, petro_series, OCT7)[aug] == ("personnel", ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_and_joins_only_a_figure_with_its_own_month(petro_series: dict[str, LossSeries]) -> None:
    day = 1_400
    text = f"Over the past day Russia lost 20 tanks and {day:,} on Saturday, the General Staff said."
    assert _judged(text, petro_series, OCT7).get(day, ("personnel",))[0] == "personnel"


def test_the_highest_month_is_still_a_record(petro_series: dict[str, LossSeries]) -> None:
    nov = _losses(petro_series["personnel"], *NOV)
    text = f"November was the deadliest month of the war for Russia, with {nov:,} troops lost, the General Staff said."
    assert _judged(text, petro_series, DEC3)[nov][1] is ClaimKind.RECORD


@pytest.mark.parametrize("text", [
    "Russia lost 300 tanks in July, the General Staff said. In August, 4,300 troops were deployed near Kursk.",
    "Russia lost 300 tanks in July, the General Staff said. In August, 4,300 were deployed near Kursk.",
])
def test_a_figure_that_is_no_loss_stays_unclaimed(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert 4300 not in _judged(text, petro_series, OCT7)
