"""A headline's "in Week" ("Russia Loses 6,630 Troops, 90 Tanks in Week: Kyiv") is the past week, as "in a week" is.

Newsweek retold on newsfortoday.co (2 Mar 2024, en9's n32 page 13) headed its story "Russia Loses 6,630
Troops, 90 Tanks in Week: Kyiv". "in a week" and "within one week" were read as the past seven days, but the
headline's style drops the article, so both figures took no time and were judged as the war's totals
(incorrect against 415,640 and 6,624). relative: "in|within|over|during (a|one) week" now takes the article
as optional; "in week 3", "in week one", "in week of" (a numbered or named week) stay no period. True
values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_SATURDAY = date(2024, 3, 2)


def _week(series: LossSeries) -> int:
    return total(series, _SATURDAY) - total(series, date(2024, 2, 24))  # the past seven reports


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_SATURDAY).verdicts}


def test_a_headlines_in_week_is_the_past_week(petro_series: dict[str, LossSeries]) -> None:
    troops, tanks = _week(petro_series["personnel"]), _week(petro_series["tanks"])
    text = f"Russia Loses {troops:,} Troops, {tanks} Tanks in Week: Kyiv\n\nRussia keeps losing troops, Kyiv says."
    judged = _judged(text, petro_series)
    assert judged[troops] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[tanks] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_numbered_week_is_no_period(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], _SATURDAY)
    text = f"In week 3 of the offensive, Russia's losses reached {value:,} troops since the invasion began."
    assert _judged(text, petro_series)[value] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
