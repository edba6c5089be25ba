"""`attrition ingest` (files → the record) and `attrition parse` (one report text, no database)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import log_level_option, open_db, thousands
from attrition.errors import AttritionError

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library.updating import IngestAnswer


def ingest_text(result: IngestAnswer, *, max_skipped: int | None = None) -> str:
    """Return the text summary of an ingest: what was added, skipped and flagged.

    ``max_skipped`` caps how many skipped files are listed (all by default).
    """
    totals = result.totals
    if not result.documents:
        lines = ["nothing new to ingest"]
    else:
        lines = [
            f"ingested {totals['documents']} document(s): {thousands(totals['added'])} "
            f"observations added, {thousands(totals['revised'])} revised, "
            f"{thousands(totals['unchanged'])} unchanged, {totals['corrections']} stated corrections"
        ]
    for doc in result.documents:
        lines.append(
            f"  {doc.source:<14} {doc.locator}  sha256 {doc.sha256}  +{doc.added:,} added, "
            f"{doc.revised:,} revised, {doc.unchanged:,} unchanged, {doc.findings} findings"
        )
    if result.skipped:
        lines.append(f"skipped {len(result.skipped)} file(s):")
        shown = result.skipped if max_skipped is None else result.skipped[:max_skipped]
        lines += [f"  {s.path}: {s.reason}" for s in shown]
        if len(shown) < len(result.skipped):
            lines.append(f"  ... and {len(result.skipped) - len(shown)} more (--json lists all)")
    by_kind = result.result.findings_by_kind()
    if by_kind:
        counts = ", ".join(f"{kind} {n}" for kind, n in by_kind.items())
        lines.append(f"flagged {len(result.findings)} new finding(s): {counts}")
        lines.append("  (see `attrition findings`)")
    else:
        lines.append("flagged nothing new")
    return "\n".join(lines)


@click.command()
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH..."
)
@click.option(
    "--source",
    default=None,
    metavar="NAME",
    help="Read every file as this source (default: each source recognises its own files).",
)
@click.option(
    "--max-size",
    default=None,
    metavar="MB",
    help="Refuse files larger than this many megabytes (default: $ATTRITION_MAX_FILE_MB, else 20).",
)
@db_option
@log_level_option
@json_option
def ingest(
    paths: tuple[Path, ...], source: str | None, max_size: str | None, db: str | None,
    log_level: str, as_json: bool,
) -> None:
    """Ingest files or folders (recursively) into the record, in one transaction.

    Files in a folder that no source recognises are skipped with a reason; a file
    named explicitly that cannot be ingested (empty, binary, UTF-16, unknown) is an
    error. Files already ingested (same sha256) are skipped as unchanged. A file that
    fails to parse, or is larger than --max-size, aborts the whole ingest and leaves
    the database unchanged.

    Example: attrition ingest ../shared/data/petroivaniuk ../shared/data/minfin-csv
    """
    from attrition.library.base import setting_number, settings
    from attrition.log import configure_logging

    configure_logging(log_level)
    try:
        limit_mb = setting_number(max_size, "--max-size") if max_size else settings(db).max_file_mb
        with open_db(db) as record:
            result = record.ingest(paths, source=source,
                                   max_file_bytes=int(limit_mb * 1024 * 1024))
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(result, as_json=as_json, text=ingest_text(result))


def parse_text(data: dict[str, Any]) -> str:
    """Return the text form of a parsed report."""
    head = f"report date {data['report_date'] or 'unknown'}"
    if data["loss_date"]:
        head += f" (losses of {data['loss_date']})"
    if data["heading_date"] and data["heading_date"] != data["report_date"]:
        head += f"; heading says {data['heading_date']}"
    if data["heading_date_mismatch"]:
        head += " [heading date mismatch]"
    lines = [head, f"language {data['language']}; {len(data['records'])} categories"]
    for rec in data["records"]:
        about = "about " if rec["is_approximate"] else ""
        printed = thousands(rec["increment_printed"], signed=True)
        lines.append(
            f"  {rec['line_no'] or '-':>3}  {rec['category']:<20} {about}{rec['total']:,} "
            f"({printed})"
        )
    if data["flags"]:
        lines.append("flags: " + ", ".join(data["flags"]))
    return "\n".join(lines)


@click.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--date", "known_date", default=None, metavar="DATE",
    help="Report date when the text has no heading (default: a date the file name starts with).",
)
@json_option
def parse(file: Path, known_date: str | None, as_json: bool) -> None:
    """Parse one General Staff report text and show what it states (no database).

    Prints the report date (and the heading's date if it differs), the language and
    one record per category: total, printed increment, "about" flag and line.

    Example: attrition parse ../shared/data/report-texts/2023-05-01_en_kmu.gov.ua.txt --json
    """
    from attrition.library import parse_report_file
    from attrition.model.dates import parse_date

    try:
        day = parse_date(known_date, "--date") if known_date else None
        parsed = parse_report_file(file, day)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(parsed, as_json=as_json, text=parse_text)
