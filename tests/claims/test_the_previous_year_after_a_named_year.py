""""The previous year" after a year named in the sentence is the year before that one.

Newsweek via trendingfeeds (2 January 2025, time10/15): "Ukraine's New Year's Day tally said Russia had lost
430,790 troops in 2024, a significant rise from its estimate of 253,290 for the previous year." "The
previous year" was read against the article's date (2024), so 253,290 was judged against 2024's
430,790: incorrect. Like "the previous month" after a named month (dates._month_before), "the
previous year" / "попереднього року" after a year named earlier in the same sentence is now the year
before it (dates._month_before too); "last year" stays the year before the article's. True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

_AS_OF = date(2025, 1, 2)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def _year(series: dict[str, LossSeries], year: int) -> int:
    return losses(series["personnel"], date(year, 1, 1), date(year, 12, 31))


def test_the_previous_year_is_the_year_before_the_named_one(petro_series: dict[str, LossSeries]) -> None:
    y2024, y2023 = _year(petro_series, 2024), _year(petro_series, 2023)
    en = (f"Ukraine's New Year's Day tally said Russia had lost {y2024:,} troops in 2024, "
          f"a significant rise from its estimate of {y2023:,} for the previous year.")
    ua = f"У 2024 році росія втратила {uk(y2024)} військових, тоді як попереднього року — {uk(y2023)}."
    for text in (en, ua):
        judged = _judged(text, petro_series)
        assert judged[y2024] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
        assert judged[y2023] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_last_year_stays_the_articles(petro_series: dict[str, LossSeries]) -> None:
    # guard: "last year" after a named year is still the year before the article's date (2024)
    y2024, y2023 = _year(petro_series, 2024), _year(petro_series, 2023)
    text = f"Russia lost {y2023:,} troops in 2023 and {y2024:,} last year."
    judged = _judged(text, petro_series)
    assert judged[y2024] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[y2023] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
