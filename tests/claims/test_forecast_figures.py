"""Projections are not reported figures (issue 11): "is on track to sustain more than 330,000 casualties".

Analysis pieces extrapolate the General Staff's figures: "Russia is on track to sustain more than
330,000 casualties during 2024", "Moscow would face a total of 331,480 by the year's end", "are
likely to continue to exceed 1,000 per day", "will likely continue to average above 1,000 a day
over the next two months", "продовжуватиме перевищувати 1000 осіб на день". A forecast is out of
scope (../shared/articles/README.md); before, each was judged against the figures to date and
called incorrect. A figure of the same sentence that is reported ("having lost N so far"), and a
restated total ("it would bring ... to 666,340"), are still judged. True values come from the series.
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

APR3 = date(2024, 4, 3)


@pytest.mark.parametrize(("text", "value"), [
    ("Russia is on track to sustain more than 330,000 casualties in Ukraine during 2024.", 330000),
    ("If these rates continue, Moscow would face a total of 331,480 casualties by the year's end.", 331480),
    ("Russian troop casualties are likely to continue to exceed 1,000 per day throughout 2024.", 1000),
    ("Russia's casualty rate will likely continue to average above 1,000 a day over the next two months.", 1000),
    ("Russian losses are expected to reach 500,000 by the end of the year.", 500000),
    ("At this pace Russia could surpass 450,000 casualties by May.", 450000),
    ("Кількість втрат російських військ, найімовірніше, продовжуватиме перевищувати 1000 осіб на день.", 1000),
    ("За такого темпу втрати росії можуть сягнути 500 тисяч до кінця року.", 500000),
])
def test_a_projected_figure_is_out_of_scope(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=APR3)
    assert value not in {v.claim.value for v in report.verdicts}
    assert any(o.value == value and o.reason.startswith("a forecast") for o in report.out_of_scope)


def test_a_reported_total_beside_a_forecast_is_judged(petro_series: dict[str, LossSeries]) -> None:
    true = _total(petro_series["personnel"], APR3)
    text = f"Russia has lost {true:,} troops since February 2022 and is on track to sustain more than 330,000 this year."
    verdicts = {v.claim.value: v.verdict for v in check_text(text, petro_series, as_of=APR3).verdicts}
    assert verdicts == {true: VerdictKind.CORRECT}


def test_a_total_the_figures_would_bring_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    true = _total(petro_series["personnel"], APR3)
    text = f"If these latest figures hold up, it would bring Russia's overall losses to {true:,} personnel."
    verdicts = {v.claim.value: v.verdict for v in check_text(text, petro_series, as_of=APR3).verdicts}
    assert verdicts == {true: VerdictKind.CORRECT}
