"""The issue's examples (personnel and tanks, PetroIvaniuk, as of 2025-01-16) get the verdicts it gives."""

from __future__ import annotations

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

from .conftest import AS_OF

pytestmark = pytest.mark.integration

EXAMPLES = [
    pytest.param("Russia lost 48,670 soldiers in December 2024.", ClaimKind.PERIOD,
                 VerdictKind.CORRECT, DateConvention.LOSS, 48670, id="month-loss-date"),
    pytest.param("In December 2024 losses reached 49,150.", ClaimKind.PERIOD,
                 VerdictKind.CORRECT_OTHER_CONVENTION, DateConvention.REPORT, 49150,
                 id="month-report-date"),
    pytest.param("On December 19, Russia lost 2,200 soldiers.", ClaimKind.DAY,
                 VerdictKind.CORRECT, DateConvention.LOSS, 2200, id="day-loss-date"),
    pytest.param("The General Staff reported 2,200 Russian losses on December 20.", ClaimKind.DAY,
                 VerdictKind.CORRECT, DateConvention.REPORT, 2200, id="day-reported"),
    pytest.param("Russia passed 800,000 losses on January 7.", ClaimKind.MILESTONE,
                 VerdictKind.CORRECT, DateConvention.REPORT, 800010, id="milestone-800k"),
    pytest.param("Russia lost 1,970 troops on January 8.", ClaimKind.DAY,
                 VerdictKind.INCORRECT, DateConvention.LOSS, 1430, id="wrong-day"),
    pytest.param("Russia has lost 9,780 tanks.", ClaimKind.TOTAL,
                 VerdictKind.CORRECT, DateConvention.REPORT, 9780, id="tanks-total"),
    pytest.param("Russia lost 430,790 personnel in 2024.", ClaimKind.PERIOD,
                 VerdictKind.CORRECT, DateConvention.LOSS, 430790, id="year-loss-date"),
]


@pytest.mark.parametrize(("sentence", "kind", "verdict", "convention", "expected"), EXAMPLES)
def test_issue_example_gets_the_issue_verdict(
    petro_series: dict[str, LossSeries],
    sentence: str,
    kind: ClaimKind,
    verdict: VerdictKind,
    convention: DateConvention,
    expected: int,
) -> None:
    report = check_text(sentence, petro_series, as_of=AS_OF)
    assert len(report.verdicts) == 1, report.to_dict()
    v = report.verdicts[0]
    assert v.claim.kind is kind
    assert v.verdict is verdict, v.explanation
    assert v.convention is convention
    assert v.expected == expected
    assert v.explanation.endswith(".") and v.evidence


def test_wrong_day_names_the_report_where_the_figure_holds(petro_series: dict[str, LossSeries]) -> None:
    v = check_text("Russia lost 1,970 troops on January 8.", petro_series, as_of=AS_OF).verdicts[0]
    assert v.holds_on is not None and "report of 7 Jan 2025" in v.holds_on
    assert "losses of 6 Jan 2025" in v.holds_on
    assert "report of 8 Jan 2025" in v.explanation  # the report of Jan 8 is another figure (1,660)
    assert "1,660" in v.explanation


def test_tanks_total_is_matched_to_the_previous_report(petro_series: dict[str, LossSeries]) -> None:
    v = check_text("Russia has lost 9,780 tanks.", petro_series, as_of=AS_OF).verdicts[0]
    assert v.evidence[0].report_date.isoformat() == "2025-01-15"
    assert "9,791" in v.explanation  # the report of the as-of day says more


def test_month_explanation_shows_the_arithmetic(petro_series: dict[str, LossSeries]) -> None:
    v = check_text("Russia lost 48,670 soldiers in December 2024.", petro_series, as_of=AS_OF).verdicts[0]
    assert "790,800 − 742,130" in v.explanation
    assert [e.report_date.isoformat() for e in v.evidence] == ["2024-12-01", "2025-01-01"]
