"""headline_milestone: the next round number a story would name (added for the brief)."""

from __future__ import annotations

import pytest

from attrition.analysis.forecast import default_milestones, headline_milestone


@pytest.mark.parametrize(
    ("total", "milestone"),
    [
        pytest.param(747_370, 750_000, id="nearing-750k"),
        pytest.param(9_493, 9_500, id="tanks"),
        pytest.param(1_456_610, 1_500_000, id="1.5m"),
        pytest.param(12_251, 12_500, id="step-500"),
        pytest.param(329, 330, id="small"),
        pytest.param(19, 20, id="tiny"),
        pytest.param(750_000, 775_000, id="exactly-on-a-milestone"),
    ],
)
def test_headline_milestone_is_the_next_round_number(total: int, milestone: int) -> None:
    assert headline_milestone(total) == milestone


def test_headline_milestone_never_skips_past_the_default_one() -> None:
    for total in (747_370, 9_493, 1_456_610, 12_251, 45_000, 123):
        assert total < headline_milestone(total) <= default_milestones(total, 1)[0]
