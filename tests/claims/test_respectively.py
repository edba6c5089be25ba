""""A, B and C ... X, Y and Z, respectively": each figure takes the category named in its place (real articles).

Newsweek writes "would bring Russia's total losses for military personnel, artillery systems and
tanks since the 2022 invasion to 661,630, 19,156 and 8,933, respectively". The figures have no
noun of their own: all three were read as personnel and the two equipment totals called incorrect.
A run of figures joined by commas and "and" that closes with "respectively" now takes, one by one,
the categories of the last list of as many category nouns before it. A run that does not match
the list's length, or figures with nouns of their own, are read as before. True values come from
the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

OCT7 = date(2024, 10, 7)
CATS = ("personnel", "artillery", "tanks")


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[str, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.verdict) for v in check_text(text, series, as_of=OCT7).verdicts}


@pytest.mark.parametrize(("cats", "make"), [
    (CATS, lambda a, b, c: "The latest figures would bring Russia's total losses for military personnel, artillery "
                           f"systems and tanks since the 2022 invasion to {a:,}, {b:,} and {c:,}, respectively, "
                           "according to Ukraine's General Staff."),
    (("tanks", "artillery"), lambda a, b, c: f"Tank and artillery losses stood at {a:,} and {b:,} respectively, "
                                             "the General Staff said."),
    (("tanks", "armoured_vehicles", "artillery"),
     lambda a, b, c: f"Russia's losses of tanks, armoured vehicles and artillery systems reached {a:,}, {b:,} and "
                     f"{c:,}, respectively, the General Staff said."),
    (("uavs", "personnel"), lambda a, b, c: f"The General Staff put Russia's losses of drones and troops at {a:,} "
                                            f"and {b:,}, respectively."),
])
def test_each_figure_takes_the_category_in_its_place(
    cats: tuple[str, ...], make: Callable[[int, int, int], str], petro_series: dict[str, LossSeries],
) -> None:
    true = [_total(petro_series[c], OCT7) for c in cats] + [0] * (3 - len(cats))
    judged = _judged(make(*true), petro_series)
    assert [judged[v] for v in true[: len(cats)]] == [(c, VerdictKind.CORRECT) for c in cats]


def test_a_run_longer_than_the_list_is_read_as_before(petro_series: dict[str, LossSeries]) -> None:
    tanks, artillery = (_total(petro_series[c], OCT7) for c in ("tanks", "artillery"))
    text = (f"Tank and artillery losses stood at {tanks:,}, {artillery:,} and 1,500, respectively, "
            "the General Staff said.")
    assert _judged(text, petro_series).get(tanks, ("personnel",))[0] != "tanks"


def test_figures_with_nouns_of_their_own_keep_them(petro_series: dict[str, LossSeries]) -> None:
    tanks, artillery = (_total(petro_series[c], OCT7) for c in ("tanks", "artillery"))
    text = (f"Russia has lost {tanks:,} tanks and {artillery:,} artillery systems, respectively more and fewer than "
            "a year ago, the General Staff said.")
    judged = _judged(text, petro_series)
    assert (judged[tanks], judged[artillery]) == (("tanks", VerdictKind.CORRECT), ("artillery", VerdictKind.CORRECT))
