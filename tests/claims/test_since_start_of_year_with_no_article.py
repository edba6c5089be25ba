"""A headline's "since start of year" with no "the" ("Russians have lost nearly 300,000 soldiers since start of year") is the span from 1 January.

Censor.NET headed Syrskyi's year-to-date figure "Russians have lost nearly 300,000 soldiers since
start of year – Syrskyi" (9 Sep 2025; date9 16, oos9 10, head10). "since the start of the year"
was the span from 1 January to the latest report, but the headline's style drops both articles, so
the figure named no time and was judged a milestone of the war's running total (incorrect against
1,090,010). relative: the articles are optional in "since (the) start of (the|this) year|month|week";
"since the start of the war" stays the war. True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

_AS_OF = date(2025, 9, 9)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def test_since_start_of_year_is_the_span_from_the_first_of_january(petro_series: dict[str, LossSeries]) -> None:
    true = losses(petro_series["personnel"], date(2025, 1, 1), _AS_OF - timedelta(days=1))
    text = f"Russians have lost {true:,} soldiers since start of year – Syrskyi. VIDEO\nThe struggle continues."
    assert _judged(text, petro_series)[true] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_round_mark_since_start_of_year_is_rounded(petro_series: dict[str, LossSeries]) -> None:
    true = losses(petro_series["personnel"], date(2025, 1, 1), _AS_OF - timedelta(days=1))
    mark = -(-true // 10_000) * 10_000  # the next ten thousand up: "nearly 300,000" for 299,210
    text = f"Russians have lost nearly {mark:,} soldiers since start of year – Syrskyi. VIDEO\nThe struggle continues."
    assert _judged(text, petro_series)[mark] == (ClaimKind.PERIOD, VerdictKind.ROUNDED)


def test_since_start_of_war_stays_the_war(petro_series: dict[str, LossSeries]) -> None:
    war = total(petro_series["personnel"], _AS_OF)
    text = f"Russia has lost {war:,} soldiers since start of war, the General Staff says."
    assert _judged(text, petro_series)[war] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
