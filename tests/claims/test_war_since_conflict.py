""""Since the start of the conflict (in February 2022)" is the war-since phrase, as "of the war" is (real articles).

Rewrites of the General Staff's figures write "This brings the total estimated combat losses for
Russian forces since the start of the conflict in February 2022 to approximately 1,250,150
personnel." The phrase was not read as the invasion's start, so "February 2022" alone dated the
total: it was judged against the report of 28 February 2022 (5,300) and called incorrect. "The
conflict" now stands beside "the war", "the invasion" and "the aggression" in both war-since
forms. A day figure stays a day; a wrong total is still wrong against the latest report. True
values come from the series.
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

FEB12 = date(2026, 2, 12)
JAN29 = date(2025, 1, 29)


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts}


@pytest.mark.parametrize(("category", "make", "as_of"), [
    ("personnel", lambda n: "This brings the total estimated combat losses for Russian forces since the start of the "
                            f"conflict in February 2022 to approximately {n:,} personnel, the General Staff said.", FEB12),
    ("personnel", lambda n: f"Russia has lost {n:,} troops since the start of the conflict in February 2022, "
                            "Ukraine's General Staff said.", FEB12),
    ("personnel", lambda n: f"Russia has lost {n:,} soldiers since the conflict began in February 2022, "
                            "the General Staff reported.", JAN29),
    ("tanks", lambda n: f"Since the beginning of the conflict, Russia has lost {n:,} tanks, according to "
                        "Ukraine's General Staff.", JAN29),
    ("personnel", lambda n: f"The General Staff said Russia had lost {n:,} troops since the outset of the conflict "
                            "on February 24, 2022.", JAN29),
    ("artillery", lambda n: f"Since the conflict in Ukraine started, Russia has lost {n:,} artillery systems, "
                            "the General Staff said.", FEB12),
])
def test_a_total_since_the_conflicts_start_is_the_latest_reports(
    category: str, make: Callable[[int], str], as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _total(petro_series[category], as_of)
    assert _judged(make(true), petro_series, as_of)[true] == (category, ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_a_wrong_total_since_the_conflicts_start_is_wrong_against_the_latest_report(
    petro_series: dict[str, LossSeries],
) -> None:
    wrong = _total(petro_series["personnel"], FEB12) + 5_000
    text = f"Russia has lost {wrong:,} troops since the start of the conflict in February 2022, the General Staff said."
    verdict = next(v for v in check_text(text, petro_series, as_of=FEB12).verdicts if v.claim.value == wrong)
    assert (verdict.verdict, verdict.expected) == (VerdictKind.INCORRECT, wrong - 5_000)


def test_the_days_figure_before_it_stays_a_day(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = _total(series, FEB12) - _total(series, FEB12 - timedelta(days=1))
    text = (f"Russia lost {day} soldiers over the past day, bringing its losses since the start of the conflict "
            f"to {_total(series, FEB12):,}, the General Staff said.")
    assert _judged(text, petro_series, FEB12)[day] == ("personnel", ClaimKind.DAY, VerdictKind.CORRECT)
