"""A self-dated check reads its stamp's dateline and dated URL once, as a check with its date given does."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from attrition.claims import check_text, dateline, dating
from attrition.model.series import LossSeries


class _Calls:
    """A compiled pattern that counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str], calls: list[int]) -> None:
        self._pattern, self._calls = pattern, calls

    def search(self, *args: Any) -> re.Match[str] | None:
        self._calls[0] += 1
        return self._pattern.search(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


@pytest.mark.parametrize(("text", "source"), [
    ("Russia lost 9,876 soldiers, the General Staff said. " * 20, "today"),  # no stamp
    ("Source: https://example.org/news/2024/04/25/losses\nRussia lost 1,200 troops in a day.", "dateline"),  # a URL
    ("KYIV, Jan 16 (Reuters) - Russia lost 1,200 troops in a day, the General Staff said.", "dateline"),  # no year
])
def test_a_self_dated_check_reads_the_dateline_and_the_url_once(
    text: str, source: str, monkeypatch: pytest.MonkeyPatch, petro_series: dict[str, LossSeries],
) -> None:
    calls = [0]
    monkeypatch.setattr(dating, "_URL_DATE", _Calls(dating._URL_DATE, calls))
    monkeypatch.setattr(dateline, "_DATELINE", [_Calls(p, calls) for p in dateline._DATELINE])
    today = date(2025, 1, 8)
    given = check_text(text, petro_series, as_of=today)
    once, calls[0] = calls[0], 0
    self_dated = check_text(text, petro_series, today=today)
    assert calls[0] == once  # read twice: 2 x once
    assert self_dated.as_of_source == source
    assert given.as_of_source == "argument"
