"""A hedge after "and" belongs to the next figure (issue 11): "278 artillery systems and over 200 APVs".

Weekly pieces list the week's losses in one sentence: "Russia lost more than 7,200 troops, 278
artillery systems and over 200 armored personnel vehicles in the past week". The word after "and"
is the next figure's hedge ("over", "about", "nearly", "понад", "близько"), not a named part that
the General Staff does not count ("91 tanks and bulldozers"); before, the figure before it was left
unverifiable ('it also counts "over"'). True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402

MAR10 = date(2024, 3, 10)
WEEK = (MAR10 - timedelta(days=7), MAR10 - timedelta(days=1))


@pytest.mark.parametrize("make", [
    lambda a: f"Russia lost more than 7,200 troops, {a} artillery systems and over 200 armored vehicles in the past week.",
    lambda a: f"In the past week Russia lost {a} artillery systems and about 200 armored vehicles.",
    lambda a: f"In the past week Russia lost {a} artillery systems and nearly 220 armored vehicles.",
    lambda a: f"За минулий тиждень росія втратила {a} артсистем та понад 200 бойових броньованих машин.",
    lambda a: f"За минулий тиждень ворог втратив {a} артсистем і близько 210 ББМ.",
])
def test_the_figure_before_a_hedged_one_is_judged(make: Callable[[int], str], petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["artillery"], *WEEK)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=MAR10).verdicts}
    assert (verdicts[true].claim.category, verdicts[true].verdict) == ("artillery", VerdictKind.CORRECT)


def test_a_named_part_the_general_staff_does_not_count_still_is_one(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["tanks"], *WEEK)
    (verdict,) = check_text(f"In the past week Russia lost {true} tanks and bulldozers.", petro_series,
                            as_of=MAR10).verdicts
    assert verdict.verdict is VerdictKind.UNVERIFIABLE
