"""Claim checker: find the numeric loss claims in a news text and verify each against the record.

Pure, given LossSeries: no I/O, no clock. Faces call :func:`check_text`.

::

    from attrition.claims import check_text
    report = check_text(article, {"personnel": series}, as_of=date(2025, 1, 16))
    for verdict in report.verdicts:
        print(verdict.verdict.value, verdict.explanation)
"""

from __future__ import annotations

from attrition.claims.check import check_text
from attrition.claims.claim import (
    CheckReport,
    Claim,
    ClaimKind,
    Evidence,
    OutOfScope,
    Verdict,
    VerdictKind,
)
from attrition.claims.extract import Extraction, Scale, extract_claims
from attrition.claims.text import MAX_CHARS, MAX_FIGURES

__all__ = [
    "MAX_CHARS",
    "MAX_FIGURES",
    "CheckReport",
    "Claim",
    "ClaimKind",
    "Evidence",
    "Extraction",
    "OutOfScope",
    "Scale",
    "Verdict",
    "VerdictKind",
    "check_text",
    "extract_claims",
]
