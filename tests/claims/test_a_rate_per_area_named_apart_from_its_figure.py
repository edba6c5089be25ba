"""A rate per square kilometre is no loss figure, when its words stand apart from the figure too.

The Concis (September 2025; page fresh11/16): "The casualty rate per square kilometer dropped from 133 in 2024 to
just under 100 in 2025": both were judged as the year's losses (incorrect). Forces News (January 2025;
fresh11/18): "More than a hundred Russian troops were killed or injured for every square kilometre of Ukraine
they seized last year": judged as 2024's losses (incorrect). The rate named before its figures in the clause
("per square kilometer dropped from 133 ... to ... 100"), or after the figure and its noun and verb ("a hundred
Russian troops were killed or injured for every square kilometre"), makes them rates per area, out of scope.
A loss figure in a clause of its own after "and" is still judged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2026, 1, 10)


def test_the_rate_named_before_its_figures(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31))
    text = ("The casualty rate per square kilometer dropped from 133 in 2024 to just under 100 in 2025, while "
            f"the General Staff counted {year:,} Russian casualties in 2025.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(year, VerdictKind.CORRECT)]
    assert {o.value for o in report.out_of_scope if "per area" in o.reason} == {133, 100}


def test_the_rate_named_after_the_figures_noun_and_verb(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    text = ("More than 100 Russian troops were killed or injured for every square kilometre of Ukraine they seized "
            f"in 2024, and Russia lost {year:,} soldiers in 2024, the General Staff said.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(year, VerdictKind.CORRECT)]
