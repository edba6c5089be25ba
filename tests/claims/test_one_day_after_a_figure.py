"""A figure said "one day after" a dated figure, or "a day earlier", is the day before that date.

Newsweek (29 Nov 2024, en9's n32 page 01): "The previous highest daily casualty figure came when Russia lost
1,950 troops on November 11, Ukraine reported. This came only one day after Kyiv said 1,770 troops were lost
by Moscow". 1,770 had no date of its own and took the latest report's (2,030: incorrect); it is the losses
of the day before November 11. "one day after" (the event that follows it) and "a day earlier" now name the
day before the date written before them in the paragraph, as "the next day" names the day after it
(dates._chain_days); with no date before them they name nothing. "The next day" is still the day after.
True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_AS_OF = date(2024, 11, 29)
_NOV11 = date(2024, 11, 11)


def _loss(series: LossSeries, day: date) -> int:
    """The losses of loss day ``day`` (the report of the day after)."""
    return total(series, day + timedelta(days=1)) - total(series, day)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[VerdictKind, str | None]]:
    return {v.claim.value: (v.verdict, v.reading) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def test_one_day_after_is_the_day_before(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day, before = _loss(series, _NOV11), _loss(series, _NOV11 - timedelta(days=1))
    text = (f"The previous highest daily casualty figure came when Russia lost {day:,} troops on November 11, "
            f"Ukraine reported. This came only one day after Kyiv said {before:,} troops were lost by Moscow.")
    verdict, reading = _judged(text, petro_series)[before]
    assert verdict in {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}
    assert reading == "10 Nov 2024"


def test_a_day_earlier_and_the_next_day(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = _loss(series, _NOV11)
    before, after = _loss(series, _NOV11 - timedelta(days=1)), _loss(series, _NOV11 + timedelta(days=1))
    earlier = f"Russia lost {day:,} troops on November 11, according to Kyiv, up from {before:,} a day earlier."
    assert _judged(earlier, petro_series)[before] == (VerdictKind.CORRECT, "10 Nov 2024")
    # guard: "the next day" after them is still the day after the date, not after "a day earlier"
    next_day = earlier + f" The next day, it lost {after:,}."
    assert _judged(next_day, petro_series)[after] == (VerdictKind.CORRECT, "12 Nov 2024")
