"""The brief's value types and the context its facts share; no numbers are computed here.

A :class:`Fact` is one fact of the brief: its kind, its numbers (JSON-ready) and a
:class:`Citation` naming the reports it is computed from, the sources agreeing on them,
the date convention and the CLI commands that reproduce it. :class:`BriefContext` holds
the series and the ``--as-of`` suffix every fact of one brief uses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from attrition.analysis.periods import PeriodRow
from attrition.errors import UsageError
from attrition.model.dates import DateConvention, loss_date
from attrition.model.series import LossSeries, SeriesRow
from attrition.publish.inputs import Record
from attrition.publish.version import DataVersion

LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT
DAY = timedelta(days=1)
CAVEATS: tuple[str, ...] = ("own_figures", "personnel", "independent", "conventions")


@dataclass(frozen=True)
class Citation:
    """Where a number comes from: the reports, the sources agreeing, and how to reproduce it."""

    report_dates: tuple[date, ...]
    sources: tuple[str, ...]
    convention: str  # "loss", "report" or "both"
    commands: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """One fact of the brief: a kind, its numbers (JSON-ready) and its citation."""

    kind: str
    data: dict[str, Any]
    citation: Citation


@dataclass(frozen=True)
class Brief:
    """Every fact of the brief for one category as known on ``as_of``."""

    category: str
    as_of: date | None
    report_date: date
    loss_date: date
    facts: tuple[Fact, ...]
    version: DataVersion
    caveats: tuple[str, ...] = CAVEATS
    skipped: dict[str, str] = field(default_factory=dict)  # fact kind -> why it is missing

    def fact(self, kind: str) -> Fact | None:
        """Return the fact of ``kind``, or None if the brief has none."""
        return next((f for f in self.facts if f.kind == kind), None)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates stay dates; the CLI encoder writes them as ISO)."""
        return {
            "category": self.category, "as_of": self.as_of, "report_date": self.report_date,
            "loss_date": self.loss_date, "facts": [asdict(f) for f in self.facts],
            "caveats": list(self.caveats), "skipped": self.skipped,
            "data_version": self.version.to_dict(),
        }


class BriefContext:
    """The series and the command suffix shared by every fact of one brief."""

    def __init__(self, record: Record, category: str) -> None:
        as_of = record.as_of
        self.record, self.category, self.as_of = record, category, as_of
        self.series = record.series[category]
        if len(self.series) < 2:
            raise UsageError(f"too few figures for {category!r} to write a brief"
                             + (f" as of {as_of}" if as_of else ""), input=category)
        self.rows: dict[date, SeriesRow] = {r.report_date: r for r in self.series.rows}
        self.last = self.series.rows[-1]
        self.report_date = self.last.report_date
        self.loss_date = loss_date(self.report_date)
        self.suffix = f" --as-of {as_of.isoformat()}" if as_of else ""

    def sources(self, *report_dates: date, series: LossSeries | None = None) -> tuple[str, ...]:
        """Return the sources agreeing on the totals of these reports (in first-seen order)."""
        rows = self.rows if series is None else {r.report_date: r for r in series.rows}
        out: list[str] = []
        for day in report_dates:
            row = rows.get(day)
            for name in row.sources if row else ():
                if name not in out:
                    out.append(name)
        return tuple(out)

    def cmd(self, text: str, *, as_of: bool = True) -> str:
        """Return an attrition command reproducing a figure, with --as-of when given."""
        return f"attrition {text}{self.suffix if as_of else ''}"

    def edge_reports(self, start: date, end: date, convention: DateConvention,
                     series: LossSeries | None = None) -> tuple[date, ...]:
        """Return the reports whose totals bound a period: the one before it and its last."""
        days = [r.report_date for r in (series or self.series).rows]
        first = start if convention is REPORT else start + DAY
        last = end if convention is REPORT else end + DAY
        before = max((d for d in days if d < first), default=None)
        closing = max((d for d in days if d <= last), default=None)
        return tuple(d for d in (before, closing) if d is not None)


def period_dict(row: PeriodRow) -> dict[str, Any]:
    return {
        "period": row.period, "start": row.start, "end": row.end, "value": row.value,
        "days_present": row.days_present, "days_expected": row.days_expected,
        "complete": row.complete, "includes_corrections": row.includes_corrections,
    }


def month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(first: date) -> date:
    return month_start(first, -1) - DAY
