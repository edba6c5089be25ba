"""The Atom feed's entries are made once: a new data version remakes only the newest day's."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from attrition.web.feed import ENTRIES, FeedEntries


class FakeRecord:
    """The two questions the feed asks, counting the briefs made."""

    def __init__(self, newest: date) -> None:
        self.newest = newest
        self.briefed: list[date] = []

    def latest(self) -> Any:
        return _Answer([{"report_date": self.newest.isoformat()}])

    def brief(self, *, as_of: date, lang: str, fmt: str) -> Any:
        self.briefed.append(as_of)
        return _Answer({"text": f"<p>brief of {as_of}</p>"})


class _Answer:
    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data


def test_each_entry_is_briefed_once_and_the_newest_again_per_data_version() -> None:
    day = date(2024, 12, 3)
    record = FakeRecord(day)
    made = FeedEntries()
    days, entries = made.entries(record, "v1")
    assert len(entries) == ENTRIES > 3 and days[0] == day and days[-1] == day - timedelta(29)
    assert "brief of 2024-12-03" in entries[0]
    assert len(record.briefed) == ENTRIES
    made.entries(record, "v1")
    assert len(record.briefed) == ENTRIES  # the same data version: nothing remade
    made.entries(record, "v2")
    assert record.briefed[ENTRIES:] == [day]  # a same-day correction: the newest remade
    record.newest = day + timedelta(days=1)
    days, entries = made.entries(record, "v3")
    assert record.briefed[ENTRIES + 1:] == [day + timedelta(days=1)]  # the new report day only
    assert days[0] == day + timedelta(days=1) and len(entries) == ENTRIES
