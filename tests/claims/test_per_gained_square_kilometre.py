""""Approximately 103 losses per increased square kilometer" is a rate per area gained, no loss figure, as "103
losses for each kilometre gained" and "per square kilometre" already were. Found on karachichronicle.com (8 Jan 2025,
retelling a year-end piece; sum7's n30 page p15): "Russia's losses in 2024 will reach an average of 1,180 losses per
day, or approximately 103 losses per increased square kilometer." clauses.PER_AREA wanted the area word right after
"per", so "per increased square kilometer" was not read and the 103 was judged as the latest day's personnel losses
(incorrect, a spurious claim). One word between "per" and the area ("increased", "gained", "captured", "seized",
"occupied", "new") is now allowed in the same pattern. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 1, 8)


@pytest.mark.parametrize("text", [
    "Russia's losses in 2024 amount to approximately 103 losses per increased square kilometer.",
    "That is about 84 soldiers per captured square kilometre, the analysts said.",
])
def test_a_rate_per_area_judges_nothing(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=AS_OF)
    assert report.verdicts == ()
    assert [o.reason for o in report.out_of_scope] == ["a rate per area gained, not a loss figure"]


def test_the_day_before_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], AS_OF - timedelta(days=1), AS_OF - timedelta(days=1))
    report = check_text(f"Russia lost {day:,} soldiers over the past day, the General Staff said. That is about 84 "
                        "soldiers per captured square kilometre.", petro_series, as_of=AS_OF)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.CORRECT]
