"""Freshness: newest report per source, its age, and the missing-report warning after 10:00 Kyiv."""

from __future__ import annotations

from datetime import UTC, date, datetime

from attrition.freshness import freshness, kyiv_date

D = date.fromisoformat


def test_no_warning_before_ten_kyiv_time() -> None:
    # 09:59 Kyiv (UTC+3 in summer) = 06:59 UTC
    result = freshness({"telegram": D("2026-08-07")}, datetime(2026, 8, 8, 6, 59, tzinfo=UTC))
    assert result.today == D("2026-08-08") and result.age_days == 1
    assert not result.is_today_missing and result.warning is None


def test_warning_from_ten_kyiv_time_when_todays_report_is_missing() -> None:
    result = freshness({"telegram": D("2026-08-07"), "lod_db": D("2026-08-06")},
                       datetime(2026, 8, 8, 7, 0, tzinfo=UTC))
    assert result.is_today_missing
    assert result.warning is not None and "2026-08-08" in result.warning
    assert "10:00 Kyiv time" in result.warning and "2026-08-07" in result.warning
    assert result.official_report_date == D("2026-08-07")


def test_todays_report_from_any_source_clears_the_warning() -> None:
    result = freshness({"telegram": None, "russianwarship": D("2026-08-08")},
                       datetime(2026, 8, 8, 12, 0, tzinfo=UTC))
    assert not result.is_today_missing and result.age_days == 0
    assert result.official_report_date is None
    assert result.latest_by_source == {"russianwarship": D("2026-08-08"), "telegram": None}


def test_an_empty_store_is_missing_today_after_ten() -> None:
    result = freshness({}, datetime(2024, 2, 19, 9, 0, tzinfo=UTC))
    assert result.newest_report_date is None and result.age_days is None
    assert result.warning is not None and "holds no reports" in result.warning


def test_kyiv_date_crosses_midnight_before_utc() -> None:
    # 23:30 UTC on 18 February is 01:30 on 19 February in Kyiv (UTC+2 in winter)
    assert kyiv_date(datetime(2024, 2, 18, 23, 30, tzinfo=UTC)) == D("2024-02-19")
    assert kyiv_date(datetime(2024, 2, 18, 21, 59)) == D("2024-02-18")  # naive = UTC
