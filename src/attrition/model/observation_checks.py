"""Checks that need only a list of observations: falling totals, rounding, validity windows.

The one implementation of these rules. Sources call them at parse time (what one file
shows) and :mod:`attrition.checks` at ingest time (what the whole stored history shows);
the findings share a key, so the store keeps one of each. Pure; imports model and errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from attrition.errors import UnknownCategoryError
from attrition.model.categories import Category, get_category
from attrition.model.records import Finding, Observation


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


@cache  # the vocabulary is fixed; history files ask per report date
def _window(key: str) -> tuple[Category, date, date] | None:
    """Return (category, first day, last day) of a category key, None for an unknown key."""
    try:
        cat = get_category(key)
    except UnknownCategoryError:
        return None
    return cat, cat.valid_from, cat.valid_to or date.max


def split_by_window(
    observations: Iterable[Observation],
) -> tuple[list[Observation], list[Observation]]:
    """Return (inside, outside): THE rule for a value dated outside its category's window.

    A value of a known category dated outside the category's validity window is not an
    observation to store: the ingest stores only ``inside`` and every source follows the
    same rule; what is left out becomes an ``outside_category_period`` finding (one per
    value from :func:`out_of_window`, or one per category from a history file). A key
    the vocabulary does not know stays inside (it is flagged as ``unknown_category``).
    """
    inside: list[Observation] = []
    outside: list[Observation] = []
    bounds: dict[str, tuple[date, date]] = {}  # category -> window; date.min..max if unknown
    for obs in observations:
        key = obs.category
        window = bounds.get(key)
        if window is None:
            found = _window(key)
            window = bounds[key] = (found[1], found[2]) if found else (date.min, date.max)
        if window[0] <= obs.report_date <= window[1]:
            inside.append(obs)
        else:
            outside.append(obs)
    return inside, outside


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
