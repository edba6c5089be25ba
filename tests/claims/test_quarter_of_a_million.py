""""A quarter of a million" is 250,000, not "a million" (real articles).

Newsweek's year review (headlinenavi.com, 1 Jan 2024): "Moscow lost more than a quarter of a million
troops in 2023, according to the latest report from Ukraine's military" was read as "a million" and
judged incorrect against 2023's 253,290. A share word before a multiplier ("a quarter of a million",
"three quarters of a million", "three-quarters of a million", "a quarter million", "чверть мільйона")
is that share of it; "the first quarter of 2024" and "a quarter of the losses" are no figures. True
values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import total as _total  # noqa: E402

OK = {VerdictKind.CORRECT, VerdictKind.ROUNDED, VerdictKind.CORRECT_OTHER_CONVENTION}


@pytest.mark.parametrize(("text", "values"), [
    ("more than a quarter of a million troops", [250_000]),
    ("one quarter of a million", [250_000]),
    ("a quarter million casualties", [250_000]),
    ("three quarters of a million", [750_000]),
    ("three-quarters of a million soldiers", [750_000]),
    ("майже чверть мільйона окупантів", [250_000]),
    ("чверть тисячі танків", [250]),
    ("the first quarter of 2024", [2024]),
    ("a quarter of the losses", []),
])
def test_a_share_of_a_multiplier_is_one_figure(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(("text", "as_of", "value"), [
    ("Moscow lost more than a quarter of a million troops in 2023, according to the latest report from "
     "Ukraine's military.", date(2024, 1, 1), 250_000),
    ("Russia has lost three quarters of a million soldiers since February 2022, Ukraine's General Staff "
     "said.", date(2024, 12, 7), 750_000),
    ("За 2023 рік росія втратила понад чверть мільйона військових, повідомив Генштаб ЗСУ.",
     date(2024, 1, 1), 250_000),
])
def test_a_quarter_of_a_million_is_judged_as_such(
    text: str, as_of: date, value: int, petro_series: dict[str, LossSeries],
) -> None:
    verdicts = check_text(text, petro_series, as_of=as_of).verdicts
    assert [v.claim.value for v in verdicts] == [value]
    assert verdicts[0].verdict in OK
    personnel = petro_series["personnel"]
    assert _losses(personnel, date(2023, 1, 1), date(2023, 12, 31)) == 253_290
    assert _total(personnel, date(2024, 12, 7)) == 751_910
