""""N combat losses" is the General Staff's personnel figure (real articles).

IBTimes writes "The country suffered 45,850 combat losses among its personnel between the start of
the invasion ... and Thursday" — the General Staff's own heading is "the total combat losses of the
enemy". "Combat losses" after a figure was no noun the checker knew: the figure was left as "not
a loss figure", a missed claim. It is now a personnel noun, beside "casualties" and "troop losses".
A figure of equipment named after "combat losses of" keeps its category. True values come from
the series.
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
from series_truth import total as _total  # noqa: E402

AUG25 = date(2022, 8, 25)
NOV8 = date(2022, 11, 8)
DEC3 = date(2024, 12, 3)


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("make", "as_of", "kind"), [
    (lambda t, d: f"The country suffered {t:,} combat losses among its personnel between the start of the invasion "
                  "on Feb. 24 and Thursday, the General Staff said.", AUG25, ClaimKind.TOTAL),
    (lambda t, d: f"Russia has suffered {t:,} combat losses since February 2022, Ukraine's General Staff said.", DEC3,
     ClaimKind.TOTAL),
    (lambda t, d: f"The General Staff recorded {d} combat losses among Russian personnel within a day.", NOV8,
     ClaimKind.DAY),
    (lambda t, d: f"Over the past day, Russia sustained {d:,} combat losses, according to the General Staff.", DEC3,
     ClaimKind.DAY),
])
def test_combat_losses_are_the_personnel_figure(
    make: Callable[[int, int], str], as_of: date, kind: ClaimKind, petro_series: dict[str, LossSeries],
) -> None:
    series = petro_series["personnel"]
    total, day = _total(series, as_of), _total(series, as_of) - _total(series, as_of - timedelta(days=1))
    value = total if kind is ClaimKind.TOTAL else day
    assert _judged(make(total, day), petro_series, as_of)[value] == ("personnel", kind, VerdictKind.CORRECT)


def test_equipment_named_after_combat_losses_keeps_its_category(petro_series: dict[str, LossSeries]) -> None:
    tanks = _total(petro_series["tanks"], AUG25)
    text = f"Russia's combat losses of tanks reached {tanks:,}, the General Staff said."
    assert _judged(text, petro_series, AUG25)[tanks] == ("tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)
