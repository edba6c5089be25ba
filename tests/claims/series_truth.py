"""The true figures claim tests compare against, read from a series the way a reader would.

Shared by the claim-class tests (time periods, ranges, round figures, carried subjects,
relative seasons, "reached" figures): each builds its sentences around these values, so a
test's truth is never a number typed by hand.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.model.series import LossSeries


def total(series: LossSeries, report: date) -> int:
    """The total of the latest report on or before ``report``."""
    return max((r for r in series.rows if r.report_date <= report), key=lambda r: r.report_date).total


def losses(series: LossSeries, first: date, last: date) -> int:
    """The losses of loss days ``first``..``last`` (the reports of the day after each)."""
    return total(series, last + timedelta(days=1)) - total(series, first)


def uk(n: int) -> str:
    """``n`` as Ukrainian text writes it: thousands split by a space."""
    return f"{n:,}".replace(",", " ")
