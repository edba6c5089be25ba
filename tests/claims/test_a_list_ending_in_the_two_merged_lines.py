"""A list whose last two items are the lines the General Staff merged sums their merged line with the rest.

Newsweek (23 Jan 2024, en9's n32 page 19): "Russia lost 960 troops, a combined total of 124 armored combat
vehicles, military vehicles and fuel tanks, and 51 artillery systems in a single day". "military vehicles"
and "fuel tanks" are the two lines merged on 1 May 2022 into "vehicles and fuel tanks", so the list was
refused as one naming a line twice and 124 was judged as armoured vehicles alone (incorrect against 59).
The last two items of a list, when they are such a pair, are now one item, the line they were merged
into: 124 is the sum of armoured vehicles and vehicles and fuel tanks. A list of three lines of their own
is still their sum. True values come from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2024, 1, 23)


def _day(series: LossSeries) -> int:
    return total(series, _DAY) - total(series, _DAY - timedelta(days=1))


def _judged(text: str, series: dict[str, LossSeries], value: int) -> set[tuple[str, ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=_DAY)
    return {(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value}


def test_the_merged_pair_closing_a_list_is_one_line(petro_series: dict[str, LossSeries]) -> None:
    both = _day(petro_series["armoured_vehicles"]) + _day(petro_series["vehicles_fuel_tanks"])
    text = (f"Russia lost 960 troops, a combined total of {both} armored combat vehicles, military vehicles and "
            "fuel tanks, and 51 artillery systems in a single day, Kyiv's military said in an update on Tuesday.")
    assert _judged(text, petro_series, both) == {
        ("armoured_vehicles+vehicles_fuel_tanks", ClaimKind.DAY, VerdictKind.CORRECT)}


def test_a_list_of_three_lines_of_their_own_is_still_their_sum(petro_series: dict[str, LossSeries]) -> None:
    keys = ("tanks", "armoured_vehicles", "artillery")
    three = sum(_day(petro_series[k]) for k in keys)
    text = (f"Russia lost 960 troops and a combined total of {three} tanks, armored combat vehicles and artillery "
            "systems in a single day, Kyiv's military said in an update on Tuesday.")
    assert _judged(text, petro_series, three) == {("+".join(keys), ClaimKind.DAY, VerdictKind.CORRECT)}
