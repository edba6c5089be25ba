"""Digits in brackets after a rounded figure give that figure exactly: "exceeded one thousand units (1,031)" (real articles).

Ukrinform on menafn (25 Apr 2025, date9's n32 page 01) quotes Syrskyi: "The Russian Federation's losses in
tanks alone since the beginning of the year have already exceeded one thousand units (1,031)." The
bracketed digits after a figure were read as that line's total ("9 бойових броньованих машин (23 384)"),
so 1,031 was judged as the tanks' total since the war began (incorrect against 10,703). Digits in
brackets that the figure before fairly describes (the verdict's own rounding rule), after a rounded or
hedged figure, are now that figure as printed: the same line, kind and time, exact. A bracketed figure
far from an exact day's figure stays its line's total. True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2025, 4, 25)


def test_the_bracketed_digits_are_the_rounded_figure_exactly(petro_series: dict[str, LossSeries]) -> None:
    tanks = petro_series["tanks"]
    since_new_year = total(tanks, _DAY) - total(tanks, date(2025, 1, 1))
    assert 1000 < since_new_year < 1250  # the premise: "more than one thousand" fairly describes it
    for text in (f"The Russian Federation's losses in tanks alone since the beginning of the year have already "
                 f"exceeded one thousand units ({since_new_year:,}).",
                 f"Russia has lost more than one thousand tanks ({since_new_year:,}) since the beginning of the year."):
        report = check_text(text, petro_series, as_of=_DAY)
        exact = [v for v in report.verdicts if v.claim.value == since_new_year]
        assert [(v.claim.category, v.claim.kind, v.verdict) for v in exact] == [
            ("tanks", ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_bracketed_total_after_a_days_figure_stays_the_total(petro_series: dict[str, LossSeries]) -> None:
    vehicles = petro_series["armoured_vehicles"]
    day = total(vehicles, _DAY) - total(vehicles, _DAY - timedelta(days=1))
    text = f"За минулу добу сили оборони знищили {day} бойових броньованих машин ({total(vehicles, _DAY)})."
    report = check_text(text, petro_series, as_of=_DAY)
    assert {(v.claim.kind, v.verdict) for v in report.verdicts} == {
        (ClaimKind.DAY, VerdictKind.CORRECT), (ClaimKind.TOTAL, VerdictKind.CORRECT)}
