"""The claim checker's value types: a claim, a number out of scope, a verdict, the report.

Owns the frozen dataclasses that flow from extraction to verification to the faces, and
their JSON shape (``to_dict``). Offsets (``start``/``end``) index the text the caller gave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from attrition.claims.lexicon import Comparator
from attrition.claims.timeref import Reading, TimeRef
from attrition.model.dates import DateConvention


class ClaimKind(StrEnum):
    """What a claimed figure is."""

    TOTAL = "total"  # cumulative since 24 February 2022
    DAY = "day"  # one day's losses
    PERIOD = "period"  # a sum (or a daily mean) over a week, month, year or range
    RECORD = "record"  # the highest day (or month) so far
    STREAK = "streak"  # above a threshold for N days in a row
    MILESTONE = "milestone"  # the total passed (or nears) a round number


class VerdictKind(StrEnum):
    """The one verdict each claim gets."""

    CORRECT = "correct"
    CORRECT_OTHER_CONVENTION = "correct_other_convention"
    ROUNDED = "rounded"
    INCORRECT = "incorrect"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Claim:
    """One numeric claim about Russia's reported losses."""

    quote: str
    start: int
    end: int
    category: str
    kind: ClaimKind
    value: int
    comparator: Comparator = Comparator.EXACT
    step: int = 1  # the rounding unit the spelling implies
    time: TimeRef | None = None
    convention_hint: DateConvention | None = None  # REPORT when the date is the report's
    measure: str = "sum"  # period claims: "sum", "mean" (a daily average) or "mean_month" (a monthly one)
    streak_days: int | None = None
    streak_is_ordinal: bool = False  # "the tenth day in a row": exactly N
    record_scope: str = "day"  # "day", "month" or "year"
    record_rank: int = 1  # 2 for "the second deadliest day"
    record_since: date | None = None  # "the deadliest month this year": the record's window starts here
    unverifiable_reason: str | None = None  # e.g. a figure for one town or direction
    number_text: str = ""
    milestone_near: str | None = None  # the wording of a mark not yet passed ("days away from 800,000")
    high: int | None = None  # a range ("between 1,000 and 1,200"): ``value`` is its low end, this its high end

    def interpreted(self) -> dict[str, Any] | None:
        """Return the date or period the claim was read as (primary reading)."""
        if self.time is None:
            return None
        reading = self.time.primary
        if self.time.granularity == "window":  # any of its readings: the span they lie in
            last = self.time.readings[-1]
            reading = Reading(reading.label.rpartition(" (")[0] or reading.label, reading.start, last.end)
        out: dict[str, Any] = {"text": self.time.text, "label": reading.label}
        if self.time.kind == "war":
            out.update(start=reading.start.isoformat(), end=reading.end.isoformat() if reading.end else None)
        elif self.time.kind == "day":
            out["date"] = reading.start.isoformat()
        else:
            out.update(start=reading.start.isoformat(), end=reading.end.isoformat() if reading.end else None)
        return out


@dataclass(frozen=True)
class OutOfScope:
    """A number that is not about this series, with the reason it was left out."""

    quote: str
    start: int
    end: int
    value: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape."""
        return {"quote": self.quote, "start": self.start, "end": self.end, "value": self.value,
                "reason": self.reason}


@dataclass(frozen=True)
class Evidence:
    """One report used as evidence."""

    report_date: date
    loss_date: date
    total: int
    increment_printed: int | None
    increment_diff: int | None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape."""
        return {
            "report_date": self.report_date.isoformat(), "loss_date": self.loss_date.isoformat(),
            "total": self.total, "increment_printed": self.increment_printed,
            "increment_diff": self.increment_diff,
        }


@dataclass(frozen=True)
class Verdict:
    """A claim, its verdict, the expected figure and the evidence."""

    claim: Claim
    verdict: VerdictKind
    explanation: str
    expected: int | None = None
    convention: DateConvention | None = None
    reading: str | None = None  # the reading of the date/period the verdict rests on
    evidence: tuple[Evidence, ...] = ()
    arithmetic: str | None = None
    holds_on: str | None = None  # where the claimed figure does hold, for an incorrect claim

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of one checked claim."""
        c = self.claim
        return {
            "quote": c.quote, "start": c.start, "end": c.end, "category": c.category,
            "kind": c.kind.value, "value": c.value if c.high is None else [c.value, c.high],
            "wording": c.comparator.value,
            "interpreted": c.interpreted(), "reading": self.reading,
            "verdict": self.verdict.value, "expected": self.expected,
            "convention": self.convention.value if self.convention else None,
            "explanation": self.explanation,
            "evidence": {
                "reports": [e.to_dict() for e in self.evidence],
                "arithmetic": self.arithmetic,
                "holds_on": self.holds_on,
            },
        }


@dataclass(frozen=True)
class CheckReport:
    """Every claim found in a text with its verdict, and the numbers left out of scope."""

    as_of: date
    as_of_source: str  # "argument", "dateline", "today" or "record" (the latest report)
    lang: str
    verdicts: tuple[Verdict, ...]
    out_of_scope: tuple[OutOfScope, ...]
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    explain_lang: str = "en"  # the language of the explanations ("en" or "uk")
    # territory and independent counts, each judged against its own source (never the
    # official series): listed apart from ``verdicts``
    independent: tuple[Verdict, ...] = ()

    def summary(self) -> dict[str, int]:
        """Return how many claims got each verdict."""
        counts = {kind.value: 0 for kind in VerdictKind}
        for verdict in self.verdicts:
            counts[verdict.verdict.value] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape (the ``data`` of the CLI/API envelope)."""
        return {
            "as_of": self.as_of.isoformat(), "as_of_source": self.as_of_source, "lang": self.lang,
            "explain_lang": self.explain_lang,
            "summary": self.summary(),
            "claims": [v.to_dict() for v in self.verdicts],
            "out_of_scope": [o.to_dict() for o in self.out_of_scope],
            "notes": list(self.notes),
            "independent_claims": [v.to_dict() for v in self.independent],
        }
