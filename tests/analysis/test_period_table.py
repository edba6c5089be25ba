"""The columnar core of analysis/periods.py: period_table agrees with period_rows everywhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
import pytest

from attrition.analysis.period_table import PeriodTable, period_table
from attrition.analysis.periods import PeriodRow, period_rows
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries, build_series

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT
KINDS = (("day", "mon"), ("week", "mon"), ("week", "sun"), ("month", "mon"),
         ("quarter", "mon"), ("year", "mon"))
TODAY = date(2026, 8, 5)  # inside the last (partial) month, week, quarter and year
# Reports dropped to make spans: across a month start, an ISO week start, a year start,
# and a single missing day
GAPS = (
    *(date(2024, 10, d) for d in (30, 31)), date(2024, 11, 1), date(2024, 11, 2),
    *(date(2024, 6, d) for d in (9, 10, 11)),
    date(2023, 12, 30), date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 2),
    date(2025, 3, 17),
)


def _with_gaps(series: LossSeries, missing: tuple[date, ...]) -> LossSeries:
    """Return ``series`` rebuilt without the reports of ``missing`` (their jumps become spans)."""
    gone = set(missing)
    kept = [r for r in series.rows if r.report_date not in gone]
    return build_series(
        series.category,
        [(r.report_date, r.total, r.increment_printed, r.is_approximate, r.sources) for r in kept],
    )


def _entry(table: PeriodTable, i: int) -> dict[str, Any]:
    """Return entry ``i`` of ``table`` in PeriodRow terms, read from its columns and masks."""

    def optional(column: np.ndarray, mask: np.ndarray) -> Any:
        return column[i].item() if mask[i] else None

    def pct(column: np.ndarray) -> float | None:
        return None if np.isnan(column[i]) else column[i].item()

    return {
        "period": table.period[i],
        "start": table.start[i].item(),
        "end": table.end[i].item(),
        "value": optional(table.value, table.has_value),
        "convention": table.convention,
        "days_expected": table.days_expected[i].item(),
        "days_present": table.days_present[i].item(),
        "complete": table.complete[i].item(),
        "includes_corrections": table.includes_corrections[i].item(),
        "includes_coarse": table.includes_coarse[i].item(),
        "days_outside": table.days_outside[i].item(),
        "is_current": table.is_current[i].item(),
        "previous_value": optional(table.previous_value, table.has_previous),
        "change_vs_previous": optional(table.change_vs_previous, table.has_previous),
        "pct_change_vs_previous": pct(table.pct_change_vs_previous),
        "last_year_period": table.last_year_period[i],
        "last_year_value": optional(table.last_year_value, table.has_last_year),
        "change_vs_last_year": optional(table.change_vs_last_year, table.has_last_year),
        "pct_change_vs_last_year": pct(table.pct_change_vs_last_year),
    }


def _typed(fields: dict[str, Any]) -> dict[str, tuple[type, Any]]:
    return {k: (type(v), v) for k, v in fields.items()}


@pytest.mark.integration
@pytest.mark.parametrize("convention", [pytest.param(LOSS, id="loss"),
                                        pytest.param(REPORT, id="report")])
@pytest.mark.parametrize("gaps", [pytest.param(False, id="as-published"),
                                  pytest.param(True, id="with-gaps")])
@pytest.mark.parametrize("category", ["personnel", "tanks", "uavs"])
def test_period_rows_and_period_table_agree_on_every_field(
    petro: Callable[[str], LossSeries], category: str, gaps: bool, convention: DateConvention
) -> None:
    series = _with_gaps(petro(category), GAPS) if gaps else petro(category)
    seen: dict[str, int] = dict.fromkeys(
        ("rows", "outside", "corrections", "partial", "current", "previous", "last_year"), 0)
    for by, week_start in KINDS:
        for start, end in ((None, None), (date(2024, 11, 15), date(2025, 3, 10))):
            table = period_table(series, by, convention, start, end, week_start, TODAY)
            rows = period_rows(series, by, convention, start, end, week_start, TODAY)
            assert len(rows) == len(table) > 0
            for i, row in enumerate(rows):
                actual = {f.name: getattr(row, f.name) for f in dataclasses.fields(PeriodRow)}
                assert _typed(actual) == _typed(_entry(table, i)), (by, week_start, start, i)
            seen["rows"] += len(rows)
            seen["outside"] += sum(r.days_outside > 0 for r in rows)
            seen["corrections"] += sum(r.includes_corrections for r in rows)
            seen["partial"] += sum(not r.complete and r.days_present > 0 for r in rows)
            seen["current"] += sum(r.is_current for r in rows)
            seen["previous"] += sum(r.pct_change_vs_previous is not None for r in rows)
            seen["last_year"] += sum(r.last_year_value is not None for r in rows)
    # the comparison reached spans, corrections, partial and current periods, and changes
    assert all(seen[k] > 0 for k in ("corrections", "partial", "current", "previous",
                                     "last_year")), seen
    assert (seen["outside"] > 0) == gaps, seen


@pytest.mark.integration
@pytest.mark.parametrize(("by", "week_start"), [pytest.param(*k, id="-".join(k)) for k in KINDS])
def test_table_comparisons_refer_to_the_period_before_and_the_one_a_year_earlier(
    petro: Callable[[str], LossSeries], by: str, week_start: str
) -> None:
    t = period_table(_with_gaps(petro("personnel"), GAPS), by, LOSS, week_start=week_start)
    position = {label: k for k, label in enumerate(t.period)}
    complete = t.complete.tolist()
    for i in range(len(t)):
        assert t.has_previous[i] == (i > 0 and complete[i] and complete[i - 1])
        if t.has_previous[i]:
            assert t.previous_value[i] == t.value[i - 1]
            assert t.change_vs_previous[i] == t.value[i] - t.value[i - 1]
        ly = position.get(t.last_year_period[i]) if t.last_year_period[i] else None
        assert t.has_last_year[i] == (ly is not None and complete[i] and complete[ly])
        if ly is not None and t.has_last_year[i]:
            assert t.last_year_value[i] == t.value[ly]
        for has, other, change, pct in (
            (t.has_previous, t.previous_value, t.change_vs_previous, t.pct_change_vs_previous),
            (t.has_last_year, t.last_year_value, t.change_vs_last_year,
             t.pct_change_vs_last_year),
        ):
            if has[i] and other[i]:
                assert pct[i] == round(100.0 * int(change[i]) / int(other[i]), 2)
            else:
                assert np.isnan(pct[i])


def test_percent_change_rounds_as_python_round_does(make_series: MakeSeries) -> None:
    # 100 × 83,561 / 20,000 = 417.805 in binary is just above the half: round() gives 417.81,
    # numpy's rint(100 x) / 100 gives 417.8
    s = make_series([20_000, 103_561], first_report=date(2024, 3, 1))
    table = period_table(s, "day", REPORT)
    assert table.pct_change_vs_previous[-1] == 417.81
    assert period_rows(s, "day", REPORT)[-1].pct_change_vs_previous == 417.81


def test_a_day_inside_a_span_has_no_value_and_is_masked(make_series: MakeSeries) -> None:
    s = make_series([1, 2, 3, 4, 5], first_report=date(2024, 1, 29),
                    missing=(date(2024, 1, 31), date(2024, 2, 1)))
    table = period_table(s, "day", REPORT)
    k = table.period.index("2024-02-01")
    assert (table.value[k], table.has_value[k], table.days_present[k]) == (0, False, 0)
    assert period_rows(s, "day", REPORT)[k].value is None
    k = table.period.index("2024-02-02")
    assert (table.value[k], table.days_outside[k]) == (9, 2)


def test_start_and_end_cut_the_table_but_comparisons_reach_back(
    make_series: MakeSeries,
) -> None:
    s = make_series([10] * 20 + [30] * 20, first_report=date(2024, 3, 1))
    table = period_table(s, "day", REPORT, start=date(2024, 3, 21), end=date(2024, 3, 22))
    assert table.period == ("2024-03-21", "2024-03-22")
    assert table.start.tolist() == [date(2024, 3, 21), date(2024, 3, 22)]
    assert table.value.tolist() == [10, 30]
    assert table.previous_value.tolist() == [10, 10]  # 2024-03-20 lies before the start
    assert table.pct_change_vs_previous.tolist() == [0.0, 200.0]


def test_an_empty_series_or_a_range_after_the_data_gives_an_empty_table(
    make_series: MakeSeries,
) -> None:
    empty = period_table(LossSeries("personnel", ()), "month", LOSS)
    assert len(empty) == 0 and empty.rows() == [] and empty.value.dtype == np.int64
    later = period_table(make_series([1, 2]), "day", LOSS, start=date(2030, 1, 1))
    assert len(later) == 0 and later.start.dtype == np.dtype("datetime64[D]")


def test_table_columns_are_read_only(make_series: MakeSeries) -> None:
    table = period_table(make_series([1] * 40), "week", LOSS, start=date(2024, 1, 15))
    for column in (table.value, table.start, table.complete, table.pct_change_vs_previous):
        with pytest.raises(ValueError, match="read-only"):
            column[0] = column[0]
