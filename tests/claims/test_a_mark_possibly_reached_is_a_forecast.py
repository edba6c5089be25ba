"""A mark the losses are "possibly reaching" this month is a forecast, not a mark passed (real articles).

News Directory 3 (2 Jun 2025, date9's n32 page 17): "Russia's losses in the Ukraine war are mounting,
with casualties possibly reaching one million this month". The mark was read as passed in June 2025 and
judged incorrect (the total was 989,700 on 2 June). "Possibly / probably / likely / potentially reaching
(passing, surpassing, topping, crossing, exceeding, hitting)" before a figure now makes it a forecast
(out of scope), as "could reach" and "is on track to" already did. A mark said to be reached stays a
mark passed. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2025, 6, 2)


def test_a_mark_possibly_reached_this_month_is_a_forecast(petro_series: dict[str, LossSeries]) -> None:
    assert total(petro_series["personnel"], _DAY) < 1_000_000  # the premise: not passed on the article's day
    for words in ("possibly reaching one million", "likely topping 1 million"):
        text = f"Russia's losses in the Ukraine war are mounting, with casualties {words} this month."
        report = check_text(text, petro_series, as_of=_DAY)
        assert report.verdicts == ()
        assert [o.reason for o in report.out_of_scope] == ["a forecast, not a reported figure"]


def test_a_mark_reached_stays_a_mark_passed(petro_series: dict[str, LossSeries]) -> None:
    day = date(2025, 6, 20)
    assert total(petro_series["personnel"], day) > 1_000_000
    report = check_text("Russia's casualties have reached one million this month, Kyiv said.", petro_series, as_of=day)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.MILESTONE, VerdictKind.CORRECT)]
