"""SeriesIndex's lookups by report date and by total equal their definitions over the rows."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims.figures import SeriesIndex
from attrition.model.series import LossSeries, SeriesRow, build_series

_START = date(2024, 1, 1)
_DAYS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 30)), max_size=30)


def _series(days: list[tuple[int, int]]) -> LossSeries:
    points, total = {}, 0
    for k, step in days:  # report dates with gaps; totals that repeat (step 0) and fall
        total = total + step if step % 5 else max(0, total - step)
        points[_START + timedelta(days=k)] = (_START + timedelta(days=k), total, None, False, ("s",))
    return build_series("tanks", points.values())


@settings(max_examples=300, derandomize=True, database=None)
@given(_DAYS, st.integers(-2, 45))
def test_row_and_with_total_are_the_rows_lookups_at_any_cut(days: list[tuple[int, int]], cut: int) -> None:
    series = _series(days)
    for as_of in (None, _START + timedelta(days=cut)):
        idx = SeriesIndex(series, as_of)
        rows = [r for r in series.rows if as_of is None or r.report_date <= as_of]
        assert idx.rows == tuple(rows) and idx.dates == [r.report_date for r in rows]
        for k in range(-2, 45):
            day = _START + timedelta(days=k)
            assert idx.row(day) == {r.report_date: r for r in rows}.get(day)
        for total in {r.total for r in series.rows} | {-1, 10**6}:
            assert idx.with_total(total) == next((r for r in rows if r.total == total), None)


def test_a_series_out_of_order_keeps_its_own_dates_and_a_repeated_date_answers_its_last_report() -> None:
    a, b, c = (SeriesRow(_START + timedelta(days=k), t) for k, t in ((2, 30), (0, 10), (2, 31)))
    idx = SeriesIndex(LossSeries("tanks", (a, b)), None)  # not in order: no shared prefix to slice
    assert idx.dates == [a.report_date, b.report_date]
    assert idx.row(a.report_date) is a and idx.row(b.report_date) is b  # as the dict of dates did
    repeated = SeriesIndex(LossSeries("tanks", (b, a, c)), None)  # in order, one date twice
    assert repeated.row(a.report_date) is c  # as the dict of dates did: the later report
    assert repeated.with_total(30) is a and repeated.with_total(31) is c and repeated.with_total(10) is b
