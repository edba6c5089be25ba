"""Loss date vs report date."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.errors import UsageError
from attrition.model.dates import (
    DateConvention,
    from_convention,
    loss_date,
    parse_date,
    report_date_for,
    to_convention,
    war_day,
    within,
)


def test_report_covers_the_previous_day() -> None:
    assert loss_date(date(2024, 12, 3)) == date(2024, 12, 2)
    assert report_date_for(date(2024, 12, 2)) == date(2024, 12, 3)


def test_conventions_round_trip() -> None:
    for conv in DateConvention:
        day = to_convention(date(2025, 1, 1), conv)
        assert from_convention(day, conv) == date(2025, 1, 1)
    assert to_convention(date(2025, 1, 1), DateConvention.LOSS) == date(2024, 12, 31)


def test_war_day_counts_24_february_as_day_one() -> None:
    assert war_day(date(2022, 2, 24)) == 1
    assert war_day(date(2022, 2, 25)) == 2
    assert war_day(date(2026, 8, 8)) == 1627


def test_bad_inputs_raise_usage_errors_naming_the_input() -> None:
    with pytest.raises(UsageError, match="until"):
        parse_date("2024-13-01", field="until")
    with pytest.raises(UsageError):
        DateConvention.parse("publication")
    assert DateConvention.parse("loss_date") is DateConvention.LOSS


def test_within_includes_both_ends_and_leaves_a_missing_end_open() -> None:
    lo, hi = date(2024, 3, 1), date(2024, 3, 31)
    assert [within(date(2024, 3, d), lo, hi) for d in (1, 15, 31)] == [True, True, True]
    assert within(date(2024, 2, 29), lo, hi) is False
    assert within(date(2024, 4, 1), lo, hi) is False
    assert within(date(2024, 4, 1), lo, None) and within(date(2024, 2, 1), None, hi)
    assert within(date(1900, 1, 1), None, None)
