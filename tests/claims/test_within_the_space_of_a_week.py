""""In September, Russia suffered almost 10,000 casualties within the space of a week" is some week of September,
not September's sum. Found in Newsweek's monthly round-up paragraph, retold on viralclip.net (7 Oct 2024, sum7's n30
page p01; the same paragraph on en6's n29 page 08): "Data sourced from Ukraine's armed forces suggest that in
September, Russia suffered almost 10,000 casualties within the space of a week." "Within a week" / "in one week"
after a month was already read as a week of that month (dates._week_within); "within the space of a week" was no
time at all, so the figure took the month and was judged against September's 38,130 (incorrect). True values from
the series.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 10, 7)


def _weeks_of_september(series: LossSeries) -> list[int]:
    first = date(2024, 9, 1)
    return [losses(series, first + timedelta(days=k), first + timedelta(days=k + 6)) for k in range(24)]


@pytest.mark.parametrize("template", [
    "Data sourced from Ukraine's armed forces suggest that in September, Russia suffered {v:,} casualties "
    "within the space of a week.",
    "In September, Russia lost {v:,} troops in the span of one week, the General Staff's figures show.",
])
def test_a_week_of_the_month_named_before(template: str, petro_series: dict[str, LossSeries]) -> None:
    value = max(_weeks_of_september(petro_series["personnel"]))
    report = check_text(template.format(v=value), petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.claim.time.granularity if v.claim.time else None, v.verdict)
            for v in report.verdicts] == [(ClaimKind.PERIOD, "window", VerdictKind.CORRECT)]


def test_the_page_s_almost_ten_thousand_is_no_months_sum(petro_series: dict[str, LossSeries]) -> None:
    text = ("Data sourced from Ukraine's armed forces suggest that in September, Russia suffered almost 10,000 "
            "casualties within the space of a week.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.verdict for v in report.verdicts] in ([VerdictKind.ROUNDED], [VerdictKind.CORRECT])


def test_the_space_of_a_week_alone_is_the_past_week(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], AS_OF - timedelta(days=7), AS_OF - timedelta(days=1))
    report = check_text(f"Russia lost {value:,} troops in the space of a week, Ukraine's General Staff said.",
                        petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
