"""Parser for the General Staff daily loss report text (Ukrainian, English, bilingual), 2022 on.

Owns the public API: text → one :class:`ParsedReport` (``parse_report``), a dump of posts →
several (``parse_reports``), HTML pages → text, the report date (heading, else the file
name's date), and the ``gs_text`` :class:`~attrition.sources.base.Source`. Reading one line
lives in :mod:`~attrition.sources.gs_text.lines`, one category item in
:mod:`~attrition.sources.gs_text.items`, headings and dates in
:mod:`~attrition.sources.gs_text.dates`, one report's lines → ParsedReport in
:mod:`~attrition.sources.gs_text.assembly`.

Line numbers are 1-based lines of the text as given; for HTML input they are lines of the
text after tags are turned into line breaks. Lines that are not category lines (WARNING,
"Data are being updated.", the 2022 greatest-losses sentence, headlines, URLs, prose) are
kept verbatim in ``ParsedReport.notes`` and never become observations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath

from attrition.errors import ParseError
from attrition.model.observation_checks import out_of_window, personnel_not_round
from attrition.model.records import Finding, ParsedBatch, ParsedReport, RawDocument
from attrition.sources.base import SourceBase, decode_text
from attrition.sources.gs_text import dates as gd
from attrition.sources.gs_text import items as gi
from attrition.sources.gs_text import lines as gl
from attrition.sources.gs_text.assembly import ReportAssembly
from attrition.sources.gs_text.lines import html_to_text, looks_like_report

__all__ = [
    "SOURCE",
    "GsTextSource",
    "html_to_text",
    "known_date_from_path",
    "looks_like_report",
    "parse_report",
    "parse_reports",
    "report_findings",
]

_FILE_DATE = re.compile(r"(?:^|(?<=[_\-. ]))(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})


def known_date_from_path(path: str | PurePath | None) -> date | None:
    """Return the YYYY-MM-DD date a file name starts with (``2023-12-29_en_kmu.gov.ua.txt``).

    A name that does not start with a date may still carry one after a separator
    (``ukraine_stats_2023-12-29.html``); the first such date is used. None when there is none.
    """
    if not path:
        return None
    m = _FILE_DATE.search(PurePath(str(path)).name)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_report(
    text: str, *, path: str | None = None, known_date: date | None = None
) -> ParsedReport:
    """Parse one daily report (text or HTML); raise ParseError naming path, line and field."""
    assembly = ReportAssembly(path, known_date, known_date)
    assembly.feed(gl.iter_read_lines(text, path))
    return assembly.finish()


def _figure_lines(reads: list[gl.LineRead]) -> list[bool]:
    """Mark the lines that carry a figure: category items, or a value under a label line."""
    marks, previous = [], gl.BLANK
    for read in reads:
        marks.append(bool(read.items) or (read.kind == gl.VALUE and previous == gl.LABEL))
        if read.kind != gl.BLANK:
            previous = read.kind
    return marks


def _chunks(reads: list[gl.LineRead]) -> list[list[gl.LineRead]]:
    """Split the lines at report headings; a heading opens a new report once figures were seen."""
    chunks: list[list[gl.LineRead]] = [[]]
    figures: list[list[bool]] = [[]]
    for read, is_figure in zip(reads, _figure_lines(reads), strict=True):
        if read.kind == gl.HEADING and any(figures[-1]):
            current = chunks[-1]
            # WARNING lines set off by a blank line just above a heading open the next post
            j = len(current)
            while j and (current[j - 1].kind == gl.BLANK or _is_warning(current[j - 1])):
                j -= 1
            run = current[j:]
            blank = next((k for k, r in enumerate(run) if r.kind == gl.BLANK), None)
            cut = len(current)
            if blank is not None and any(_is_warning(r) for r in run[blank:]):
                cut = j + blank
            chunks.append(current[cut:])
            figures.append(figures[-1][cut:])
            del current[cut:], figures[-2][cut:]
        chunks[-1].append(read)
        figures[-1].append(is_figure)
    merged: list[list[gl.LineRead]] = []
    for chunk, marks in zip(chunks, figures, strict=True):
        if merged and not any(marks):  # headings in a list of links, not a post
            merged[-1].extend(chunk)
        elif chunk:
            merged.append(chunk)
    return merged


def _is_warning(read: gl.LineRead) -> bool:
    return read.kind == gl.NOTE and bool(read.notes) and read.notes[0][0] == "warning_line"


def parse_reports(
    text: str, *, path: str | None = None, known_date: date | None = None
) -> list[ParsedReport]:
    """Parse a text holding several reports one after another, splitting at their headings.

    With one report, ``known_date`` works as in :func:`parse_report`; with several it only
    supplies the year for headings that print none.
    """
    chunks = _chunks(gl.read_lines(text, path)[0])
    single = len(chunks) == 1
    reports = []
    for chunk in chunks:
        assembly = ReportAssembly(path, known_date if single else None, known_date)
        assembly.feed(chunk)
        reports.append(assembly.finish())
    return reports


def report_findings(report: ParsedReport, source: str = gi.SOURCE_NAME) -> tuple[Finding, ...]:
    """Return findings on one parsed report: heading date mismatch, odd personnel, stray category."""
    day = report.report_date
    found: list[Finding] = []
    if "heading_date_mismatch" in report.flags and report.heading_date is not None:
        found.append(
            Finding(
                "heading_date_mismatch",
                f"heading names {report.heading_date.isoformat()}, the report is dated {day}",
                report_date=day,
                source=source,
                details={
                    "heading_date": report.heading_date.isoformat(),
                    "line_no": report.heading_line,
                    "path": report.path,
                },
            )
        )
    # unrounded personnel and categories outside their window: the shared rules
    found += personnel_not_round(report.observations, source=source)
    found += out_of_window(report.observations, source=source)
    return tuple(found)


def _has_heading(text: str) -> bool:
    for line in text.splitlines():
        try:
            if gd.has_heading_hint(line) and gd.find_heading(line) is not None:
                return True
        except ParseError:
            continue
    return False


@dataclass(frozen=True)
class GsTextSource(SourceBase):
    """The General Staff's own daily text, read from .txt/.md/.html files."""

    name: str = gi.SOURCE_NAME
    title: str = "General Staff daily loss report (text)"

    def recognises(self, path: Path, head: bytes) -> bool:
        """Return True for a .txt/.md/.html file whose first bytes read as a loss report."""
        suffix = PurePath(str(path)).suffix.lower()
        if suffix not in _SUFFIXES:
            return False
        text = head.decode("utf-8-sig", errors="replace")
        if len(head) >= 4096 and "\n" in text:
            text = text[: text.rindex("\n")]  # drop a line cut by the head limit
        if looks_like_report(text):
            return True
        # an HTML head may end before the figures; its <title>/<h1> heading is enough
        return suffix in {".html", ".htm"} and _has_heading(text)

    def parse(self, doc: RawDocument) -> ParsedBatch:
        """Parse one document holding one report into observations and findings."""
        report = parse_report(
            decode_text(doc), path=doc.locator, known_date=known_date_from_path(doc.locator)
        )
        return ParsedBatch(
            source=self.name,
            observations=report.observations,
            findings=report_findings(report, self.name),
            reports=(report,),
            meta={"language": report.language, "flags": list(report.flags)},
        )


SOURCE = GsTextSource()
