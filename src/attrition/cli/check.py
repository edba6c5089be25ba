"""`attrition check`: fact-check the loss figures in an article (a thin skin on claims.check_text)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from attrition.cli.options import db_option, json_option
from attrition.cli.render import emit_answer, fail, json_default
from attrition.cli.session import open_db
from attrition.errors import AttritionError, ParseError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library.checking import CheckAnswer, FileCheck

_MARK = {
    "correct": "✓", "correct_other_convention": "≈", "rounded": "~", "incorrect": "✗",
    "unverifiable": "?",
}
_WORDS = {  # the text form's own lines, in the explanation language
    "en": {
        "header": "as of {as_of} ({source}), language {lang}",
        "none": "no claims about Russia's reported losses found",
        "out": "out of scope:",
        "note": "note: {note}",
        "correct": "correct", "correct_other_convention": "correct_other_convention",
        "rounded": "rounded", "incorrect": "incorrect", "unverifiable": "unverifiable",
        "argument": "argument", "dateline": "dateline", "today": "today", "record": "record",
    },
    "uk": {
        "header": "станом на {as_of} ({source}), мова тексту: {lang}",
        "none": "тверджень про втрати Росії за даними Генштабу не знайдено",
        "out": "поза межами перевірки:",
        "note": "примітка: {note}",
        "correct": "правильно", "correct_other_convention": "правильно за іншою датою",
        "rounded": "округлено", "incorrect": "неправильно", "unverifiable": "не можна перевірити",
        "argument": "задано аргументом", "dateline": "за датою статті", "today": "сьогодні",
        "record": "останній звіт",
    },
}


def read_input(file: str) -> str:
    """Return the text of FILE, or of standard input for "-"."""
    if file == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        where = "<stdin>"
    else:
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}", input=file) from exc
        where = file
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 text (byte {exc.start})", path=where) from exc


def report_text(answer: CheckAnswer | FileCheck) -> str:
    """Return the human form in the explanation language: one block per claim, then the numbers left out."""
    report = answer.report
    assert report is not None
    words = _WORDS.get(report.explain_lang, _WORDS["en"])
    source = words.get(report.as_of_source, report.as_of_source)
    lines = [words["header"].format(as_of=report.as_of.isoformat(), source=source, lang=report.lang)]
    if not report.verdicts and not report.independent:
        lines.append(words["none"])
    independent_heading = ["territory and independent counts (each against its own source):"]
    for v in (*report.verdicts, *report.independent):
        if v in report.independent and independent_heading:
            lines.append(independent_heading.pop())
        c = v.claim
        lines.append(f"{_MARK[v.verdict.value]} {words[v.verdict.value]}: \"{c.quote}\" [{c.kind.value}, "
                     f"{c.category}, {c.start}-{c.end}]")
        lines.append(f"    {v.explanation}")
    if report.out_of_scope:
        lines.append(words["out"])
        for o in report.out_of_scope:
            lines.append(f"  - \"{o.quote}\" ({o.reason})")
    lines.extend(words["note"].format(note=n) for n in report.notes)
    return "\n".join(lines)


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
    from attrition.model.dates import parse_date

    if file != "-" and Path(file).is_dir():
        _check_folder(file, as_of, lang, explain_lang, db, as_json)
        return
    try:
        day = parse_date(as_of, "--as-of") if as_of else None
        text = read_input(file)
        with open_db(db) as record:
            answer = record.check(text, as_of=day, lang=lang, today=date.today(),
                                  explain_lang=explain_lang)
    except AttritionError as err:
        fail(err, as_json=as_json)
    emit_answer(answer, as_json=as_json, text=lambda _: report_text(answer))
