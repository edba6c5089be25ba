"""A figure of people who "had died" counts the dead only, not the General Staff's killed and wounded.

Babel's English daily pages (23 and 25 Dec 2024) close with the same paragraph: "Moscow last officially
announced the death toll in September 2022, when it said 5,937 people had died." The figure is Moscow's
own count of its dead; "killed" and "dead" right after a figure's noun made it killed only, "had died"
did not, so the 5,937 was judged as the General Staff's personnel losses of September 2022 (incorrect).
The same pages' older wording, "then they declared 5 937 dead", was already out of scope. Only the
pluperfect is read: "soldiers have been killed since ..." renders the General Staff's count in English
(test_article_classes), so it stays judged; the guard's wordings of Moscow's own dead judge nothing (passes on both).
True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 12, 25)


def _judged(text: str, series: dict[str, LossSeries]) -> list[tuple[int, VerdictKind]]:
    return [(v.claim.value, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def _out(text: str, series: dict[str, LossSeries]) -> list[tuple[int, str]]:
    return [(o.value, o.reason) for o in check_text(text, series, as_of=AS_OF).out_of_scope]


def test_people_had_died(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2024, 12, 24), date(2024, 12, 24))
    text = (f"Over the past 24 hours, December 24, Russia lost {day:,} soldiers killed and wounded. "
            "Ukraine and Russia have been largely silent on their war casualties. Moscow last officially announced "
            "the death toll in September 2022, when it said 5,937 people had died.")
    assert _judged(text, petro_series) == [(day, VerdictKind.CORRECT)]
    assert [v for v, _ in _out(text, petro_series)] == [5937]


def test_other_wordings_of_the_dead_guard(petro_series: dict[str, LossSeries]) -> None:
    for wording in ("Moscow admitted that 1,351 soldiers have died in the first month.",
                    "Moscow said in March 2022 that 1,351 servicemen died in Ukraine.",
                    "Moscow said in March 2022 that 1,351 troops had been killed in Ukraine."):
        assert _judged(wording, petro_series) == [], wording
