"""Period sums under both date conventions: reference figures, partial periods, spans."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.analysis.periods import custom_period, period_bounds, period_rows
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT


def _months(series: LossSeries, convention: DateConvention) -> dict[str, int | None]:
    return {r.period: r.value for r in period_rows(series, "month", convention)}


@pytest.mark.integration
@pytest.mark.parametrize(
    ("convention", "expected"),
    [
        pytest.param(LOSS, (38_130, 41_980, 45_720), id="loss-date"),
        pytest.param(REPORT, (38_110, 41_890, 45_450), id="report-date"),
    ],
)
def test_autumn_2024_personnel_months_match_the_reference_figures(
    petro: Callable[[str], LossSeries], convention: DateConvention, expected: tuple[int, ...]
) -> None:
    months = _months(petro("personnel"), convention)
    assert (months["2024-09"], months["2024-10"], months["2024-11"]) == expected


@pytest.mark.integration
def test_every_month_matches_the_two_convention_check_file(
    petro: Callable[[str], LossSeries], shared_data: Path
) -> None:
    path = shared_data / "derived-checks" / "monthly_personnel_two_date_conventions.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    loss, report = _months(petro("personnel"), LOSS), _months(petro("personnel"), REPORT)
    assert len(rows) == 53
    for month, by_loss, by_report in rows:
        assert (loss[month], report[month]) == (int(by_loss), int(by_report)), month


@pytest.mark.integration
def test_a_partial_last_month_is_marked_incomplete(petro: Callable[[str], LossSeries]) -> None:
    last = period_rows(petro("personnel"), "month", LOSS)[-1]
    assert last.period == "2026-08"
    assert (last.days_present, last.days_expected, last.complete) == (7, 31, False)
    assert last.previous_value is None and last.change_vs_previous is None  # no false collapse
    full = period_rows(petro("personnel"), "month", LOSS)[-2]
    assert full.complete and full.change_vs_previous is not None


@pytest.mark.integration
def test_month_with_a_stated_correction_says_so(petro: Callable[[str], LossSeries]) -> None:
    rows = {r.period: r for r in period_rows(petro("personnel"), "month", REPORT)}
    assert rows["2025-02"].includes_corrections
    assert not rows["2025-01"].includes_corrections


@pytest.mark.integration
def test_comparisons_with_previous_period_and_same_month_last_year(
    petro: Callable[[str], LossSeries],
) -> None:
    (nov,) = period_rows(petro("personnel"), "month", LOSS, start=date(2024, 11, 1),
                         end=date(2024, 11, 30))
    assert nov.previous_value == 41_980 and nov.change_vs_previous == 3_740
    assert nov.pct_change_vs_previous == pytest.approx(8.91)
    assert nov.last_year_period == "2023-11" and nov.last_year_value == 28_550
    assert nov.change_vs_last_year == 17_170


@pytest.mark.integration
def test_custom_range_compares_with_the_range_before_and_last_year(
    petro: Callable[[str], LossSeries],
) -> None:
    row = custom_period(petro("personnel"), date(2024, 11, 1), date(2024, 11, 30), LOSS)
    assert row.value == 45_720 and row.complete
    assert row.previous_value == 40_850  # 2024-10-02 … 2024-10-31
    assert row.last_year_period == "2023-11-01..2023-11-30" and row.last_year_value == 28_550


def test_convention_switch_moves_a_day_to_the_next_month(make_series: MakeSeries) -> None:
    # reports 2024-01-30 … 2024-02-02; the report of 02-01 covers losses of 01-31
    s = make_series([10, 20, 40], first_report=date(2024, 1, 30))
    loss = {r.period: r.value for r in period_rows(s, "month", LOSS)}
    report = {r.period: r.value for r in period_rows(s, "month", REPORT)}
    assert loss == {"2024-01": 30, "2024-02": 40}
    assert report == {"2024-01": 10, "2024-02": 60}


def test_a_span_reaching_across_the_start_makes_the_period_incomplete(
    make_series: MakeSeries,
) -> None:
    # reports 2024-01-29 … 2024-02-03; 01-31 and 02-01 missing: the 02-02 report spans 3 days
    s = make_series([1, 2, 3, 4, 5], first_report=date(2024, 1, 29),
                    missing=(date(2024, 1, 31), date(2024, 2, 1)))
    feb = period_rows(s, "month", REPORT)[-1]
    assert feb.period == "2024-02"
    assert feb.value == 2 + 3 + 4 + 5  # the whole span is counted in the month it ends in
    assert feb.days_outside == 1 and feb.days_present == 3 and not feb.complete
    days = {r.period: r for r in period_rows(s, "day", REPORT)}
    assert days["2024-02-01"].value is None and days["2024-02-01"].days_present == 0
    assert days["2024-02-02"].value == 9 and days["2024-02-02"].days_outside == 2


def test_the_first_report_has_no_baseline_so_its_period_is_incomplete(
    make_series: MakeSeries,
) -> None:
    s = make_series([5] * 40, first_report=date(2024, 3, 1))
    first = period_rows(s, "month", REPORT)[0]
    assert first.days_present == 30 and first.days_expected == 31 and not first.complete


def test_weeks_are_iso_monday_weeks_or_sunday_weeks(make_series: MakeSeries) -> None:
    s = make_series([1] * 20, first_report=date(2024, 11, 1))
    mon = period_rows(s, "week", REPORT, start=date(2024, 11, 4), end=date(2024, 11, 10))
    assert [(r.period, r.start, r.value, r.complete) for r in mon] == [
        ("2024-W45", date(2024, 11, 4), 7, True)
    ]
    sun = period_rows(s, "week", REPORT, start=date(2024, 11, 4), end=date(2024, 11, 9),
                      week_start="sun")
    assert [(r.period, r.start, r.end) for r in sun] == [
        ("2024-11-03..2024-11-09", date(2024, 11, 3), date(2024, 11, 9))
    ]


def test_quarter_and_year_labels() -> None:
    assert [b[0] for b in period_bounds("quarter", date(2024, 2, 1), date(2024, 7, 1))] == [
        "2024-Q1", "2024-Q2", "2024-Q3"
    ]
    assert period_bounds("year", date(2023, 5, 1), date(2024, 1, 1))[-1] == (
        "2024", date(2024, 1, 1), date(2024, 12, 31)
    )


def test_today_marks_the_current_period(make_series: MakeSeries) -> None:
    s = make_series([1] * 10, first_report=date(2024, 11, 1))
    rows = period_rows(s, "month", REPORT, today=date(2024, 11, 11))
    assert [r.is_current for r in rows] == [True]


def test_bad_period_arguments_are_usage_errors(make_series: MakeSeries) -> None:
    s = make_series([1, 2])
    with pytest.raises(UsageError):
        period_rows(s, "fortnight", LOSS)
    with pytest.raises(UsageError):
        period_rows(s, "week", LOSS, week_start="wed")
    with pytest.raises(UsageError):
        custom_period(s, date(2024, 2, 1), date(2024, 1, 1), LOSS)


@pytest.mark.integration
def test_period_value_is_custom_periods_own_value_and_completeness(petro: Callable[[str], LossSeries]) -> None:
    # the claim checker's period sums: the value and completeness of custom_period's first row, for
    # ranges before, across and after the record, single days, 29 February, the coarse early weeks,
    # whole months and years, under both conventions
    from attrition.analysis.periods import period_value

    starts = [date(2022, 2, 20), date(2022, 2, 24), date(2022, 2, 25), date(2022, 3, 31), date(2022, 4, 29),
              date(2023, 1, 1), date(2024, 2, 28), date(2024, 2, 29), date(2024, 11, 1), date(2025, 6, 30)]
    lengths = [0, 1, 6, 13, 28, 29, 30, 89, 364, 365, 1200]
    for category in ("personnel", "tanks", "submarines"):
        series = petro(category)
        last = series.rows[-1].report_date
        for first in [*starts, last - timedelta(days=3), last, last + timedelta(days=2)]:
            for length in lengths:
                end = first + timedelta(days=length)
                for convention in (LOSS, REPORT):
                    row = custom_period(series, first, end, convention)
                    assert period_value(series, first, end, convention) == (row.value, row.complete), \
                        (category, first, end, convention)
    with pytest.raises(UsageError):
        period_value(petro("tanks"), date(2024, 2, 1), date(2024, 1, 1), LOSS)


def test_period_value_of_a_gap_and_a_stated_correction(make_series: MakeSeries) -> None:
    from attrition.analysis.periods import period_value

    s = make_series([5, 7, 9, 11, 13], missing=(date(2024, 1, 3),), corrections={date(2024, 1, 5): 2})
    for first in (date(2023, 12, 30) + timedelta(days=k) for k in range(10)):
        for length in range(5):
            end = first + timedelta(days=length)
            for convention in (LOSS, REPORT):
                row = custom_period(s, first, end, convention)
                assert period_value(s, first, end, convention) == (row.value, row.complete)
    assert period_value(s, date(2024, 1, 2), date(2024, 1, 2), REPORT) == (5, True)
