"""``summed_series``: the sum of several categories, each report's sources shared once per distinct list."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.model.series import (
    LossSeries,
    Point,
    SeriesRow,
    build_series,
    series_values,
    summed_series,
)

_START = date(2024, 1, 1)
_SOURCES = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=4, unique=True).map(tuple)
_PART = st.dictionaries(
    st.integers(0, 40),
    st.tuples(st.integers(0, 10**6), st.none() | st.integers(0, 500), st.booleans(), _SOURCES),
    max_size=30,
)


def _series(key: str, days: dict[int, tuple[int, int | None, bool, tuple[str, ...]]]) -> LossSeries:
    return build_series(key, [(_START + timedelta(days=k), *v) for k, v in days.items()])


def _summed_by_definition(key: str, parts: list[LossSeries]) -> LossSeries:
    """A report is in the sum when every part has it: totals summed, printed summed when all printed,
    approximate when any is, the sources every part names."""
    by_day = [{r.report_date: r for r in p.rows} for p in parts]
    points: list[Point] = []
    for day in set.intersection(*(set(d) for d in by_day)):
        got = [d[day] for d in by_day]
        printed = [r.increment_printed for r in got]
        points.append((day, sum(r.total for r in got), None if None in printed else sum(p or 0 for p in printed),
                       any(r.is_approximate for r in got),
                       tuple(sorted(set.intersection(*(set(r.sources) for r in got))))))
    rows = tuple(SeriesRow(*values) for values in series_values(points))
    return LossSeries(key, rows)


@settings(max_examples=300)
@given(st.lists(_PART, min_size=1, max_size=4))
def test_summed_series_equals_the_sum_by_definition(days: list[dict[int, tuple[int, int | None, bool, tuple[str, ...]]]],
                                                    ) -> None:
    parts = [_series(f"c{k}", d) for k, d in enumerate(days)]
    key = "+".join(p.category for p in parts)
    assert summed_series(key, parts).rows == _summed_by_definition(key, parts).rows


def test_reports_with_the_same_source_lists_share_them_and_others_get_their_own() -> None:
    a = _series("a", {0: (10, 1, False, ("x", "y")), 1: (12, 2, False, ("x", "y")), 2: (15, 3, False, ("y",))})
    b = _series("b", {0: (5, 1, False, ("y", "x")), 1: (6, None, True, ("y", "x")), 2: (8, 2, False, ("x", "y"))})
    rows = summed_series("a+b", [a, b]).rows
    assert [r.sources for r in rows] == [("x", "y"), ("x", "y"), ("y",)]
    assert [(r.total, r.increment_printed, r.is_approximate) for r in rows] == [(15, 2, False), (18, None, True),
                                                                            (23, 5, False)]


def test_built_rows_are_series_rows_equal_to_the_constructors_and_frozen() -> None:
    points = [(_START + timedelta(days=k), 100 * k, k or None, k == 2, ("s",)) for k in (3, 0, 2)]
    rows = build_series("tanks", points).rows
    assert rows == tuple(SeriesRow(*values) for values in series_values(points))
    assert all(type(r) is SeriesRow for r in rows)
    assert hash(rows[0]) == hash(SeriesRow(*series_values(points)[0]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].total = 1  # type: ignore[misc]


_VALUES = st.tuples(st.integers(0, 10**6), st.none() | st.integers(0, 500), st.booleans(), _SOURCES)


@settings(max_examples=300, derandomize=True, database=None)
@given(st.sets(st.integers(0, 40), max_size=30), st.integers(1, 4), st.data())
def test_parts_with_the_same_reports_sum_as_by_definition(days: set[int], n: int, data: st.DataObject) -> None:
    # every part has every report (the record's categories mostly do): the rows are summed side by side
    parts = [_series(f"c{k}", {d: data.draw(_VALUES) for d in sorted(days)}) for k in range(n)]
    key = "+".join(p.category for p in parts)
    assert summed_series(key, parts).rows == _summed_by_definition(key, parts).rows


def test_a_report_listed_twice_is_summed_once_from_its_last_row_as_by_definition() -> None:
    day = _START + timedelta(days=1)
    rows = (SeriesRow(_START, 10), SeriesRow(day, 12, 2), SeriesRow(day, 13, 3))
    parts = [LossSeries("a", rows), LossSeries("b", rows)]  # in order, the same dates, one of them twice
    summed = summed_series("a+b", parts).rows
    assert summed == _summed_by_definition("a+b", parts).rows
    assert [(r.report_date, r.total) for r in summed] == [(_START, 20), (day, 26)]
