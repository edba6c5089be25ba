""""Up to N" with N the General Staff's own figure is correct: the bound itself is the figure, as for "at
least N" (rounding.match).

idomavoice retelling dpa (25 Feb 2022): "The ministry also estimated that up to 80 tanks, more than 500 other
military vehicles, 10 aircraft and seven helicopters had been destroyed." (the report of that day: 80 tanks);
Breitbart (3 Mar 2022): "The Ukrainian government claims the number of Russian casualties is many times
higher, up to 9,000 in total." (the report of that day: 9,000). Both were judged incorrect, "80, not less
than 80": an upper bound was met only strictly below it. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("key", "day", "words"), [
    ("tanks", date(2022, 2, 25), "The ministry also estimated that up to {} tanks, more than 500 other military "
                                 "vehicles, 10 aircraft and seven helicopters had been destroyed."),
    ("personnel", date(2022, 3, 3), "The Ukrainian government claims the number of Russian casualties is many "
                                    "times higher, up to {} in total."),
])
def test_up_to_the_figure_itself_is_correct(
    key: str, day: date, words: str, petro_series: dict[str, LossSeries],
) -> None:
    value = total(petro_series[key], day)
    report = check_text(words.format(f"{value:,}"), petro_series, as_of=day)
    found = [(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(key, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_up_to_a_figure_below_the_total_is_still_incorrect(petro_series: dict[str, LossSeries]) -> None:
    day = date(2022, 2, 25)
    value = total(petro_series["tanks"], day) - 20
    text = (f"The ministry also estimated that up to {value} tanks, more than 500 other military vehicles, 10 "
            "aircraft and seven helicopters had been destroyed.")
    report = check_text(text, petro_series, as_of=day)
    assert [v.verdict for v in report.verdicts if v.claim.value == value] == [VerdictKind.INCORRECT]
