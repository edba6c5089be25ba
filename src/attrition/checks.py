"""Pure checks over observations and the consensus record; each returns a list of Findings.

A check never raises on bad data and never fixes it: it describes what it saw in a
:class:`~attrition.model.records.Finding` (kind, message, category, report date,
source, details) and the caller stores it. Checks read no database, file or clock;
the ingest step gathers their inputs from the store and passes plain values in.
This module imports only ``attrition.model`` and ``attrition.errors``.

Kinds produced here:

* ``total_decreased`` — a cumulative total fell from one report to the next
  (per source, or in the consensus when ``source`` is None);
* ``increment_mismatch`` — the printed "(+N)" differs from the rise of the totals
  on a one-day span (details ``increment_printed``, ``increment_diff``);
* ``missing_days`` — one finding per gap in the report dates;
* ``not_multiple_of_10`` — the General Staff rounds personnel to tens;
* ``source_shrank`` — a source's new document lacks report days it stated before
  (the OWID snapshot guard);
* ``outside_category_period`` / ``unknown_category`` — a category reported on a date
  outside its validity window, or a key the vocabulary does not know.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from typing import Protocol

from attrition.model.observation_checks import (
    out_of_window as out_of_window,
)
from attrition.model.observation_checks import (
    personnel_not_round as personnel_not_round,
)
from attrition.model.observation_checks import (
    total_decreases as total_decreases,
)
from attrition.model.records import Finding, Observation


class ConsensusPoint(Protocol):
    """What the consensus checks read from a row (SeriesRow and the store's rows fit)."""

    @property
    def report_date(self) -> date: ...

    @property
    def total(self) -> int: ...

    @property
    def increment_printed(self) -> int | None: ...

    @property
    def increment_diff(self) -> int | None: ...

    @property
    def span_days(self) -> int: ...


def _who(source: str | None) -> str:
    return source if source else "consensus"


def increment_mismatches(
    category: str, rows: Iterable[ConsensusPoint], *, source: str | None = None
) -> list[Finding]:
    """Return an ``increment_mismatch`` finding where the printed "(+N)" ≠ the rise of totals.

    Only one-day spans are compared: after missing reports the diff covers several
    days and is expected to exceed the printed figure.
    """
    findings: list[Finding] = []
    for row in rows:
        printed, diff = row.increment_printed, row.increment_diff
        if printed is None or diff is None or row.span_days != 1 or printed == diff:
            continue
        details: dict[str, object] = {
            "increment_printed": printed,
            "increment_diff": diff,
            "difference": diff - printed,
            "total": row.total,
        }
        derived = getattr(row, "increment_printed_is_derived", None)
        if derived is not None:
            details["increment_printed_is_derived"] = bool(derived)
        findings.append(
            Finding(
                kind="increment_mismatch",
                message=(
                    f"{category} {row.report_date}: printed ({printed:+,}) but the total "
                    f"changed by {diff:+,} in {_who(source)}"
                ),
                category=category,
                report_date=row.report_date,
                source=source,
                details=details,
            )
        )
    return findings


def missing_days(
    report_dates: Iterable[date], *, category: str | None = None, source: str | None = None
) -> list[Finding]:
    """Return one ``missing_days`` finding per gap between consecutive report dates.

    The finding is dated on the first missing report date; details give the first and
    last missing dates, how many are missing, and the report whose diff spans the gap.
    """
    findings: list[Finding] = []
    ordered = sorted(set(report_dates))
    for prev, nxt in zip(ordered, ordered[1:], strict=False):
        span = (nxt - prev).days
        if span <= 1:
            continue
        first, last = prev + timedelta(days=1), nxt - timedelta(days=1)
        what = f"{category} " if category else ""
        findings.append(
            Finding(
                kind="missing_days",
                message=(
                    f"no {what}report for {first} … {last} ({span - 1} day(s)); the diff of "
                    f"{nxt} covers {span} days in {_who(source)}"
                ),
                category=category,
                report_date=first,
                source=source,
                details={
                    "first_missing_report_date": first.isoformat(),
                    "last_missing_report_date": last.isoformat(),
                    "missing_count": span - 1,
                    "previous_report_date": prev.isoformat(),
                    "next_report_date": nxt.isoformat(),
                    "span_days": span,
                },
            )
        )
    return findings


def source_shrank(
    source: str, category: str, stored: Collection[date], incoming: Collection[date]
) -> list[Finding]:
    """Return a ``source_shrank`` finding when a new document lacks days the source had.

    Only stored days inside the incoming document's own date range count, so a
    one-report text or a one-year export is not mistaken for a truncated history.
    """
    if not incoming or not stored:
        return []
    first, last = min(incoming), max(incoming)
    within = {d for d in stored if first <= d <= last}
    dropped = sorted(within.difference(incoming))
    if not dropped:
        return []
    return [
        Finding(
            kind="source_shrank",
            message=(
                f"{source} {category}: the new document has {len(incoming)} report days where "
                f"{len(within)} were stored for {first} … {last}; {len(dropped)} day(s) dropped "
                f"(first {dropped[0]})"
            ),
            category=category,
            report_date=last,
            source=source,
            details={
                "stored_days": len(within),
                "incoming_days": len(set(incoming)),
                "dropped_days": len(dropped),
                "first_dropped_report_date": dropped[0].isoformat(),
                "last_dropped_report_date": dropped[-1].isoformat(),
            },
        )
    ]


def observation_checks(observations: Sequence[Observation], *, source: str) -> list[Finding]:
    """Return the checks that need only one document's observations (rounding, windows)."""
    return [
        *personnel_not_round(observations, source=source),
        *out_of_window(observations, source=source),
    ]
