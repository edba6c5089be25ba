"""A past war's losses compared with Russia's are out of scope (real articles).

The Defense Post's December 2023 summary ended 'It will be way more than the 70,000 casualties
suffered by the Soviet Union during the nine-year Soviet-Afghan War.' and '70,000' was judged as
a milestone of the General Staff's personnel total (called correct). The Soviet Union, the Red
Army, Afghanistan and Vietnam named after a figure's noun ("suffered by the Soviet Union",
"killed in Afghanistan", clauses.POST_NOUN) or between the figure and its noun ("15,000 Soviet
soldiers") now mark another war's losses (lexicon.NOT_LOSS). "Soviet-era tanks" are still
Russia's, and the General Staff's figures beside the comparison keep their verdicts (true values
from the series).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total  # noqa: E402

JAN3 = date(2024, 1, 3)


@pytest.mark.parametrize(("text", "value"), [
    ("Russia has lost {total:,} troops, the General Staff said. It will be way more than the 70,000 casualties "
     "suffered by the Soviet Union during the nine-year Soviet-Afghan War.", 70_000),
    ("Russia has lost {total:,} troops, the General Staff said. The Soviet Union lost about 15,000 soldiers in "
     "Afghanistan over nine years.", 15_000),
    ("Russia has lost {total:,} troops, the General Staff said. That is more than the 58,000 Americans killed in "
     "Vietnam.", 58_000),
    ("Russia has lost {total:,} troops, the General Staff said, far more than the 15,000 Soviet soldiers who died "
     "in the Afghan war.", 15_000),
])
def test_a_past_wars_losses_are_out_of_scope(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], JAN3)
    report = check_text(text.format(total=now), petro_series, as_of=JAN3)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(now, VerdictKind.CORRECT)]
    assert value in {o.value for o in report.out_of_scope}


def test_soviet_era_equipment_is_russias(petro_series: dict[str, LossSeries]) -> None:
    day = JAN3 - timedelta(days=1)
    tanks = losses(petro_series["tanks"], day, day)
    text = f"Over the past day Russia lost {tanks} Soviet-era T-62 tanks, the General Staff said."
    verdicts = check_text(text, petro_series, as_of=JAN3).verdicts
    assert [(v.claim.value, v.verdict) for v in verdicts] == [(tanks, VerdictKind.CORRECT)]
