"""The day and month of a numeric date are no figures (real articles).

A Newsweek rewrite on ruetir.com (4 Oct 2023) dated its source '... such as quoted from Newsweek,
Wednesday (4/10/2023).' and '4' and '10' were judged as the day's personnel (incorrect twice). A
number followed by '/month/year' or '/year' is now a date's part (lexicon.OUT_UNIT_AFTER, read in
the 40 characters after each number as the other units are); the General Staff's totals in the
sentence keep their verdicts (true values from the series).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total  # noqa: E402

OCT3 = date(2023, 10, 3)


@pytest.mark.parametrize("stamp", ["Tuesday (3/10/2023)", "on 03/10/2023", "(3/10/2023)"])
def test_a_numeric_dates_parts_are_no_figures(stamp: str, petro_series: dict[str, LossSeries]) -> None:
    people, tanks = total(petro_series["personnel"], OCT3), total(petro_series["tanks"], OCT3)
    text = f"The General Staff said Moscow has lost {people:,} troops and {tanks:,} tanks since February 2022, {stamp}."
    report = check_text(text, petro_series, as_of=OCT3)
    assert sorted((v.claim.value, v.verdict) for v in report.verdicts) == sorted(
        [(people, VerdictKind.CORRECT), (tanks, VerdictKind.CORRECT)])
