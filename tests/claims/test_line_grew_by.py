"""A line named before "зросли на"/"збільшилися на" is the figure's line ("Втрати бойових
броньованих машин зросли на 3 і склали 23 949 одиниць", RBC-Ukraine's daily prose): the rise is
the day's, and the total after it is the same line's. Before, both were read as personnel (the
day's 930 and the total 1 233 020: incorrect twice).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2026, 1, 24)


@pytest.mark.parametrize(("key", "template"), [
    ("armoured_vehicles", "Втрати бойових броньованих машин зросли на {day} і склали {total} одиниць."),
    ("artillery", "Втрати артилерійських систем за добу збільшилися на {day} і склали {total} одиниць."),
])
def test_a_line_named_before_grew_by(key: str, template: str, petro_series: dict[str, LossSeries]) -> None:
    series = petro_series[key]
    value = total(series, AS_OF)
    day = value - total(series, AS_OF - timedelta(days=1))
    report = check_text(template.format(day=day, total=uk(value)), petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.claim.kind, v.claim.value, v.verdict) for v in report.verdicts] == [
        (key, ClaimKind.DAY, day, VerdictKind.CORRECT), (key, ClaimKind.TOTAL, value, VerdictKind.CORRECT)]
