"""Another government named by its capital ("according to London") or as its officials ("officials in the
United States") gives its own estimate: out of scope, not the General Staff's figure.

Newsweek retold by patrioticpost.com (17 Mar 2024; page fresh10/16): "Over 335,000 Russians have reportedly
died throughout this time, according to London." was judged "correct" as a mark the General Staff's total
(430,740) had passed. Newsweek retold by speakrights.com (27 May 2023; page fresh10/37): "Defense officials
in the United States have estimated similar numbers, with a leaked February report putting the range from
189,500 to 223,000, of which 35,500 to 43,000 were soldiers killed in action" had its ranges judged as the
General Staff's total (one "correct", one "incorrect"). Kyiv's own figure in the same text stays judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("day", "sentence"), [
    (date(2024, 3, 17), "Over 335,000 Russians have been killed or wounded throughout this time, according to London."),
    (date(2024, 3, 17), "Washington estimates that more than 315,000 Russian troops have been killed or wounded."),
    (date(2023, 5, 27), "Defense officials in the United States have estimated that Russia has lost around 200,000 troops."),
])
def test_the_other_governments_figure_is_not_judged(
    day: date, sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    value = total(petro_series["personnel"], day)
    text = f"Russia has lost {value:,} troops since the invasion began, Kyiv said. {sentence}"
    report = check_text(text, petro_series, as_of=day)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
    assert len(report.out_of_scope) == 1
