"""The day figure of every row, read once per series: the dating tables and the readers' scales share it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims import check, dating, figures
from attrition.claims.figures import own_increment, own_increments
from attrition.model.series import LossSeries, build_series

_START = date(2022, 3, 20)  # the early (coarse) reports and later ones
_POINTS = st.dictionaries(st.integers(0, 60), st.tuples(st.integers(0, 400), st.none() | st.integers(0, 50),
                                                        st.booleans()), max_size=40)


def _series(points: dict[int, tuple[int, int | None, bool]]) -> LossSeries:
    total, rows = 0, []
    for k in sorted(points):  # totals may repeat and even fall: a figure printed by several reports
        step, printed, approx = points[k]
        total = total + step if step % 7 else max(0, total - step)
        rows.append((_START + timedelta(days=k), total, printed, approx, ("s",)))
    return build_series("tanks", rows)


def _full_tables(series: LossSeries) -> tuple[dict[int, list[date]], dict[int, list[date]]]:
    """Each total and each day figure → the report dates that printed it, in row order (by definition)."""
    totals: dict[int, list[date]] = {}
    days: dict[int, list[date]] = {}
    for row in series.rows:
        totals.setdefault(row.total, []).append(row.report_date)
        if (day := own_increment(row)) is not None:
            days.setdefault(day, []).append(row.report_date)
    return totals, days


@settings(max_examples=200)
@given(_POINTS)
def test_dating_tables_list_each_figures_reports_in_row_order(points: dict[int, tuple[int, int | None, bool]]) -> None:
    series = _series(points)
    table = dating._Figures(series)
    totals, days = _full_tables(series)
    assert table.totals == totals and list(table.totals) == list(totals)
    assert table.days == days and list(table.days) == list(days)
    assert list(table.by_report.items()) == [(r.report_date, r.total) for r in series.rows]


@settings(max_examples=200)
@given(_POINTS)
def test_running_day_max_is_the_largest_day_figure_so_far_of_the_fine_reports(
        points: dict[int, tuple[int, int | None, bool]]) -> None:
    series = _series(points)
    expected = []
    for k in range(len(series.rows)):
        seen = [v for r in series.rows[: k + 1] if not r.is_coarse and (v := own_increment(r)) is not None]
        # before any fine report, the coarse ones' largest day (the early-war weeks)
        coarse = [v for r in series.rows[: k + 1] if r.is_coarse and (v := own_increment(r)) is not None]
        expected.append(max(seen) if seen else max(coarse, default=0))
    assert check._running_day_max(series) == expected


def test_the_day_figures_are_read_once_per_series_object(monkeypatch: pytest.MonkeyPatch) -> None:
    series = _series({k: (k + 1, k or None, False) for k in range(30)})
    calls: list[int] = []
    real = figures._own_increments

    def counted(s: LossSeries) -> list[int | None]:
        calls.append(1)
        return real(s)

    monkeypatch.setattr(figures, "_own_increments", counted)
    dating._Figures(series)
    check._running_day_max(series)
    assert own_increments(series) == [own_increment(r) for r in series.rows]
    assert len(calls) == 1


@settings(max_examples=200, derandomize=True, database=None)
@given(_POINTS)
def test_dating_tables_answer_any_figure_asked_as_the_full_table_would(
        points: dict[int, tuple[int, int | None, bool]]) -> None:
    series = _series(points)
    table = dating._Figures(series)
    totals, days = _full_tables(series)
    top = max([*totals, *days], default=0)
    for figure in [*range(top + 3), *range(top, -1, -1)]:  # every figure, printed or not, asked twice
        assert table.totals.get(figure, []) == totals.get(figure, [])
        assert table.days.get(figure, []) == days.get(figure, [])
        assert (figure in table.days) is (figure in days)
    assert len(table.totals) == len(totals) and len(table.days) == len(days)
    assert table.days.get(None, "none") == "none"  # type: ignore[call-overload]  # a row without a figure is none's


@settings(max_examples=300, derandomize=True, database=None)
@given(_POINTS)
def test_the_day_figure_column_is_own_increment_of_each_row(points: dict[int, tuple[int, int | None, bool]]) -> None:
    series = _series(points)  # gaps (spans), printed figures equal to and unlike the diff, falling totals
    assert figures._own_increments(series) == [own_increment(r) for r in series.rows]
