"""A bare figure said of an area gained, as its average or what it is compared with, is that area's too.

Forces News (January 2025; page fresh11/18): "December saw Moscow suffer record losses, with Russian forces only
managing to seize less than 600 sq km of Ukrainian territory, averaging around 18 every day and down from around 27
in November". The 18 and 27 (square kilometres a day) were judged as December's and November's losses (both
incorrect): only "600 sq km" names its unit. A bare figure joined to an area (or distance) figure by an average or
a comparison ("averaging", "down from", "у середньому"), with no loss word between and no noun of its own, counts
the same unit: out of scope. A figure after "losing" stays a loss figure.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 1, 10)


def test_an_area_average_and_its_comparison(petro_series: dict[str, LossSeries]) -> None:
    text = ("December saw Moscow suffer record losses, with Russian forces only managing to seize less than 600 sq "
            "km of Ukrainian territory, averaging around 18 every day and down from around 27 in November.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert not report.verdicts
    assert {o.value for o in report.out_of_scope if o.reason == "area"} == {600, 18, 27}


def test_a_loss_figure_after_losing_stays(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = f"Russian forces seized 600 sq km in December, averaging 18 a day, while losing {month:,} troops."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(month, VerdictKind.CORRECT)]
    assert {o.value for o in report.out_of_scope if o.reason == "area"} == {600, 18}
