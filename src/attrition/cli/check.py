"""`attrition check`: fact-check the loss figures in an article (a thin skin on claims.check_text)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from attrition.cli.check_report import check_file, report_text
from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit_answer, fail, json_default
from attrition.cli.session import open_db
from attrition.errors import AttritionError


def _check_folder(
    folder: str, as_of: str | None, lang: str | None, explain_lang: str | None, db: str | None, as_json: bool
) -> None:
    """Stream one result per article of FOLDER (a JSON line each with --json), with a progress bar."""
    import json

    from attrition.model.dates import parse_date

    failed = 0
    try:
        day = parse_date(as_of, "--as-of") if as_of else None
        with open_db(db) as record:
            count, results = record.check_folder(folder, as_of=day, lang=lang, today=date.today(),
                                                 explain_lang=explain_lang)
            with click.progressbar(length=count, label="checking", file=sys.stderr) as bar:
                for item in results:
                    bar.update(1)
                    failed += item.report is None
                    if as_json:
                        body = ({"ok": True, "data": item.to_dict(), "meta": item.meta()} if item.report
                                else {"ok": False, "error": item.error, "data": item.to_dict()})
                        click.echo(json.dumps(body, default=json_default, ensure_ascii=False))
                    elif item.report is None:
                        click.echo(f"== {item.path}\nerror: {item.error}")
                    else:
                        click.echo(f"== {item.path}\n{report_text(item)}")
    except AttritionError as err:
        fail(err, as_json=as_json)
    if failed:
        sys.exit(1)


@click.command("check")
@click.argument("file", metavar="FILE|DIR|-")
@click.option("--as-of", "as_of", default=None, metavar="DATE",
              help="Date the article speaks from (default: its dateline, else today).")
@click.option("--lang", type=click.Choice(["en", "uk"]), default=None,
              help="Language of the text (default: detected).")
@click.option("--explain-lang", "explain_lang", type=click.Choice(["en", "uk"]), default=None,
              help="Language of the explanations (default: the text's language).")
@db_option
@json_option
def check(
    file: str, as_of: str | None, lang: str | None, explain_lang: str | None, db: str | None, as_json: bool
) -> None:
    """Check every figure about Russia's reported losses in an article against the record.

    Each claim (totals, a day's figure, period sums, records, streaks, milestones) gets a
    verdict — correct, correct_other_convention, rounded, incorrect or unverifiable — with
    a one-sentence explanation and the reports it rests on. FILE may be text or HTML;
    "-" reads standard input. A folder checks every .txt/.md/.html article in it on all
    cores and streams one result per article (one JSON line each with --json), with a
    progress bar on standard error. Explanations follow the text's language (Ukrainian for a
    Ukrainian article) unless --explain-lang says otherwise.

    Example: attrition check article.txt --as-of 2025-01-16 --json
    """
    if file != "-" and Path(file).is_dir():
        _check_folder(file, as_of, lang, explain_lang, db, as_json)
        return
    try:
        answer = check_file(file, as_of=as_of, lang=lang, explain_lang=explain_lang, db=db)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json, text=lambda _: report_text(answer))
