"""Both sides' losses together ("The total number of military casualties on both sides is nearing 1.4 million",
"the total losses of both sides already amount to about 1.8 million", "втрати обох сторін") are no count of
Russia's losses: out of scope, never judged against the General Staff's series.

kyivindependent.com (4 Jun 2025, attr11/09) and komersant.ua (28 Jan 2026, attr10/05) retold CSIS's sums of
the two armies' casualties; the checker read them as Russia's and judged them incorrect against the General
Staff's total. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

DAY = date(2025, 6, 4)
BOTH_SIDES_REASON = "both sides' losses together, not Russia's alone"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The total number of military casualties on both sides is nearing 1.4 million, including "
                     "approximately 400,000 Ukrainian soldiers killed or injured.", 1_400_000, id="on-both-sides-before"),
        pytest.param("Taking into account those missing in action, the total losses of both sides already amount "
                     "to about 1.8 million.", 1_800_000, id="of-both-sides"),
        pytest.param("The report estimated that combined Russian and Ukrainian casualties may be as high as "
                     "1.8 million.", 1_800_000, id="combined-russian-and-ukrainian"),
        pytest.param("As many as 1.2 million soldiers have been killed or wounded on both sides since the invasion.",
                     1_200_000, id="on-both-sides-after"),
        pytest.param("Загальні втрати обох сторін уже сягнули 1,8 мільйона.", 1_800_000, id="uk-obokh-storin"),
    ],
)
def test_both_sides_losses_together_are_not_judged(petro_series: dict[str, LossSeries], text: str, value: int) -> None:
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [(o.value, o.reason) for o in report.out_of_scope if o.value == value] == [(value, BOTH_SIDES_REASON)]


@pytest.mark.parametrize(
    "template",
    [
        pytest.param("Casualties on both sides are mounting, and Russia has lost {value} soldiers, Ukraine's General "
                     "Staff said.", id="both-sides-in-another-clause"),
        pytest.param("Ukraine's General Staff says Russia has lost {value} troops; losses on both sides are hard to "
                     "verify.", id="both-sides-after-a-stop"),
    ],
)
def test_russias_figure_beside_both_sides_is_judged(petro_series: dict[str, LossSeries], template: str) -> None:
    value = total(petro_series["personnel"], DAY)
    report = check_text(template.format(value=f"{value:,}"), petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]


def test_russias_figure_in_ukrainian_beside_both_sides_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = f"Втрати обох сторін великі, а Росія, за даними Генштабу ЗСУ, втратила {uk(value)} військових."
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
