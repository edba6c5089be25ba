"""An average a figure is compared with is not the figure's measure (real articles).

Espreso's year review (Kovalenko, 2 Jan 2025): "In December, Russian troops lost 203 tanks, slightly
below the average rate maintained throughout 2024" read "average" as said of 203 and judged it as
December's daily average (7, incorrect). An average word after "below/above/under/than/exceeds the"
or "нижче/вище/менше/більше/ніж/перевищує" is the yardstick, not the figure: 203 is December's sum.
"Averaging 1,177 a day" and "в середньому 1 570 на добу" stay averages. True values from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402

AS_OF = date(2025, 1, 2)
DEC = (date(2024, 12, 1), date(2024, 12, 31))


@pytest.mark.parametrize("text", [
    "In December, Russian troops lost {n} tanks, slightly below the average rate maintained throughout 2024.",
    "In December, Russia lost {n} tanks, above the daily average of the war, the General Staff said.",
    "У грудні росіяни втратили {n} танки, що трохи нижче середнього показника за 2024 рік.",
])
def test_the_figure_compared_with_an_average_is_a_sum(text: str, petro_series: dict[str, LossSeries]) -> None:
    tanks = _losses(petro_series["tanks"], *DEC)
    assert tanks == 203
    verdicts = check_text(text.format(n=tanks), petro_series, as_of=AS_OF).verdicts
    assert [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict) for v in verdicts][:1] == [
        (tanks, ClaimKind.PERIOD, "sum", VerdictKind.CORRECT)]


@pytest.mark.parametrize("text", [
    "In December, Russia lost an average of {n:,} soldiers a day, the General Staff said.",
    "У грудні росія втрачала в середньому {n} військових на добу, повідомив Генштаб.",
])
def test_an_average_stays_an_average(text: str, petro_series: dict[str, LossSeries]) -> None:
    mean = round(_losses(petro_series["personnel"], *DEC) / 31)
    verdicts = check_text(text.format(n=mean), petro_series, as_of=AS_OF).verdicts
    assert [(v.claim.measure, v.verdict) for v in verdicts] == [("mean", VerdictKind.CORRECT)]
