"""A headline's bare round figure takes the hedge the body states it with ("Putin Loses 6,000 Troops in 2 Weeks" ... "more than 6,000").

Headlines drop "more than", "nearly", "about" for room. Newsweek's "Putin Loses 6,000 Troops in 2 Weeks"
(30 Nov 2022, head10 page 14) opens "Putin lost more than 6,000 of his troops in two weeks" (6,170);
the Daily Mail's "Russia has now lost 400,000 troops in Ukraine" (16 Feb 2024, date9 page 23) opens
"Russia has lost more than 400,000 soldiers" (400,300). The headline was judged as an exact figure
(6,000 for 6,170: incorrect; 400,000 for 400,300: rounded, and in self mode the article was not dated by
the mark) while the body's hedged statement was set aside as a restatement. extract: a headline's bare
round figure takes the comparator of the body's first statement of the same line, kind and time (a bare
total and a mark passed both being the running total). A figure the body states bare stays exact, and
a headline's "Top 1 Million" keeps its verb. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_WEDNESDAY = date(2022, 11, 30)  # the past 14 reports: 6,170 troops
_FEB16 = date(2024, 2, 16)  # 400,300 troops


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    verdicts = check_text(text, series, as_of=as_of).verdicts
    return {v.claim.value: (v.claim.kind, v.verdict) for v in sorted(verdicts, key=lambda v: -v.claim.start)}


def _thousands_down(series: LossSeries, as_of: date, days: int, unit: int) -> int:
    true = total(series, as_of) - total(series, date.fromordinal(as_of.toordinal() - days))
    return true // unit * unit


def test_a_headlines_round_figure_takes_the_bodys_more_than(petro_series: dict[str, LossSeries]) -> None:
    mark = _thousands_down(petro_series["personnel"], _WEDNESDAY, 14, 1_000)
    text = (f"Putin Loses {mark:,} Troops in 2 Weeks as Russia's Weaknesses Exposed: Ukraine\n\n"
            f"Russian President Vladimir Putin lost more than {mark:,} of his troops in two weeks.")
    assert _judged(text, petro_series, _WEDNESDAY)[mark] == (ClaimKind.PERIOD, VerdictKind.ROUNDED)


def test_a_headlines_bare_total_takes_the_bodys_mark_passed(petro_series: dict[str, LossSeries]) -> None:
    mark = total(petro_series["personnel"], _FEB16) // 100_000 * 100_000
    text = (f"Russia has now lost {mark:,} troops in Ukraine: Grim milestone for Putin\n\n"
            f"Russia has lost more than {mark:,} soldiers to death or injury, according to Kyiv.")
    assert _judged(text, petro_series, _FEB16)[mark] == (ClaimKind.MILESTONE, VerdictKind.CORRECT)


def test_a_figure_the_body_states_bare_stays_exact(petro_series: dict[str, LossSeries]) -> None:
    mark = _thousands_down(petro_series["personnel"], _WEDNESDAY, 14, 1_000)
    text = (f"Putin Loses {mark:,} Troops in 2 Weeks as Russia's Weaknesses Exposed: Ukraine\n\n"
            f"Russian President Vladimir Putin lost {mark:,} of his troops in two weeks.")
    assert _judged(text, petro_series, _WEDNESDAY)[mark] == (ClaimKind.PERIOD, VerdictKind.INCORRECT)
