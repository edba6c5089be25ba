""""Nearly reached 48,000" is "nearly 48,000": a verb between the hedge and the figure keeps it (real articles).

IBTimes wrote that Russia's "death toll in the invasion of Ukraine nearly reached 48,000" when the
General Staff's total was 47,900. The hedge was read only right before the figure, so the claim
was read as reached and called incorrect ("the total had not reached 48,000"). "Nearly/almost
reached, hit, touched, topped" now read as "nearly". A figure that is passed with "topped" alone
stays a bound from below; "nearly" before a figure still reads as before. True values come from
the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.lexicon import Comparator
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

AUG31 = date(2022, 8, 31)
JUN10 = date(2025, 6, 10)


def _judged(text: str, series: dict[str, LossSeries], as_of: date, value: int) -> tuple[Comparator, VerdictKind]:
    verdict = next(v for v in check_text(text, series, as_of=as_of).verdicts if v.claim.value == value)
    return verdict.claim.comparator, verdict.verdict


def _round_up(n: int, step: int) -> int:
    return -(-n // step) * step


@pytest.mark.parametrize(("make", "as_of", "step"), [
    (lambda n: f"Russia's death toll in the invasion of Ukraine nearly reached {n:,}, according to data provided "
               "by the Ukrainian military.", AUG31, 1_000),
    (lambda n: f"Russian losses have almost hit {n // 1_000_000} million, Ukraine's General Staff said.", JUN10, 1_000_000),
    (lambda n: f"The General Staff's count of Russian casualties nearly topped {n:,} on Tuesday.", JUN10, 10_000),
    (lambda n: f"Russia's losses have nearly reached the {n:,} mark, the General Staff said.", AUG31, 1_000),
    (lambda n: f"Russian losses almost touched {n:,}, the General Staff reported.", JUN10, 10_000),
])
def test_nearly_reached_reads_as_nearly(
    make: Callable[[int], str], as_of: date, step: int, petro_series: dict[str, LossSeries],
) -> None:
    bound = _round_up(_total(petro_series["personnel"], as_of) + 1, step)
    assert _judged(make(bound), petro_series, as_of, bound) == (Comparator.NEARLY, VerdictKind.ROUNDED)


def test_topped_alone_is_still_a_bound_from_below(petro_series: dict[str, LossSeries]) -> None:
    passed = _total(petro_series["personnel"], AUG31) // 1_000 * 1_000
    text = f"Russia's losses topped {passed:,} on Wednesday, the General Staff said."
    assert _judged(text, petro_series, AUG31, passed)[0] is Comparator.AT_LEAST


def test_nearly_reached_a_figure_far_above_is_incorrect(petro_series: dict[str, LossSeries]) -> None:
    far = _round_up(_total(petro_series["personnel"], AUG31), 1_000) + 20_000
    text = f"Russia's death toll nearly reached {far:,}, according to the General Staff."
    assert _judged(text, petro_series, AUG31, far) == (Comparator.NEARLY, VerdictKind.INCORRECT)
