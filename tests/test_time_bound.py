"""The suite's ``time_bound`` safety net: it stops a runaway computation, counting the process's CPU time."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest


def test_a_catastrophic_backtracking_match_is_interrupted_at_the_bound(time_bound: Any) -> None:
    pattern = re.compile(r"(a+)+$")
    started = time.process_time()
    with pytest.raises(Exception, match=r"still running after 0\.3 s") as caught, time_bound(0.3):
        pattern.match("a" * 64 + "b")  # 2^64 paths: never ends by itself
    assert type(caught.value).__name__ == "TimeBoundExceeded"  # conftest's class (not importable by name)
    assert time.process_time() - started < 5.0


def test_time_spent_waiting_is_not_counted(time_bound: Any) -> None:
    with time_bound(0.2):
        time.sleep(0.4)  # no CPU spent: a loaded machine's waits do not trip the bound


def test_the_bound_is_lifted_after_the_block(time_bound: Any) -> None:
    with time_bound(0.2):
        pass
    deadline = time.process_time() + 0.4
    while time.process_time() < deadline:  # CPU past the old bound, outside any block
        pass
