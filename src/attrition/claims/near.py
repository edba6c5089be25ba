"""Milestones not yet passed: "days away from 800,000", "approaching the mark", "ось-ось перевищать".

Owns the test of a near-milestone claim: as of the report it speaks from, the total had not
passed the mark and was forecast to (the project's milestone forecast) within a month (or was under 5% short); and the
note that says, in hindsight, when the mark was actually passed, or the forecast when the
record has not got there yet. Pure.
"""

from __future__ import annotations

from datetime import timedelta

from attrition.claims.candidate import Candidate
from attrition.claims.claim import Claim
from attrition.claims.explain import days_unit, label, say
from attrition.claims.figures import SeriesIndex
from attrition.model.dates import DateConvention
from attrition.model.series import SeriesRow
from attrition.model.wording import Lang

NEAR_DAYS = 31  # "days away", "nearing": the mark is forecast to be passed within a month
NEAR_SHARE = 0.05  # ... or is less than 5% away
DAYS_AWAY = 14  # "days away", "within days": forecast within two weeks when a forecast exists
_DAYS_WORDING = ("days", "днів", "дні", "ось-ось")


def forecast_days(row: SeriesRow, gap: int, idx: SeriesIndex) -> int | None:
    """Return the days until the total is expected to close ``gap``, seen from ``row``.

    Uses the point of the project's reference forecast method (``ewma7``, the weighted
    recent daily rate the explanation names; see
    :func:`attrition.analysis.forecast_calibration.point_days`), made as of ``row``'s
    report: nothing later is seen.
    """
    if gap <= 0:
        return 0
    from attrition.analysis.forecast_calibration import point_days  # here: few checks forecast
    from attrition.analysis.forecast_methods import REFERENCE_METHOD

    return point_days(idx.full, gap, as_of=row.report_date, method=REFERENCE_METHOD)


def _near_detail(claim: Claim, row: SeriesRow, idx: SeriesIndex, lang: Lang) -> str:
    """Return when the mark was actually passed, or the forecast when the record has not got there."""
    passed = idx.first_reaching_ever(claim.value)
    if passed is not None and passed.report_date > row.report_date:
        return say("milestone_passed_later", lang, value=claim.value, report=passed.report_date,
                   total=passed.total)
    if passed is not None:
        return ""  # passed already: the incorrect verdict says when (milestone_holds)
    gap = claim.value - row.total
    days = forecast_days(row, gap, idx)
    if days is None:
        return say("milestone_gap", lang, gap=gap)
    return say("milestone_forecast", lang, gap=gap, days=days, unit=days_unit(days, lang),
               day=row.report_date + timedelta(days=days))


def near_candidates(
    claim: Claim, idx: SeriesIndex, rows: list[tuple[str, DateConvention, SeriesRow, str]], lang: Lang = "en"
) -> list[Candidate]:
    """Return whether the mark was near and not yet passed in each (reading, convention, report, note)."""
    if claim.time is None or claim.time.granularity == "latest":
        rows = rows[:1]  # near as of the latest report, not the one before it
    out: list[Candidate] = []
    for reading, conv, row, note in rows:
        gap = claim.value - row.total
        days = forecast_days(row, gap, idx) if gap > 0 else None
        ok = gap > 0 and (gap <= NEAR_SHARE * claim.value or (days is not None and days <= NEAR_DAYS))
        wording = (claim.milestone_near or "").lower()
        if ok and days is not None and any(w in wording for w in _DAYS_WORDING):
            ok = days <= DAYS_AWAY  # "days away" is stricter than "approaching"
        detail = "; ".join(d for d in (note, _near_detail(claim, row, idx, lang)) if d)
        out.append(Candidate(reading, conv, say("total_in_report", lang, label=label(claim.category, lang),
                                                report=row.report_date), (float(row.total),), (row,), None,
                             condition=ok, detail=detail))
    return out
