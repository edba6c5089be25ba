"""A range whose high end is hedged ("from 600,000 to over 1,000,000") is a range, not its low end as a figure.

Page fresh11/13 (June 2025): "Russian casualties are considerably higher, with estimates ranging from 600,000 to
over 1,000,000 killed or wounded". The "over" after "to" hid the range, so 600,000 was judged as the running
total (incorrect) and "over 1,000,000" as a milestone. A range's high end may carry "over", "more than",
"понад": the two bound one range of estimates, out of scope as one (as "from 600,000 to 1,000,000" that a
change names is). A hedged figure alone is still judged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2025, 6, 12)


def test_a_range_of_estimates_with_a_hedged_high_end(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian casualties are considerably higher, with estimates ranging from 600,000 to over 1,000,000 "
            "killed or wounded.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert not report.verdicts
    assert {o.value for o in report.out_of_scope if "range" in o.reason} == {600_000, 1_000_000}


def test_a_hedged_figure_alone(petro_series: dict[str, LossSeries]) -> None:
    mark = total(petro_series["personnel"], AS_OF) // 100_000 * 100_000
    text = f"Russia has lost over {mark:,} soldiers since February 2022, the General Staff said."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(mark, VerdictKind.CORRECT)]
