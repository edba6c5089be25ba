"""What `attrition check FILE` prints, and its library call: shared by the click command and the click-free entry.

Importable without click (:mod:`attrition.cli.hot` answers ``check FILE`` with it before
click is imported). :func:`check_file` opens only the checking area of the record
(:class:`~attrition.library.checking.CheckingMethods`, the same method as the door's).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.errors import ParseError, UsageError

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
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



def check_file(
    file: str, *, as_of: str | None = None, lang: str | None = None, explain_lang: str | None = None,
    db: str | None = None,
) -> CheckAnswer:
    """Check the article FILE ("-": standard input) against the record at ``db``: parse --as-of, read, check."""
    from attrition.library.base import open_store_at
    from attrition.library.checking import CheckingMethods
    from attrition.model.dates import parse_date

    day = parse_date(as_of, "--as-of") if as_of else None
    text = read_input(file)
    with CheckingMethods(open_store_at(db)) as record:
        return record.check(text, as_of=day, lang=lang, today=date.today(), explain_lang=explain_lang)
