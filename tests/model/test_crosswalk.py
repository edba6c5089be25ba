"""The Oryx crosswalk's label normalisation: the same spellings, in linear time (issue 14)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.model import crosswalk

_PIECES = ["[", "]", " ", "  ", "\n", "\t", "a", "tanks", "-", " - ", "5", "13080", ",", " of which", ": ",
           "[Tanks, AFVs]", " [", "]]", "\u00a0"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_brackets_are_dropped_as_the_regex_dropped_them(text: str) -> None:
    assert crosswalk._drop_brackets(text) == re.sub(r"\s*\[.*?\]", "", text)


def test_a_long_label_of_unclosed_brackets_is_read_in_linear_time(time_bound: Any) -> None:
    """Issue 14 (the regex audit's growth check): an Oryx type label of 20,000 "[ " took 5.6 s
    to normalise (each "[" searched to the end of the line for its "]"); 200,000 would take
    minutes. Reached from every Oryx file ingested."""
    with time_bound(5.0):
        assert crosswalk.oryx_type("[ " * 200_000 + "Tanks") is None
        assert crosswalk.oryx_type("Tanks -" + " " * 200_000 + "/9") is None
    assert crosswalk.oryx_type("Tanks [T-72, T-80]") == crosswalk.oryx_type("Tanks")
