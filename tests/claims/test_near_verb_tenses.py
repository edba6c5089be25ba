"""A mark the total "neared", "nears" or "approached" is a mark not yet passed, in any tense of the verb.

Found on real English pages: Newsweek (12 Dec 2022) wrote that the casualty figure "neared
100,000 troops" when the General Staff's total was 94,760; the figure was judged as a milestone
passed (incorrect, "had not reached 100,000") because only "nearing" and "approaching" were read
as near wording. "Neared", "nears", "approached" and "approaches" say the same thing: the total
is below the mark and close to it (claims/near.py: passed within a month, or under 5% short).
Each total is read from the series; each mark is the next round figure above it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

DEC12_2022 = date(2022, 12, 12)  # personnel total 94,760: 100,000 was passed on 25 Dec 2022

TEXTS = [
    "The total alleged casualty figure for the invasion neared {mark:,} troops, according to the General Staff.",
    "Russia's losses in Ukraine nears {mark:,}, according to Ukraine's General Staff.",
    "Russian personnel losses approached {mark:,} on Monday, the General Staff said.",
    "Russia's total losses approaches {mark:,}, the General Staff reported.",
]


def _mark(series: dict[str, LossSeries], day: date, step: int) -> int:
    return (_total(series["personnel"], day) // step + 1) * step


@pytest.mark.parametrize("text", TEXTS)
def test_a_mark_neared_before_it_was_passed_is_correct(text: str, petro_series: dict[str, LossSeries]) -> None:
    mark = _mark(petro_series, DEC12_2022, 10_000)
    (v,) = check_text(text.format(mark=mark), petro_series, as_of=DEC12_2022).verdicts
    assert (v.claim.value, v.claim.kind.value, v.verdict) == (mark, "milestone", VerdictKind.CORRECT)
    assert v.claim.milestone_near


@pytest.mark.parametrize("text", TEXTS)
def test_a_mark_neared_after_it_was_passed_is_incorrect(text: str, petro_series: dict[str, LossSeries]) -> None:
    mark = _mark(petro_series, DEC12_2022, 10_000) - 10_000  # 90,000: passed in November 2022
    (v,) = check_text(text.format(mark=mark), petro_series, as_of=DEC12_2022).verdicts
    assert (v.claim.value, v.verdict) == (mark, VerdictKind.INCORRECT)
