"""A daily average "throughout both months" is over the two months named before it, not the nearer one.

Newsweek (4 Jan 2023, en9's n32 page 07): "In November, Ukraine's armed forces claimed to have "liquidated"
17,060 Russian troops, as well as another 17,080 in December; an average of around 560 Russian service-
members each day throughout both months." "both months" named no period, so 560 took November alone and
was judged against its mean (566: incorrect). "throughout|over|in|during|for|across both|the two|these
two|those two months" (and "за обидва місяці") is now a placeholder that dates._month_before resolves to
the two months named one after the other before it in its sentence; without such a pair it names nothing.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

_AS_OF = date(2023, 1, 4)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind, str | None]]:
    return {v.claim.value: (v.claim.kind, v.verdict, v.reading)
            for v in check_text(text, series, as_of=_AS_OF).verdicts}


def test_the_average_throughout_both_months(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    nov = losses(series, date(2022, 11, 1), date(2022, 11, 30))
    dec = losses(series, date(2022, 12, 1), date(2022, 12, 31))
    mean = round((nov + dec) / 61)
    text = (f"In November, Ukraine's armed forces claimed to have liquidated {nov:,} Russian troops, as well as "
            f"another {dec:,} in December; an average of {mean:,} Russian service-members each day throughout both "
            "months.")
    assert _judged(text, petro_series)[mean] == (ClaimKind.PERIOD, VerdictKind.CORRECT,
                                                 "November 2022 and December 2022")


def test_both_months_with_one_month_named_name_nothing(petro_series: dict[str, LossSeries]) -> None:
    nov = losses(petro_series["personnel"], date(2022, 11, 1), date(2022, 11, 30))
    text = f"In November, Russia lost {nov:,} troops, and losses grew in both months of the winter."
    assert _judged(text, petro_series)[nov][:2] == (ClaimKind.PERIOD, VerdictKind.CORRECT)
