"""A figure the United States gave ("the United States spoke of «more than 100,000 casualties»") is its own count.

news360 (15 Nov 2022, scope11/02) closed its General Staff figures with "Zelenski noted last week ... that Moscow
has lost «ten times» more military personnel than Kiev ..., while the United States spoke of «more than 100,000
casualties» Russian dead and wounded". lexicon.OTHER_SOURCE read the United States' bodies ("U.S. officials",
"U.S. intelligence", "the Pentagon"), not the country as the speaker, so the figure was judged as a mark of the
General Staff's total (82,080; incorrect). "the United States spoke of / said / estimated / puts ..." now names
another counting body. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 11, 15)


@pytest.mark.parametrize("verb", ["spoke of", "has estimated", "says"])
def test_the_united_states_figure_is_not_judged(verb: str, petro_series: dict[str, LossSeries]) -> None:
    text = f"Meanwhile the United States {verb} more than 100,000 Russian casualties, dead and wounded."
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert 100000 in [o.value for o in report.out_of_scope]


def test_the_general_staffs_total_before_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"The General Staff said about {value:,} Russian military have been liquidated. Meanwhile the United "
            "States spoke of more than 100,000 Russian casualties, dead and wounded.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
