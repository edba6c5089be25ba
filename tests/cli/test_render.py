"""The CLI's JSON text is exactly what json.dumps(..., default, ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, IntEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.cli.render import _default, to_json


class Verdict(Enum):
    CORRECT = "correct"


class Level(IntEnum):
    HIGH = 3


class Name(str):
    def __str__(self) -> str:
        return "a name"


class Count(int):  # json writes the number, never the subclass's own text
    def __str__(self) -> str:
        return "a count"

    def __repr__(self) -> str:
        return "Count()"


class Share(float):
    def __repr__(self) -> str:
        return "Share()"


@dataclass(frozen=True)
class Point:
    day: date
    value: int
    tags: tuple[str, ...] = ()


def _stock(payload: Any) -> str:
    return json.dumps(payload, default=_default, ensure_ascii=False, indent=2)


_SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(-(10**40), 10**40)
            | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
            | st.dates() | st.datetimes() | st.sampled_from([Verdict.CORRECT, Level.HIGH])
            | st.builds(Name, st.text(max_size=5)) | st.builds(Count, st.integers())
            | st.builds(Share, st.floats(allow_nan=True)) | st.builds(Point, st.dates(), st.integers()))
_KEYS = (st.text(max_size=8) | st.integers() | st.floats(allow_nan=True) | st.booleans() | st.none()
         | st.builds(Name, st.text(max_size=3)))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (st.lists(inner, max_size=5) | st.lists(inner, max_size=4).map(tuple)
                   | st.dictionaries(_KEYS, inner, max_size=5)
                   | st.frozensets(st.integers(), max_size=3) | st.sets(st.text(max_size=3), max_size=3)),
    max_leaves=40,
)


@settings(max_examples=1500, derandomize=True, database=None)
@given(_VALUES)
def test_the_json_text_is_json_dumps_own(payload: Any) -> None:
    assert to_json(payload) == _stock(payload)


def test_the_json_text_of_the_shapes_a_check_prints() -> None:
    payload = {"ok": True, "data": {"as_of": date(2024, 12, 3), "claims": [
        {"quote": "745,700 — «особового складу»\n\t\"x\"\u2028", "value": [44000, 47000], "verdict": Verdict.CORRECT,
         "evidence": [Point(date(2024, 12, 3), 745700, ("lod_db", "minfin"))], "share": 0.1, "none": None,
         "empty": [], "nothing": {}, "nested": [[], {}, [[1.5e300, -0.0, math.inf]]]}],
        "at": datetime(2024, 12, 3, 10, 15)}, "meta": {3: "three", 2.5: None, True: 1, None: 2, Level.HIGH: 4}}
    assert to_json(payload) == _stock(payload)
    assert to_json("only a string") == _stock("only a string") and to_json(7) == "7"


def test_a_circular_value_and_a_refused_key_fail_as_json_dumps_does() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference detected"):
        to_json({"a": loop})
    mapping: dict[str, Any] = {}
    mapping["self"] = mapping
    with pytest.raises(ValueError, match="Circular reference detected"):
        to_json([mapping])
    with pytest.raises(TypeError, match=r"keys must be str, int, float, bool or None, not tuple"):
        to_json({(1, 2): 3})
    with pytest.raises(TypeError, match="not JSON serialisable: object"):
        to_json({"a": object()})
