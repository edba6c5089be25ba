"""A figure whose next sentence, in its paragraph, splits it by what became of the equipment ("Among the
destroyed equipment, 3,704 tanks were affected. Of these, 2,635 were destroyed, 534 were captured") is the
open-source count named before (Oryx), as the splitting sentence itself is (clauses.estimate_wording).

Kyiv Independent (25 Jan 2025): Oryx named in the first paragraph, the 3,704 tanks two paragraphs on; the
splitting sentence was Oryx's but the figure it splits was judged against the General Staff's tanks (9,859,
incorrect). True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2025, 1, 25)
_ORYX = ("The Russian military has lost at least 20,027 units of equipment since the beginning of its full-scale "
         "invasion of Ukraine, according to an analysis by the Oryx project.\n\nThe majority of these losses—15,051 "
         "units—were destroyed, while 852 were reported as damaged.\n\n")


def test_the_figure_the_next_sentence_splits_is_oryxs(petro_series: dict[str, LossSeries]) -> None:
    text = _ORYX + ("Among the destroyed equipment, 3,704 tanks were affected. Of these, 2,635 were destroyed, 534 "
                    "were captured, and the remainder were either damaged or abandoned.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert 3704 not in [v.claim.value for v in report.verdicts]
    assert 3704 in [o.value for o in report.out_of_scope]


def test_a_split_in_the_next_paragraph_leaves_the_figure_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["tanks"], _DAY)
    text = _ORYX + (f"Russia has lost {value:,} tanks since the start of the invasion.\n\nOf these, 2,635 were "
                    "destroyed, 534 were captured, and the remainder were either damaged or abandoned.")
    report = check_text(text, petro_series, as_of=_DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
