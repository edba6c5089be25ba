""""The two preceding days", "the two days prior" are the days before the day named before them, one figure each.

Newsweek's round-up of 1 May 2024 (a Wednesday), retold on rtnewstoday.com (sum8's n31 page 09): "The
escalating casualties for Russia include 1,250 losses on Tuesday, 1,320 on Monday, and 1,096 and 1,124 in the
two days prior"; on mhknewshub.blogspot.com (page 08): "Tuesday saw Russian forces endure 1,250 losses, with
figures of 1,320 and 1,096 on Monday and the two preceding days, respectively". The days before were no time at
all, so 1,096 and 1,124 took Monday (and 1,320 Tuesday), four incorrect in each mode; each is the General
Staff's figure of the report of Sunday or Saturday. With a figure for each of them ("A and B in the two days
prior", "..., respectively") each figure is one of those days; with one figure, their sum. True values from the
series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

AS_OF = date(2024, 5, 1)  # a Wednesday
GOOD = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


def _reported(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, report - timedelta(days=1))


def _figures(series: LossSeries) -> list[int]:
    """The increments of the reports of Tuesday, Monday, Sunday and Saturday."""
    return [_reported(series, AS_OF - timedelta(days=k)) for k in range(1, 5)]


def _verdicts(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=AS_OF)
    return {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}


def test_two_figures_in_the_two_days_prior(petro_series: dict[str, LossSeries]) -> None:
    tue, mon, sun, sat = _figures(petro_series["personnel"])
    text = (f"The escalating casualties for Russia include {tue:,} losses on Tuesday, {mon:,} on Monday, and {sun:,} "
            f"and {sat:,} in the two days prior.")
    found = _verdicts(text, petro_series)
    assert {found[v][0] for v in (sun, sat)} == {ClaimKind.DAY} and {found[v][1] for v in (sun, sat)} <= GOOD


def test_the_two_preceding_days_respectively(petro_series: dict[str, LossSeries]) -> None:
    tue, mon, sun, _ = _figures(petro_series["personnel"])
    text = (f"Tuesday saw Russian forces endure {tue:,} losses, with figures of {mon:,} and {sun:,} on Monday and the "
            "two preceding days, respectively.")
    found = _verdicts(text, petro_series)
    assert {found[v][0] for v in (mon, sun)} == {ClaimKind.DAY} and {found[v][1] for v in (mon, sun)} <= GOOD


def test_one_figure_over_the_two_preceding_days_is_their_sum(petro_series: dict[str, LossSeries]) -> None:
    wed = AS_OF - timedelta(days=1)  # Tuesday's losses are Wednesday's report
    value = losses(petro_series["personnel"], wed - timedelta(days=2), wed - timedelta(days=1))
    text = f"Russia lost 1,120 troops on Tuesday, after {value:,} over the two preceding days, Kyiv said."
    assert _verdicts(text, petro_series)[value] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_the_named_weekdays_keep_their_figures(petro_series: dict[str, LossSeries]) -> None:
    tue, mon, sun, sat = _figures(petro_series["personnel"])
    text = (f"The escalating casualties for Russia include {tue:,} losses on Tuesday, {mon:,} on Monday, and {sun:,} "
            f"and {sat:,} in the two days prior.")
    found = _verdicts(text, petro_series)
    assert [found[v] for v in (tue, mon)] == [(ClaimKind.DAY, VerdictKind.CORRECT_OTHER_CONVENTION)] * 2
