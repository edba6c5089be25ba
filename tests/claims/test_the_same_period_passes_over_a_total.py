""""In the same 24-hour period" after a day's figure and the total it brought up takes the day's time.

Newsweek retold on theflashnews.co (28 Nov 2023, en9's n32 page 16): "Ukraine's General Staff said in an
update on Tuesday that over the previous day Russia had lost 860 troops, taking its estimate of the total
combat losses ... to 326,400. It added that Russia had lost three tanks in the same 24-hour period". "The
same period" takes the time of the figure said before it, but that figure was the total, which names no
period, so the three tanks were left unverifiable ("period" could not be read as dates). extract._same_period
now passes over the totals and marks said last (a few at most) to the figure of a day or period before them.
A total alone before it still gives no period: the figure after it stays a total. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_TUESDAY = date(2023, 11, 28)
_HOLDS = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


def _day(series: LossSeries) -> int:
    return total(series, _TUESDAY) - total(series, date(2023, 11, 27))


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_TUESDAY).verdicts}


def test_the_same_period_after_a_day_and_its_total(petro_series: dict[str, LossSeries]) -> None:
    people, tanks = petro_series["personnel"], petro_series["tanks"]
    text = (f"Ukraine's General Staff said in an update on Tuesday that over the previous day Russia had lost "
            f"{_day(people):,} troops, taking its estimate of the total combat losses to {total(people, _TUESDAY):,}. "
            f"It added that Russia had lost {_day(tanks)} tanks in the same 24-hour period.")
    kind, verdict = _judged(text, petro_series)[_day(tanks)]
    assert kind is ClaimKind.DAY and verdict in _HOLDS


def test_the_same_period_after_a_total_alone_keeps_a_total(petro_series: dict[str, LossSeries]) -> None:
    people, tanks = petro_series["personnel"], petro_series["tanks"]
    text = (f"Russia has lost {total(people, _TUESDAY):,} troops since the full-scale invasion began, Kyiv said. "
            f"In the same period, it lost {total(tanks, _TUESDAY):,} tanks.")
    assert _judged(text, petro_series)[total(tanks, _TUESDAY)] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
