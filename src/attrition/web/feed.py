"""``/feed.xml``: an Atom feed of the daily brief (English), one entry per report day (the last 30).

A brief costs about a second, so each entry is made once per process: an Atom entry
is what was briefed that day, and a later update (a new day's report) adds an entry
without remaking the others. Only the newest day's entry is remade when the data
version changes (a same-day correction changes it); the whole feed's bytes are cached
by data version in the reply cache like every GET.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

router = APIRouter(include_in_schema=False)

ENTRIES = 30
SITE = "urn:attrition:desk"


class FeedEntries:
    """The Atom entry of each report day, made once (the newest once per data version)."""

    def __init__(self) -> None:
        self._made: dict[date, tuple[str, str]] = {}  # day -> (data version made at, entry)
        self._lock = threading.Lock()  # one maker at a time: two readers never brief twice

    def entries(self, record: Any, token: str) -> tuple[list[date], list[str]]:
        """Return the days of the feed (newest first) and their entries."""
        latest = record.latest().to_dict()
        if not latest:
            return [], []
        newest = max(date.fromisoformat(str(r["report_date"])) for r in latest)
        days = [newest - timedelta(days=i) for i in range(ENTRIES)]
        with self._lock:
            for day in days:
                made = self._made.get(day)
                if made is None or (day == newest and made[0] != token):
                    self._made[day] = (token, _entry(record, day))
            for day in [d for d in self._made if d not in days]:
                del self._made[day]
            return days, [self._made[d][1] for d in days]


def _entry(record: Any, day: date) -> str:
    brief = record.brief(as_of=day, lang="en", fmt="html").to_dict()
    text = brief.get("text", "")
    stamp = f"{day.isoformat()}T12:00:00Z"
    return (
        f"<entry><id>{SITE}:brief:{day.isoformat()}</id>"
        f"<title>Russia's reported losses: the brief of {day.isoformat()}</title>"
        f"<updated>{stamp}</updated>"
        f'<link rel="alternate" href="/"/>'
        f'<content type="html">{escape(text)}</content></entry>'
    )


def atom(request: Request) -> bytes:
    """Return the feed: the brief of each of the last ENTRIES report days."""
    state = request.app.state
    days, entries = state.feed_entries.entries(state.record, state.watch.current())
    updated = f"{days[0].isoformat()}T12:00:00Z" if days else "2022-02-24T00:00:00Z"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{SITE}:feed</id><title>attrition — the daily brief</title>"
        f"<updated>{updated}</updated><author><name>attrition</name></author>"
        '<link rel="self" href="/feed.xml"/>' + "".join(entries) + "</feed>\n"
    ).encode()


@router.get("/feed.xml")
async def feed(request: Request) -> Response:
    """The Atom feed of the daily brief."""
    body = await run_in_threadpool(atom, request)
    return Response(body, media_type="application/atom+xml")
