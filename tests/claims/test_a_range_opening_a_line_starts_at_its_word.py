"""A range of days that opens a line starts at its opening word: the line before is no part of it.

The Concis (September 2025; page fresh11/16): the headline "Putin's Losing Bet: 700,000 Casualties for 6,000 Square
Kilometers—And It's About to Get Worse", then the line "Between January 1 and August 30, 2025, the Russian military
suffered 297,000 casualties". The range was taken to start at the last word before "Between", across the line
break, so it lay in no sentence: its days 1 and 30 were judged as day figures and 297,000 as the running total
(all incorrect). The range starts at "between" ("from", "з") itself. The same range within a line is unchanged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2025, 9, 1)


def _read(text: str, petro_series: dict[str, LossSeries]) -> list[tuple[int, str, VerdictKind]]:
    report = check_text(text, petro_series, as_of=AS_OF)
    return [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts]


def test_a_range_opening_the_line_after_a_headline(petro_series: dict[str, LossSeries]) -> None:
    part = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 8, 30))
    text = ("Russia's Losing Bet in Ukraine\n"
            f"Between January 1 and August 30, 2025, the Russian military suffered {part:,} casualties.")
    assert _read(text, petro_series) == [(part, "period", VerdictKind.CORRECT)]


def test_the_same_range_within_a_line(petro_series: dict[str, LossSeries]) -> None:
    part = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 8, 30))
    text = (f"Russia's Losing Bet in Ukraine. Between January 1 and August 30, 2025, the Russian military "
            f"suffered {part:,} casualties.")
    assert _read(text, petro_series) == [(part, "period", VerdictKind.CORRECT)]
