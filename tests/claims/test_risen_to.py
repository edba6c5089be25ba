""""До" after a verb of growth or a count brought up is "to", not "up to": "довівши їхню загальну
кількість до 11 603 одиниць", "втрати зросли до 1 233 020", "збільшилися до". Before, each was read
as "at most" the figure ("менше ніж 11 603"), and a total below the true one was called correct.
"До" alone before a figure ("знищено до 400") stays "up to".
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.lexicon import Comparator
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2026, 1, 24)


@pytest.mark.parametrize("template", [
    "Минулої доби знищено 4 танки, що довело їхню загальну кількість до {n} одиниць танків.",
    "Загальні втрати танків зросли до {n}.",
    "Захисники знищили ще 4 танки, довівши їхню загальну кількість до {n} танків.",
])
def test_to_after_growth_is_exact(template: str, petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], AS_OF)
    for value, verdict in ((tanks, VerdictKind.CORRECT), (tanks - 40, VerdictKind.INCORRECT)):
        report = check_text(template.format(n=uk(value)), petro_series, as_of=AS_OF)
        found = [(v.claim.comparator, v.verdict) for v in report.verdicts if v.claim.value == value]
        assert found == [(Comparator.EXACT, verdict)]


def test_up_to_alone_stays_at_most(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Загалом Росія втратила до 20 000 танків.", petro_series, as_of=AS_OF)
    assert [v.claim.comparator for v in report.verdicts] == [Comparator.AT_MOST]
