"""`attrition update`: fetch each morning's report from the official channels and the mirrors.

Option parsing, the progress bar and the summary text only; the work (client, validator
cache, sources) is :meth:`attrition.Attrition.update`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import click

from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import log_level_option, open_db, thousands
from attrition.errors import AttritionError, UsageError
from attrition.library import update_source_names

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([hms]?)", re.IGNORECASE)
_UNIT_S = {"h": 3600.0, "m": 60.0, "s": 1.0, "": 1.0}


def parse_duration(text: str) -> timedelta:
    """Parse "90m", "2h", "1h30m", "45s" or plain seconds ("600") into a timedelta."""
    compact = text.strip().replace(" ", "")
    pos, seconds = 0, 0.0
    while pos < len(compact):
        match = _DURATION.match(compact, pos)
        if match is None or match.end() == pos:
            break
        seconds += float(match[1]) * _UNIT_S[match[2].lower()]
        pos = match.end()
    if not compact or pos != len(compact):
        raise UsageError(f"--wait: {text!r} is not a duration (e.g. 90m, 2h, 1h30m, 600)",
                         input=text)
    return timedelta(seconds=seconds)


def parse_base_urls(values: tuple[str, ...], sources: tuple[str, ...]) -> dict[str, str]:
    """Map --base-url values to sources: "NAME=URL", or a bare URL when one --source is given."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if sep and not name.startswith(("http:", "https:")) and "/" not in name:
            out[name.strip()] = url.strip()
        elif len(sources) == 1:
            out[sources[0]] = value.strip()
        else:
            raise UsageError("--base-url URL needs exactly one --source (or write NAME=URL)",
                             input=value)
    for url in out.values():
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"--base-url: {url!r} is not an http(s) URL", input=url)
    return out


def update_text(data: dict[str, Any]) -> str:
    """Return the text summary of an update: per source, new days, revisions, findings."""
    lines = []
    for src in data["sources"]:
        if src["error"]:
            lines.append(f"{src['source']:<14} FAILED: {src['error']['message']}"
                         + (f" ({src['error']['url']})" if src["error"].get("url") else ""))
            continue
        if not src["fetched"]:
            lines.append(f"{src['source']:<14} nothing new")
            continue
        days = src["new_days"]
        span = f"; new days {days[0]}…{days[-1]} ({len(days)})" if len(days) > 1 else (
            f"; new day {days[0]}" if days else "")
        lines.append(
            f"{src['source']:<14} {src['fetched']} document(s): {thousands(src['added'])} added, "
            f"{thousands(src['revised'])} revised, {thousands(src['unchanged'])} unchanged{span}"
        )
    new_days = data["new_days"]
    if new_days:
        shown = ", ".join(str(d) for d in new_days[-5:])
        more = f" (+{len(new_days) - 5} earlier)" if len(new_days) > 5 else ""
        lines.append(f"new report days: {shown}{more}")
    today = "present" if data["has_today"] else "not published yet"
    lines.append(f"today's report ({data['today']}): {today}; newest {data['latest_report_date']}")
    revisions = [r for s in data["sources"] for r in s["revisions"]]
    for rev in revisions[:20]:
        lines.append(f"revision: {rev['source']} {rev['category']} {rev['report_date']}: "
                     f"{rev['old_total']:,} → {rev['new_total']:,}")
    findings = [f for s in data["sources"] for f in s["findings"]]
    for finding in findings[:20]:
        lines.append(f"finding: {finding['kind']}: {finding['message']}")
    if len(findings) > 20:
        lines.append(f"... and {len(findings) - 20} more findings (see `attrition findings`)")
    return "\n".join(lines)


def _progress_bar(enabled: bool) -> tuple[Any, Any]:
    """Return a rich progress bar on stderr (a no-op context when stderr is not a terminal)."""
    from contextlib import nullcontext

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        return nullcontext(), None
    bar = Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
                   console=console, transient=True)
    tasks: dict[str, Any] = {}

    def report(source: str, done: int, total: int | None) -> None:
        if source not in tasks:
            tasks[source] = bar.add_task(source, total=total)
        bar.update(tasks[source], completed=done, total=total)

    return bar, report


@click.command()
@click.option("--source", "sources", multiple=True, type=click.Choice(update_source_names()),
              help="Update only this source (repeatable; default: all).")
@click.option("--since", default=None, metavar="DATE",
              help="Fetch reports from DATE on (default: the day after each source's newest; "
                   "the mirrors are always whole files).")
@click.option("--wait", default=None, metavar="DURATION",
              help="Poll until today's report appears or DURATION (e.g. 2h, 90m) ends.")
@click.option("--base-url", "base_urls", multiple=True, metavar="[NAME=]URL",
              help="Ask another server for a source (a private mirror, a test server).")
@db_option
@log_level_option
@json_option
def update(sources: tuple[str, ...], since: str | None, wait: str | None,
           base_urls: tuple[str, ...], db: str | None, log_level: str, as_json: bool) -> None:
    """Fetch what is new from the official channels and the mirrors, check it and store it.

    Official channels first (General Staff Telegram preview, mod.gov.ua UA/EN), then the
    russianwarship.rip API and the bulk mirrors (PetroIvaniuk, lod-db, minfin) that
    backfill missing days. One transaction per source: a source that fails is reported
    (exit status 1) and stores nothing, while the others still update. Unchanged files
    are not downloaded again (ETag/Last-Modified, kept next to the database).

    Example: attrition update --source telegram --wait 2h
    """
    from attrition.cli import own_process
    from attrition.library.base import settings as load_settings
    from attrition.library.updating import process_started
    from attrition.log import configure_logging
    from attrition.model.dates import parse_date

    configure_logging(log_level)
    try:
        day = parse_date(since, "--since") if since else None
        waiting = parse_duration(wait) if wait else None
        bases = parse_base_urls(base_urls, sources)
        settings = load_settings(db)
        bar, progress = _progress_bar(not as_json)
        with bar, open_db(settings.db) as record:
            result = record.update(sources, since=day, wait=waiting, base_urls=bases,
                                   default_base_url=settings.base_url,
                                   user_agent=settings.user_agent, timeout_s=settings.timeout_s,
                                   max_download_bytes=settings.max_download_bytes,
                                   request_deadline_s=settings.request_deadline_s,
                                   update_deadline_s=settings.update_deadline_s,
                                   deadline_start=process_started() if own_process() else None,
                                   progress=progress)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(result, as_json=as_json, text=update_text)
    if not result.ok:
        raise SystemExit(1)
