""""The reporting period" of a daily report is the report's day ("За звітний період українські
захисники знищили або вивели з ладу 4 танки", RBC-Ukraine's daily prose; "over the reporting
period"): no period left unread. Before, the figure was left unverifiable ("the period could not
be read as dates"). "За цей період" with no period named stays unread.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2026, 1, 24)


@pytest.mark.parametrize("template", [
    "За звітний період українські захисники знищили або вивели з ладу {n} танки.",
    "Over the reporting period, Ukrainian forces destroyed {n} Russian tanks, the General Staff said.",
])
def test_the_reporting_period_is_the_reports_day(template: str, petro_series: dict[str, LossSeries]) -> None:
    day = total(petro_series["tanks"], AS_OF) - total(petro_series["tanks"], AS_OF - timedelta(days=1))
    report = check_text(template.format(n=day), petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts] == [
        ("tanks", ClaimKind.DAY, VerdictKind.CORRECT)]


def test_an_unnamed_period_stays_unread(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("За цей період українські захисники знищили 4 танки.", petro_series, as_of=AS_OF)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.UNVERIFIABLE]
