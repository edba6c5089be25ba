"""Wounded and killed, in that order (issue 11): "reduced by more than 418,000 wounded and killed".

The General Staff's personnel figure counts killed and wounded together; a figure followed by
"wounded" alone is out of scope (wounded only). Reviews also write the pair the other way round
("418,000 wounded and killed", "пораненими та вбитими", "wounded or killed"): that is the GS
figure, judged like "killed and wounded". Before, such a figure was set aside as wounded only.
"wounded" alone, or "wounded" with the killed given as a figure of their own, stays out of scope.
True values come from the series.
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
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

JAN13 = date(2026, 1, 13)
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("make", [
    lambda n: f"In 2025, Russia's army was reduced by {n:,} wounded and killed.",
    lambda n: f"In 2025, Russia lost {n:,} wounded or killed, the commander said.",
    lambda n: f"Russia's losses in 2025 came to {n:,} wounded and dead.",
    lambda n: f"У 2025 році армія рф втратила {_uk(n)} пораненими та вбитими.",
    lambda n: f"За 2025 рік ворог втратив {_uk(n)} пораненими й убитими.",
    lambda n: f"У 2025 році росія втратила {_uk(n)} поранених і загиблих.",
])
def test_a_figure_of_wounded_and_killed_is_the_general_staff_figure(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], *Y2025)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=JAN13).verdicts}
    assert (verdicts[true].claim.category, verdicts[true].verdict) == ("personnel", VerdictKind.CORRECT)


@pytest.mark.parametrize("text", [
    "In 2025, Russia had 418,170 wounded, the commander said.",
    "У 2025 році росія мала 418 170 поранених.",
    "In 2025, Russia lost 418,170 wounded and 100,000 killed.",
])
def test_wounded_alone_stays_out_of_scope(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=JAN13)
    assert 418170 not in {v.claim.value for v in report.verdicts}
    assert any(o.value == 418170 and o.reason.startswith("wounded only") for o in report.out_of_scope)
