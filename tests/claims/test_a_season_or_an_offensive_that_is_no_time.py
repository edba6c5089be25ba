"""A season named as another noun's attribute ("in harsh winter conditions") or an offensive named as what an
army presses on with ("as Moscow plows on with its offensive") is no period: the day's figures are the day's.

Newsweek retold by newsfortoday.co (18 Dec 2023; page fresh10/30): "Russia has lost 44 tanks and 60 armored
personnel vehicles in a single day, Kyiv's military has said, the latest sign of steep Russian armored vehicle
losses as Moscow plows on with its offensive around the embattled town of Avdiivka", and (7 Dec 2023; page
fresh10/34) "Russian forces battling it out in harsh winter conditions in Ukraine have lost more than 1,100
fighters in a single day": "offensive" and "winter" were read as periods no date came from, and the day's
figures were unverifiable. A season or an offensive as the figure's time ("in winter", "during the
offensive") still is one.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2023, 12, 18)


def _daily(series: LossSeries) -> int:
    return total(series, DAY) - total(series, DAY - timedelta(days=1))


@pytest.mark.parametrize("template", [
    "Russia has lost {n} tanks in a single day, Kyiv's military has said, the latest sign of steep losses as "
    "Moscow plows on with its offensive around the embattled town.",
    "Russian forces battling it out in harsh winter conditions have lost {n} tanks in a single day, Kyiv has said.",
])
def test_the_days_figure_is_the_days(template: str, petro_series: dict[str, LossSeries]) -> None:
    n = _daily(petro_series["tanks"])
    report = check_text(template.format(n=n), petro_series, as_of=DAY)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.DAY, VerdictKind.CORRECT)]


@pytest.mark.parametrize("words", ["during the offensive", "in winter"])
def test_a_season_or_offensive_as_the_time_stays_unread(words: str, petro_series: dict[str, LossSeries]) -> None:
    n = _daily(petro_series["tanks"])
    report = check_text(f"Russian forces lost {n} tanks a day {words}, Kyiv has said.", petro_series, as_of=DAY)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.UNVERIFIABLE]
