"""A per-day rate said after the last figure of a list is each figure's: "10 tanks and 40 artillery systems each day".

The rate words ("each day", "a day", "per day") follow the list's last figure only, and each figure
before it was read alone: with no rate word of its own, "10 tanks" became the latest day's figure,
or with a month named the month's sum ("In November, Russia lost 40 tanks and 60 artillery systems
each day": the tanks judged against November's 307), while the last figure was read as a daily
mean. Every figure of such a list is now a daily mean (claims/extract._Sentence.rate_listed).
A figure with a day of its own between it and the list ("on Monday") keeps its own reading. Each
true figure is computed from the series.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402

DEC3 = date(2024, 12, 3)
WEEK = (DEC3 - timedelta(days=7), DEC3 - timedelta(days=1))  # "a day" with no period: the past 7 loss days
NOV = (date(2024, 11, 1), date(2024, 11, 30))

TEXTS = [
    ("Russia is losing {tanks} tanks and {artillery} artillery systems each day, according to the General Staff.",
     WEEK),
    ("According to the General Staff, Russia loses {tanks} tanks, {armour} armoured vehicles and {artillery} "
     "artillery systems a day.", WEEK),
    ("In November, Russia lost {tanks} tanks and {artillery} artillery systems per day, the General Staff said.", NOV),
]


def _means(series: dict[str, LossSeries], period: tuple[date, date]) -> dict[str, int]:
    days = (period[1] - period[0]).days + 1
    keys = {"tanks": "tanks", "armour": "armoured_vehicles", "artillery": "artillery"}
    return {name: round(_losses(series[key], *period) / days) for name, key in keys.items()}


@pytest.mark.parametrize(("text", "period"), TEXTS)
def test_each_figure_of_a_list_before_a_rate_is_a_daily_mean(
    text: str, period: tuple[date, date], petro_series: dict[str, LossSeries],
) -> None:
    means = _means(petro_series, period)
    verdicts = check_text(text.format(**means), petro_series, as_of=DEC3).verdicts
    assert len(verdicts) == text.count("{")
    for v in verdicts:
        assert (v.claim.kind, v.claim.measure) == (ClaimKind.PERIOD, "mean"), v.claim.quote
        assert v.verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}, v.explanation


@pytest.mark.parametrize(("text", "period"), TEXTS)
def test_a_list_far_above_the_daily_means_is_incorrect(
    text: str, period: tuple[date, date], petro_series: dict[str, LossSeries],
) -> None:
    wrong = {name: 4 * mean + 20 for name, mean in _means(petro_series, period).items()}
    verdicts = check_text(text.format(**wrong), petro_series, as_of=DEC3).verdicts
    assert [v.verdict for v in verdicts] == [VerdictKind.INCORRECT] * text.count("{")


def test_a_figure_with_its_own_day_keeps_it(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia lost 12 tanks on Monday and 40 artillery systems each day, the General Staff said."
    tanks = next(v for v in check_text(text, petro_series, as_of=DEC3).verdicts if v.claim.category == "tanks")
    assert tanks.claim.kind is ClaimKind.DAY


def test_in_a_day_after_a_list_is_one_day_not_a_rate(petro_series: dict[str, LossSeries]) -> None:
    # Newsweek's headline form (28 Nov 2023): "Russia Loses 860 Troops and 3 Tanks in a Day: Kyiv"
    day = DEC3 - timedelta(days=1)
    troops = _losses(petro_series["personnel"], day, day)
    tanks = _losses(petro_series["tanks"], day, day)
    text = f"Russia lost {troops:,} troops and {tanks} tanks in a day, the General Staff said."
    verdicts = check_text(text, petro_series, as_of=DEC3).verdicts
    assert [(v.claim.kind, v.verdict) for v in verdicts] == [(ClaimKind.DAY, VerdictKind.CORRECT)] * 2
