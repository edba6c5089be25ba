""""1-million" is one million: a hyphen may join a figure to its multiplier word (real articles).

Newsweek's headline "Russian War Losses Pass Grim 1-Million Milestone" was read as two figures,
"1" and "Million", each judged as a day's losses and called incorrect. The number pattern now
takes a hyphen where it took a space before a multiplier word ("1-million", "1.2-million",
"$1-billion"), so the headline is the 1,000,000 milestone. Money and troop strength written so
stay out of scope. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

JUN13 = date(2025, 6, 13)
JAN20 = date(2026, 1, 20)


@pytest.mark.parametrize(("text", "value"), [
    ("1-Million Milestone", 1_000_000),
    ("a 1.2-million toll", 1_200_000),
    ("the 800-thousand mark", 800_000),
    ("1,5-мільйона", 1_500_000),
])
def test_a_hyphen_joins_a_figure_to_its_multiplier(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(("text", "as_of", "value"), [
    ("Russian War Losses Pass Grim 1-Million Milestone\n\nRussian casualties have surpassed 1 million, according "
     "to Kyiv's General Staff.", JUN13, 1_000_000),
    ("Russia has lost over 1.2-million troops since February 2022, Ukraine's General Staff said.", JAN20, 1_200_000),
    ("Russia's losses are nearing the 1-million mark, the General Staff said.", date(2025, 6, 10), 1_000_000),
])
def test_a_hyphenated_million_is_judged_as_one_figure(
    text: str, as_of: date, value: int, petro_series: dict[str, LossSeries],
) -> None:
    verdicts = check_text(text, petro_series, as_of=as_of).verdicts
    assert {v.claim.value for v in verdicts} <= {value}
    assert [(v.claim.kind, v.verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}) for v in verdicts][:1] == [
        (ClaimKind.MILESTONE, True)]
    assert _total(petro_series["personnel"], as_of) > 900_000


@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost equipment worth $1-billion in May, the General Staff said.", 1_000_000_000),
    ("Putin ordered a 1.5-million-strong army, the General Staff said.", 1_500_000),
])
def test_money_and_strength_stay_out_of_scope(text: str, value: int, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=JUN13)
    assert value not in {v.claim.value for v in report.verdicts}
    assert value in {o.value for o in report.out_of_scope}
