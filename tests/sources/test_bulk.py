"""Shared bulk-history machinery: JSON arrays with line numbers, strict values, head sniffing."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace
from datetime import UTC, date, datetime

import pytest

from attrition.errors import ParseError
from attrition.model.records import Observation, RawDocument
from attrition.sources.bulk import (
    CategoryResolver,
    head_keys,
    new_observation,
    read_json_array,
    read_total,
    read_total_text,
)
from attrition.sources.history import Row, build_batch


def _doc(text: str) -> RawDocument:
    return RawDocument("test", "mem/x.json", text.encode(), datetime(2026, 1, 1, tzinfo=UTC))


def test_array_objects_carry_the_line_they_start_on() -> None:
    text = '\ufeff[\n  {"a": 1},\n\n  {\n    "a": 2\n  }, {"a": 3}\n]\n'
    assert [(line, item["a"]) for line, item in read_json_array(_doc(text))] == [
        (2, 1),
        (4, 2),
        (6, 3),
    ]


def test_empty_array_is_no_rows() -> None:
    assert read_json_array(_doc(" [ ] ")) == []


@pytest.mark.parametrize(
    ("text", "line_no"),
    [
        pytest.param('[\n{"a": 1},\n]', 3, id="trailing-comma"),
        pytest.param('[\n{"a": 1}\n{"a": 2}]', 3, id="missing-comma"),
        pytest.param('[\n{"a": 1}\n', 3, id="no-closing-bracket"),
        pytest.param('[{"a": 1}]\n[]', 2, id="extra-data"),
        pytest.param("[\n1]", 2, id="not-an-object"),
        pytest.param('{"a": 1}', 1, id="not-an-array"),
    ],
)
def test_malformed_array_names_the_line(text: str, line_no: int) -> None:
    with pytest.raises(ParseError) as err:
        read_json_array(_doc(text))
    assert (err.value.path, err.value.line_no) == ("mem/x.json", line_no)


def test_json_totals_accept_whole_floats_and_signed_corrections_only() -> None:
    doc = _doc("")
    assert read_total(12.0, doc, 1, "tanks") == 12
    assert read_total(-5, doc, 1, "tanks", signed=True) == -5
    for bad in (12.5, -1, "12", None, True):
        with pytest.raises(ParseError):
            read_total(bad, doc, 1, "tanks")


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        pytest.param("12a4", "not a number", id="garbled"),
        pytest.param("-12", "negative total", id="negative"),
        pytest.param("1.5", "not a whole number", id="fraction"),
        pytest.param("١٢", "not a number", id="non-ascii-digits"),
    ],
)
def test_csv_cell_errors_say_why(cell: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as err:
        read_total_text(cell, _doc(""), 7, "tanks")
    assert (err.value.line_no, err.value.field, err.value.input) == (7, "tanks", cell)


def test_head_keys_tolerate_a_cut_multibyte_tail() -> None:
    head = '[{"date": "2022-02-25", "назва": 1, "x'.encode()[:-1] + "ї".encode()[:1]
    assert head_keys(head) == {"date", "назва"}


def test_repeated_day_needs_every_category_unchanged() -> None:
    def row(day: int, tanks: int, personnel: int) -> Row:
        d = date(2022, 3, day)
        return Row(day, d, [Observation("tanks", d, tanks), Observation("personnel", d, personnel)])

    batch = build_batch(_doc(""), [row(1, 10, 100), row(2, 10, 100), row(3, 11, 100)])
    kinds = [(f.kind, f.report_date.day if f.report_date else None) for f in batch.findings]
    assert kinds == [
        ("repeated_day", 2),
        ("personnel_unchanged", 2),
        ("personnel_unchanged", 3),
    ]


def test_new_observation_is_the_same_frozen_value_as_the_constructor() -> None:
    from dataclasses import FrozenInstanceError

    day = date(2024, 12, 3)
    made = new_observation("tanks", day, 9486, None, False, 7, '{"tank":9486}')
    same = Observation("tanks", day, 9486, None, False, 7, '{"tank":9486}')
    assert made == same and hash(made) == hash(same) and repr(made) == repr(same)
    assert new_observation("personnel", day, 1, 2, True, None, None, "n") == Observation(
        "personnel", day, 1, 2, True, None, None, "n"
    )
    with pytest.raises(FrozenInstanceError):
        made.total = 1  # type: ignore[misc]
    assert type(made) is Observation and made != new_observation("tanks", day, 9486, None,
                                                                  False, 7, None)
    assert pickle.loads(pickle.dumps(made)) == same
    assert replace(made, total=1) == replace(same, total=1)
    assert {f.name: getattr(made, f.name) for f in fields(Observation)} == {
        f.name: getattr(same, f.name) for f in fields(Observation)}


def test_columns_of_a_row_are_its_keys_resolved_one_by_one() -> None:
    doc = _doc("")
    by_row = CategoryResolver(doc, ("date",))
    by_key = CategoryResolver(doc, ("date",))
    items = [{"date": "2024-12-03", "tank": 1, "field artillery": 2},
             {"date": "2024-12-04", "tank": 1, "field artillery": 2},  # the same keys again
             {"field artillery": 2, "date": "2024-12-05", "personnel": 3}]
    for line_no, item in enumerate(items, 1):
        assert by_row.columns(item, line_no) == tuple(by_key(k, line_no) for k in item)
    with pytest.raises(ParseError) as row_error:
        by_row.columns({"date": "2024-12-06", "tank": 1, "bananas": 2, "apples": 3}, 9)
    with pytest.raises(ParseError) as key_error:
        [by_key(k, 9) for k in ("date", "tank", "bananas", "apples")]
    assert (row_error.value.field, row_error.value.line_no, str(row_error.value)) == (
        key_error.value.field, key_error.value.line_no, str(key_error.value))
    assert row_error.value.field == "bananas"


def test_history_findings_are_those_of_each_row_in_report_date_order() -> None:
    def row(day: int, **totals: int) -> Row:
        d = date(2022, 3, day)
        return Row(day, d, [Observation(k, d, v, line_no=day) for k, v in totals.items()])

    batch = build_batch(_doc(""), [
        row(1, tanks=10, personnel=101), row(2, personnel=101, tanks=9),
        row(3, tanks=9, personnel=101), row(4, tanks=12, personnel=120),
    ])
    assert [(f.kind, f.category, f.report_date.day if f.report_date else None,
             f.details.get("line_no")) for f in batch.findings] == [
        ("personnel_unchanged", "personnel", 2, 2),
        ("repeated_day", None, 3, 3),
        ("personnel_unchanged", "personnel", 3, 3),
        ("total_decreased", "tanks", 2, None),
        ("not_multiple_of_10", "personnel", 1, 1),
        ("not_multiple_of_10", "personnel", 2, 2),
        ("not_multiple_of_10", "personnel", 3, 3),
    ]
