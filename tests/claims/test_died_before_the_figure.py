"""A figure right after a verb of dying ("загинуло 100 тисяч") counts the dead alone: out of scope.

TSN (7 December 2025), retelling The Economist: "Держсекретар США Марко Рубіо повідомив, що лише у
першій половині 2025 року загинуло 100 тисяч російських солдатів." The General Staff counts the killed
and the wounded together, yet the 100,000 was judged as its sum for the first half of 2025 (incorrect
against 230,180). A past-tense "загинуло / загинули / загинула / загинув" right before the figure (a hedge
between) now makes it a killed-only figure, like "загиблими" or "killed" after it; "загинули або були
поранені" puts the wounded between and is not matched, and a verb of dying after the figure is another's.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

KILLED = "killed only (the General Staff counts killed and wounded together)"


@pytest.mark.parametrize(("as_of", "text", "value"), [
    (date(2025, 12, 7), "Держсекретар США Марко Рубіо повідомив, що лише у першій половині 2025 року загинуло 100 тисяч "
                        "російських солдатів.", 100_000),
    (date(2025, 12, 7), "За його словами, у 2025 році загинули близько 120 тисяч російських військових.", 120_000),
    (date(2024, 6, 1), "Від початку вторгнення в Україні загинуло понад 50 000 росіян.", 50_000),
])
def test_a_figure_after_a_verb_of_dying_is_killed_only(
    as_of: date, text: str, value: int, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert (value, KILLED) in {(o.value, o.reason) for o in report.out_of_scope}


def test_a_verb_of_dying_after_the_figure_is_not_its_own(petro_series: dict[str, LossSeries]) -> None:
    report = date(2025, 12, 7)
    day = report - timedelta(days=1)
    value = losses(petro_series["personnel"], day, day)
    text = f"За минулу добу Сили оборони ліквідували {uk(value)} окупантів, повідомив Генштаб; двоє цивільних загинули."
    verdicts = check_text(text, petro_series, as_of=report).verdicts
    assert [(v.claim.value, v.verdict) for v in verdicts] == [(value, VerdictKind.CORRECT)]
