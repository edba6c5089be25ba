"""How often a day's losses passed a figure ("over 1,000 daily losses on nine occasions", "regularly report a daily
Russian death toll of over 1,000") is a count of days, not a loss figure: left out, not judged as a mean.

Newsweek retold on mhknewshub.blogspot.com (1 May 2024, sum8's n31 page 08): "March witnessed over 1,000 daily
losses on nine occasions, compared to 13 times in February and only four times in January" judged "over 1,000"
as February's daily mean (981: incorrect); Newsweek (7 Mar 2023, oos8's n31 page 11): "In February, Ukraine started to
regularly report a daily Russian death toll of over 1,000" judged it as February 2023's mean (767: incorrect).
Neither says what a mean or a day was; each counts days past the figure, which the checker does not count. True
values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

_REASON = "how often a day passed the figure (a count of days), not a loss figure"


def test_over_a_figure_on_nine_occasions(petro_series: dict[str, LossSeries]) -> None:
    text = ("March witnessed over 1,000 daily losses on nine occasions, compared to 13 times in February and only "
            "four times in January.")
    report = check_text(text, petro_series, as_of=date(2024, 5, 1))
    assert not report.verdicts and [o.reason for o in report.out_of_scope if o.value == 1000] == [_REASON]


def test_regularly_a_daily_toll_of_over_a_figure(petro_series: dict[str, LossSeries]) -> None:
    text = "In February, Ukraine started to regularly report a daily Russian death toll of over 1,000."
    report = check_text(text, petro_series, as_of=date(2023, 3, 7))
    assert not report.verdicts and [o.reason for o in report.out_of_scope] == [_REASON]


def test_over_a_figure_on_a_named_day_is_still_that_day(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 5, 1)
    day = as_of - timedelta(days=1)
    value = losses(petro_series["personnel"], day, day)
    text = f"Russia sustained a loss of over {value - 20:,} personnel within the preceding 24 hours, Kyiv said."
    report = check_text(text, petro_series, as_of=as_of)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.DAY, VerdictKind.ROUNDED)]
