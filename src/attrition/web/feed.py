"""``/feed.xml``: an Atom feed of the daily brief (English), one entry per report day."""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

router = APIRouter(include_in_schema=False)

ENTRIES = 3
SITE = "urn:attrition:desk"


def atom(request: Request) -> bytes:
    """Return the feed: the brief of each of the last ENTRIES report days."""
    record = request.app.state.record
    latest = record.latest().to_dict()
    if not latest:
        days: list[date] = []
    else:
        newest = max(date.fromisoformat(str(r["report_date"])) for r in latest)
        days = [newest - timedelta(days=i) for i in range(ENTRIES)]
    entries = []
    for day in days:
        brief = record.brief(as_of=day, lang="en", fmt="html").to_dict()
        text = brief.get("text", "")
        stamp = f"{day.isoformat()}T12:00:00Z"
        entries.append(
            f"<entry><id>{SITE}:brief:{day.isoformat()}</id>"
            f"<title>Russia's reported losses: the brief of {day.isoformat()}</title>"
            f"<updated>{stamp}</updated>"
            f'<link rel="alternate" href="/"/>'
            f'<content type="html">{escape(text)}</content></entry>'
        )
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
