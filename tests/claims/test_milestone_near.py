"""Milestones not yet passed ("days away from 800,000", "approaching the mark") and marks passed."""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.claims.lexicon import milestone_near
from attrition.model.series import build_series

# A tiny hand-made record: personnel reports of 2025-01-05 .. 2025-01-08; 800,000 passed on the 7th.
SERIES = {
    "personnel": build_series("personnel", [
        (date(2025, 1, 5), 796_490, None, True, ("test",)),
        (date(2025, 1, 6), 798_040, None, True, ("test",)),
        (date(2025, 1, 7), 800_010, None, True, ("test",)),
        (date(2025, 1, 8), 801_670, None, True, ("test",)),
    ]),
}


def test_near_wording_is_found_before_and_after_the_number() -> None:
    text = "The 800,000 milestone is days away. Losses are approaching the 800,000 mark."
    first, second = text.index("800,000"), text.rindex("800,000")
    assert milestone_near(text, first, first + 7, 0, 35) == "800,000 milestone is days away"
    assert milestone_near(text, second, second + 7, 36, len(text)) == "approaching the 800,000 mark"
    assert milestone_near("Russia lost 800,000 troops.", 12, 19, 0, 27) is None


def test_days_away_before_the_crossing_is_correct_and_says_when_it_was_passed() -> None:
    text = "The 800,000 milestone is days away, with losses at 796,490."
    verdicts = check_text(text, SERIES, as_of=date(2025, 1, 5)).verdicts
    mark = next(v for v in verdicts if v.claim.value == 800_000)
    assert mark.claim.kind.value == "milestone"
    assert mark.verdict is VerdictKind.CORRECT
    assert "passed in the report of 7 Jan 2025" in mark.explanation


def test_days_away_after_the_crossing_is_incorrect_and_says_when() -> None:
    (v,) = check_text("Russia's losses are days away from 800,000.", SERIES, as_of=date(2025, 1, 8)).verdicts
    assert v.verdict is VerdictKind.INCORRECT
    assert '"days away from 800,000"' in v.explanation
    assert "first reached 800,000 in the report of 7 Jan 2025" in v.explanation


def test_approaching_quotes_its_own_wording_not_the_day_it_passed() -> None:
    text = "Russia's losses are approaching the 800,000 mark, the General Staff said on January 5, 2025."
    (v,) = check_text(text, SERIES, as_of=date(2025, 1, 8)).verdicts
    assert v.verdict is VerdictKind.ROUNDED
    assert '"approaching the 800,000 mark"' in v.explanation
    assert "the day it passed" not in v.explanation


def test_passed_before_the_crossing_gives_the_total_and_the_gap() -> None:
    (v,) = check_text("Russian losses have surpassed the 800,000 mark.", SERIES, as_of=date(2025, 1, 5)).verdicts
    assert v.verdict is VerdictKind.INCORRECT
    assert "796,490, 3,510 short" in v.explanation


def test_ukrainian_near_wording_is_explained_in_ukrainian() -> None:
    (v,) = check_text("Втрати росії наближаються до позначки 800 тисяч.", SERIES, as_of=date(2025, 1, 5),
                      lang="uk").verdicts
    assert v.verdict is VerdictKind.CORRECT
    assert v.claim.milestone_near == "наближаються до позначки 800 тисяч"


def test_the_mark_passed_on_a_date_is_a_milestone_claim() -> None:
    (v,) = check_text("The 800,000 mark was passed on January 7.", SERIES, as_of=date(2025, 1, 8)).verdicts
    assert v.claim.kind.value == "milestone"
    assert v.verdict is VerdictKind.CORRECT


def test_days_away_needs_the_forecast_within_two_weeks() -> None:
    from datetime import timedelta

    rows = [(date(2026, 6, 1) + timedelta(days=i), 1_400_000 + 1_400 * i, None, True, ("t",))
            for i in range(70)]  # 1,400 a day: 1,496,600 on 2026-08-09
    series = {"personnel": build_series("personnel", rows)}
    far = check_text("Losses are days away from 1,500,000.", series, as_of=date(2026, 7, 12))
    near = check_text("Losses are days away from 1,500,000.", series, as_of=date(2026, 8, 5))
    approaching = check_text("Losses are approaching 1,500,000.", series, as_of=date(2026, 7, 12))
    assert far.verdicts[0].verdict is not VerdictKind.CORRECT  # 28 days to go
    assert near.verdicts[0].verdict is VerdictKind.CORRECT  # 7 days to go
    assert approaching.verdicts[0].verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}
