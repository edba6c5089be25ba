"""A figure "during the Kursk operation" is that operation's, not the national total (real articles).

Babel's English page (6 Nov 2024): "Russia lost almost 7 905 soldiers during the Kursk operation, the
Commander-in-Chief of the Armed Forces Oleksandr Syrskyi said." The place was read only after "in",
"near", "at", "під" and the like, so the 7,905 (and the headline's "almost 8 000") were judged
against the General Staff's running total of 702,900 (incorrect, both modes). "during", "throughout",
"під час" and "за час" before a named place now make the figure one place's too.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

NOV6 = date(2024, 11, 6)
SECTOR = "a figure for one place or direction; the General Staff reports national totals only"


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=NOV6)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost almost 7 905 soldiers during the Kursk operation, the Commander-in-Chief of the Armed Forces "
     "Oleksandr Syrskyi said.", 7905),
    ("Throughout the Kursk offensive, Russian forces have lost 20,842 troops killed and wounded.", 20842),
    ("Під час Курської операції росіяни втратили 7905 військових, повідомив Сирський.", 7905),
])
def test_a_figure_during_a_places_operation_is_that_places(text: str, value: int,
                                                           petro_series: dict[str, LossSeries]) -> None:
    assert _outcome(text, petro_series, value) == SECTOR


def test_the_national_total_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    gs = total(petro_series["personnel"], NOV6)
    text = ("Russia lost almost 7 905 soldiers during the Kursk operation, Syrskyi said.\n\n"
            f"During the full-scale war Russia has lost {gs:,} troops, the General Staff reported on Nov. 6.")
    assert _outcome(text, petro_series, 7905) == SECTOR
    assert _outcome(text, petro_series, gs) is VerdictKind.CORRECT
