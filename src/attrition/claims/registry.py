"""Which reader finds a family of claims and which judge checks each kind: one registry.

Owns the two extension points of the checker. A *reader* turns a segmented document
into claims and out-of-scope figures (the General Staff series reader is
:func:`attrition.claims.extract.extract_claims`); a *judge* turns a claim of one kind
into candidate figures (``build``) and, when it is wrong, says where its figure does hold
(``holds``). A new claim family (territory, independent counts) registers its reader and
the judges of its kinds here; the stages in :mod:`attrition.claims.check` and the one
verdict in :mod:`attrition.claims.verdict` then run it like the built-in ones. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from attrition.claims.claim import Claim, ClaimKind
from attrition.claims.figures import SeriesIndex
from attrition.model.wording import Lang

if TYPE_CHECKING:  # pragma: no cover
    from attrition.claims.candidate import Candidate
    from attrition.claims.claim import Verdict
    from attrition.claims.document import Document
    from attrition.claims.extract import Extraction
    from attrition.claims.kinds import Scale

Build = Callable[[Claim, SeriesIndex, Lang], "list[Candidate]"]
Holds = Callable[[Claim, SeriesIndex, Lang], "str | None"]
Reader = Callable[["Document", date, "Mapping[str, Scale] | None"], "Extraction"]


@dataclass(frozen=True)
class Judge:
    """How one claim kind is checked: its candidate figures and where a wrong figure holds."""

    build: Build
    holds: Holds


_JUDGES: dict[str, Judge] = {}
_READERS: dict[str, Reader] = {}


def register_judge(kind: ClaimKind | str, judge: Judge) -> None:
    """Register (or replace) the judge of claims of ``kind``."""
    _JUDGES[str(kind)] = judge


def register_reader(name: str, reader: Reader) -> None:
    """Register (or replace) a reader of one claim family, run on every document."""
    _READERS[name] = reader


def judges_for(kind: ClaimKind | str) -> Judge:
    """Return the judge of ``kind`` (the built-in ones are registered on first use)."""
    if str(kind) not in _JUDGES:
        from attrition.claims import readings

        for built_in, build in readings.BUILDERS.items():
            _JUDGES.setdefault(str(built_in), Judge(build, readings.HOLDS[built_in]))
    return _JUDGES[str(kind)]


def readers() -> list[tuple[str, Reader]]:
    """Return the registered readers in registration order (the built-in one first)."""
    if "gs_series" not in _READERS:
        from attrition.claims import extract

        others = dict(_READERS)
        _READERS.clear()
        _READERS["gs_series"] = extract.read_document  # the General Staff series reader runs first
        _READERS.update(others)
    if "independent" not in _READERS:
        from attrition.claims import independent

        _READERS["independent"] = independent.read_independent  # territory, Oryx, named dead
    return list(_READERS.items())


Verify = Callable[[Claim, SeriesIndex | None, Lang], "Verdict"]


def verifier_for(category: str) -> Verify | None:
    """Return the verifier of a category judged outside the official series, or None.

    Territory and independent counts are judged against their own source only
    (:mod:`attrition.claims.independent`), never against the General Staff's series.
    """
    from attrition.claims import independent

    return independent.verify_independent if independent.is_independent(category) else None
