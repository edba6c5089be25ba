"""Assembling the read lines of one General Staff report into a ParsedReport.

Owns what a report is made of: its heading and report date (the caller's known date wins,
then the heading, then the loss-day headline), the label-then-figure pairs of the 2026
layout, duplicates, the language, and which unknown labels on an HTML page are errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from attrition.errors import ParseError
from attrition.model.categories import get_category
from attrition.model.records import Observation, ParsedReport
from attrition.sources.gs_text import dates as gd
from attrition.sources.gs_text import items as gi
from attrition.sources.gs_text import lines as gl

# a report prints each category once (a bilingual one twice; real texts: at most 2): a
# category line seen more often than this is not one report (a million item lines)
MAX_LINES_PER_CATEGORY = 4

# before the 2022-05-01 merge "automotive equipment" / "автомобільна техніка" named military
# vehicles alone (fuel tanks had their own line): read the merged label as the old category
_BEFORE_MERGE = {"vehicles_fuel_tanks": "military_auto"}


def _key_on(key: str, report_date: date) -> str:
    old = _BEFORE_MERGE.get(key)
    if old is not None and report_date < get_category(key).valid_from:
        return old
    return key


@dataclass(slots=True)
class ReportAssembly:
    """Turns the read lines of one report into a ParsedReport."""

    path: str | None
    known_date: date | None
    year_hint: date | None
    items: list[tuple[gi.Item, int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flags: dict[str, None] = field(default_factory=dict)
    heading: gd.Heading | None = None
    heading_line: int | None = None
    foreign_heading: gl.LineRead | None = None
    headline_date: gd.DayMonth | None = None
    suspects: list[ParseError] = field(default_factory=list)
    first_line: gl.Line | None = None  # the first non-blank line (for the "no figures" error)
    seen: dict[str, int] = field(default_factory=dict)  # lines per category key

    def _note(self, flag: str | None, text: str) -> None:
        self.notes.append(text)
        if flag:
            self.flags[flag] = None

    def _add(self, item: gi.Item, line_no: int, raw: str) -> None:
        if self.foreign_heading is not None:
            line = self.foreign_heading.line
            raise ParseError(
                "a second report heading with another date: the text holds several reports "
                "(use parse_reports)",
                path=self.path,
                line_no=line.line_no,
                field="heading",
                input=line.raw.strip(),
                source=gi.SOURCE_NAME,
            )
        key = item.category.key
        seen = self.seen[key] = self.seen.get(key, 0) + 1
        if seen > MAX_LINES_PER_CATEGORY:
            raise ParseError(
                f"{key} appears on more than {MAX_LINES_PER_CATEGORY} lines: not one report",
                path=self.path,
                line_no=line_no,
                field=key,
                input=raw[:200],
                source=gi.SOURCE_NAME,
            )
        self.items.append((item, line_no, raw))

    def feed(self, reads: Iterable[gl.LineRead]) -> None:
        """Take the lines of the report in order (read one at a time: none is kept)."""
        pending: gl.LineRead | None = None  # a label-only line ("Personnel:") awaiting its figure
        for read in reads:
            if read.kind == gl.BLANK:
                continue
            if self.first_line is None:
                self.first_line = read.line
            if pending is not None and read.kind != gl.VALUE:
                self._note(None, pending.line.text)
                pending = None
            for flag, text in read.notes:
                self._note(flag, text)
            if read.line.joined:
                self.flags["label_joined"] = None
            if read.kind == gl.HEADING and read.heading is not None:
                self._take_heading(read)
            elif (
                read.kind == gl.HEADLINE
                and read.headline is not None
                and self.headline_date is None
            ):
                self.headline_date = read.headline.loss_date
            elif read.kind == gl.VALUE:
                self._take_value(read, pending)
                pending = None
            elif read.kind == gl.LABEL:
                pending = read
            for item, raw in read.items:
                self._add(item, read.line.line_no, raw)
            self.suspects.extend(read.suspects)
        if pending is not None:
            self._note(None, pending.line.text)

    def _take_heading(self, read: gl.LineRead) -> None:
        assert read.heading is not None
        if self.heading is None:
            self.heading, self.heading_line = read.heading, read.line.line_no
            if read.heading.dates_differ:
                self.flags["heading_dates_differ"] = None
            return
        old, new = self.heading.date, read.heading.date
        if (old.day, old.month, old.year) != (new.day, new.month, new.year):
            self.foreign_heading = read
            self._note("other_heading", read.line.text)

    def _take_value(self, read: gl.LineRead, pending: gl.LineRead | None) -> None:
        value, line = read.value, read.line
        assert value is not None
        if pending is None or pending.label is None:
            if value["approx"] or value["inc"] or value["unit"]:
                raise ParseError(
                    "a figure without a category label",
                    path=self.path,
                    line_no=line.line_no,
                    field="label",
                    input=line.raw.strip(),
                    source=gi.SOURCE_NAME,
                )
            self._note("extra_text", line.text)
            return
        cat = pending.label
        inc = gi.read_increment(value["inc"], field=cat.key, path=self.path, line_no=line.line_no)
        item = gi.Item(
            cat,
            gi.to_int(value["total"], field=cat.key, path=self.path, line_no=line.line_no),
            inc,
            value["approx"] is not None,
            gi.script_of(pending.line.text),
            line.text,
        )
        self._add(item, line.line_no, f"{pending.line.raw.strip()} {line.raw.strip()}")

    def _judge_suspects(self) -> None:
        """Raise for an unknown label on a page next to the report's figures; note the rest."""
        first, last = self.items[0][1], self.items[-1][1]
        for err in self.suspects:
            if err.line_no is not None and first - 2 <= err.line_no <= last + 2:
                raise err
            self.flags["unknown_label_outside_report"] = None

    def _report_date(self) -> tuple[date | None, date | None]:
        """Return (report date, heading date): the known date wins, then heading, then headline."""
        heading_date = None
        if self.heading is not None:
            hint = self.known_date or self.year_hint
            heading_date = self.heading.date.resolve(hint)
            if self.heading.date.year is None:
                self.flags["heading_year_inferred"] = None
        else:
            self.flags["no_heading"] = None
        if self.known_date is not None:
            if heading_date is not None and heading_date != self.known_date:
                self.flags["heading_date_mismatch"] = None
            return self.known_date, heading_date
        if heading_date is not None:
            return heading_date, heading_date
        if self.headline_date is not None:
            self.flags["report_date_from_headline"] = None
            return self.headline_date.resolve(self.year_hint) + timedelta(days=1), None
        return None, None

    def _language(self) -> str:
        """Return "uk", "en" or "uk+en" from the scripts of the heading and the labels."""
        counts = {"uk": 0, "en": 0, "uk+en": 0}
        for item, _, _ in self.items:
            if item.script:
                counts[item.script] += 1
        bilingual_heading = self.heading is not None and self.heading.script == "uk+en"
        if bilingual_heading or counts["uk+en"] * 2 >= len(self.items):
            return "uk+en"
        if min(counts["uk"], counts["en"]) >= 3:  # a Ukrainian block then an English one
            return "uk+en"
        return "uk" if counts["uk"] >= counts["en"] else "en"

    def finish(self) -> ParsedReport:
        """Return the report; raise ParseError if it has no figures or no date."""
        if not self.items:
            first = self.first_line
            raise ParseError(
                "empty text" if first is None else "no category lines found",
                path=self.path,
                line_no=None if first is None else first.line_no,
                field="text",
                input="" if first is None else first.raw.strip()[:200],
                source=gi.SOURCE_NAME,
            )
        if not all(item.figure_first for item, _, _ in self.items):
            # "1 070 осіб" beside "label ‒ figure" lines is a headline piece, not the 2022 list
            for item, _, raw in self.items:
                if item.figure_first:
                    self._note("figure_first_ignored", raw)
            self.items = [entry for entry in self.items if not entry[0].figure_first]
        self._judge_suspects()
        report_date, heading_date = self._report_date()
        if report_date is None:
            item, line_no, raw = self.items[0]
            raise ParseError(
                "no report date: no heading and no date in the file name",
                path=self.path,
                line_no=line_no,
                field="report_date",
                input=raw,
                source=gi.SOURCE_NAME,
            )
        if self.headline_date is not None:
            loss_day = self.headline_date.resolve(report_date)
            if loss_day + timedelta(days=1) != report_date:
                self.flags["headline_date_mismatch"] = None
        observations: dict[str, Observation] = {}
        for item, line_no, raw in self.items:
            key = _key_on(item.category.key, report_date)
            if key in observations:
                if observations[key].total != item.total:
                    raise ParseError(
                        f"{key} appears twice with different totals "
                        f"({observations[key].total} and {item.total})",
                        path=self.path,
                        line_no=line_no,
                        field=key,
                        input=raw,
                        source=gi.SOURCE_NAME,
                    )
                self.flags["duplicate_category"] = None
                continue
            observations[key] = Observation(
                key, report_date, item.total, item.increment, item.is_approximate, line_no, raw
            )
        return ParsedReport(
            report_date=report_date,
            language=self._language(),
            observations=tuple(observations.values()),
            heading_date=heading_date,
            heading_line=self.heading_line,
            flags=tuple(self.flags),
            notes=tuple(self.notes),
            path=self.path,
        )
