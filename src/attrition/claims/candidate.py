"""A claim's candidate figures: what the record says under one reading and one convention.

Owns :class:`Candidate` (the figures readings build and the verdict judges), the
conventions a claim is read under (the primary first) and :class:`Unverifiable`. Holds no
judgement: matching a claimed value against a figure and choosing the verdict live in
:mod:`attrition.claims.verdict`. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from attrition.claims.claim import Claim, ClaimKind
from attrition.model.dates import DateConvention
from attrition.model.series import SeriesRow

LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT
# The convention a bare date is read in first: a day's or a period's losses by loss date
# (the MoD's own monthly sums use it); a total "on" a day is the report published that day.
PRIMARY = {
    ClaimKind.DAY: LOSS, ClaimKind.PERIOD: LOSS, ClaimKind.RECORD: LOSS, ClaimKind.STREAK: LOSS,
    ClaimKind.TOTAL: REPORT, ClaimKind.MILESTONE: REPORT,
}


@dataclass
class Candidate:
    """One reading of a claim under one convention, and what the record says for it."""

    reading: str
    convention: DateConvention
    what: str  # "the losses of 19 Dec 2024 (report of 20 Dec 2024)"
    values: tuple[float, ...] = ()  # the first is the expected figure; others also match
    rows: tuple[SeriesRow, ...] = ()
    arithmetic: str | None = None
    # A fact the record states for condition claims (the mark was passed in this report, the
    # month is above every earlier one); None for plain figures. ``checks`` are the figures the
    # claimed value must also match for the condition to count (the verdict matches them).
    condition: bool | None = None
    checks: tuple[float, ...] = ()
    detail: str = ""
    unit: str = ""  # " days" for a streak's length
    verb: str = "was"
    short: str | None = None  # the arithmetic as the explanation shows it
    match: str | None = field(default=None)

    @property
    def expected(self) -> int | None:
        """Return the expected figure (rounded to an integer)."""
        return round(self.values[0]) if self.values else None


class Unverifiable(Exception):
    """The record cannot say (internal: becomes an ``unverifiable`` verdict)."""


def conventions(claim: Claim) -> list[DateConvention]:
    """Return the conventions to try, the primary first."""
    primary = claim.convention_hint or PRIMARY[claim.kind]
    latest = claim.time is None or claim.time.granularity == "latest"
    if latest and claim.kind in {ClaimKind.TOTAL, ClaimKind.MILESTONE}:
        return [REPORT]  # the latest report's total
    if latest or claim.time is not None and claim.time.granularity in {"rolling", "to_report"}:
        return [LOSS]  # "the past day/week", "2024 as of 30 Dec": the readings already cover both boundaries
    return [primary, REPORT if primary is LOSS else LOSS]
