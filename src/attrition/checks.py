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

from attrition.errors import UnknownCategoryError
from attrition.model.categories import Category, get_category
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


def total_decreases(
    category: str, points: Iterable[tuple[date, int]], *, source: str | None = None
) -> list[Finding]:
    """Return a ``total_decreased`` finding for every report whose total is below the previous.

    ``points`` are (report_date, total) pairs in any order; ``source`` None means the
    consensus record.
    """
    findings: list[Finding] = []
    prev: tuple[date, int] | None = None
    for report_date, total in sorted(points):
        if prev is not None and total < prev[1]:
            findings.append(
                Finding(
                    kind="total_decreased",
                    message=(
                        f"{category} total fell from {prev[1]:,} ({prev[0]}) to {total:,} "
                        f"({report_date}) in {_who(source)}"
                    ),
                    category=category,
                    report_date=report_date,
                    source=source,
                    details={
                        "prev_report_date": prev[0].isoformat(),
                        "prev": prev[1],
                        "new": total,
                        "decrease": prev[1] - total,
                    },
                )
            )
        prev = (report_date, total)
    return findings


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


def personnel_not_round(observations: Iterable[Observation], *, source: str) -> list[Finding]:
    """Return a ``not_multiple_of_10`` finding for each personnel total not in tens."""
    return [
        Finding(
            kind="not_multiple_of_10",
            message=(
                f"personnel {obs.report_date}: {obs.total:,} is not a multiple of 10 in {source} "
                "(the General Staff rounds to tens; likely a typo)"
            ),
            category="personnel",
            report_date=obs.report_date,
            source=source,
            details={"total": obs.total, "line_no": obs.line_no},
        )
        for obs in observations
        if obs.category == "personnel" and obs.total % 10 != 0
    ]


def _window(key: str) -> tuple[Category, date, date] | None:
    """Return (category, first day, last day) of a category key, None for an unknown key."""
    try:
        cat = get_category(key)
    except UnknownCategoryError:
        return None
    return cat, cat.valid_from, cat.valid_to or date.max


def out_of_window(observations: Iterable[Observation], *, source: str) -> list[Finding]:
    """Return findings for categories reported outside their validity window or unknown."""
    findings: list[Finding] = []
    # category key -> (category, first day, last day), None if unknown: looked up once per
    # key, not per observation (a bulk history has ~10^5 observations and ~20 keys)
    windows: dict[str, tuple[Category, date, date] | None] = {}
    for obs in observations:
        try:
            window = windows[obs.category]
        except KeyError:
            window = windows[obs.category] = _window(obs.category)
        if window is None:
            findings.append(
                Finding(
                    kind="unknown_category",
                    message=f"{obs.report_date}: unknown category key {obs.category!r} in {source}",
                    category=obs.category,
                    report_date=obs.report_date,
                    source=source,
                    details={"line_no": obs.line_no},
                )
            )
            continue
        cat, first, last = window
        if first <= obs.report_date <= last:  # Category.exists_on, inlined
            continue
        period = f"{cat.valid_from} … {cat.valid_to or 'today'}"
        findings.append(
            Finding(
                kind="outside_category_period",
                message=(
                    f"{cat.key} reported on {obs.report_date} in {source}, outside its "
                    f"window {period}"
                ),
                category=cat.key,
                report_date=obs.report_date,
                source=source,
                details={
                    "valid_from": cat.valid_from.isoformat(),
                    "valid_to": cat.valid_to.isoformat() if cat.valid_to else None,
                    "total": obs.total,
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
