"""An aside between commas ("..., включно з пораненими та загиблими, ...") keeps the subject's words (real article).

mezha.net (December 2024, uk9's n32 page 19) retold the UK's update: "За даними українського Генерального
штабу, середньодобові втрати російських сил, включно з пораненими та загиблими, склали 1523 особи." A
figure's own clause is read from the last comma before it (kinds.Cues.own_region), so "середньодобові"
fell outside it and the daily mean was judged as the latest day's losses. An aside that says what the
subject counts ("включно з ...", "including ...", "тобто ...") breaks no clause now; a comma that opens
another clause still does. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total, uk  # noqa: E402

DEC1 = date(2024, 12, 1)  # the report of 1 December: November's losses are all in


@pytest.mark.parametrize("make", [
    lambda n: (f"За даними Генерального штабу, середньодобові втрати російських сил, включно з пораненими та "
               f"загиблими, склали {uk(n)} особи."),
    lambda n: (f"The average daily losses of Russian forces, including the killed and wounded, amounted to {n:,}, "
               "according to Ukraine's General Staff."),
])
def test_the_subjects_average_is_the_figures(make: Callable[[int], str], petro_series: dict[str, LossSeries]) -> None:
    mean = round(losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30)) / 30)
    verdicts = {v.claim.value: v for v in check_text(make(mean), petro_series, as_of=DEC1).verdicts}
    assert verdicts[mean].claim.kind is ClaimKind.PERIOD and verdicts[mean].claim.measure == "mean"
    assert verdicts[mean].verdict is VerdictKind.CORRECT


def test_guard_a_comma_that_opens_a_clause_still_cuts(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = total(series, DEC1) - total(series, DEC1 - timedelta(days=1))
    text = (f"Середньодобові втрати російських сил зростають, а минулої доби окупанти втратили {uk(day)} "
            "військових, повідомив Генштаб.")
    verdicts = {v.claim.value: v for v in check_text(text, petro_series, as_of=DEC1).verdicts}
    assert (verdicts[day].claim.kind, verdicts[day].verdict) == (ClaimKind.DAY, VerdictKind.CORRECT)
