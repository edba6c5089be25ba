"""A figure of "the latest figures" after a dated figure of the same sentence is the latest report's, not that date's.

Newsweek retold on newsfortoday.co (14 Jan 2024, sum8's n31 page 27): "The toll peaked at 1,380 on October 19, and
the latest figures, according to Ukraine, put Russian losses at 370,000." The 370,000 took October 19 from the
day's figure before it and was judged against that day's total (290,680: incorrect, in both modes); it is the
total of the report of 14 January 2024. "The latest figures|data|tally|update|report ..." before a figure now
keeps it from the time of the figure before it, as a total's own cue ("bringing", "a total of") does. True values
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

AS_OF = date(2024, 1, 14)


def _verdicts(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_the_latest_figures_are_the_latest_report(petro_series: dict[str, LossSeries]) -> None:
    peak = losses(petro_series["personnel"], date(2023, 10, 19), date(2023, 10, 19))
    now = total(petro_series["personnel"], AS_OF)
    text = (f"The toll peaked at {peak:,} on October 19, and the latest figures, according to Ukraine, put Russian "
            f"losses at {now:,}.")
    assert _verdicts(text, petro_series) == [(peak, ClaimKind.DAY, VerdictKind.CORRECT),
                                             (now, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_a_total_of_the_named_day_keeps_its_day(petro_series: dict[str, LossSeries]) -> None:
    peak = losses(petro_series["personnel"], date(2023, 10, 19), date(2023, 10, 19))
    then = total(petro_series["personnel"], date(2023, 10, 20))
    text = f"The toll peaked at {peak:,} on October 19, bringing Russian losses to {then:,}."
    assert [k for _, k, _ in _verdicts(text, petro_series)] == [ClaimKind.DAY, ClaimKind.TOTAL]
