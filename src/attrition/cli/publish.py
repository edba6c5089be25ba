"""`attrition brief`, `attrition chart`, `attrition card` and `attrition export`.

Each command parses its options, makes one call into the library and prints through
:mod:`attrition.cli.render`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from attrition.cli.options import as_of_option, db_option, json_option
from attrition.cli.render import emit_answer, fail
from attrition.cli.session import open_db
from attrition.errors import AttritionError

lang_option = click.option(
    "--lang", type=click.Choice(["en", "uk"]), default="en", show_default=True,
    help="Language: English or Ukrainian.",
)
CHART_KINDS = ("daily", "monthly", "cumulative", "categories", "calendar", "yoy", "compare",
               "territory")


def _parse_as_of(as_of: str | None) -> Any:
    from attrition.model.dates import parse_date

    return parse_date(as_of, "--as-of") if as_of else None


@click.command()
@click.option("--category", default="personnel", show_default=True, metavar="CATEGORY",
              help="Category the brief is about (key or alias).")
@as_of_option
@lang_option
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html"]), default="text",
              show_default=True, help="Plain text, Markdown, or a standalone HTML page.")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              metavar="FILE", help="Write the brief to FILE instead of printing it.")
@db_option
@json_option
def brief(category: str, as_of: str | None, lang: str, fmt: str, output: Path | None,
          db: str | None, as_json: bool) -> None:
    """Write the newsroom brief: every fact a story needs, each number cited.

    The latest total and day (report date and loss date), the last 7 days against the 7
    before, the month so far against the same days of earlier months, the last three
    complete months by loss date and report date, the top days, streaks, the trend and
    its change point, the next milestone with 50/80/95% intervals, this week's largest
    equipment movements, the findings that touch these numbers, and the caveats. md and
    html print beside each fact the command that reproduces it.

    Example: attrition brief --as-of 2024-12-04 --lang uk --format md
    """
    try:
        with open_db(db) as record:
            answer = record.brief(category, as_of=_parse_as_of(as_of), lang=lang, fmt=fmt,
                                  output=output)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json,
                text=f"wrote {output}" if output is not None else answer.text.rstrip("\n"))


@click.command()
@click.argument("kind", type=click.Choice(CHART_KINDS), metavar="KIND")
@click.argument("category", default=None, required=False)
@click.option("--from", "start", default=None, metavar="DATE", help="First loss date shown.")
@click.option("--to", "end", default=None, metavar="DATE", help="Last loss date shown.")
@as_of_option
@lang_option
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), required=True,
              metavar="FILE", help="Image to write; .png or .svg decides the format.")
@db_option
@json_option
def chart(kind: str, category: str | None, start: str | None, end: str | None, as_of: str | None,
          lang: str, output: Path, db: str | None, as_json: bool) -> None:
    """Draw a publishable chart of CATEGORY (default personnel) as PNG or SVG.

    KIND is daily (bars and the 7-day trailing mean), monthly (bars by loss date, partial
    months marked), cumulative (the total with the milestone forecast fan, 50/80/95%),
    categories (small multiples of every category), calendar (heat map of daily losses)
    or yoy (losses since 1 January, one line per year). Beside the record: compare
    (CATEGORY, default tanks: the General Staff's count and Oryx's photo-confirmed one,
    with the ratio under them) and territory (no CATEGORY: DeepState's monthly net change
    of the occupied area as bars, the occupied area as a line). Every chart carries its
    source line, the data version (latest report date and content hash) and a text
    alternative (in --json, the SVG's <desc> and the PNG's Description).

    Example: attrition chart monthly personnel --from 2024-01-01 -o monthly.svg
    """
    try:
        with open_db(db) as record:
            answer = record.chart(kind, category, output=output, start=start, end=end,
                                  as_of=_parse_as_of(as_of), lang=lang)
    except AttritionError as err:
        fail(err, as_json=as_json)
    result = answer.chart
    emit_answer(answer, as_json=as_json,
                text=(f"wrote {output} ({result.width_px}×{result.height_px} px, "
                      f"{result.format}): {result.title}; {result.version.label}"))


@click.command()
@as_of_option
@lang_option
@click.option("--size", type=click.Choice(["1080x1080", "1200x675"]), default="1080x1080",
              show_default=True, help="Pixel size: square, or landscape for link previews.")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), required=True,
              metavar="FILE", help="Image to write (.png; .svg also works).")
@db_option
@json_option
def card(as_of: str | None, lang: str, size: str, output: Path, db: str | None,
         as_json: bool) -> None:
    """Draw the daily infographic: every category with its total and (+N), and the dates.

    Example: attrition card --as-of 2024-12-04 --lang uk --size 1200x675 -o card.png
    """
    try:
        with open_db(db) as record:
            answer = record.card(output=output, as_of=_parse_as_of(as_of), lang=lang, size=size)
    except AttritionError as err:
        fail(err, as_json=as_json)
    result = answer.card
    emit_answer(answer, as_json=as_json,
                text=(f"wrote {output} ({result.width_px}×{result.height_px} px): report of "
                      f"{result.report_date}, losses of {result.loss_date}; "
                      f"{result.version.label}"))


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet", "datapackage"]),
              default="datapackage", show_default=True,
              help="Table format; datapackage = CSV plus a Frictionless datapackage.json.")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, file_okay=False),
              required=True, metavar="DIR", help="Folder to write into (created if needed).")
@as_of_option
@db_option
@json_option
def export(fmt: str, output: Path, as_of: str | None, db: str | None, as_json: bool) -> None:
    """Export the record as open data with stable file names.

    Writes losses_long (one row per category and report), losses_daily_wide (one row per
    loss date), losses_monthly (by loss date), latest.json and last_updated.txt; with
    --format datapackage also datapackage.json (schema, licence notes, provenance).

    Example: attrition export --format datapackage -o site/data
    """
    try:
        with open_db(db) as record:
            answer = record.export(output, fmt, as_of=_parse_as_of(as_of))
    except AttritionError as err:
        fail(err, as_json=as_json)
    result = answer.export
    rows = ", ".join(f"{name} {n:,}" for name, n in result.rows.items())
    emit_answer(answer, as_json=as_json,
                text=(f"wrote {len(result.files)} files to {output} ({fmt}): {rows}; "
                      f"{result.version.label}"))
