"""The last item of a list of figures may be one piece of equipment in the singular, its "1"
unsaid, after "і/та/й" ("ЗСУ знищили 35 артилерійських систем і реактивну систему залпового
вогню"): the figure before it is its own line's, and the singular item is that line's 1. Before,
the pair was read as one composite category (artillery + MLRS) and judged against the sum
(incorrect by one), and the MLRS was never judged.

A plural second noun is still summed with the first ("26 танків і бойових броньованих машин"),
and the lines the General Staff merged stay that line.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2024, 11, 4)  # the report of 4 Nov 2024: the day of 3 Nov, one MLRS among its losses


def _day(series: LossSeries) -> int:
    return total(series, AS_OF) - total(series, AS_OF - timedelta(days=1))


@pytest.mark.parametrize(("first", "template"), [
    ("artillery", "ЗСУ знищили {n} артилерійських систем і реактивну систему залпового вогню росіян."),
    ("artillery", "За добу Сили оборони знищили {n} артсистем та реактивну систему залпового вогню."),
    ("tanks", "Минулої доби ворог втратив {n} танків і реактивну систему залпового вогню."),
    ("armoured_vehicles", "Минулої доби окупанти втратили {n} бойових броньованих машин й реактивну систему залпового вогню."),
])
def test_a_figure_then_one_item_in_the_singular_are_two_lines(
    first: str, template: str, petro_series: dict[str, LossSeries],
) -> None:
    assert _day(petro_series["mlrs"]) == 1
    n = _day(petro_series[first])
    report = check_text(template.format(n=n), petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts] == [
        (first, n, ClaimKind.DAY, VerdictKind.CORRECT), ("mlrs", 1, ClaimKind.DAY, VerdictKind.CORRECT)]


def test_a_plural_second_noun_is_still_summed(petro_series: dict[str, LossSeries]) -> None:
    both = _day(petro_series["tanks"]) + _day(petro_series["armoured_vehicles"])
    text = f"ЗСУ знищили {both} танків і бойових броньованих машин."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
        ("tanks+armoured_vehicles", VerdictKind.CORRECT)]
