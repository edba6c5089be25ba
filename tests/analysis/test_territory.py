"""Territory changes per period under the map-state convention, and the "largest since" ranking."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from attrition.analysis.territory import rank_change
from attrition.model.independent import StoredSnapshot
from attrition.model.territory import daily_snapshots, period_changes


def _snap(i: int, day: str, area: float, hour: int = 3) -> StoredSnapshot:
    d = date.fromisoformat(day)
    return StoredSnapshot(i, d, datetime(d.year, d.month, d.day, hour, tzinfo=UTC), area, 1,
                          "occupied_union", "sha", f"f{i}")


def test_month_change_runs_from_the_last_map_state_of_one_month_to_the_next() -> None:
    snaps = [_snap(1, "2024-10-31", 1000.0), _snap(2, "2024-11-15", 1300.0),
             _snap(3, "2024-11-30", 1725.9), _snap(4, "2024-12-01", 1730.0)]
    (nov, dec) = period_changes(snaps, "month")
    assert (nov.period_start, nov.from_date, nov.to_date) == (
        date(2024, 11, 1), date(2024, 10, 31), date(2024, 11, 30)
    )
    assert nov.net_km2 == pytest.approx(725.9)
    assert dec.to_date == date(2024, 12, 1)  # the gap shows: December has only one day


def test_a_month_without_a_snapshot_before_it_is_not_reported() -> None:
    snaps = [_snap(1, "2024-11-05", 1000.0), _snap(2, "2024-11-30", 1100.0)]
    assert period_changes(snaps, "month") == []


def test_the_later_captured_snapshot_stands_for_its_day() -> None:
    early, late = _snap(1, "2024-11-30", 10.0, hour=1), _snap(2, "2024-11-30", 12.0, hour=22)
    assert daily_snapshots([late, early]) == [late]


def test_weeks_are_iso_weeks_monday_to_sunday() -> None:
    snaps = [_snap(1, "2024-11-03", 100.0), _snap(2, "2024-11-10", 130.0)]  # both Sundays
    (week,) = period_changes(snaps, "week")
    assert (week.period_start, week.period_end, week.net_km2) == (
        date(2024, 11, 4), date(2024, 11, 10), 30.0
    )


def test_largest_since_names_the_last_earlier_larger_period() -> None:
    snaps = [_snap(i, d, a) for i, (d, a) in enumerate([
        ("2024-06-30", 0.0), ("2024-07-31", 800.0), ("2024-08-31", 900.0),
        ("2024-09-30", 1400.0), ("2024-10-31", 1500.0),
    ])]
    months = period_changes(snaps, "month")
    sep = rank_change(months, date(2024, 9, 1))
    assert sep is not None
    assert (sep.rank, sep.largest_since) == (2, date(2024, 7, 1))  # July gained 800 > 500
    july = rank_change(months, date(2024, 7, 1))
    assert july is not None and july.rank == 1 and july.largest_since is None
