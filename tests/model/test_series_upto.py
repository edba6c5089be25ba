"""``LossSeries.upto``: the reports published by a date, cut by bisection when the rows are in order."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from attrition.model.series import LossSeries, SeriesRow, build_series

_DAYS = st.lists(st.integers(0, 60), max_size=25)


def _filtered(series: LossSeries, day: date) -> tuple[SeriesRow, ...]:
    return tuple(r for r in series.rows if r.report_date <= day)


@given(_DAYS, st.integers(-5, 70))
def test_upto_keeps_exactly_the_reports_up_to_the_date(offsets: list[int], cut: int) -> None:
    start = date(2024, 1, 1)
    series = build_series("tanks", [(start + timedelta(days=k), 100 + k, None, False, ("test",))
                                    for k in sorted(set(offsets))])
    day = start + timedelta(days=cut)
    upto = series.upto(day)
    assert upto.rows == _filtered(series, day)
    assert (upto.category, upto.as_of, upto.meta) == (series.category, day, series.meta)


@given(_DAYS, st.integers(-5, 70))
def test_upto_of_rows_out_of_order_still_keeps_each_report_up_to_the_date(offsets: list[int], cut: int) -> None:
    start = date(2024, 1, 1)
    ordered = build_series("tanks", [(start + timedelta(days=k), 100 + k, None, False, ("test",))
                                     for k in sorted(set(offsets))])
    shuffled = LossSeries("tanks", tuple(reversed(ordered.rows)))  # not as built: no prefix to bisect
    day = start + timedelta(days=cut)
    assert shuffled.upto(day).rows == _filtered(shuffled, day)
