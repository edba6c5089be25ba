"""One figure said of each of two categories ("four more tanks and artillery systems each") is each one's.

Newsweek (20 Nov 2023) wrote "They also destroyed four more Russian tanks and artillery systems each,
increasing the enemy's total losses to 5,439 and 7,748, respectively". The figure was read as the sum of the
two lines (tanks+artillery, 8 that day) and judged incorrect; "each" after the nouns makes it the figure of
each category: two claims, one per line. Without "each" the pair is still their sum. True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

_DAY = date(2023, 11, 19)  # a loss day with as many tanks as artillery systems
_AS_OF = date(2023, 11, 20)


def test_a_figure_of_each_category(petro_series: dict[str, LossSeries]) -> None:
    tanks = losses(petro_series["tanks"], _DAY, _DAY)
    assert tanks == losses(petro_series["artillery"], _DAY, _DAY)  # the premise
    text = (f"Ukraine's General Staff said on Monday that its forces also destroyed {tanks} more Russian tanks "
            "and artillery systems each over the past day.")
    found = [(v.claim.category, v.claim.kind, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=_AS_OF).verdicts]
    assert found == [("tanks", ClaimKind.DAY, tanks, VerdictKind.CORRECT),
                     ("artillery", ClaimKind.DAY, tanks, VerdictKind.CORRECT)]


def test_without_each_the_pair_is_their_sum(petro_series: dict[str, LossSeries]) -> None:
    both = losses(petro_series["tanks"], _DAY, _DAY) + losses(petro_series["artillery"], _DAY, _DAY)
    text = (f"Ukraine's General Staff said on Monday that its forces also destroyed {both} more Russian tanks "
            "and artillery systems over the past day.")
    found = [(v.claim.category, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=_AS_OF).verdicts]
    assert found == [("tanks+artillery", both, VerdictKind.CORRECT)]
