"""A month named by its adjective ("жовтневий показник", "листопадові втрати", "вересневі") is that
month. Found on mezha.net (1 Dec 2024, British intelligence on November): "Український Генштаб
оцінює загальні втрати ... за місяць у 45 680 осіб, що перевищує жовтневий показник у 41 980 осіб."
41 980 was read as the running total of the latest report (742 130) and called incorrect; it is
October's sum.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2024, 12, 1)


@pytest.mark.parametrize(("template", "month"), [
    ("Генштаб оцінює втрати за листопад у 45 720 осіб, що перевищує жовтневий показник у {v} осіб.", 10),
    ("Вересневі втрати російських військ, за даними Генштабу, склали {v} осіб.", 9),
    ("За даними Генштабу, листопадові втрати ворога сягнули {v} осіб.", 11),
])
def test_a_month_adjective_names_the_month(template: str, month: int, petro_series: dict[str, LossSeries]) -> None:
    first, last = date(2024, month, 1), date(2024, month, calendar.monthrange(2024, month)[1])
    value = losses(petro_series["personnel"], first, last)
    report = check_text(template.format(v=uk(value)), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
