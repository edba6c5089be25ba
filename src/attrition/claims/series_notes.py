"""Notes about a series of figures in one article, made after every claim is judged.

Owns spotting a run of monthly figures that all fit one date convention ("these five
monthly figures are report-date months"), said once for the article rather than claim by
claim. Pure: reads verdicts, changes none.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrition.claims.claim import ClaimKind, Verdict, VerdictKind
from attrition.model.dates import DateConvention

_MIN_SERIES = 3
_FITS = {VerdictKind.CORRECT, VerdictKind.ROUNDED, VerdictKind.CORRECT_OTHER_CONVENTION}
_NAMES = {DateConvention.LOSS: "loss-date", DateConvention.REPORT: "report-date"}


def monthly_convention_notes(verdicts: Sequence[Verdict]) -> list[str]:
    """Return one note when three or more monthly figures all fit the same convention."""
    months = [v for v in verdicts if v.claim.kind is ClaimKind.PERIOD and v.claim.time is not None
              and v.claim.time.granularity == "month" and v.claim.measure == "sum"]
    if len(months) < _MIN_SERIES or any(v.verdict not in _FITS for v in months):
        return []
    conventions = {v.convention for v in months}
    if len(conventions) != 1 or None in conventions:
        return []
    convention = next(iter(conventions))
    assert convention is not None
    labels = ", ".join(v.claim.time.primary.label for v in months if v.claim.time is not None)
    return [f"these {len(months)} monthly figures ({labels}) are {_NAMES[convention]} months"]
